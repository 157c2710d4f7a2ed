"""The organizations field on a cue ending with "at" ("analyst at", ``data/cues.tsv``) with a
source's name between its noun and "at", as wires write it: "said analyst Karen Holt at
Natexis". Sentences written for these tests, in the form of wire stories."""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            '" This is good news for the group , " said analyst Karen Holt at Natexis .',
            [("Natexis", "Natexis", "company")],
        ),
        (
            "Economist Mary Ann Hale at Kemper Securities said rates would stay put .",
            [("Kemper Securities", "Kemper Securities", "company")],
        ),
        # No cue's noun before the name: "at" may say where she was
        ("Karen Holt at Natexis said sales would rise .", []),
    ],
)
def test_source_cues(text: str, organizations: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == organizations
