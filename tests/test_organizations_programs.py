"""The organizations field on unknown acronyms that name a program, not a body: a program's
word after one mention ("HALO grant", "BRIDGE funds") drops every mention of the acronym
(``programs.program_acronyms``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


def _texts(text: str) -> list[str]:
    return [mention for mention, _, _ in found(text, fields=("organizations",))]


@pytest.mark.parametrize(
    "text",
    [
        "The town won a HALO grant for sidewalks. HALO paid for half of the new ramps.",
        "Rural districts get more BRIDGE funds per pupil than they did in the spring.",
        "Farmers in the valley joined the county's TAP programs after the dry summer.",
        "The Helping Older Adults Move, or HOAM program, starts on Monday.",
    ],
)
def test_an_acronym_before_a_programs_word_names_no_body(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed or known body runs programs of its own
        ("The UN funds were sent to the camps in May.", ["UN"]),
        # a mention that speaks or owns makes the acronym a body in the whole article
        (
            "The WRTA program ended early. The WRTA said it would run buses instead.",
            ["WRTA", "WRTA"],
        ),
        ("The WRTA's grant paid for two vans.", ["WRTA"]),
        # no program's word after it: the unknown acronym stays
        ("Members of the WRTA voted on Tuesday to raise the fares.", ["WRTA"]),
    ],
)
def test_bodies_keep_their_acronyms(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected
