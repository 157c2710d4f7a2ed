"""The organizations field on short acronyms in a headline in capitals: one of three letters
or fewer that the article takes in its body is found in its headline too ("NBP", "MDC"), but
one that is a stopword there ("ALL SHARES SLIDE") is a common word. Sentences written for
these tests, in the form of wire stories."""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "POLISH NBP LEAVES RATES UNCHANGED .\nWARSAW 1996-08-30\n"
            "The NBP left its rates unchanged on Friday , the central bank said .",
            [("NBP", "NBP", None), ("NBP", "NBP", None)],
        ),
        (
            "ZIMBABWE'S MDC SAYS POLL WAS RIGGED .\nHARARE 2002-03-14\n"
            "The MDC said on Thursday the vote was rigged .",
            [("MDC", "MDC", None), ("MDC", "MDC", None)],
        ),
        (
            "BOXING - HAMED KEEPS WBO TITLE .\nDUBLIN 1996-08-31\n"
            "Naseem Hamed retained his WBO featherweight title on Saturday .",
            [
                ("WBO", "World Boxing Organization", "sports"),
                ("WBO", "World Boxing Organization", "sports"),
            ],
        ),
        (
            "MARKETS FALL AS ALL SHARES SLIDE .\nLONDON 1996-08-30\n"
            "Shares of ALL , the Alliance Leicester bank , fell 3 percent on Friday .",
            [("ALL", "ALL", "company")],
        ),
    ],
)
def test_headline_acronyms(text: str, organizations: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == organizations
