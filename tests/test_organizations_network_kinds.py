"""The organizations field on the kind of a name ending in "Network": a broadcaster's
("media") unless a cause's or a member's word stands right before it, which names a campaign
group ("ngo", data/head_modifiers.tsv). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(fact.text, fact.kind) for fact in EXTRACTOR.extract(text).organizations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator spoke to the Harbor Action Network on Friday.",
            [("Harbor Action Network", "ngo")],
        ),
        (
            "A report by the Clean Water Solutions Network found leaks in four towns.",
            [("Clean Water Solutions Network", "ngo")],
        ),
        (
            "She leads the Young Democrat Network in the county.",
            [("Young Democrat Network", "ngo")],
        ),
        # a broadcaster's word before it: a broadcaster, as before
        (
            "The debate aired on the Harbor News Network on Sunday.",
            [("Harbor News Network", "media")],
        ),
    ],
)
def test_the_word_before_network_tells_its_kind(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _kinds(text) == expected
