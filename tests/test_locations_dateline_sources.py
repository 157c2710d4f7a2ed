"""The locations field on the news source named in brackets after a dateline's places
(``outlets.dateline_source``): the outlet's name, not a town of that name; a well-known
place in the same brackets stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Punch: a town of Kashmir too
        ("LAGOS (Punch) - The state government demolished 40 buildings.", ["LAGOS"]),
        ("KYIV, Ukraine (Reuters) - Drones struck the city overnight.", ["KYIV", "Ukraine"]),
        # a well-known place in the brackets of a dateline
        ("PORTLAND (Maine) - Police closed the bridge.", ["PORTLAND", "Maine"]),
        # brackets in a sentence, no dateline before them
        ("She moved to Portland (Maine) last year.", ["Portland", "Maine"]),
        ("Tim Henman (Britain) beat the top seed.", ["Britain"]),
    ],
)
def test_a_datelines_source_is_no_place(text: str, expected: list[str]) -> None:
    assert [place.text for place in places(text)] == expected
