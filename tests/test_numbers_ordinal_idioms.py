"""The ``numbers`` field: an ordinal glued to a noun in an idiom is no rank ("first-time
buyers": new to buying; ``data/identifiers.tsv``), while the ranks beside it stay."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("First-time buyers paid a median of €345,000 in Dublin.", []),
        ("The scheme helps first-time buyers and first-home buyers.", []),
        ("She is a first-time candidate for the Senate.", []),
        ("Nonviolent first-time offenders are sent to drug courts.", []),
        # ranks stay ranks
        ("It was the first time in years that prices fell.", [("first", "time")]),
        ("They sold their first home in 2019.", [("first", "home")]),
    ],
)
def test_first_time_is_no_rank(text: str, ordinals: list[tuple[str, str]]) -> None:
    assert [(q.text, q.counted) for q in numbers(text) if q.kind == "ordinal"] == ordinals


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The town opened its first-ever public library in May.", "public library"),
        ("She is the second ever woman to lead the club.", "woman"),
        ("It was their first-ever UN summit, in 1999.", "UN summit"),
        ("Was that the first ever?", None),
        ("It was the second-to-last public hearing of the year.", "public hearing"),
    ],
)
def test_ever_or_to_last_after_a_rank_is_the_rank_s(text: str, counted: str | None) -> None:
    """ "first-ever", "second ever", "second-to-last": the word is the rank's, the noun
    after it is ranked."""
    [rank] = [q for q in numbers(text) if q.kind == "ordinal"]
    assert rank.counted == counted
