"""The people field on a headline in title case that opens with a surname which is also a
given name ("Maher", "Kevin"): where the article names the person in full below, the
headline's first word alone is that person, the capitalized verb after it no surname.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Maher Tells Guests To Leave Studio After Heated Debate\n\n"
            "Bill Maher told his guests on Friday to leave the studio.",
            [("Maher", "Bill Maher"), ("Bill Maher", "Bill Maher")],
        ),
        (
            "Khalil Says Budget Talks Will Resume Next Week\n\n"
            "Finance chief Omar Khalil said the talks would resume on Monday.",
            [("Khalil", "Omar Khalil"), ("Omar Khalil", "Omar Khalil")],
        ),
    ],
)
def test_headline_surname_that_is_a_given_name(text: str, found: list[tuple[str, str]]) -> None:
    assert [(person.text, person.name) for person in people(text)] == found
