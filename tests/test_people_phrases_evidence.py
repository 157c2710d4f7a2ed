"""The people field on short real-world phrases: what says a name is a person's, and given names."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
PHRASES: list[tuple[str, Expected]] = [
    # An adjective and a nationality opening the sentence describe the person.
    (
        "Outspoken Canadian Maria Lopez called the decision unfair.",
        [("Maria Lopez", None, None)],
    ),
    # A full name is a person's when one of its words speaks alone, a person: "he".
    (
        "The referee fined Jarvok Temmel twice. Jarvok said he would appeal.",
        [("Jarvok Temmel", None, None)] * 2,
    ),
    ("Analysts at Brenmoor Capital agreed. Brenmoor said it would buy.", []),
    # ... or speaks a quote of its own in the first person singular ("we": a company).
    (
        "In the final, Jarvok Temmel beat Olek Brandt. “I never gave up,” Temmel said.",
        [("Jarvok Temmel", None, None)] * 2,
    ),
    ("Brenmoor Capital grew. “We never gave up,” Brenmoor said.", []),
    # A nickname in double quotes is part of the name, and evidence of a person's.
    (
        'The speaker, Emanuel "Chris" Welch, spoke. Welch left.',
        [('Emanuel "Chris" Welch', None, "speaker")] * 2,
    ),
    (
        'The contractor Elvin "E.R." Mordell pleaded guilty.',
        [('Elvin "E.R." Mordell', None, None)],
    ),
    # A given name that is also a word never in a name opens a name before one surname
    (
        "The plan was backed by Christian Lindner, who said so.",
        [("Christian Lindner", None, None)],
    ),
    ("The Christian Democrats and Roman Catholics voted.", []),
    # Given names of athletes and leaders from many countries
    (
        "In Paris, Novak Djokovic beat Jannik Sinner as Satya Nadella watched.",
        [
            ("Novak Djokovic", None, None),
            ("Jannik Sinner", None, None),
            ("Satya Nadella", None, None),
        ],
    ),
    # ... but not a word in quotes before or after one ("the 'Dixiecrat' Strom Thurmond").
    ('They backed the "Dixiecrat" John Thurmond.', [("John Thurmond", None, None)]),
    # Local titles.
    (
        "City Councilwoman Ana Ruiz and state assemblyman Bob Lee voted no.",
        [("Ana Ruiz", "City Councilwoman", None), ("Bob Lee", None, "state assemblyman")],
    ),
    # Given names from many countries start a name in a list of players.
    (
        "66 Neal Forster , Loren Biggs , Jesper Alm , Olin Tate ( Canada )",
        [
            ("Neal Forster", None, None),
            ("Loren Biggs", None, None),
            ("Jesper Alm", None, None),
            ("Olin Tate", None, None),
        ],
    ),
    # A firm named after people is no person.
    ("Analysts at Harold P. Brandt & Co raised the target.", []),
    # A hyphen joins the syllables of a Korean given name, not a compound adjective
    (
        "Prime Minister Han Duck-soo spoke, and Ban Ki-moon said a Kremlin-backed envoy left.",
        [("Han Duck-soo", "Prime Minister", None), ("Ban Ki-moon", None, None)],
    ),
    ("He wore Bernie Sanders T-shirts.", [("Bernie Sanders", None, None)]),
    # A given name is known with or without its accents
    (
        "Her predecessor, Andrés Manuel López Obrador, left office.",
        [("Andrés Manuel López Obrador", None, "predecessor")],
    ),
    # The credits of a wire story name its reporters and editors.
    (
        "The fund grew. (Reporting by Gwladys Fouche; Editing by Terje Solsvik)",
        [("Gwladys Fouche", None, None), ("Terje Solsvik", None, None)],
    ),
    # Local titles of British and New England towns; banks and water companies
    (
        "Councillor Heather Mack and Selectman Tom Reed met staff of Bristol Water.",
        [("Heather Mack", "Councillor", None), ("Tom Reed", "Selectman", None)],
    ),
    ("In Madrid, Banco Santander said profit rose.", []),
    (
        "The bus left the road, Trooper Dana Kovac told reporters.",
        [("Dana Kovac", "Trooper", None)],
    ),
    # Professions of science and the arts are roles, and say a name is a person's
    (
        "The fossil was found by a team led by paleobotanist Zhou Lan of Nanjing.",
        [("Zhou Lan", None, "paleobotanist")],
    ),
    # Business, trades and travel are roles too
    (
        "The flight was paid for by cryptocurrency entrepreneur Min Zhao of Taipei.",
        [("Min Zhao", None, "entrepreneur")],
    ),
    # An appositive describing an organization says the name is none of a person
    (
        "The suit was brought by Polly Ruiz, a group founded by the activist Dana Wu.",
        [("Dana Wu", None, "activist")],
    ),
    ("Joe Lane, a union leader, said no.", [("Joe Lane", None, "a union leader")]),
    # A squad, like a bureau, is a body, and a fire marshal's title is no part of the name
    (
        "Fire Marshal Tim Rowe of the Homicide Squad said it was arson.",
        [("Tim Rowe", "Fire Marshal", None)],
    ),
    # "Park" and "Hall" after a title and one word are a surname, not a park or a hall
    (
        "City Councilmember Traci Park met fans at Ellis Park.",
        [("Traci Park", "City Councilmember", None)],
    ),
    # ... and so set off by commas after a role or kin noun, and alone after that
    (
        "Her attorney, Rebecca Hall, said they would appeal. Hall declined to say more.",
        [("Rebecca Hall", None, "attorney"), ("Rebecca Hall", None, "attorney")],
    ),
    ("The festival moved to a new venue, Victoria Park, last year.", []),
    # Two capitals after a title are initials, not an acronym
    ("Illinois Gov. JB Pritzker signed the budget.", [("JB Pritzker", "Gov", None)]),
    # A regnal number ends the name, and the name alone is the person later
    (
        "Pope Leo XIV said Mass. Later Leo spoke.",
        [("Leo XIV", "Pope", None), ("Leo XIV", None, None)],
    ),
    # A town before a title and a full name is the office's ("Charlotte" is a given name)
    (
        "Charlotte Mayor Dana Whitfield said the budget would be cut.",
        [("Dana Whitfield", "Mayor", None)],
    ),
    # A theater named after a person is no person
    ("Tim Cook spoke at the Steve Jobs Theater.", [("Tim Cook", None, None)]),
    # "City" ends a place's name, never a person's
    ("The rally in Carson City drew crowds, said Ana Ruiz.", [("Ana Ruiz", None, None)]),
    # A party's letter before a legislator's home town names no one
    (
        "The bill passed, said Rep. Dan Small, D-Las Cruces, who chairs it.",
        [("Dan Small", "Rep", None)],
    ),
    # Letters after a full name for counsel, an office or an honour are no part of it
    (
        "Crown prosecutor Sally Dowling SC told the jury. Dr Ann Lee MP agreed.",
        [("Sally Dowling", None, "Crown prosecutor"), ("Ann Lee", "Dr", None)],
    ),
    # A plural title before a name is one person's title, and each listed one's
    (
        "Justices Elena Ruiz and Ana Wu dissented.",
        [("Elena Ruiz", "Justice", None), ("Ana Wu", "Justice", None)],
    ),
    # A company named like a person is no person
    ("Eli Lilly and Morgan Stanley rose, said Ana Ruiz.", [("Ana Ruiz", None, None)]),
    ("Meta Platforms fell, said Ana Ruiz.", [("Ana Ruiz", None, None)]),
    # "Fox" is a surname as well as a network's name
    (
        "Vicente Fox told Fox News it was over.",
        [("Vicente Fox", None, None)],
    ),
    # ... nor is a school named by its town and "Elementary"
    ("Pupils at Goshen Elementary went home, said Ana Ruiz.", [("Ana Ruiz", None, None)]),
    # ... nor a body named so, whatever opens the run
    ("The Kenya Red Cross said 170 people had died.", []),
    # A town named like a person after a noun of towns is none
    (
        "Dozens died near the town of Mai Mahiu. Mai Mahiu is 60 km from Nairobi.",
        [],
    ),
    ("Floods hit the farming village of Ruth Glen on Monday.", []),
    # A results row's car after a driver's bracketed country, before the row's number, is no
    # person; the next driver, with a bracket of his own, is one
    (
        "1. Ana Ruiz ( Spain ) , Lola Ford , 53.980\n2. Ann Lu (Italy), Reynard Honda, 54.483",
        [("Ana Ruiz", None, None), ("Ann Lu", None, None)],
    ),
    (
        "Winners: Ana Ruiz (Spain), Ann Lu (Italy) and Lola Ford.",
        [("Ana Ruiz", None, None), ("Ann Lu", None, None), ("Lola Ford", None, None)],
    ),
    # A Spanish place's article opens no person's name
    ("The agency said El Granado recorded 46C on Sunday.", []),
    # A stock index is no person, whatever verb follows it
    ("The Nasdaq Composite added 0.98%, said Ana Ruiz.", [("Ana Ruiz", None, None)]),
    # An appositive may open with a possessive or with the words before a role noun
    (
        "Ann Lu, Apple's senior vice president, spoke. Gene Wu, managing partner at Hill"
        " Capital, agreed. Obama, Vice President Joe Biden, and others met.",
        [
            ("Ann Lu", None, "Apple's senior vice president"),
            ("Gene Wu", None, "managing partner at Hill Capital"),
            ("Joe Biden", "Vice President", None),
        ],
    ),
    # A plural honorific gives each name of its list the singular
    (
        "Sens. Rand Paul of Kentucky and Susan Collins of Maine voted no.",
        [("Rand Paul", "Sen", None), ("Susan Collins", "Sen", None)],
    ),
    # A word that ends names is the surname after a known given name, last in the run
    (
        "Ofwat chief executive David Black spoke. Black voters turned out.",
        [("David Black", None, "Ofwat chief executive")],
    ),
    # A town named like a given name and a surname is no person
    (
        "He divides his weeks between Ann Arbor and Grand Rapids, said Ana Ruiz.",
        [("Ana Ruiz", None, None)],
    ),
    # A place that is also a given name opens a name of two words ("Jordan Bardella")
    (
        "Jordan Bardella said so. Georgia Tech won. Painted by Virginia Whitcomb.",
        [("Jordan Bardella", None, None), ("Virginia Whitcomb", None, None)],
    ),
    # A title in lower case right before a full name makes it a person's, as a role does
    (
        "The statement was signed by spokesman Bayo Onanuga and by lawyer Ade Bello.",
        [("Bayo Onanuga", "spokesman", None), ("Ade Bello", None, "lawyer")],
    ),
    # A role noun before a name set off by commas describes it ("founder, Hui Ka Yan,")
    (
        "Evergrande's founder, Hui Ka Yan, was detained. His lawyer, Ann Lu, declined."
        " She met the gallery's director, Ruth Okafor.",
        [
            ("Hui Ka Yan", None, "founder"),
            ("Ann Lu", None, "lawyer"),
            ("Ruth Okafor", None, "director"),
        ],
    ),
    # ... also an office written in capitals, as British papers style a minister's; not a
    # given name and a surname that is a role noun in a list of names, nor the end of an
    # office's name cut short
    (
        "The Home Secretary, Priya Danvers, and the Scottish First Minister, Alan Reid, met.",
        [("Priya Danvers", None, "Home Secretary"), ("Alan Reid", None, "Scottish First Minister")],
    ),
    (
        "The winners were Kevin Bishop, Dana Kowalski and Mark Farmer, Joe Tran and Ann Ruiz.",
        [
            ("Kevin Bishop", None, None),
            ("Dana Kowalski", None, None),
            ("Mark Farmer", None, None),
            ("Joe Tran", None, None),
            ("Ann Ruiz", None, None),
        ],
    ),
    (
        "The former United States House of Representatives Minority Leader, Lena Ortiz, spoke.",
        [("Lena Ortiz", None, None)],
    ),
    # ... and so does a role noun and what it heads ("the head of ..., Mele Kyari,")
    (
        "He sacked the head of the state oil company, Mele Kyari, on Monday.",
        [("Mele Kyari", None, "head of the state oil company")],
    ),
    (
        "A spokesman for the Department of Homeland Security, Omar Haddad, said so.",
        [("Omar Haddad", None, "spokesman for the Department of Homeland Security")],
    ),
    # Roles of office, of trade and of family
    (
        "The actor's publicist, Jane Rogers, confirmed his death.",
        [("Jane Rogers", None, "publicist")],
    ),
    (
        "Ms. Okonjo-Iweala, the director-general of the WTO, warned of tariffs.",
        [("Okonjo-Iweala", "Ms", "the director-general of the WTO")],
    ),
    ("His grandmother, Rosa Martinez, raised him.", [("Rosa Martinez", None, "grandmother")]),
    # one word set off after a plain role or kin noun; not after what a role serves
    ("Her mother, Linda, said the family was grateful.", [("Linda", None, "mother")]),
    ("She is a chemist at the University of California, Davis, and a novelist.", []),
    # A body named for its reach is no person; a mining company named like one neither
    (
        "Amnesty International said the girls were taken. Rio Tinto said profit fell.",
        [],
    ),
    # Given names of South Asian cricketers and Nordic officials open names
    (
        "Yashasvi Jaiswal made 101. Trott took over from Jakob Stausholm in August.",
        [("Yashasvi Jaiswal", None, None), ("Jakob Stausholm", None, None)],
    ),
    # Given names of South Asian cricketers
    (
        "Kusal Mendis made 124 and Wanindu Hasaranga took four for 35.",
        [("Kusal Mendis", None, None), ("Wanindu Hasaranga", None, None)],
    ),
    # Given names common across Europe, Turkey and Africa open names
    (
        "Zeynep Akar saw it, and Holger Schmieding and Amadou Magassa agreed.",
        [
            ("Zeynep Akar", None, None),
            ("Holger Schmieding", None, None),
            ("Amadou Magassa", None, None),
        ],
    ),
    # Positions of team sports are roles
    (
        "Liverpool forward Diogo Jota scored, and fullback Andre Joubert did not.",
        [("Diogo Jota", None, "Liverpool forward"), ("Andre Joubert", None, "fullback")],
    ),
    # A name before "counties" names a county
    (
        "Copper was stolen in Loudoun and Prince William counties, Ann Lee said.",
        [("Ann Lee", None, None)],
    ),
    # So does a name before "area", "neighbourhood", "township" or "suburb"
    (
        "Power was cut in the Lawrence Weston area of Bristol and the Kingsley Park"
        " neighbourhood, Ann Lee said.",
        [("Ann Lee", None, None)],
    ),
    (
        "Roads closed in Cedar Grove township and the Rose Hill suburb, Ann Lee said.",
        [("Ann Lee", None, None)],
    ),
    # ... or before "province", "prefecture", "governorate", "oblast" or "region", as news of
    # countries whose places are named like people writes them
    (
        "Storms hit Quang Binh province and the Hai Ninh region, Ann Lee said.",
        [("Ann Lee", None, None)],
    ),
    # A name an appositive describes as a place names a place
    (
        "Floods cut off Dong Hoi, the capital of the province, Ann Lee said.",
        [("Ann Lee", None, None)],
    ),
    # A name after a place's preposition is no speaker
    (
        "Highs will reach the mid-90s, the National Weather Service in Little Rock said,"
        " and Ann Lee agreed.",
        [("Ann Lee", None, None)],
    ),
    # Instruments, laws and programs are no people
    (
        "The James Webb Space Telescope saw it, as the General Data Protection Regulation"
        " says, the former Trent Resource and Assistance Center agreed, the Gifford Fire"
        " burned, and Anne Lee too.",
        [("Anne Lee", None, None)],
    ),
    # A company's last word makes a run no person ("Energy", "Refinery", "Markets")
    (
        "Consumers Energy said so, and Dangote Petroleum Refinery, RBC Capital Markets,"
        " activist investor Elliott Investment Management and the State Law Enforcement"
        " Division agreed with Ana Ruiz, as did Delta Air Lines.",
        [("Ana Ruiz", None, None)],
    ),
    # A plural title before a list of names is each one's
    (
        "Justices Elena Kagan and Sonia Sotomayor dissented, as did Sens. Rand Paul and"
        " Susan Collins. Sen. Ann Lee and Maria Lopez did not.",
        [
            ("Elena Kagan", "Justice", None),
            ("Sonia Sotomayor", "Justice", None),
            ("Rand Paul", "Sen", None),
            ("Susan Collins", "Sen", None),
            ("Ann Lee", "Sen", None),
            ("Maria Lopez", None, None),
        ],
    ),
    # A plural title before a list of names each with the place it is from
    (
        "Sens. Ann Cole of North Dakota, Ray Dunn of Kentucky and Lee Walsh of Maine voted no.",
        [
            ("Ann Cole", "Sen", None),
            ("Ray Dunn", "Sen", None),
            ("Lee Walsh", "Sen", None),
        ],
    ),
    # A relation set off by commas describes the person; right before a name, not
    (
        "His neighbor, Fatou Diallo, agreed. Carl Icahn met his friend Ana Ruiz there.",
        [
            ("Fatou Diallo", None, "neighbor"),
            ("Carl Icahn", None, None),
            ("Ana Ruiz", None, None),
        ],
    ),
    # A corporate office's words before its head ("chief financial officer"), and a
    # surname that is a street's word after a title ("Chair Sharif Street")
    (
        "The company's chief financial officer, Amy Hood, agreed with Party Chair Sharif"
        " Street, who lives on James Street.",
        [("Amy Hood", None, "chief financial officer"), ("Sharif Street", "Chair", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_phrases(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
