"""The organizations field on bodies named by "Campaign": a campaign run as a body for a
cause (``ngo``), its acronym linked; the word in a headline or a campaign in lower case
names none; on sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found, organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Ames, director of the National Ladder Safety Campaign, said falls were rising.",
            [("National Ladder Safety Campaign", "National Ladder Safety Campaign", "ngo")],
        ),
        (
            "She joined the Campaign for Clean Rivers in 1994.",
            [("Campaign for Clean Rivers", "Campaign for Clean Rivers", "ngo")],
        ),
        ("Mayor Launches Campaign Against Litter", []),
        ("The senator's campaign said it raised $4 million in May.", []),
    ],
)
def test_a_campaign_run_as_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_campaigns_acronym_is_linked() -> None:
    text = (
        "The Campaign to Protect Rural Wales (CPRW) said the pylons would scar the valley. "
        "CPRW director Ann Vale said it would fight them."
    )
    assert [(fact.text, fact.acronym) for fact in organizations(text)] == [
        ("Campaign to Protect Rural Wales", "CPRW"),
        ("CPRW", "CPRW"),
        ("CPRW", "CPRW"),
    ]
