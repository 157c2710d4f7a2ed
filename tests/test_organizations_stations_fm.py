"""A radio station named by its words and its band ("Harbour FM", "Lakeside FM") is one
organization of kind ``media``; "FM" alone, the band, is none, nor is a minister's title
written "FM" after a country ("Pakistan FM Ali Shah").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The DJ joined Harbour FM in 2019.", [("Harbour FM", "media")]),
        ("The mayor spoke to Lakeside FM on Tuesday morning.", [("Lakeside FM", "media")]),
        ("On Lakeside FM, the mayor said the road would reopen.", [("Lakeside FM", "media")]),
        ("Listeners of Smooth FM voted for the song.", [("Smooth FM", "media")]),
        ("The station broadcasts on FM and AM in the region.", []),
        ("In FM radio, the signal is clearer.", []),
        ("Pakistan FM Ali Shah said talks would resume.", []),
        ("The Indian FM met her counterpart in Delhi.", []),
    ],
)
def test_a_station_is_named_with_its_band(text: str, expected: list[tuple[str, str]]) -> None:
    facts = EXTRACTOR.extract(text).organizations
    assert [(fact.text, fact.kind) for fact in facts] == expected
