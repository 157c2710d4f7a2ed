"""The locations field on the surname of a person the article names in full, written alone
where a well-known place bears the name (check ``surname``,
:func:`newsfacts_locations.word_checks.surname`): the person when nothing around it says
place, or when its only support is a preposition that governs the noun it owns ("In
Denver's view"); the place after a preposition of its own ("flew to Houston") and a
country always ("Israel" beside "Rep. Dan Israel"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


def _places(text: str) -> list[tuple[str, str, str | None]]:
    """(text, name, country code) of the locations field's facts."""
    return [(fact.text, fact.name, fact.country_code) for fact in EXTRACTOR.extract(text).locations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The actress Dana Houston starred in the film. Houston, who grew up in Ohio, "
            "said she loved the role.",
            [("Ohio", "Ohio", "US")],
        ),
        (
            "Ambassador Tom Denver spoke to reporters on Monday. In Denver's view, the talks "
            "had failed.",
            [],
        ),
    ],
)
def test_a_persons_surname_alone_is_the_person(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The actress Dana Houston flew to Houston on Friday for the premiere.",
            [("Houston", "Houston", "US")],
        ),
        (
            "Rep. Dan Israel met voters in Ohio. Israel is a close ally, he said.",
            [("Ohio", "Ohio", "US"), ("Israel", "Israel", "IL")],
        ),
    ],
)
def test_the_place_with_its_own_support_or_a_country_stays(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _places(text) == expected
