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


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lowe, a Denver-based Democratic strategist, said the ads worked. Democratic "
        "leaders agreed.",
        "A spokesman for Republican nominee Tom Vance said he would debate.",
        "A Leeds-based Conservative councillor resigned on Monday.",
    ],
)
def test_a_cue_before_a_partys_adjective_names_no_body(text: str) -> None:
    assert found(text) == []


def test_a_party_named_alone_after_a_cue_stays_the_party() -> None:
    assert found("A London-based Labour official said the vote was close.") == [
        ("Labour", "Labour Party", "party")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The singer's family asked for privacy. Family spokesman Tom Reyes said she died "
        "peacefully.",
        "The party will meet in June. Party spokesman Karl Moser said the gift was legal.",
        "Warren said a bank robber goes to prison. Bank executives do not.",
        "Holders of record on May 2 are eligible. Eligible shareholders may buy one new share.",
    ],
)
def test_a_cue_after_a_common_word_opening_its_sentence_names_no_body(text: str) -> None:
    assert found(text) == []


# A head word alone opening its sentence before a cue names no body, though the article
# writes it in lower case nowhere; a listed body named by the word stays one.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bank shares fell sharply in Tokyo on Monday.", []),
        ("Ministry spokesman Ann Lee said the talks would go on.", []),
        (
            "Treasury officials said the auction went well.",
            [("Treasury", "Treasury", "government")],
        ),
    ],
)
def test_a_head_word_alone_before_a_cue_names_no_body(
    text: str, names: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == names


def test_a_cued_name_opening_its_sentence_is_found_when_never_in_lower_case() -> None:
    assert found("Zorbex spokesman Tom Reyes said the plant would close.") == [
        ("Zorbex", "Zorbex", None)
    ]
