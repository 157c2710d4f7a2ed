"""The locations field on a state's short form whose point stands apart, as a text split into
tokens writes it (CoNLL's text: "in Tulsa , Okla . The"): the point ends the sentence, and
the name is the word before it, "Okla", not "Okla ." with the space. A point written
against its word stays part of the name ("Okla."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank opened a branch in Tulsa , Okla . Its shares rose 2 percent .",
            [("Tulsa", "Tulsa"), ("Okla", "Oklahoma")],
        ),
        (
            "BOND SALE - Lake Co School Dist , Minn .. AMOUNT : 3,500,000",
            [("Minn", "Minnesota")],
        ),
        # written against its word, the point is the short form's own
        (
            "The bank opened a branch in Tulsa, Okla. Its shares rose 2 percent.",
            [("Tulsa", "Tulsa"), ("Okla.", "Oklahoma")],
        ),
    ],
)
def test_a_point_apart_from_a_short_form_ends_the_sentence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(place.text, place.name) for place in places(text)] == expected
