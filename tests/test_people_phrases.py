"""The people field on short real-world phrases: names, titles and roles, and what is no person."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
PHRASES: list[tuple[str, Expected]] = [
    (
        "Kremlin spokesperson Dmitry Peskov said on Thursday.",
        [("Dmitry Peskov", None, "Kremlin spokesperson")],
    ),
    # a sentence of capitalized words with a verb in lower case is no headline
    (
        "He met National Security Adviser Ajit Doval on Monday.",
        [("Ajit Doval", "National Security Adviser", None)],
    ),
    # ... while a headline may write its short words in lower case
    ("Donald Trump Is Right on Chicago this Year.", [("Donald Trump", None, None)]),
    # "First" opens a title
    ("First Minister John Swinney urged calm.", [("John Swinney", "First Minister", None)]),
    ("First Lady Jill Biden spoke.", [("Jill Biden", "First Lady", None)]),
    # an organization's name in the role phrase, "of" and all
    (
        "Reserve Bank of Australia governor Michele Bullock said on Tuesday.",
        [("Michele Bullock", None, "Reserve Bank of Australia governor")],
    ),
    # ... but a party's word after "for" opens the role
    (
        "The AP called the race for the Fifth District for Republican incumbent Ann Roe.",
        [("Ann Roe", None, "Republican incumbent")],
    ),
    # a portfolio before "chief" makes a role of it, not the title "chief"
    (
        "EU antitrust chief Teresa Ribera and UN aid chief Tom Fletcher met civil rights "
        "activist Ana Ruiz.",
        [
            ("Teresa Ribera", None, "EU antitrust chief"),
            ("Tom Fletcher", None, "UN aid chief"),
            ("Ana Ruiz", None, "civil rights activist"),
        ],
    ),
    ("President Barack Obama spoke.", [("Barack Obama", "President", None)]),
    ("Mr. Obama said no.", [("Obama", "Mr", None)]),
    ("Sen. Ted Cruz, R-Texas, objected.", [("Ted Cruz", "Sen", None)]),
    ("Hillary Clinton won. Later, Clinton spoke.", [("Hillary Clinton", None, None)] * 2),
    (
        "Donald Trump flew in. Mr Trump’s plane landed.",
        [("Donald Trump", None, None), ("Donald Trump", "Mr", None)],
    ),
    (
        "French president Emmanuel Macron agreed.",
        [("Emmanuel Macron", None, "French president")],
    ),
    ("Prime Minister Theresa May resigned.", [("Theresa May", "Prime Minister", None)]),
    ("Ursula von der Leyen arrived.", [("Ursula von der Leyen", None, None)]),
    ("George W. Bush smiled.", [("George W. Bush", None, None)]),
    (
        "Dana Perino, the White House press secretary, spoke first.",
        [("Dana Perino", None, "the White House press secretary")],
    ),
    ("Dr Jane Goodall, a primatologist, wrote.", [("Jane Goodall", "Dr", None)]),
    ("Nadia Petrenko said the attack was huge.", [("Nadia Petrenko", None, None)]),
    (
        "said Oleksandr Prokudin, the regional governor.",
        [("Oleksandr Prokudin", None, "the regional governor")],
    ),
    ("Michael Jordan scored.", [("Michael Jordan", None, None)]),
    # ... and after a middle initial: a place's name is the surname
    ("Marcus T. Hill was held without bond.", [("Marcus T. Hill", None, None)]),
    # a given name that is a word too ("miles")
    ("She played with Miles Davis in 1959.", [("Miles Davis", None, None)]),
    # a fire service's word opens the title as a police force's does
    ("Fire Chief Ana Ruiz said the blaze was out.", [("Ana Ruiz", "Fire Chief", None)]),
    # a speech verb after the object of "for" or "represents" is another's: no evidence
    ("A spokesperson for Tolland Homes said the firm would appeal.", []),
    (
        "Cllr Ann Reyes, who represents Bexford Lees, said the plan was dead.",
        [("Ann Reyes", "Cllr", None)],
    ),
    # ... "represented" too, the longest of those words
    ("The councillor who represented Bexford Lees said the plan was unfair.", []),
    # a clause about what is the person's ends the role, cut by its own comma or not
    (
        "Ellen Moore, the jazz pianist whose spare, luminous style shaped a generation, died.",
        [("Ellen Moore", None, "the jazz pianist")],
    ),
    ("The Kyiv Regional Administration said on Monday.", []),
    ("In March, the New York Times reported.", []),
    ("On Thursday the Washington Post wrote.", []),
    ("Russia fired Shahed drones at Kyiv.", []),
    ("He posted on Telegram and Facebook.", []),
    ("The Clinton Foundation gave money.", []),
    (
        "Donald Trump Is Right About Trade Deals",
        [("Donald Trump", None, None)],
    ),
    (
        "William Randolph Hearst founded it.",
        [("William Randolph Hearst", None, None)],
    ),
    # Titles and roles alone name nobody; things named like people are not people.
    ("The sailor's Commanding Officer wrote: “She was calm.”", []),
    ("Mr. President, this is a very bad thing, they say.", []),
    ("It was not clear whether the Prime Minister would go, the Health Minister said.", []),
    ("The Rose Bowl crowd streamed into Pasadena on a cold afternoon.", []),
    ("The group Chinese Human Rights Defenders replied so.", []),
    ("The Head Start program grew. Member Countries voted. Editor Pick: a film.", []),
    # A portfolio or a word that modifies a title is no title alone: no one is named
    ("The bank holds its Finance Leadership Summit Day on Monday.", []),
    ("Visits to the Grand Hill Mausoleum resume in June.", []),
    (
        "Actress Meryl Streep drew cheers at the gala.",
        [("Meryl Streep", "Actress", None)],
    ),
    (
        "Reporter Nadia Karam said so.",
        [("Nadia Karam", "Reporter", None)],
    ),
    (
        "Oliver Pemberton US-based traders say the price fell.",
        [("Oliver Pemberton", None, None)],
    ),
    # ... and one before a name describes the person named after it
    (
        "The senator is fading, Ohio-based Dan Kowalczyk said.",
        [("Dan Kowalczyk", None, None)],
    ),
    ("Brazilian-born Marco Tellini scored twice.", [("Marco Tellini", None, None)]),
    ("Father-of-two Owen Pryce, 41, lives nearby.", [("Owen Pryce", None, None)]),
    (
        "Pete King spoke first. King said no.",
        [("Pete King", None, None), ("Pete King", None, None)],
    ),
    # One surname, two people
    (
        "John Seneviratne spoke first. Lakshman Seneviratne replied later.",
        [("John Seneviratne", None, None), ("Lakshman Seneviratne", None, None)],
    ),
    (
        "In 1992 the elder president George H.W. Bush met his son, later president "
        "George W. Bush, in the garden.",
        [("George H.W. Bush", "president", None), ("George W. Bush", "president", None)],
    ),
    # Places taken as people: a place head or prefix makes the run a place.
    ("Narendra Modi visited Tamil Nadu and Andhra Pradesh.", [("Narendra Modi", None, None)]),
    ("Ross County won. Beverly Hills police said so.", []),
    ("He lives in Crown Heights, at 12 Victoria St.", []),
    ("The Marion County Treasurer's Office sent the bills.", []),
    (
        "Hunters crowded the Ozark National Forest. Actor Forest Whitaker came too.",
        [
            ("Forest Whitaker", "Actor", None),
        ],
    ),
    ("The San Diego Padres lost in St. Louis. Saint Lucian voters said no.", []),
    (
        "Jack St. Martin said so.",
        [("Jack St. Martin", None, None)],
    ),
    # Shows, prizes, events, leagues and firms are not people.
    ("He told The Kelly File on Monday. She watched the Rachel Maddow Show.", []),
    ("The coach told Sky Sports after the match that his side had lacked energy.", []),
    ("In a statement, Samsung Electronics said profit would jump.", []),
    ("The turnout was 49.6%, the Federal Chancellery said.", []),
    # given names common in South-East Asia and East Africa, with no title before them
    (
        "Police arrested Somchai Wongsawat's nephew. Aung San Suu Kyi and Tigist Alemu spoke.",
        [
            ("Somchai Wongsawat", None, None),
            ("Aung San Suu Kyi", None, None),
            ("Tigist Alemu", None, None),
        ],
    ),
    # a newspaper joined by a hyphen, and a highway, are no people
    ("The Lawrence Journal-World said a car crashed on Lee Highway.", []),
    # a dam is no person, though "Grand" is a title
    ("Ethiopia inaugurated the Grand Ethiopian Renaissance Dam on Sunday.", []),
    # a given name that is a place, before a surname that is a given name too
    ("Jordan Blake scored twice.", [("Jordan Blake", None, None)]),
    # a speech verb before the role noun before a name: the name speaks
    ('"We are ready," said spokesman Tavi Okonkwo.', [("Tavi Okonkwo", "spokesman", None)]),
    ("Analysts at Warburg Securities and Lawrence Insurance agreed.", []),
    # initials written as a given name, and given names common in US news
    (
        "Lakers coach JJ Redick said Tyler Herro and Jalen Green played well on Monday.",
        [
            ("JJ Redick", None, "Lakers coach"),
            ("Tyler Herro", None, None),
            ("Jalen Green", None, None),
        ],
    ),
    # a given name that is also a word never in a name, after a title
    (
        "He fired Finance Minister Christian Lindner, and the Christian Democratic Union cheered.",
        [("Christian Lindner", "Finance Minister", None)],
    ),
    # British peerage honorifics
    (
        "Baroness Helena Kennedy and Lord Cameron spoke in the debate on Monday.",
        [("Helena Kennedy", "Baroness", None), ("Cameron", "Lord", None)],
    ),
    # a run after an organization's word and "for", "of", "on" goes on its name
    ("Growth slowed, the Office for National Statistics said on Friday.", []),
    ("The Institute for Fiscal Studies said taxes would have to rise.", []),
    (
        "A Campaign for Tax Justice rally backed Maria Lopez on Sunday.",
        [("Maria Lopez", None, None)],
    ),
    ("The Nobel Peace Prize, the Ryder Cup, Major League Baseball, the Grand Prix.", []),
    (
        "-- Karen Dole , New York Metals Desk , +1 212-859-1402",
        [("Karen Dole", None, None)],
    ),
    (
        "Pirelli SpA rose. Former Wallaby captain Tom Arbery retired.",
        [("Tom Arbery", None, "Former Wallaby captain")],
    ),
    ("Zycie Warszawy daily wrote on Tuesday. Zycie Warszawy added its editor resigned.", []),
    ("Netflix shares rose after it added Squid Game season three.", []),
    # "National" heads a club or a body, no surname
    (
        "Rory McIlroy won after a playoff at Augusta National.",
        [("Rory McIlroy", None, None)],
    ),
    # a shop of the name is a brand
    ("He drove through the parking lot of a Fred Meyer store on Third Street.", []),
    (
        "The Murdoch outlets backed him, and Rupert Murdoch said so.",
        [("Rupert Murdoch", None, None), ("Rupert Murdoch", None, None)],
    ),
    # Firms named after people, known by the words before them
    ("Analysts at Morgan Stanley cut their forecast. Morgan Stanley fell 2%.", []),
    ("Shares of Charles Schwab rose on Tuesday, and Charles Schwab said so.", []),
    (
        "Odell Brandt, an analyst at Brandt Capital, said Mr. Brandt was right.",
        [
            ("Odell Brandt", None, "an analyst at Brandt Capital"),
            ("Odell Brandt", "Mr", "an analyst at Brandt Capital"),
        ],
    ),
    # A role noun inside a run ends what describes the person.
    (
        "U.S. President Bill Clinton flew to Denver on Tuesday .",
        [("Bill Clinton", "President", None)],
    ),
    (
        "Federal Reserve Governor Lael Brainard said inflation was easing.",
        [("Lael Brainard", "Governor", None)],
    ),
    (
        "Senate Majority Leader Mitch McConnell warned on Wednesday that the bill could stall.",
        [("Mitch McConnell", "Senate Majority Leader", None)],
    ),
    (
        "Montgomery County Sheriff Jim Smith said the man surrendered shortly before 11 p.m.",
        [("Jim Smith", "Sheriff", None)],
    ),
    (
        "The audit was ordered by Butler County Auditor Ann Reyes, who took office in May.",
        [("Ann Reyes", "Auditor", None)],
    ),
    (
        "The paper's Metro Editor Carla Diaz said in a note to readers that it was fixed.",
        [("Carla Diaz", "Editor", None)],
    ),
    ("Memo Shows Senate Aid And NBC Reporter Caught Planning To Do THAT", []),
    ("At the previous Parliamentary General Elections, turnout rose.", []),
    ("Trump Campaign Manager Smiles, Dodges Reporter’s Question.", []),
    # a middle initial does not count among the two words of a name in a line of names
    (
        "New directors include Anna K. Berg, Paul T. Ortiz, Lisa M. Grant and Omar J. Reyes "
        "of Baxter Capital Partners.",
        [
            ("Anna K. Berg", None, None),
            ("Paul T. Ortiz", None, None),
            ("Lisa M. Grant", None, None),
            ("Omar J. Reyes", None, None),
        ],
    ),
    # Names known by what follows them, hyphenated given names
    ("The suspect, Tashfeen Malik, 29, was killed.", [("Tashfeen Malik", None, None)]),
    # a surname alone before an age; not a headline's noun, nor a number's thousands
    ("Police said Martinez, 31, was arrested on Friday.", [("Martinez", None, None)]),
    ("Girl, 12, hit by car on Elm Street", []),
    ("The fleet has 12,000 Marines and sailors, 4,000 soldiers and airmen.", []),
    ("The suspect, 56-year-old Dezi Freeman, fled.", [("Dezi Freeman", None, None)]),
    ("Barges pass under the 150-year-old Kellow Aqueduct.", []),
    ("Adam Schiff (D-Calif.) objected.", [("Adam Schiff", None, None)]),
    (
        "Jean-Claude Juncker met Ursula von der Leyen.",
        [("Jean-Claude Juncker", None, None), ("Ursula von der Leyen", None, None)],
    ),
    (
        "Recep Tayyip Erdogan met with Mohammed bin Salman and later with Xi Jinping in the "
        "capital, where talks went on for hours.",
        [
            ("Recep Tayyip Erdogan", None, None),
            ("Mohammed bin Salman", None, None),
            ("Xi Jinping", None, None),
        ],
    ),
    (
        "Mrs. Clinton spoke. Ms. Warren, Dr. Fauci and Gen. Milley agreed.",
        [
            ("Clinton", "Mrs", None),
            ("Warren", "Ms", None),
            ("Fauci", "Dr", None),
            ("Milley", "Gen", None),
        ],
    ),
    (
        "Feyisa Lilesa, who crossed his arms at the finish, won silver.",
        [("Feyisa Lilesa", None, None)],
    ),
    ("The National Rifle Association, who funds ads, objected.", []),
    (
        "Indonesian President Suharto said on Friday that he would go.",
        [("Suharto", "President", None)],
    ),
    ("The Marine Corps said so on Friday, and the Social Justice Coalition agreed.", []),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_phrases(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
