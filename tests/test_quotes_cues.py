"""The cues of speech the quotes field looks for in a stretch of text ("said", "according
to"), found by their first word: the same as the cue pattern's own search finds."""

from __future__ import annotations

import pytest

from newsfacts_quotes import lexicon as lx

# (text, where the look starts, where it ends, the cues found in order)
CUES: list[tuple[str, int, int | None, list[str]]] = [
    ("The mayor said on Monday that the bridge would reopen.", 0, None, ["said"]),
    ("According to the ministry, 40 people were hurt.", 0, None, ["According to"]),
    (
        "The rebels, according to officials, retreated and later told reporters.",
        0,
        None,
        ["according to", "told reporters"],
    ),
    # Not inside a longer word nor a hyphenated one, nor a noun after an article.
    ("The so-called reform stalled; the unsaid rule held, as the saying goes.", 0, None, []),
    # A look that starts inside a word sees the letters before it: "re|said" holds no cue.
    ("The clerk resaid it twice, then added a note.", 12, None, ["added"]),
    # A look that ends inside a word reads only the letters before its end: "says" cut to "say".
    ("She says the vote was fair.", 0, 7, ["say"]),
]


@pytest.mark.parametrize(("text", "start", "end", "found"), CUES)
def test_cues_found_by_first_word(text: str, start: int, end: int | None, found: list[str]) -> None:
    stop = len(text) if end is None else end
    cues = [cue.group() for cue in lx.find_cues(text, start, stop)]
    assert cues == found
    assert cues == [cue.group() for cue in lx.CUE.finditer(text, start, stop)]
    first = lx.find_cue(text, start, stop)
    assert (first.group() if first else None) == (found[0] if found else None)
