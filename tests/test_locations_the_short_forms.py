"""The locations field on a country's short form that takes "the" ("the Emirates"),
written without it where the organizations field reads a company: "Emirates said", "flew
Emirates" name the airline, no place; "the Emirates said" is the country, as a country
the organizations field takes for a company otherwise stays
(:func:`newsfacts_locations.products._stays_a_place`, ``data/the_short_forms.txt``).
Sentences in the style of wire reports, written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["locations"])


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(fact.text, fact.country_code) for fact in EXTRACTOR.extract(text).locations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Emirates said on Thursday it would resume daily flights to Dubai from Lagos.",
            [("Dubai", "AE"), ("Lagos", "NG")],
        ),
        ("He flew Emirates to London last week.", [("London", "GB")]),
        (
            "Emirates, the Dubai-based carrier, ordered 50 more Airbus jets.",
            [("Dubai", "AE")],
        ),
        # after "the", the country, as before
        (
            "The Emirates said it would withdraw its troops from Yemen.",
            [("Emirates", "AE"), ("Yemen", "YE")],
        ),
        (
            "Saudi Arabia and the Emirates cut ties with Qatar.",
            [("Saudi Arabia", "SA"), ("Emirates", "AE"), ("Qatar", "QA")],
        ),
        # a place word around it keeps the country, as before
        ("Oil output in Emirates rose in May.", [("Emirates", "AE")]),
    ],
)
def test_a_short_form_without_the_is_a_company(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _places(text) == expected
