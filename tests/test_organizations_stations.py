"""A station numbered after its broadcaster's name keeps its number and the station's word
after it ("BBC Radio 5 Live", "RTE Radio 1"), and a quote told to it names it as its
channel; a count after "Radio" ("4,000") is no station's number.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from organization_checks import organizations
from quote_checks import quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Speaking on BBC Radio 5 Live, the manager said the club would appeal.",
            "BBC Radio 5 Live",
        ),
        ("The minister told BBC Radio 4's Today programme that talks would resume.", "BBC Radio 4"),
        ("The singer was interviewed on BBC Radio 4 Extra last week.", "BBC Radio 4 Extra"),
        ("The taoiseach told RTE Radio 1 that no deal was close.", "RTE Radio 1"),
    ],
)
def test_a_numbered_station_keeps_its_number(text: str, name: str) -> None:
    assert name in [fact.name for fact in organizations(text)]


def test_a_quote_told_to_a_numbered_station_names_it() -> None:
    text = '"We were second best all afternoon," the coach told BBC Radio 5 Live.'
    assert [quote.channel for quote in quotes(text)] == ["BBC Radio 5 Live"]
