"""A station named by "Radio" or "Channel" and its number ("told Radio 4", "Channel 4 News",
"Channel 5"), or by a broadcaster, its number and a word of the station ("BBC 6 Music"), is
an organization with its number; neither word is one alone, and the station's number is no
count. Not "channel 4" in small letters, nor an amount after "Radio" ("Radio 1,000").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from number_checks import numbers
from organization_checks import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The minister told Radio 4 that the talks would resume.", ["Radio 4"]),
        ("Channel 4 News reported the leak on Tuesday evening.", ["Channel 4 News"]),
        ("The final will be shown on Channel 5 in the spring.", ["Channel 5"]),
        ("BBC 6 Music will broadcast the festival live.", ["BBC 6 Music"]),
        ("Speaking on Radio 5 Live, the coach said he would stay.", ["Radio 5 Live"]),
        ("The coach told BBC Radio 5 Live he would stay.", ["BBC Radio 5 Live"]),
        ("Viewers can switch to channel 4 for the match.", []),
        ("The Channel 4 documentary was filmed in Leeds.", ["Channel 4"]),
        ("Small boats crossed the English Channel 4 times on Monday.", []),
        ("The firm paid Radio 1,000 pounds for the advert.", []),
        ("The mayor told the BBC 20 years ago that the bridge was unsafe.", ["BBC"]),
    ],
)
def test_a_station_keeps_its_number(text: str, names: list[str]) -> None:
    assert [name for _, name, _ in found(text, fields=("organizations",))] == names


@pytest.mark.parametrize(
    "text",
    [
        "The minister told Radio 4 that the talks would resume.",
        "Channel 4 News reported the leak on Tuesday evening.",
        "The taoiseach told RTE Radio 1 that no deal was close.",
        "The coach told BBC Radio 5 Live he would stay.",
        "BBC 6 Music will broadcast the festival live.",
    ],
)
def test_a_station_number_is_no_count(text: str) -> None:
    assert numbers(text) == []
