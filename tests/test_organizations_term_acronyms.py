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
