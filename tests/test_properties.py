"""Properties of the whole pipeline with every installed plugin, on arbitrary text."""

from __future__ import annotations

import contextlib
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts

EXTRACTOR = newsfacts.Extractor()

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)

NEWSY = st.lists(
    st.sampled_from(
        [
            "Russia",
            "fired",
            "397",
            "drones",
            "at",
            "Kyiv",
            "on",
            "Thursday",
            ",",
            ".",
            "“",
            "”",
            '"',
            "'",
            "Mr",
            "Starmer",
            "said",
            "at least",
            "two",
            "people",
            "$3bn",
            "15%",
            "(ISW)",
            "Institute for the Study of War",
            "10-hour",
            "March",
            "2025",
            "\n",
            "\n\n",
            "U.S.",
            "-",
            "–",
            "1,000-kilometre",
            "Dr.",
            "he",
            "told",
            "the",
            "of",
        ]
    ),
    max_size=80,
).map(" ".join)


def check(text: str, published: dt.date | None) -> None:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=published))
    assert result.errors == (), result.errors
    for facts in result.facts.values():
        for fact in facts:
            assert text[fact.start : fact.end] == fact.text
    assert set(result.to_dict()["facts"]) == set(result)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_any_text_gives_facts_whose_offsets_hold(text: str, published: dt.date | None) -> None:
    check(text, published)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY, st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_newsy_text_gives_facts_whose_offsets_hold(text: str, published: dt.date | None) -> None:
    check(text, published)


def test_empty_and_blank_texts_give_empty_fields() -> None:
    for text in ("", " ", "\n\n\t"):
        result = EXTRACTOR.extract(text)
        assert result.errors == ()
        assert all(facts == () for facts in result.facts.values())


def test_a_100_kb_article_is_handled() -> None:
    paragraph = (
        "Russia fired 397 drones at Kyiv on Thursday, killing at least two people, "
        "“We will win,” Mr Zelenskiy said in a Telegram post. "
    )
    text = paragraph * (100_000 // len(paragraph) + 1)
    check(text, dt.date(2025, 7, 10))


def test_hostile_text_finishes() -> None:
    for text in (
        "“" * 5000,
        '"' * 5000 + "said",
        "1," * 20000,
        "A " * 20000,
        ("Mr " * 3000) + "Smith said",
        "((((((((((" * 1000,
        "\u0000\ufffd\uffff" * 1000,
    ):
        check(text, None)
    with pytest.raises(newsfacts.InvalidArticleError, match=r"surrogate"):
        EXTRACTOR.extract("\u0000\ud800\uffff" * 1000)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWSY, published=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_a_result_survives_the_json_round_trip(text: str, published: dt.date | None) -> None:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=published, id="a-1"))
    record = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert newsfacts.Result.from_dict(record) == result


@settings(max_examples=200, deadline=None)
@given(data=st.dictionaries(st.text(max_size=12), JSON_VALUES, max_size=6))
def test_reading_arbitrary_json_as_a_result_gives_a_result_or_a_newsfacts_error(
    data: dict[str, object],
) -> None:
    for record in (data, {"article": data}, {"article": {"text": "x"}, "facts": data}):
        with contextlib.suppress(newsfacts.NewsfactsError):
            newsfacts.Result.from_dict(record)
