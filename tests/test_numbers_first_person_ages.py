"""A speaker's own age in a quote, told as "she was 19 at the time" is: "I was", "I am" or
"I'm" and the number, then a clause's end or a time ("since I was 6,", "I'm 83 this year").
Not a score or a tally the speaker is at ("I was 3 under", "I was 2 for 4"). The sentences
are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    "text",
    [
        '"I have sailed since I was 6," the skipper said.',
        '"I\'m 83 this year, but the shop opens every morning," Ms. Varga said.',
        '"I am 64 and I have never seen the river this low," he said.',
        "My father left the farm when I was 12, and we moved to town.",
        '"I was eighteen at the time," the pilot recalled.',
    ],
)
def test_a_speakers_own_age_is_an_age(text: str) -> None:
    [age] = numbers(text)
    assert (age.kind, age.unit) == ("measure", "year of age")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"I was 3 under at the turn," the golfer said.', [("3", "count")]),
        ('"I was 2 for 4 with a walk," he said.', [("2", "count"), ("4", "count")]),
        ('"I am 100 percent sure," she said.', [("100 percent", "percent")]),
    ],
)
def test_a_speakers_score_is_no_age(text: str, found: list[tuple[str, str]]) -> None:
    assert [(q.text, q.kind) for q in numbers(text)] == found
