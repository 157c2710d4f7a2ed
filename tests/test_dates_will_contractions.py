""" "will" joined to the word before it ("I’ll", "we'll", "she'll") and "won't" point a bare
day or month ahead, as "will" does: a quote's "I’ll back her in November" said in
January is the November to come, not the one gone. The contraction is one word with its
apostrophe, straight or curly, read by its tail.

Each row reads: this sentence, published on this day, holds this expression with this
TIMEX3 value. The sentences are quotes of the kind campaign and court reports carry.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_checks import check

SUNDAY = dt.date(2016, 1, 31)  # Sunday 31 January 2016

CONTRACTIONS: list[tuple[str, str, str]] = [
    ("“I trust Ann Cole, I’ll back her in November,” she said.", "November", "2016-11"),
    ('"I\'ll back her in November," said a retired nurse in Dubuque.', "November", "2016-11"),
    ("“We’ll know a lot more on Monday,” the campaign manager said.", "Monday", "2016-02-01"),
    ('"She\'ll be in court on Friday," her lawyer said.', "Friday", "2016-02-05"),
    ("“They won’t decide before Wednesday,” an aide said.", "Wednesday", "2016-02-03"),
    ('"Voters won\'t go to the polls until March," he said.', "March", "2016-03"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), CONTRACTIONS)
def test_a_contraction_of_will_points_ahead(sentence: str, expression: str, value: str) -> None:
    check(sentence, expression, SUNDAY, "DATE", value)


PAST: list[tuple[str, str, str]] = [
    ("Well, he said it on Monday, and the polls moved.", "Monday", "2016-01-25"),
    ("Shell said on Monday it would sell assets.", "Monday", "2016-01-25"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), PAST)
def test_words_ending_in_ll_are_no_contraction(sentence: str, expression: str, value: str) -> None:
    check(sentence, expression, SUNDAY, "DATE", value)
