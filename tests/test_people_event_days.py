"""The people field on events named by a day, a week or a night after a plural title: "the
Finance Leaders Forum Day" names an event, not a person called "Forum Day" (check
event-period, ``data/event_periods.txt``); "Day" after a given name or a title of one person
stays a surname ("Coach Ryan Day", "Councillor Corvina Day"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bankers at the Finance Leaders Forum Day in Lisbon expect rates to fall.", []),
        ("Parents packed the hall for the Teachers Appreciation Day concert.", []),
        ("Delegates left the Energy Ministers Open Week in Tallinn early.", []),
        ("The Youth Workers Career Night drew 300 students to the library.", []),
        (
            "Football coach Ryan Day said the squad was ready for Saturday.",
            [("Ryan Day", None, "Football coach")],
        ),
        (
            "Councillor Corvina Day said the march had been peaceful.",
            [("Corvina Day", "Councillor", None)],
        ),
    ],
)
def test_event_days_after_plural_titles(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
