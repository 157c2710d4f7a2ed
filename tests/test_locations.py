"""The locations field: the seed article, properties, the plugin checks, repeated text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from location_checks import by_text, places
from newsfacts import Location
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts
from newsfacts_locations import extract
from newsfacts_locations.gazetteer import load
from newsfacts_locations.repeats import REMEMBERED_FROM

# -- the seed article ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_places(seed_article: newsfacts.Article) -> list[Location]:
    extractor = newsfacts.Extractor(["locations"], extra_plugins=[])
    result = extractor.extract(seed_article)
    found: list[Location] = list(result.locations)
    return found


def test_seed_finds_the_places(seed_places: list[Location]) -> None:
    names = {fact.name for fact in seed_places if not fact.adjectival}
    expected = {"Ukraine", "Kyiv", "Russia", "United States", "United Kingdom", "France"}
    assert expected | {"Paris", "London", "Washington"} <= names


def test_seed_kyiv_coordinates(seed_places: list[Location]) -> None:
    kyiv = next(fact for fact in seed_places if fact.name == "Kyiv")
    assert kyiv.country_code == "UA"
    assert kyiv.latitude == pytest.approx(50.45, abs=0.05)
    assert kyiv.longitude == pytest.approx(30.52, abs=0.05)
    assert kyiv.kind == "city"


def test_seed_special_mentions(
    seed_article: newsfacts.Article, seed_places: list[Location]
) -> None:
    text = seed_article.text
    by_start = {fact.start: fact for fact in seed_places}
    london = text.index("central London") + len("central ")
    assert by_start[london].name == "London" and by_start[london].country_code == "GB"
    washington = text.index("Washington-based")
    assert by_start[washington].text == "Washington"
    assert by_start[washington].country_code == "US"
    paris = by_start[text.index("Paris")]
    assert paris.country_code == "FR"
    cities = by_start[text.index("Ukrainian cities")]
    assert cities.adjectival and cities.name == "Ukraine"


def test_seed_not_places(seed_article: newsfacts.Article, seed_places: list[Location]) -> None:
    texts = {fact.text for fact in seed_places}
    assert not texts & {"Graham", "Telegram", "Shahed", "Lindsey Graham", "Kremlin"}
    administration = seed_article.text.index("Kyiv Regional Administration")
    assert all(fact.start != administration for fact in seed_places)
    assert not any(fact.text == "French" for fact in seed_places)  # "French president"


def test_seed_offsets(seed_article: newsfacts.Article, seed_places: list[Location]) -> None:
    for fact in seed_places:
        assert seed_article.text[fact.start : fact.end] == fact.text


def test_plugin_registers_the_field() -> None:
    [provider] = newsfacts.Extractor(["locations"]).providers[-1:]
    assert (provider.plugin, provider.field) == ("locations", newsfacts.LOCATIONS)
    assert set(provider.needs) == {"organizations", "people"}


def test_gazetteer_loads_once() -> None:
    # How fast it loads is benchmarks/speed.py's to say (its cold start), not a timed test's.
    load.cache_clear()
    gazetteer = load()
    assert load() is gazetteer
    assert len(gazetteer.places) > 40_000


# -- properties -----------------------------------------------------------------------------

PIECES = [
    *"abcdefgh ABCDEFGH.,;'’-()\n0123",
    *["Paris", "New York", "Kyiv", "U.S.", " in ", "Georgia", "Texas", "LONDON", "Mr ", "-based"],
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_never_raises_and_offsets_hold(text: str) -> None:
    for fact in places(text):
        assert text[fact.start : fact.end] == fact.text
        assert fact.text


def test_gazetteer_can_be_extended() -> None:
    from newsfacts_locations import gazetteer

    place = gazetteer.Place(None, "feature", "Maidan Nezalezhnosti", "UA", 50.45, 30.52, 0, "")
    extra = gazetteer.Gazetteer({}, {}).extended([("Maidan Square", place)])
    document = newsfacts.Document.from_article(
        newsfacts.Article(text="Crowds filled Maidan Square.")
    )
    [fact] = extract(document, gazetteer=extra)
    assert (fact.text, fact.name, fact.kind) == ("Maidan Square", "Maidan Nezalezhnosti", "feature")


def test_a_name_in_capitals_holds_its_small_words() -> None:
    found = by_text("ISLE OF PALMS -- Two members of the planning board will run for council.")
    assert (found["ISLE OF PALMS"].name, found["ISLE OF PALMS"].country_code) == (
        "Isle of Palms",
        "US",
    )
    assert by_text("TRINIDAD AND TOBAGO BEAT HAITI")["TRINIDAD AND TOBAGO"].country_code == "TT"


def test_unknown_town_takes_its_state_point() -> None:
    # a hamlet with no post office (Pottersville, N.J., has one: the gazetteer holds it)
    found = by_text("MOUNTAINVILLE, N.J. -- Mothers met on Monday.")
    town, state = found["MOUNTAINVILLE"], found["N.J."]
    assert (town.name, town.kind, town.country_code) == ("Mountainville", "city", "US")
    assert (town.latitude, town.longitude) == (state.latitude, state.longitude)
    assert state.name == "New Jersey"
    assert (
        by_text("Rebels held the town of Tavildara, Tajikistan.")["Tavildara"].country_code == "TJ"
    )
    # the state that qualifies it is the state, not a country of its name
    georgia = by_text("Agents raided a plant in Ellabell, Georgia, on Thursday.")["Georgia"]
    assert (georgia.kind, georgia.country_code) == ("admin", "US")
    # a venue of a calendar or a listing, after a label's colon
    venue = by_text("Round 6, 23/24 June: Kirkbeck Park, Cumbria.")["Kirkbeck Park"]
    assert (venue.kind, venue.country_code, venue.latitude) == ("city", "GB", 54.5)


def test_a_part_of_a_big_city_takes_the_city_point() -> None:
    # a district the gazetteer lacks, qualified by its city after a preposition
    found = by_text("A man was stabbed in Hartcliffe, Bristol, on Friday night.")
    part, city = found["Hartcliffe"], found["Bristol"]
    assert (part.kind, part.country_code, part.geonames_id) == ("feature", "GB", None)
    assert (part.latitude, part.longitude) == (city.latitude, city.longitude)
    # not a time opening the sentence, nor a city listed after a known town
    assert "Easter" not in by_text("At Easter, London was quiet.")
    assert "Yesterday" not in by_text("Yesterday, Bristol was quiet.")
    assert by_text("Officials in Barrow, Clarke and Hall counties met.")["Barrow"].kind == "admin"
    assert "Trade" not in by_text("He is the Minister of Trade, Enterprise, and Industry.")


def test_no_town_from_a_name_before_a_state() -> None:
    assert "John Smith" not in by_text("John Smith, Texas Republican, said so.")


def test_country_lists_are_not_qualifiers() -> None:
    found = by_text("Troops came from Kenya, Uganda and Rwanda.")
    assert found["Kenya"].country_code == "KE"
    assert found["Uganda"].country_code == "UG"


# --- the checks every plugin passes (newsfacts.testing) -----------------------------------

UNDER_TEST = FieldUnderTest.load(newsfacts.LOCATIONS)


def test_passes_the_plugin_checks() -> None:
    check_field(
        UNDER_TEST,
        [
            "Russia fired 397 drones at Kyiv and Lviv overnight.",
            "Talks in Geneva, Switzerland, ended without a deal for the Middle East.",
        ],
    )


@settings(max_examples=25, deadline=None)
@given(news_texts())
def test_news_texts_pass_the_plugin_checks(text: str) -> None:
    check_text(UNDER_TEST, text)


def test_a_name_a_text_repeats_in_the_same_words_is_decided_as_at_its_first_mention() -> None:
    """The checks' decision is kept for each context a long text repeats (repeats.py): the
    facts are those of a trace, which decides every mention anew, and each mention has its
    own."""
    piece = (
        "Residents of Red Oak, Iowa, said so. " * 3
        + "Storms hit Mobile on Monday, and Mobile officials said so. Reading is fun. " * 2
        + "She moved to Red Oak, Iowa, in Red Oak, Iowa, " * 3
        + "Mayor Ann Lee of Red Oak, Iowa, said Senator Graham met Harvard officials. " * 3
    )
    text = piece * (REMEMBERED_FROM // len(piece) + 1)  # (a shorter text remembers nothing)
    plain = newsfacts.Extractor(["locations"]).extract(text).facts["locations"]
    traced = newsfacts.Extractor(["locations"], trace=True).extract(text).facts["locations"]
    assert plain == traced
    assert [f.start for f in plain if f.text == "Red Oak"] == [
        i for i in range(len(text)) if text.startswith("Red Oak", i)
    ]
    assert "Reading" not in {f.text for f in plain}


def test_a_sentence_a_text_repeats_gives_the_places_of_its_first_reading() -> None:
    """A short sentence a long text repeats among the same claims is read once (sentences.py):
    the facts are those of a trace, which reads every sentence anew."""
    piece = (
        "Dr. Anna Smith. Smith. Dr. Bob Smith. Smith. In Paris, Texas. In Paris, Texas. "
        "Ukrainian cities. Ukrainian cities. Linwood and Harrison streets. "
        "Linwood and Harrison streets. The town of Tavildara, Tajikistan. "
        "The town of Tavildara, Tajikistan. John Smith said. John Smith said. "
    )
    text = piece * (REMEMBERED_FROM // len(piece) + 1)  # (a shorter text remembers nothing)
    plain = newsfacts.Extractor(["locations"]).extract(text).facts["locations"]
    traced = newsfacts.Extractor(["locations"], trace=True).extract(text).facts["locations"]
    assert plain == traced
    assert [f.start for f in plain if f.text == "Tavildara"] == [
        i for i in range(len(text)) if text.startswith("Tavildara", i)
    ]
