"""Places in a race, a poll or a league table: "second" is an ordinal after the verbs and
adjectives of a place ("came second", "a distant second"), as the other ordinals always are,
and neither the unit of time nor the verb otherwise; "a second" with no noun after it is a
moment ("a second off the record"). Each row is a sentence of news and its numbers: span,
value and kind. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers

PLACES = [
    (
        "Reform UK came second with 29 per cent of the vote.",
        [("second", 2, "ordinal"), ("29 per cent", 29, "percent")],
    ),
    ("Verstappen finished second behind Norris in Monza.", [("second", 2, "ordinal")]),
    ("She was ranked second in the world last year.", [("second", 2, "ordinal")]),
    ("Labour came a distant second in the by-election.", [("second", 2, "ordinal")]),
    ("The Greens finished in second place.", [("second", 2, "ordinal")]),
    ("The Conservatives slumped to third.", [("third", 3, "ordinal")]),
    # no place: the verb, or a moment
    ("Councillor Adams will second the motion.", []),
    ("It was over in a split second.", []),
    ("Kipyegon shaved nearly a second off her world record.", []),
    ("She finished a second behind the winner.", []),
    # "a second" before its noun is a rank
    ("The mayor won a second term by a wide margin.", [("second", 2, "ordinal")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_place_is_an_ordinal(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(q.text, q.value, q.kind) for q in numbers(text)] == expected
