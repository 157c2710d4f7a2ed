"""The organizations field on short acronyms in a headline in capitals: one of three letters
or fewer that the article takes in its body is found in its headline too ("NBP", "MDC"), but
one that is a stopword there ("ALL SHARES SLIDE") is a common word; one the body spells out
only ("National Bank of Poland") is that name's acronym. Sentences written for these tests,
in the form of wire stories."""

from __future__ import annotations

import pytest

import newsfacts
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
            "BOXING - KELLY RETAINS WBO BELT .\nCARDIFF 1996-09-14\n"
            "Tom Kelly kept his WBO bantamweight belt on Saturday .",
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


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        # the body spells the name out: the headline's acronym is its acronym
        (
            "POLISH NBP LEAVES RATES UNCHANGED .\nWARSAW 1996-08-30\n"
            "The National Bank of Poland left its rates unchanged on Friday .",
            [
                ("NBP", "National Bank of Poland", "NBP"),
                ("National Bank of Poland", "National Bank of Poland", "NBP"),
            ],
        ),
        (
            "KENYA'S KWS TO FENCE PARK .\nNAIROBI 1996-08-30\n"
            "The Kenya Wildlife Service said on Friday it would fence the Aberdare park .",
            [
                ("KWS", "Kenya Wildlife Service", "KWS"),
                ("Kenya Wildlife Service", "Kenya Wildlife Service", "KWS"),
            ],
        ),
        # a word the article writes in lower case is that word ("CUT": "a rate cut")
        (
            "CUT RATES , SAYS UNION .\nLONDON 1996-08-30\n"
            "The Communication Union of Teachers called for a rate cut on Friday .",
            [("Communication Union of Teachers", "Communication Union of Teachers", None)],
        ),
        # and a word that spells two names of the article names neither
        (
            "KWS SIGNS WATER DEAL .\nNAIROBI 1996-08-30\n"
            "The Kenya Wildlife Service and the Kisumu Water Service signed a deal on Friday .",
            [
                ("Kenya Wildlife Service", "Kenya Wildlife Service", None),
                ("Kisumu Water Service", "Kisumu Water Service", None),
            ],
        ),
    ],
)
def test_a_headline_acronym_spelled_out_in_the_body(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert [
        (fact.text, fact.name, fact.acronym)
        for fact in newsfacts.Extractor(["organizations"]).extract(text).organizations
    ] == organizations
