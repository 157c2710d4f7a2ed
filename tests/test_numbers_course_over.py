"""'over' and the count of a course's parts after a verb of racing or playing is the whole
course ("the race runs over 78 laps": exactly 78 laps), as "talks were held over two days"
is two days; "led over 40 laps" stays more than 40.

Each table row reads: this sentence holds this number with this qualifier. The sentences are
made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import numbers


def _qualifiers(text: str) -> list[tuple[str, str]]:
    return [(fact.text, fact.qualifier) for fact in numbers(text)]


@pytest.mark.parametrize(
    ("sentence", "number", "qualifier"),
    [
        ("The Monaco Grand Prix runs over 78 laps of the harbour circuit.", "78", "="),
        ("The championship is played over 18 holes on Sunday.", "18", "="),
        ("The Tour is raced over 21 stages this year.", "21", "="),
        ("The final will be contested over three rounds.", "three", "="),
        # no verb of a course before "over", or no part of one after the number
        ("Hamilton led over 40 laps before his tyres faded.", "40", ">"),
        ("The event is played over 200 acres of parkland.", "200", ">"),
    ],
)
def test_over_a_course_is_the_whole_course(sentence: str, number: str, qualifier: str) -> None:
    assert (number, qualifier) in _qualifiers(sentence)
