"""Whether a sentence is written in capitals (a headline, a dateline): the boundary."""

from __future__ import annotations

import pytest

from newsfacts_locations.capitals import shouted_text

# A sentence's tokens joined, as the reading of a sentence joins them: in capitals when at
# least four letters are, and four in five of them capitals.
SHOUTED = [
    ("FLOODSHITEASTERNTEXAS", True),
    ("ALLENDALE,N.J.--", True),
    ("CHARLESTON,W.Va.--", True),  # 11 capitals of 13 letters
    ("FloodshiteasternTexas", False),
    ("WASHINGTON(Reuters)-", False),  # 11 capitals of 17 letters
    ("RIOTSINPARISe", True),  # one letter in lower case of 13: four in five still capitals
    ("PARISe", True),  # 5 capitals of 6 letters
    ("PARis", False),  # 3 of 5
    ("ABCDe", True),  # 4 of 5: just four in five
    ("ABCde", False),
    ("UK", False),  # fewer than four letters
    ("SALES:2,100UNITSIN2024", True),
    ("ÉTATS-UNIS", True),  # not ASCII: counted letter by letter
    ("États-Unis", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), SHOUTED)
def test_shouted_text(text: str, expected: bool) -> None:
    assert shouted_text(text) is expected
