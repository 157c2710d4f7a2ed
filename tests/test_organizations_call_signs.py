"""An American station's call sign written with its band ("WKXY-TV", "KQZR-AM") is the
station, a media organization, as its bare call sign is ("told WKXY"), wherever it stands:
after "told", "suing" or "on", not only before a verb of reporting. Its band stays in its
name.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The sheriff told WKXY-TV on Monday that the road would reopen.", "WKXY-TV"),
        ("A retired teacher is suing WQRT-TV over a story about her garden.", "WQRT-TV"),
        ("Her first segment on WBNX-TV was about a bakery in the valley.", "WBNX-TV"),
        ("The senator told KQZR-AM on a morning show that he would run again.", "KQZR-AM"),
        ("The coach spoke to KTLX-FM after the game on Friday night.", "KTLX-FM"),
        ("The sheriff told WKXY on Monday that the road would reopen.", "WKXY"),
    ],
)
def test_a_call_sign_with_its_band_is_a_station(text: str, name: str) -> None:
    assert found(text, fields=("organizations",)) == [(name, name, "media")]


def test_a_band_alone_names_no_station() -> None:
    text = "The game was carried on AM and FM radio across the state on Friday night."
    assert found(text, fields=("organizations",)) == []
