"""The country an article is written in or about: one reading by the core, for every field."""

from __future__ import annotations

import doctest
import marshal

import pytest

import newsfacts
from newsfacts import home
from newsfacts.plugin import Home


def _home(text: str) -> Home | None:
    return newsfacts.Document.from_article(newsfacts.Article(text=text)).home


@pytest.mark.parametrize(
    ("text", "code", "written"),
    [
        ("SYDNEY — The state government will spend more on trains.", "AU", "SYDNEY"),
        ("LONDON, Ontario — The city council met on Monday.", "CA", "LONDON, Ontario"),
        ("KINGSTON, Jamaica — The clinic opened on Friday.", "JM", "KINGSTON, Jamaica"),
        ("TORONTO (CP) — Police made an arrest.", "CA", "TORONTO"),
        ("DENVER, Colorado — The state senate voted.", "US", "DENVER, Colorado"),
        # the name of a state and of a country says neither
        ("ATLANTA, Georgia — The state senate voted.", None, "ATLANTA, Georgia"),
        ("TBILISI, Georgia — Parliament voted on Monday.", None, "TBILISI, Georgia"),
        # the qualifier decides alone
        ("PERTH, Scotland — The council met.", "GB", "PERTH, Scotland"),
        # a headline may open the article
        ("Trains for the west\nPERTH — The state will buy trains.", "AU", "PERTH"),
        # a dateline of a place the tables do not know: a home of no country read
        ("HAMILTON (AP) -- Canada issued a warrant. Canada and Canadian police.", None, "HAMILTON"),
        ("WAUSAU, Wis. (WSAW) -- A fire closed the mill.", None, "WAUSAU, Wis."),
    ],
)
def test_a_dateline_names_the_home(text: str, code: str | None, written: str) -> None:
    found = _home(text)
    assert found is not None
    assert (found.country.code if found.country else None, found.evidence) == (code, "dateline")
    assert found.text == written == text[found.start : found.end]


@pytest.mark.parametrize(
    ("text", "code", "mentions", "others"),
    [
        (
            "The Manitoba government will spend $2 billion on new trains. The premier said "
            "Canada needed them, and Canadian makers will build them.",
            "CA",
            3,
            0,
        ),
        (
            "Jamaica's health ministry opened two clinics. Jamaicans may be screened free, "
            "and visitors from Haiti pay a fee, the Jamaica Cancer Society said.",
            "JM",
            3,
            1,
        ),
        # the possessive, and the longest name: "New Zealand's", "Papua New Guinea"
        (
            "New Zealand's exports rose. New Zealand farmers and New Zealand ports gained.",
            "NZ",
            3,
            0,
        ),
    ],
)
def test_an_undatelined_article_is_about_the_country_it_names_most(
    text: str, code: str, mentions: int, others: int
) -> None:
    found = _home(text)
    assert found is not None and found.country is not None
    assert (found.country.code, found.evidence, found.mentions, found.others) == (
        code,
        "named",
        mentions,
        others,
    )
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        # named twice only
        "Canada's economy grew, and Canadian exports rose.",
        # not twice as often as the others together
        "Canada, Canada and Canada traded with Mexico and the United States.",
        # names inside longer ones: a region's, a company's
        "Latin America grew. South America and Central America grew too, said Air Canada and "
        "Canada Goose Holdings.",
        # no country at all
        "The council voted to close the road on Tuesday.",
    ],
)
def test_an_article_about_no_country_clearly_has_no_home(text: str) -> None:
    assert _home(text) is None


def test_a_state_of_the_united_states_counts_for_it() -> None:
    text = "Ohio lawmakers met in Columbus. Ohio and Kentucky share a river. Toronto, Canada."
    found = _home(text)
    assert found is not None and found.country is not None
    assert (found.country.code, found.mentions, found.others) == ("US", 3, 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # New Zealand's regions and towns: no country named at all
        (
            "Farmers in Waikato and the Bay of Plenty will get $50 million for flood repairs. "
            "Growers in Hawke's Bay and Taranaki may apply too.",
            "NZ",
        ),
        ("Otago and Rotorua councils met in Tauranga on Friday.", "NZ"),
        # Australia's capital territory and regional cities
        (
            "The Australian Capital Territory will buy buses from Geelong, and Ballarat and "
            "Bendigo will get new stations.",
            "AU",
        ),
        # Canada's territories and their capitals
        (
            "Yukon, Nunavut and the Northwest Territories will get $1.2 billion for housing, "
            "the minister said in Whitehorse.",
            "CA",
        ),
    ],
)
def test_regions_and_towns_of_the_table_count_for_their_country(text: str, code: str) -> None:
    found = _home(text)
    assert found is not None and found.country is not None
    assert (found.country.code, found.evidence) == (code, "named")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("DUNEDIN — The council voted on Monday.", "NZ"),
        ("CHARLOTTETOWN — The legislature sat late.", "CA"),
        ("CAIRNS — A cyclone crossed the coast.", "AU"),
        # a name of a place elsewhere too is read in a dateline only, where a qualifier wins
        ("NAPIER, Hawke's Bay — Roads reopened.", "NZ"),
        ("SAINT JOHN, N.B. — The port reopened.", "CA"),
        ("RED DEER, Alta. — The plant closed.", "CA"),
        ("LONDON, Ont. — The city council met.", "CA"),
    ],
)
def test_a_dateline_of_a_town_of_the_table_names_its_country(text: str, code: str) -> None:
    found = _home(text)
    assert found is not None and found.country is not None
    assert (found.country.code, found.evidence) == (code, "dateline")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("TORONTO (CP) — Police made an arrest.", "CP"),
        ("SYDNEY (Reuters) - Shares rose.", "Reuters"),
        ("SYDNEY — Shares rose.", ""),
    ],
)
def test_the_agency_after_a_dateline_is_read(text: str, agency: str) -> None:
    found = _home(text)
    assert found is not None and found.agency == agency


def test_the_module_examples_run() -> None:
    assert doctest.testmod(home).failed == 0


def test_the_names_counted_in_a_text_are_a_table_kept_on_disk() -> None:
    # Plain values (first word -> the rest of the words and a country's code), which the
    # table cache keeps, so that a new process loads them instead of building them at its
    # first article that asks for a home; the longest name of a first word comes first.
    names = home._text_names.__wrapped__()  # past the copy the process keeps
    assert marshal.loads(marshal.dumps(names)) == names
    assert names["New"][:2] == [(("South", "Wales"), "AU"), (("Zealand",), "NZ")]
    assert names["Canada's"] == [((), "CA")]
    assert names["Canadians"] == [((), "CA")]
