"""The people field on a Vietnamese name whose family name is spelled as an English function
word ("To Lam", Tô Lâm): before one word of one syllable ending the run of capitalized
words, the family name opens the name instead of being skipped as a function word
(``data/family_function_words.txt``, ``names._family_function_word``), but before a comma
with no title, a fronted phrase's "To" (``candidates._fronted_to``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnamese President To Lam visited Beijing on Tuesday.",
            [("To Lam", "President", None)],
        ),
        (
            "General Secretary To Lam said the party would fight corruption.",
            [("To Lam", "General Secretary", None)],
        ),
        (
            "Party chief To Lam met Xi Jinping in Hanoi.",
            [("To Lam", None, "Party chief"), ("Xi Jinping", None, None)],
        ),
        ("To Lam said on Monday that the party would act.", [("To Lam", None, None)]),
        # a headline's preposition before a place, or before two words, opens no name
        ("Pope Heads To Rome", []),
        ("Obama Flies To Hawaii", []),
        ("To Kill a Mockingbird is a novel.", []),
        # nor before a comma with no title: a fronted phrase's "To", the name after it
        (
            "Thomas Frank wrote the book. To Frank, issues of class get little attention.",
            [("Thomas Frank", None, None), ("Thomas Frank", None, None)],
        ),
    ],
)
def test_a_family_name_spelled_as_a_function_word(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
