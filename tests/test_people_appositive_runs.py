"""The appositive after a name (", a nurse at St. Mary's Hospital,") is read a run of
characters at a time between its full stops, not one character at a time: the phrase ends
where it did, and one longer than ``APPOSITIVE_LONGEST`` characters is still none."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st
import pytest
import regex

from newsfacts_people import lexicon as lx
from newsfacts_people import roles

# The pattern as it was written, one character at a time and bounded in itself: the
# reference the faster one must agree with.
_ONE_AT_A_TIME = regex.compile(
    r",[ \u00a0]++((?:[^,;:!?()“”\"\n.]|"
    + lx._APPOSITIVE_STOP
    + r"){3,140}?)(?=[,;:!?()]|(?<![^\p{L}]\p{Lu})(?!"
    + lx._ABBREVIATION_STOP
    + r")\.(?:\s|$)|$)"
)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ada Quist, a nurse at St. Mary's Hospital, said", "a nurse at St. Mary's Hospital"),
        ("Ada Quist, a partner at J. P. Morgan. Then she left.", "a partner at J. P. Morgan"),
        ("Ada Quist, the mayor of Dunmore, said", "the mayor of Dunmore"),
        ("Ada Quist, 62. Justice Ann Murray ruled.", None),  # two characters: no appositive
        (
            "Ada Quist, a senior analyst at the Lakeview Institute for Coastal Studies and"
            " Marine Policy who has spent the better part of two decades studying storms along"
            " the northern shore, said",
            None,  # 160 characters up to its comma: longer than an appositive
        ),
    ],
)
def test_the_role_after_a_name(text: str, role: str | None) -> None:
    assert roles.after(text, len("Ada Quist")) == role


def _read(text: str, end: int) -> tuple[int, int] | None:
    match = lx.APPOSITIVE.match(text, 0, end)
    if match is None or len(match.group(1)) > lx.APPOSITIVE_LONGEST:
        return None
    return match.span(1)


_PIECES = [", ", ". ", ".", " ", "St", "Mr", "J", "a", "Lake", "U.S.", "x", ";", "(", '"', "\n"]


@hypothesis.given(
    st.lists(st.sampled_from(_PIECES + ["word ", "Word ", "the "] * 4), max_size=80),
    st.integers(min_value=1, max_value=160),
)
@hypothesis.settings(max_examples=500, deadline=None)
def test_read_a_run_at_a_time_as_one_character_at_a_time(pieces: list[str], end: int) -> None:
    text = ", " + "".join(pieces)
    expected = _ONE_AT_A_TIME.match(text, 0, end)
    assert _read(text, end) == (expected.span(1) if expected else None)
