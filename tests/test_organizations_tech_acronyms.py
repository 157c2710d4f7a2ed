"""The organizations field on the acronyms of computing and transit systems in technology
and transport news: no organization (``data/non_org_acronyms.txt``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nvidia said its GPU sales doubled in the quarter.", ["Nvidia"]),
        ("The startup released an API for its LLM on Tuesday.", []),
        ("The Eglinton LRT will open in the fall, officials said.", []),
        ("Commuters waited as the MRT line was closed for repairs.", []),
    ],
)
def test_systems_acronyms_are_no_organizations(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
