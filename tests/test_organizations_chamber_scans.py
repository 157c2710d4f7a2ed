"""The whole-text patterns of the chambers' readings (``chambers.py``), tried only where a
match may open (``chamber_scans.py``): the same matches as ``finditer`` over the whole text.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import regex

from newsfacts_organizations import chamber_scans as scans
from newsfacts_organizations.chambers import _RULES
from newsfacts_organizations.lexicon import STATE_NAMES

TEXTS = [
    "State Sen. Ana Ruiz and state lawmakers met at the Statehouse; Assemblywoman Lee spoke.",
    "The statement of the estate's Legislature-watchers: Assemblyman Cho and State Rep. Lin.",
    "Idaho lawmakers and the Ohio Legislature met; the Texas House race and the Utah  House voted.",
    "Arkansas legislators, xKansas lawmakers and New York House members; Washington House.",
    "Rep. Nathan Small, D-Las Cruces, a Nampa Republican and a Twin Falls Democrat spoke.",
    "R-TX, D-N.Y. and I-Burlington joined A Boise Republican; D-Sandpoint. and a Republican.",
    "Peru's Congress, the Brazilian Senate and Mexico’s House of Representatives met.",
    "The People's Congress, McDonald Senate, Senate Congress and Ohio  Senate voted.",
    "A congressman on Capitol Hill wrote to the U.S. Senate and US House; R-Fla. agreed.",
    "Nothing here names a chamber.",
]

_Scan = Callable[["regex.Pattern[str]", str], Iterator["regex.Match[str]"]]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    ("name", "scan"),
    [
        ("state_government", scans.state_words),
        ("state_lawmakers", scans.state_lawmakers),
        ("member_town", scans.member_towns),
        ("foreign_legislature", scans.owned_chambers),
    ],
    ids=["state words", "state lawmakers", "member towns", "owned chambers"],
)
def test_scans_find_finditers_matches(text: str, name: str, scan: _Scan) -> None:
    pattern = _RULES[name]
    expected = [match.span() for match in pattern.finditer(text)]
    assert [match.span() for match in scan(pattern, text)] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_the_first_sign_of_congress_is_searchs(text: str) -> None:
    pattern = _RULES["us_congress"]
    expected = pattern.search(text)
    found = scans.congress_sign(pattern, text)
    assert (found and found.span()) == (expected and expected.span())


def test_the_cues_are_found() -> None:
    text = TEXTS[4]
    towns = [match.group("last") for match in scans.member_towns(_RULES["member_town"], text)]
    assert towns == ["Cruces", "Nampa", "Falls"]
    owned = scans.owned_chambers(_RULES["foreign_legislature"], TEXTS[6])
    assert [match.group() for match in owned] == [
        "Peru's Congress",
        "Brazilian Senate",
        "Mexico’s House of Representatives",
    ]


def test_states_names_are_words_of_letters() -> None:
    # state_lawmakers tries its pattern where the letters before the lawmakers open
    assert all(name.replace(" ", "").isalpha() for name in STATE_NAMES)
