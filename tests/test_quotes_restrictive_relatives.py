"""A "that", "which" or "who" right before the cue, no comma before it, restricts the noun
phrase just before it and is the cue's subject: that phrase speaks, and the speaker's
offsets are the relative pronoun's, as a pronoun's are and as those of ", which said"
are. When the speaker is read from a name further back (an owner: "the mayor released a
video that said"), the offsets stay on that name.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (the offsets were those of "notice")
    (
        "The listing was taken down on Thursday and replaced by a notice that said, “Sorry,"
        " this item is no longer available.”",
        "Sorry, this item is no longer available.",
        "notice",
        "said",
        "that",
    ),
    # an organization named right before "which" (the offsets were the organization's)
    (
        "To settle the dispute, reporters turned to the Lakeside Water Authority which"
        " reported “four major leaks” in the city last year.",
        "four major leaks",
        "Lakeside Water Authority",
        "reported",
        "which",
    ),
    # a thing carried (the offsets were those of "banner")
    (
        "Two women stood at the gate holding a banner that read “Keep the library open.”",
        "Keep the library open.",
        "banner",
        "read",
        "that",
    ),
    # set off by a comma: the appositive clause's "which", as before
    (
        "Reporters turned to the Lakeside Water Authority, which reported “four major leaks”"
        " in the city last year.",
        "four major leaks",
        "Lakeside Water Authority",
        "reported",
        "which",
    ),
    # the speaker read from a name further back: its offsets, as before
    (
        "In selling the tours, Ana Ruiz released a video that said, “We will show you every"
        " street of the old town.”",
        "We will show you every street of the old town.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_restrictive_relative_before_the_cue_points_at_its_pronoun(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
