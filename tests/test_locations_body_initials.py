"""The locations field on a well-known place right after a body's initials that the
organizations field names ("the UN Syria envoy", "the NATO Kosovo force"): the initials
name the body's office or mission there, no person's first name, so the capitalized word
before the place does not make it part of a longer name. Capitals that name no body stay
a name's part ("ROLL TIDE Alabama"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

# the field as run: the organizations field names the bodies (the plugin alone has no claims)
EXTRACTOR = newsfacts.Extractor(["locations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN Syria envoy met rebel leaders in Geneva.", [("Syria", "SY"), ("Geneva", "CH")]),
        ("Analysts said the NATO Afghanistan force would shrink.", [("Afghanistan", "AF")]),
        ("He was hurt near the CIA Kandahar base in 2009.", [("Kandahar", "AF")]),
        # capitals that name no body
        ("ROLL TIDE Alabama beat Clemson 45-40 on Monday.", []),
    ],
)
def test_a_place_after_a_bodys_initials_is_the_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [
        (place.text, place.country_code) for place in EXTRACTOR.extract(text).locations
    ] == expected
