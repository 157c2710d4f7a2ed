"""The organizations field on acronyms of laws, prices, time zones and media talk: no
organization (``data/non_org_acronyms.txt``). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors charged the gang's leaders under the RICO statutes on Monday.", []),
        (
            "The lobbyist never registered under FARA, the Justice Department said.",
            ["Justice Department"],
        ),
        ("The Senate voted to override the veto of JASTA on Wednesday.", ["Senate"]),
        ("The hatchback has an MSRP of $24,500, Honda said.", ["Honda"]),
        ("Sony said VR headset sales rose 20 percent.", ["Sony"]),
        ("The sale runs from 9 a.m. CT on Friday until noon ET on Sunday.", []),
        ("Republicans have long railed against the MSM and its coverage.", []),
    ],
)
def test_term_acronyms_are_no_organizations(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected


def test_an_unknown_acronym_still_names_a_body() -> None:
    text = "The KDP said its fighters had withdrawn from the town."
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == ["KDP"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A police SWAT team surrounded the farmhouse before dawn on Sunday.", []),
        ("She sat her GCSE exams in June and took the LSAT two years later.", []),
        (
            "The researchers fitted EEG caps on 20 volunteers, Harlow University said.",
            ["Harlow University"],
        ),
        (
            "Officers found PCP in the van, the Dover Police Department said.",
            ["Dover Police Department"],
        ),
        ("The FWD models cost less than the AWD ones, and the CVT adds $900.", []),
        ("Buyers of the HEV get a battery warranty of eight years.", []),
        ("The JCPOA limits enrichment, and the NDAA funds the base.", []),
        ("Prices include HST, while the GST rate stays at 5 percent.", []),
        ("He kept old VHS tapes, an SMS from his son and a GIF of the goal.", []),
        ("Shows pile up on my DVR, and the LTE hotspot works in HD.", []),
        ("Enter your ZIP code, paste custom HTML and buy PVC piping for DIY jobs.", []),
    ],
)
def test_everyday_terms_in_capitals_are_no_organizations(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mason scored twice and the Hornets won it in OT.", []),
        ("Mason opened an account with TD Bank.", ["TD Bank"]),
        ("The site blocks any IP address that sends too many requests.", []),
        ("Brisk SME lending lifted Carver Bank's profit.", ["Carver Bank"]),
        ("Fans were told to DM the club for refunds.", []),
    ],
)
def test_game_and_web_terms_in_capitals_are_no_organizations(
    text: str, expected: list[str]
) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
