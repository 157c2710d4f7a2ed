"""The organizations field on the satellite radio broadcaster, listed (data/known.tsv) under
its spellings: the whole name, not its unknown acronym alone. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her cooking hour moved to Sirius XM last winter.", "Sirius XM"),
        ("The senator told SiriusXM that he would run again.", "SiriusXM"),
        ("He once sold ads for XM Satellite Radio in Dallas.", "XM Satellite Radio"),
    ],
)
def test_the_broadcaster_is_named_whole(text: str, expected: str) -> None:
    facts = EXTRACTOR.extract(text).organizations
    assert [(fact.text, fact.name, fact.kind) for fact in facts] == [
        (expected, "Sirius XM", "media")
    ]
