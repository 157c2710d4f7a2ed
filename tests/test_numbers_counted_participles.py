"""The ``numbers`` field: the noun phrase a number counts ends before an irregular past
participle of its own form after the noun, which opens a clause about it ("Six students
chosen for the program" counts "students", not "students chosen")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Six students chosen for the program will travel to Japan.", "Six", "students"),
        ("Two paintings stolen from the museum in 1990 were found in Ohio.", "Two", "paintings"),
        ("The 300 letters written by the poet are kept in Boston.", "300", "letters"),
        ("A poll of 800 voters taken last week shows a tie.", "800", "voters"),
    ],
)
def test_a_participle_after_the_noun_ends_what_is_counted(
    text: str, span: str, counted: str
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


def test_a_participle_alone_after_the_number_is_no_end() -> None:
    """Only after the phrase's first word: the participle is read as before otherwise."""
    [quantity] = [q for q in numbers("The museum lists 12 stolen paintings.") if q.text == "12"]
    assert quantity.counted == "stolen paintings"
