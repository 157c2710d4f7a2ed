"""The ``numbers`` field: a verb in -s that is never a plural noun ends the phrase a number
counts, also as its first word: the number is its subject ("a rating of 2 means", "a score
of 5 requires") or the noun before it is, in a slip of agreement ("six referees explains")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # the number is the subject
        ("On the city's scale, a rating of 2 means the kitchen needs work.", "2", None),
        ("A score of 5 requires a retest within a month.", "5", None),
        ("A reading under 40 indicates a slowdown in orders.", "40", None),
        ("A grade below 12 stipulates a second exam.", "12", None),
        ("Finishing in the top 3 allows the club to enter the cup.", "3", None),
        ("Any margin above 9 provides grounds for a recount.", "9", None),
        # a slip of agreement after a plural noun
        ("A survey of six referees explains the new rule.", "six", "referees"),
        ("New work by three labour economists suggests wages lag.", "three", "labour economists"),
        ("Some 14 fines proves the match was rough.", "14", "fines"),
        # plural nouns and other verbs are counted as before
        ("The 12 suggestions were sent to the mayor.", "12", "suggestions"),
        ("She won three allowances for her staff.", "three", "allowances"),
        ("Four provisions of the bill were struck.", "Four", "provisions"),
    ],
)
def test_a_verb_in_s_ends_what_is_counted(text: str, span: str, counted: str | None) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
