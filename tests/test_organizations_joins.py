"""Units: tokens joined at a possessive's "'s", an abbreviation's period and a plural's
apostrophe inside a name (lexicon.units, the joins of joins.py)."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st
import pytest

from newsfacts.plugin import tokenize
from newsfacts_organizations import joins
from newsfacts_organizations.lexicon import units


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Shares of Acme Inc. rose 3 percent.", ["Inc."]),
        ("RUSSIA 'S GAZPROM CUTS SUPPLIES", ["'S"]),
        ("The Elementary Teachers' Federation of Ontario said.", ["Teachers'"]),
        ("Polls show the Democrats' Senate majority held.", []),
        # A text spaced token by token: the unit's text is written with no space
        ("The Dairy Farmers ' Union of Ontario said .", ["Farmers'"]),
        ("Polls show the Democrats ' Senate majority held .", []),
        # the plural names the owner of a firm named after it, to its legal ending
        ("Output at Copper Fields' Kopje Mining Co fell.", []),
        ("Coach Ž. Petrović of Zorbex said.", ["Ž."]),  # a letter past ASCII
        ("Prices rose 3.5 percent. Analysts said.", []),
    ],
)
def test_the_units_joined(text: str, joined: list[str]) -> None:
    tokens = tokenize(text)
    assert [unit.text for unit in units(tokens, text) if unit not in tokens] == joined


# Letters, marks and letters past ASCII: a Greek one, a Cyrillic modifier of Unicode 15
_TEXTS = st.text(alphabet="aAsSéÉÜü.'’ \tBx1-ßǅ\u1f00\U0001e030", max_size=30)


@hypothesis.given(_TEXTS, st.integers(0, 30), st.integers(0, 30))
@hypothesis.settings(max_examples=500, deadline=None)
def test_the_marks_read_give_the_joins_the_pattern_finds(text: str, start: int, end: int) -> None:
    """Each join is read off the characters around its mark as the pattern's search finds it,
    past ASCII too ("é." joins as "e." does)."""
    start, end = min(start, len(text)), min(max(start, end), len(text))
    searched = [(m.start(), m.end()) for m in joins._JOINS.finditer(text, start, end)]
    read = [
        (at, at + length)
        for at in joins.join_marks(text, start, end)
        if (length := joins.join_length(text, at, end))
    ]
    assert read == searched
