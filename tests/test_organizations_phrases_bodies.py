"""The organizations field on short real-world phrases: companies, parties and public bodies."""

from __future__ import annotations

import pytest

from organization_checks import Phrase, check_phrase, found

# (sentence, mention text, canonical name, acronym, kind)
PHRASES: list[Phrase] = [
    # a parent company is no other name of its app
    ("ByteDance's TikTok agreed to a deal.", "ByteDance", "ByteDance", None, "company"),
    (
        "Kestrel Automotive said it delivered 4,100 vans.",
        "Kestrel Automotive",
        "Kestrel Automotive",
        None,
        "company",
    ),
    (
        "Orbital Aerospace won a contract.",
        "Orbital Aerospace",
        "Orbital Aerospace",
        None,
        "company",
    ),
    (
        "Norland Semiconductor cut jobs.",
        "Norland Semiconductor",
        "Norland Semiconductor",
        None,
        "company",
    ),
    ("The Labour Party won the vote.", "Labour Party", "Labour Party", None, "party"),
    ("The Republican Party split.", "Republican Party", "Republican Party", "GOP", "party"),
    (
        "The Liberal Democratic Party of Russia objected.",
        "Liberal Democratic Party of Russia",
        "Liberal Democratic Party of Russia",
        None,
        "party",
    ),
    (
        "Amnesty International condemned the arrests.",
        "Amnesty International",
        "Amnesty International",
        None,
        "ngo",
    ),
    ("The BBC broadcast the debate.", "BBC", "BBC", None, "media"),
    (
        "The Associated Press counted the votes.",
        "Associated Press",
        "Associated Press",
        "AP",
        "media",
    ),
    (
        "The New York Times first broke the story.",
        "The New York Times",
        "The New York Times",
        None,
        "media",
    ),
    ("The Hamburg Tribune ran the story.", "Hamburg Tribune", "Hamburg Tribune", None, "media"),
    ("The Supreme Court ruled on Friday.", "Supreme Court", "Supreme Court", None, "government"),
    (
        "The Israel Defense Forces said it struck.",
        "Israel Defense Forces",
        "Israel Defense Forces",
        "IDF",
        "military",
    ),
    ("The US Army sent more troops.", "US Army", "United States Army", None, "military"),
    ("The Royal Air Force flew sorties.", "Royal Air Force", "Royal Air Force", "RAF", "military"),
    # A corps of volunteers sent abroad by a government is no army's
    ("She joined the Peace Corps in 1990.", "Peace Corps", "Peace Corps", None, "government"),
    (
        "The World Health Organization warned of outbreaks.",
        "World Health Organization",
        "World Health Organization",
        "WHO",
        "international",
    ),
    ("FIFA suspended the federation.", "FIFA", "FIFA", None, "sports"),
    (
        "The Securities and Exchange Commission sued.",
        "Securities and Exchange Commission",
        "Securities and Exchange Commission",
        "SEC",
        "government",
    ),
    ("Interfax news agency said the talks failed.", "Interfax", "Interfax", None, "media"),
    ("According to the news agency Xinhua, talks ended.", "Xinhua", "Xinhua", None, "media"),
    ("The Courrier newspaper said the talks failed.", "Courrier", "Courrier", None, "media"),
    ("Nova Gazeta quoted a police officer.", "Nova Gazeta", "Nova Gazeta", None, "media"),
    (
        "Britain 's Morning Lark newspaper reported it.",
        "Morning Lark",
        "Morning Lark",
        None,
        "media",
    ),
    (
        "Analysts at Harold P. Brandt & Co raised the target.",
        "Harold P. Brandt & Co",
        "Harold P. Brandt & Co",
        None,
        "company",
    ),
    ("The deal was signed by drugmaker Novacor.", "Novacor", "Novacor", None, "company"),
    ("It agreed to buy Italian truckmaker Vestra.", "Vestra", "Vestra", None, "company"),
    ("Dutch brewer Holtmann cut jobs.", "Holtmann", "Holtmann", None, "company"),
    ("He is a spokesman for Gazprom.", "Gazprom", "Gazprom", None, "company"),
    ("A spokesperson for Northwind said no.", "Northwind", "Northwind", None, None),
    (
        "Analysts at Morgan Stanley expect growth.",
        "Morgan Stanley",
        "Morgan Stanley",
        None,
        "company",
    ),
    ("Shares in Globex rose 4 percent.", "Globex", "Globex", None, "company"),
    ("Hamas fired rockets.", "Hamas", "Hamas", None, "other"),
    ("The Taliban took the city.", "Taliban", "Taliban", None, "other"),
    ("Microsoft and Google competed.", "Microsoft", "Microsoft", None, "company"),
    # a listed company named with a legal ending: the listed name
    (
        "The Hindustan Aeronautics Company builds jets.",
        "Hindustan Aeronautics Company",
        "Hindustan Aeronautics",
        None,
        "company",
    ),
    (
        "The National Security Council met.",
        "National Security Council",
        "National Security Council",
        "NSC",
        "government",
    ),
    (
        "Medecins Sans Frontieres ran the clinic.",
        "Medecins Sans Frontieres",
        "Doctors Without Borders",
        "MSF",
        "ngo",
    ),
    ("Al Jazeera aired the footage.", "Al Jazeera", "Al Jazeera", None, "media"),
    (
        "The Scottish National Party gained seats.",
        "Scottish National Party",
        "Scottish National Party",
        "SNP",
        "party",
    ),
    # not the person "Fiscal Studies" (the people field's), which would block it
    (
        "Taxes must rise, the Institute for Fiscal Studies said on Monday.",
        "Institute for Fiscal Studies",
        "Institute for Fiscal Studies",
        None,
        "ngo",
    ),
    # a party named before "party" after a word of politics, over a head word's reading
    (
        "Uribe, a senator from the right-wing Democratic Center party, had surgery.",
        "Democratic Center",
        "Democratic Center Party",
        None,
        "party",
    ),
    # "All" in capitals after a word in lower case opens a name
    (
        "Iga Swiatek won the title at the All England Club on Saturday.",
        "All England Club",
        "All England Club",
        None,
        None,
    ),
    (
        "Nigeria's ruling All Progressives Congress picked its candidate on Monday.",
        "All Progressives Congress",
        "All Progressives Congress",
        None,
        "party",
    ),
    # "Our" capitalized mid-sentence opens a name
    (
        "The ads were paid for by Our Harbor Values PAC on Monday.",
        "Our Harbor Values PAC",
        "Our Harbor Values PAC",
        None,
        "other",
    ),
    # a body's name joined through "and" after four words
    (
        "More than 11,000 people were moved, according to the National Disaster Risk"
        " Reduction and Management Council.",
        "National Disaster Risk Reduction and Management Council",
        "National Disaster Risk Reduction and Management Council",
        None,
        "government",
    ),
    (
        "Revenue rose 1.3%, Tata Consultancy Services said, beating estimates.",
        "Tata Consultancy Services",
        "Tata Consultancy Services",
        "TCS",
        "company",
    ),
    (
        "A rocket lifted off from Kennedy Space Center at 2:31 a.m. on Monday.",
        "Kennedy Space Center",
        "Kennedy Space Center",
        None,
        "government",
    ),
    # "Jan" before a word opens a party's name; January's comes before a number
    (
        "Prashant Kishor's new Jan Suraaj Party failed to win a seat.",
        "Jan Suraaj Party",
        "Jan Suraaj Party",
        None,
        "party",
    ),
    # the public bodies of Britain, Canada and Australia named by their country
    (
        "Police Scotland said the A9 was closed.",
        "Police Scotland",
        "Police Scotland",
        None,
        "government",
    ),
    ("NHS England published the figures.", "NHS England", "NHS England", None, "government"),
    ("Parks Canada closed the trail.", "Parks Canada", "Parks Canada", None, "government"),
    ("Ofcom fined the broadcaster.", "Ofcom", "Ofcom", None, "government"),
    # companies and groups often named alone
    ("Planned Parenthood sued the state.", "Planned Parenthood", "Planned Parenthood", None, "ngo"),
    ("M23 rebels seized Goma.", "M23", "March 23 Movement", "M23", "military"),
    ("Lukoil cut its output.", "Lukoil", "Lukoil", None, "company"),
    # central banks named "Bank of" their country, unlike a country's commercial banks
    (
        "The Bank of Ghana cut its policy rate.",
        "Bank of Ghana",
        "Bank of Ghana",
        None,
        "government",
    ),
    (
        "The Bank of Ireland reported profits.",
        "Bank of Ireland",
        "Bank of Ireland",
        None,
        "company",
    ),
    (
        "HMRC sent the letters in May.",
        "HMRC",
        "HM Revenue and Customs",
        "HMRC",
        "government",
    ),
    # two names joined by "&" are a firm's
    (
        "Engine shortages at CFM International and Pratt & Whitney kept planes parked.",
        "Pratt & Whitney",
        "Pratt & Whitney",
        None,
        "company",
    ),
    ("The Marks & Spencer store closed.", "Marks & Spencer", "Marks & Spencer", None, "company"),
    ("The News & Observer reported it.", "News & Observer", "News & Observer", None, "company"),
    # the "amp" a page's "&amp;" leaves when it loses its marks joins the names as "&" does
    (
        "A spokeswoman for Harlow amp Finch said staff were told this week.",
        "Harlow amp Finch",
        "Harlow amp Finch",
        None,
        "company",
    ),
    (
        "Dunmore Life amp Casualty Co. said its net income fell 22%.",
        "Dunmore Life amp Casualty Co.",
        "Dunmore Life amp Casualty Co.",
        None,
        "company",
    ),
    # a branch's number after its body's name is part of it
    (
        "The dinner was held at the American Legion Post 47 in Kent.",
        "American Legion Post 47",
        "American Legion Post 47",
        None,
        "other",
    ),
    # orchestras, ballets and choirs are organizations
    (
        "He joined the Boston Symphony Orchestra in 1990.",
        "Boston Symphony Orchestra",
        "Boston Symphony Orchestra",
        None,
        "other",
    ),
    (
        "She danced with the New York City Ballet.",
        "New York City Ballet",
        "New York City Ballet",
        None,
        "other",
    ),
    (
        "The Vienna Philharmonic toured Japan.",
        "Vienna Philharmonic",
        "Vienna Philharmonic",
        None,
        "other",
    ),
    # a school's district and a college's system close its name
    (
        "Voters backed a bond for the San Antonio Independent School District.",
        "San Antonio Independent School District",
        "San Antonio Independent School District",
        None,
        "education",
    ),
    (
        "The Houston Community College System grew.",
        "Houston Community College System",
        "Houston Community College System",
        None,
        "education",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "name", "acronym", "kind"), PHRASES)
def test_phrases(
    sentence: str, text: str, name: str, acronym: str | None, kind: str | None
) -> None:
    check_phrase(sentence, text, name, acronym, kind)


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        # a name glued to a web address's ending is a business's or a site's name
        (
            "About 90,000 homes were without power, according to PowerOutage.us.",
            [("PowerOutage.us", "PowerOutage.us", None)],
        ),
        (
            "Booking.com's rooms were full, and a Change.org petition grew.",
            [("Booking.com", "Booking.com", "company"), ("Change.org", "Change.org", None)],
        ),
        ("Amazon.com Inc. reported higher sales.", [("Amazon.com Inc.", "Amazon", "company")]),
        # a part of a longer address names nothing
        ("Forecasts are posted at www.Weather.gov every hour.", []),
    ],
)
def test_web_names(text: str, organizations: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == organizations
