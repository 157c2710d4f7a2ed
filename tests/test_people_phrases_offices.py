"""The people field on short real-world phrases: offices, ranks, lists of names, surnames."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
PHRASES: list[tuple[str, Expected]] = [
    # A participle opening a sentence is no part of the name after it
    (
        "Born John Michael Osbourne on Dec. 3, 1948, he formed the band with his friends"
        " from school.\nAsked about it on Tuesday, Maria Lopez said she had no comment.",
        [("John Michael Osbourne", None, None), ("Maria Lopez", None, None)],
    ),
    # A sport's position before a name is a role ("Dutch midfielder", "goalkeeper")
    (
        "City signed Dutch midfielder Tijjani Reijnders and goalkeeper James Trafford.",
        [
            ("Tijjani Reijnders", None, "Dutch midfielder"),
            ("James Trafford", None, "goalkeeper"),
        ],
    ),
    # A title and a name after a comma are another person, not a role
    (
        "Appointed by President Ana Ruiz, Judge Ann Lee ruled. Tom Hale, Chief Executive of"
        " Acme, spoke.",
        [
            ("Ana Ruiz", "President", None),
            ("Ann Lee", "Judge", None),
            ("Tom Hale", None, "Chief Executive of Acme"),
        ],
    ),
    # A county's name before "District Attorney": the title is whole
    (
        "Harris County District Attorney Sean Teare said it.",
        [("Sean Teare", "District Attorney", None)],
    ),
    # ... and so is a nation's abbreviation before "District Judge"
    (
        "On Friday, U.S. District Judge Ana Ortiz blocked the law.",
        [("Ana Ortiz", "District Judge", None)],
    ),
    # An honorific's word before a title of two words ends the sentence before
    (
        "She called Cambodia's former leader Hun Sen. Deputy Prime Minister Suriya"
        " Juangroongruangkit will serve as acting premier.",
        [("Suriya Juangroongruangkit", "Deputy Prime Minister", None)],
    ),
    # a role noun of a relation to another person
    (
        "Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing.",
        [("Wang Yi", "Foreign Minister", None), ("Sergei Lavrov", None, "Russian counterpart")],
    ),
    # A month's name that is a given name opens a name after a title
    (
        "U.S. District Judge April Perry blocked the order.",
        [("April Perry", "District Judge", None)],
    ),
    # ... and so does a place's name before a last word that is no place's nor title's
    (
        "Interior Minister Carolina Toha said 1,100 homes burned, and Defence Minister Israel"
        " Katz flew to the north. Ohio Governor Mike DeWine spoke.",
        [
            ("Carolina Toha", "Interior Minister", None),
            ("Israel Katz", "Defence Minister", None),
            ("Mike DeWine", "Governor", None),
        ],
    ),
    # ... nor is a sentence ending in a full stop with its verb in lower case
    (
        "Former Treasury Secretary Janet Yellen and Federal Reserve Chair Jerome Powell"
        " testified before the Senate Banking Committee.",
        [("Janet Yellen", "Former Treasury Secretary", None), ("Jerome Powell", "Chair", None)],
    ),
    # A paragraph of capitalized words is no headline; a title of two words ends a name
    (
        "Gladys Marie Hudson, 94, of Fargo, died Tuesday, July 8, 2025, at Sanford Medical"
        " Center in Fargo, North Dakota, with her family at her side, her son Tom Hudson"
        " said. Photo: Owen Grant Executive Director, Barbados Heart Foundation.",
        [
            ("Gladys Marie Hudson", None, None),
            ("Tom Hudson", None, "son"),
            ("Owen Grant", None, None),
        ],
    ),
    # A name opening its sentence is a person's when its surname alone has an age or
    # speaks as a person; not after an adverb opening the sentence ("Maybe Trump" is no
    # name: the adverb is no part of it, and "Trump", speaking as a person, is one alone)
    (
        "Zohran Mamdani won the primary. Mamdani, 33, is a state lawmaker. Maybe Trump"
        " will win too. Trump said he would.",
        [
            ("Zohran Mamdani", None, None),
            ("Zohran Mamdani", None, None),
            ("Trump", None, None),
            ("Trump", None, None),
        ],
    ),
    # given names of young Americans, whom sports news names with no title
    (
        "Bijan Okoro ran for 120 yards, and Jaylin Marsh caught two passes.",
        [("Bijan Okoro", None, None), ("Jaylin Marsh", None, None)],
    ),
    # Ranks are honorifics; one after a role is no part of the name
    (
        "Lance Cpl. Omar Bent said the truck slid off the road, and the honor"
        " was a privilege, said Anniston Depot Commander Col. Ruth Lang.",
        [("Omar Bent", "Cpl", None), ("Ruth Lang", "Col", None)],
    ),
    # initials as a given name; not a state's, nor a company's
    (
        "The Eagles won, and A.J. Brown caught nine passes from N.J. Transit riders"
        " at the J.C. Penney store.",
        [("A.J. Brown", None, None)],
    ),
    # the common given names of the US census; not one as common as a surname
    (
        "Phillip Price birdied the last hole, and Joni Ernst said so. Clinton Says Nothing.",
        [("Phillip Price", None, None), ("Joni Ernst", None, None)],
    ),
    # a Canadian constable's rank
    (
        "Two people were hurt near the harbour late Friday, Const. Terri Healy said.",
        [("Terri Healy", "Const", None)],
    ),
    # A police force names its officers' titles
    (
        "Ramaphosa fired Police Minister Senzo Mchunu on Sunday, and Police Chief Ann Lee"
        " said she would stay on.",
        [("Senzo Mchunu", "Police Minister", None), ("Ann Lee", "Police Chief", None)],
    ),
    # A portfolio of several words keeps them all in the title
    (
        "Chief Financial Officer Rita Vance and Homeland Security Secretary Paul Ndiaye spoke,"
        " as did Public Information Officer Carla Moss.",
        [
            ("Rita Vance", "Chief Financial Officer", None),
            ("Paul Ndiaye", "Homeland Security Secretary", None),
            ("Carla Moss", "Public Information Officer", None),
        ],
    ),
    # An appositive ends at an acronym's full stop
    (
        '"Hiring is holding up," said Dana Whit, chief economist at KPMG. Markets rose.',
        [("Dana Whit", None, "chief economist at KPMG")],
    ),
    # An organization's acronym before a title is no part of the name
    (
        "WHO Director-General Hana Tesfaye and MCHD Nurse Educator Rosa Ruiz spoke.",
        [("Hana Tesfaye", "Director-General", None), ("Rosa Ruiz", "Nurse Educator", None)],
    ),
    # The place or body an honorific's office is of is no part of the name
    (
        "The situation is bad, Leyte Gov. Maria Santos told radio listeners.",
        [("Maria Santos", "Gov", None)],
    ),
    # A particle written onto a surname keeps it in the name
    (
        "District Judge Paul deMarco ruled, and pitcher Luis deGrasse struck out nine.",
        [("Paul deMarco", "District Judge", None), ("Luis deGrasse", None, "pitcher")],
    ),
    # A phrase after a comma that ends in a speech verb speaks; it describes no one.
    (
        "He will meet President Ana Ruiz, a NATO spokesperson said.",
        [("Ana Ruiz", "President", None)],
    ),
    # A role phrase stops at the end of the sentence before it, not at an abbreviation.
    (
        "The guard scored 18 for the Heat. Miami coach Erik Spoelstra was pleased.",
        [("Erik Spoelstra", None, "Miami coach")],
    ),
    (
        "Ford Motor Co. spokesman Jim Cain declined to comment.",
        [("Jim Cain", None, "Ford Motor Co. spokesman")],
    ),
    # initials written as a given name; a role noun before an unknown name
    (
        "The 76ers selected Penn State guard VJ Edgecombe with the No. 3 pick.",
        [("VJ Edgecombe", None, "Penn State guard")],
    ),
    (
        "Prabowo pardoned opposition politician Hasto Kristiyanto on Thursday.",
        [("Hasto Kristiyanto", None, "opposition politician")],
    ),
    # An unknown name of two words between people's full names in a list
    (
        "The film stars Emma Stone, Tavish Okonkwo and Jonathan Bailey.",
        [
            ("Emma Stone", None, None),
            ("Tavish Okonkwo", None, None),
            ("Jonathan Bailey", None, None),
        ],
    ),
    # the town a person is from, set off by commas (not a company's: "Modular Systems")
    (
        "Kyrell Okafor, of Hulme, will appear in court; Carolina Modular Systems, of "
        "Lumberton, makes homes.",
        [("Kyrell Okafor", None, None)],
    ),
    # "Cabinet Secretary", an office of Kenya's and Britain's, with its portfolio
    (
        "Transport Cabinet Secretary Davis Chirchir said an inquiry had opened.",
        [("Davis Chirchir", "Transport Cabinet Secretary", None)],
    ),
    # ... and one after "and" ending a list of people's full names, or joined by "and"
    # to one person's full name
    (
        "In 1969, Neil Armstrong and Buzz Aldrin walked on the moon.",
        [("Neil Armstrong", None, None), ("Buzz Aldrin", None, None)],
    ),
    (
        "He joined Ben Hogan, Jack Nicklaus and Tavish Okonkwo.",
        [
            ("Ben Hogan", None, None),
            ("Jack Nicklaus", None, None),
            ("Tavish Okonkwo", None, None),
        ],
    ),
    # a modifier of roles that is a verb before a capitalized word is the verb
    (
        "The court will decide whether Trump can fire Federal Reserve governor Lisa Cook.",
        [("Lisa Cook", None, "Federal Reserve governor")],
    ),
    (
        "Macron is expected to press Chinese leader Xi Jinping on trade.",
        [("Xi Jinping", None, "Chinese leader")],
    ),
    # a hyphenated given name of a short first part and a known second one
    (
        "“Hamilton” creator Lin-Manuel Miranda returned to Broadway on Thursday.",
        [("Lin-Manuel Miranda", None, None)],
    ),
    # a plural noun for people opening the sentence is no part of the name after it
    (
        "Celebrities Nina Ford, Lucy Grant and Maya Stone backed the appeal.",
        [
            ("Nina Ford", None, None),
            ("Lucy Grant", None, None),
            ("Maya Stone", None, None),
        ],
    ),
    (
        "Coun. Stephen Holyday, who voted against it, called the cost wasteful.",
        [("Stephen Holyday", "Coun", None)],
    ),
    (
        "Seiya Suzuki homered for Chicago in the second inning on Tuesday night.",
        [("Seiya Suzuki", None, None)],
    ),
    # A phrase after a comma about something else names no role, whatever title follows
    (
        "The court froze the decision to dismiss Attorney General Dana Levi, the latest"
        " clash between Prime Minister Ari Cohen's coalition and the judiciary.",
        [("Dana Levi", "Attorney General", None), ("Ari Cohen", "Prime Minister", None)],
    ),
    # ... nor does a role noun in the object of "from", but one opening a phrase after "and"
    (
        "She chose the name Ned, an idea from Mrs. Ruiz's aunt. Ana Ruiz, a delegate"
        " from Iowa and a member of the rules panel, spoke.",
        [
            ("Ana Ruiz", "Mrs", "a delegate from Iowa and a member of the rules panel"),
            ("Ana Ruiz", None, "a delegate from Iowa and a member of the rules panel"),
        ],
    ),
    # A role phrase goes on past an abbreviation before a name and stops at a bracket
    (
        "Maria Lopez, a nurse at St. Mary's Hospital in Waterbury, spoke. Paul Otis, chief"
        " executive of Ozark Health (formerly Ozark Care), agreed.",
        [
            ("Maria Lopez", None, "a nurse at St. Mary's Hospital in Waterbury"),
            ("Paul Otis", None, "chief executive of Ozark Health"),
        ],
    ),
    # a role noun that is a common surname ends a name after a title; an alderman
    (
        "Interim CEO Macquline King said the closures would save $22 million a year.",
        [("Macquline King", "CEO", None)],
    ),
    (
        "Ald. Jeanette Taylor called the decision a slap in the face on Thursday.",
        [("Jeanette Taylor", "Ald", None)],
    ),
    # a title and "of" before a portfolio: the whole title
    (
        "Secretary of State Marco Rubio said the talks would continue on Friday.",
        [("Marco Rubio", "Secretary of State", None)],
    ),
    # a shared office in lower case
    (
        "SPD co-leader Lars Klingbeil will serve as vice chancellor and finance minister.",
        [("Lars Klingbeil", None, "SPD co-leader")],
    ),
    # Ireland's offices
    (
        "Tánaiste Simon Harris said the government would protect jobs in Cork.",
        [("Simon Harris", "Tánaiste", None)],
    ),
    # Two offices joined by a hyphen are one title, after a body's name
    (
        "“It was a real problem,” said United Steelworkers Secretary-Treasurer Dan Kowal.",
        [("Dan Kowal", "Secretary-Treasurer", None)],
    ),
    (
        "The note was sent by Herald Editor-in-Chief Nora Patel on Monday.",
        [("Nora Patel", "Editor-in-Chief", None)],
    ),
    # An office of two words after a place before a single name: a person known by one
    (
        "Karnataka Chief Minister Siddaramaiah announced compensation for the families.",
        [("Siddaramaiah", "Chief Minister", None)],
    ),
    # A description set off by commas, then a speech verb (not a firm's relative clause)
    (
        "Aliko Dangote, Africa's richest man, told reporters the refinery would list.",
        [("Aliko Dangote", None, None)],
    ),
    ("Ogden Projects, which owns stakes in recycling, said sales fell.", []),
    # a country's possessive before a name of a list
    (
        "The crew of Zena Cardman, Japan's Kimiya Yui and Russia's Oleg Platonov docked.",
        [
            ("Zena Cardman", None, None),
            ("Kimiya Yui", None, None),
            ("Oleg Platonov", None, None),
        ],
    ),
    # A verb only people do after an unknown name of two words
    (
        "The party named a new candidate on Sunday, after Tavish Okonkwo resigned.",
        [("Tavish Okonkwo", None, None)],
    ),
    (
        "The museum says Ruvan Lethabo was born in a village near the coast.",
        [("Ruvan Lethabo", None, None)],
    ),
    # A rank of two honorifics is one title; a shared office is a title too.
    (
        "Provincial police commissioner Lt. Gen. Thandi Mokoena briefed reporters in Durban.",
        [("Thandi Mokoena", "Lt Gen", None)],
    ),
    (
        "The streaming company's results beat forecasts, Co-CEO Greg Peters said on a call.",
        [("Greg Peters", "Co-CEO", None)],
    ),
    # The first of two surnames joined by a particle names the person alone, even with
    # a namesake named later by that surname.
    (
        "The court upheld the sentence of former President Marta Gómez de Salas on Tuesday."
        " Gómez, 71, will serve it at home. She was vice president under Luis Gómez.",
        [
            ("Marta Gómez de Salas", "President", None),
            ("Marta Gómez de Salas", None, None),
            ("Luis Gómez", None, None),
        ],
    ),
    # The first of two surnames after the given names, when no one bears it last
    (
        "Claudia Díaz Guillen, a former nurse, was sentenced. Díaz, 50, had been treasurer.",
        [("Claudia Díaz Guillen", None, "a former nurse")] * 2,
    ),
    # ... and the surname before a particle and the last, after two given names
    (
        "Luiz Inácio Lula da Silva met the pope. Lula said they spoke of peace.",
        [("Luiz Inácio Lula da Silva", None, None)] * 2,
    ),
    # A gendered honorific picks among people of one surname.
    (
        "Hillary Clinton spoke. Bill Clinton listened. Mrs. Clinton said no.",
        [
            ("Hillary Clinton", None, None),
            ("Bill Clinton", None, None),
            ("Hillary Clinton", "Mrs", None),
        ],
    ),
    # ... and names no one whose given name says the other gender
    (
        "Michelle Obama spoke. Mr. Obama listened. Mrs. Obama said no.",
        [
            ("Michelle Obama", None, None),
            ("Obama", "Mr", None),
            ("Michelle Obama", "Mrs", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_phrases(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
