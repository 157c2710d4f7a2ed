"""The dateline that opens a sentence, read by the core and shared by the fields."""

from __future__ import annotations

import doctest

import pytest

import newsfacts
from location_checks import places
from newsfacts import datelines
from newsfacts_locations.leads import hyphened_title


def _dateline(text: str, closed: bool = False) -> str:
    """The dateline's words as written (read from the tokens' texts alone the same)."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    tokens = document.tokens_between(0, len(text))
    count = datelines.dateline(tokens, closed=closed)
    assert datelines.dateline_of([token.text for token in tokens], closed=closed) == count
    return text[tokens[0].start : tokens[count - 1].end] if count else ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MELBOURNE, Australia — Australia beat England by eight wickets.", "MELBOURNE, Australia"),
        ("BOSTON (Reuters) - Shares of the lender rose.", "BOSTON"),
        ("WAUSAU, Wis. (WSAW) -- A fire closed the mill.", "WAUSAU, Wis."),
        ("ST. PARIS, Ohio -- The village council met.", "ST. PARIS, Ohio"),
        ("NALCHIK , Russia 1997-04-02 Local officials said.", "NALCHIK , Russia"),
        ("LONDON The Latest on the storm that hit the coast.", "LONDON"),
        ("EL PASO, Texas — The city council voted to raise water rates.", "EL PASO, Texas"),
        ("LA PAZ, Bolivia (AP) — Protesters blocked the roads.", "LA PAZ, Bolivia"),
        ("LE MARS, Iowa -- A fire destroyed a barn.", "LE MARS, Iowa"),
        # the dash of the New York Times wire's plain-text copy
        ("NEWARK, N.J. _ The county prosecutor named a new task force.", "NEWARK, N.J."),
        ("WASHINGTON _ The Senate voted 51-49 on Thursday.", "WASHINGTON"),
        # a town in capitals after a prefix in its own case, as AP writes it
        ("McALLEN, Texas (AP) — Agents detained 40 people on Sunday.", "McALLEN, Texas"),
        ("DeKALB – Residents of the fourth ward will get new bins.", "DeKALB"),
        ("McDonald's - the chain said sales rose.", ""),
        ("PhD students - the union said they would strike.", ""),
        # a hyphened town
        ("YOSHKAR-OLA , Russia 1997-02-14 Teachers went on strike.", "YOSHKAR-OLA , Russia"),
        ("WILKES-BARRE, Pa. (AP) — A fire destroyed a barn.", "WILKES-BARRE, Pa."),
        # an apostrophe after a first letter
        ("O'FALLON, Mo. (AP) — A fire destroyed a barn.", "O'FALLON, Mo."),
        ("I'LL BE BACK - the review ran on Sunday.", ""),
        ("COVID-19 - cases rose again in March.", ""),
        ("LA Galaxy beat the Sounders on Saturday.", ""),  # a short word before no capitals
        ("US shares fell - the dollar rose.", ""),
        ("The council met in Dover on Tuesday.", ""),
        ("Dover - The council met on Tuesday.", ""),  # a place not in capitals
        # a wire's place, state and day: the marks before the state and the day count not
        (
            "SAN JOSE, Calif., Oct. 29 (Reuters) - Shares of the chip maker rose.",
            "SAN JOSE, Calif., Oct. 29",
        ),
        (
            "ST. PAUL, Minn., Sept. 3 (Reuters) - The state's farm income fell.",
            "ST. PAUL, Minn., Sept. 3",
        ),
        # ... in a headline in capitals or a sentence each mark counts
        ("STATE POLLS NOT REALLY WRONG, JUST TOO EARLY - Two analysts wrote.", ""),
        ("ACME last week filed a fresh, $12-per-unit bid for the mill.", ""),
    ],
)
def test_a_dateline_opens_the_sentence(text: str, expected: str) -> None:
    assert _dateline(text) == expected


def test_a_closed_dateline_ends_at_a_mark_or_a_year() -> None:
    """A title-case word after capitals may open a headline, not end a dateline."""
    assert _dateline("FBI Director James Comey said on Friday.") == "FBI"
    assert _dateline("FBI Director James Comey said on Friday.", closed=True) == ""
    assert _dateline("MOSCOW (AP) - The mayor spoke.", closed=True) == "MOSCOW"


def test_the_module_examples_run() -> None:
    assert doctest.testmod(datelines).failed == 0


# A dateline in brackets, as radio and wire pages write it: "(NEW YORK) — Firefighters said ...".
# The place in capitals is where the story was written, as "NEW YORK (AP) —" says it;
# initials in brackets ("(CNN) —") are an agency's, and say no place.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(NEW YORK) — Firefighters pulled two dogs from a flooded basement.", "(NEW YORK)"),
        ("(WASHINGTON, D.C.) -- The Senate voted 51-49 on Thursday.", "(WASHINGTON, D.C.)"),
        ("(LOS ANGELES) \x97 Firefighters contained the blaze by noon.", "(LOS ANGELES)"),
        ("(EL PASO) — The city council voted to raise water rates.", "(EL PASO)"),
        ("(CNN) — A man was arrested after a chase.", "(CNN)"),  # the fields ask their tables
        # no dateline: too short a word, no dash, no capitals, more than a place
        ("(AP) — A man was arrested after a chase.", ""),
        ("(LONDON) The council met on Monday.", ""),
        ("(Reuters) - Shares of the lender rose.", ""),
        ("(Photo: AP) Officers gathered outside the court.", ""),
        ("(NEW YORK Times) — The paper said on Monday.", ""),
    ],
)
def test_a_place_in_brackets_before_a_dash_is_a_dateline(text: str, expected: str) -> None:
    assert _dateline(text) == expected


def test_a_dateline_in_brackets_names_the_home() -> None:
    text = "(NEW YORK) — Firefighters pulled two dogs from a flooded basement, a captain said."
    found = newsfacts.Document.from_article(newsfacts.Article(text=text)).home
    assert found is not None and found.country is not None
    assert (found.country.code, found.evidence, found.text, found.agency) == (
        "US",
        "dateline",
        "NEW YORK",
        "",
    )


def test_an_agency_in_brackets_is_no_home() -> None:
    """ "(CNN)" is no place the tables know: the names of the text decide, as without it."""
    text = "(CNN) — Canada's economy grew in May. Canadian exports rose, and Canada signed a deal."
    found = newsfacts.Document.from_article(newsfacts.Article(text=text)).home
    assert found is not None and found.country is not None
    assert (found.country.code, found.evidence) == ("CA", "named")


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        (
            "(NEW YORK) — Officers answering an alarm on Friday arrested a man "
            "holding a toy rifle in a subway station, police said.",
            "NEW YORK",
            "New York City",
        ),
        (
            "(LOS ANGELES) -- Firefighters contained a brush fire that burned 200 acres "
            "in the hills on Sunday.",
            "LOS ANGELES",
            "Los Angeles",
        ),
        # "_", the dash of the New York Times wire's plain-text copy
        ("NEW YORK _ The city's subway fares will rise in March.", "NEW YORK", "New York City"),
        (
            "SAN ANTONIO _ The city council voted to raise water rates.",
            "SAN ANTONIO",
            "San Antonio",
        ),
        ("DeKALB – Residents of the fourth ward will get new bins.", "DeKALB", "DeKalb"),
        ("LaGRANGE, Ga. -- The school board met on Tuesday.", "LaGRANGE", "LaGrange"),
        (
            "SAN JOSE, Calif., Oct. 29 (Reuters) - Shares of the chip maker rose.",
            "SAN JOSE",
            "San Jose",
        ),
    ],
)
def test_the_place_of_a_dateline_is_found(text: str, place: str, name: str) -> None:
    """A name of two words in capitals is read only in a dateline (or a headline)."""
    found = places(text)
    assert [(fact.text, fact.name, fact.country_code) for fact in found][:1] == [
        (place, name, "US")
    ]
    assert text[found[0].start : found[0].end] == place


def test_a_wire_underscore_dateline_names_the_home() -> None:
    home = newsfacts.Document.from_article(
        newsfacts.Article(text="NEW YORK _ The city's subway fares will rise in March.")
    ).home
    assert home is not None and home.country is not None
    assert (home.country.code, home.evidence, home.text) == ("US", "dateline", "NEW YORK")


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("DeKALB", "DeKalb"),
        ("McALLEN", "McAllen"),
        ("MacARTHUR", "MacArthur"),
        ("LaGRANGE", "LaGrange"),
        ("DEKALB", ""),  # in capitals: title case is the caller's
        ("DeKalb", ""),
        ("McDONALD'S", ""),
        ("PhD", ""),
    ],
)
def test_a_prefixed_word_in_capitals_has_a_title_case(word: str, title: str) -> None:
    assert datelines.prefixed_title(word) == title


@pytest.mark.parametrize(
    ("text", "place", "name", "code", "point"),
    [
        (
            "YOSHKAR-OLA , Russia 1997-03-05 Crowds of voters queued in the town square.",
            "YOSHKAR-OLA",
            "Yoshkar-Ola",
            "RU",
            (56.6388, 47.8908),
        ),
        (
            "PORT-AU-PRINCE — Protesters blocked the roads to the airport on Monday.",
            "PORT-AU-PRINCE",
            "Port-au-Prince",
            "HT",
            (18.5435, -72.3388),
        ),
    ],
)
def test_a_hyphened_town_in_a_dateline_is_found(
    text: str, place: str, name: str, code: str, point: tuple[float, float]
) -> None:
    """The town itself, not a town the gazetteer lacks at its qualifier's point."""
    found = places(text)[0]
    assert (found.text, found.name, found.country_code) == (place, name, code)
    assert (round(found.latitude or 0, 4), round(found.longitude or 0, 4)) == point


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("WILKES-BARRE", "Wilkes-Barre"),
        ("PORT-AU-PRINCE", "Port-au-Prince"),
        ("STRATFORD-UPON-AVON", "Stratford-upon-Avon"),
        ("US-CHINA", "US-CHINA"),  # a first part too short: its parts are looked up as such
        ("COVID-19", "COVID-19"),
    ],
)
def test_a_hyphened_name_in_capitals_has_a_title_case(word: str, title: str) -> None:
    assert hyphened_title(word) == title


@pytest.mark.parametrize(
    ("word", "opens"),
    [
        ("HARTWELL", True),
        ("(", True),
        ("DeKALB", True),
        ("ST.", True),
        ("The", False),
        ("“", False),
    ],
)
def test_a_sentence_may_open_with_a_dateline_only_after_a_bracket_or_capitals(
    word: str, opens: bool
) -> None:
    """Told from the first word's text alone, with no segment made: a word that may not
    open one leaves no dateline to read."""
    assert datelines.may_open(word) is opens
    if not opens:
        assert _dateline(f"{word} Mayor Ilsa Brand opened the bridge on Monday.") == ""
