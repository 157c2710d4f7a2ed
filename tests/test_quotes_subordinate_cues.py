"""A cue after the quote that a conjunction of ``data/subordinators.txt`` and its subject set in
a clause of their own, no comma between, does not attribute the quote ("“...,” while Sen.
Tom Baxter and Rep. Ann Cole suggested"); a comma ends that clause, and the main clause's
cue after it does ("“...” before discussing details, he said"); a lone "once" before the cue
is an adverb.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was Ann Cole, with "suggested" in the clause "while" opens)
    (
        "Ana Ruiz's campaign said on Monday she would “support the party's pick” but “has"
        " no plans to campaign,” while Sen. Tom Baxter and Rep. Ann Cole suggested they"
        " would vote no.",
        "has no plans to campaign,",
        "Ana Ruiz's campaign",
        "said",
        "Ana Ruiz's campaign",
    ),
    # as before: the cue right after the quote, "when" after it
    (
        "“We will see,” Tom Baker said when asked about the vote.",
        "We will see,",
        "Tom Baker",
        "said",
        "Tom Baker",
    ),
    # as before: a comma ends the clause "before" opens, and the main clause's cue follows
    (
        "“I would rather read the whole bill first” before giving details, he said.",
        "I would rather read the whole bill first",
        None,
        "said",
        "he",
    ),
    # a pronoun after the conjunction is the subject of its clause, and of the verb "and"
    # joins to it (was Tom Hale)
    (
        "Governor Tom Hale described Mayor Ana Ruiz as a menace after she attacked the"
        " police union and blamed the crime wave on “bad luck” last week.",
        "bad luck",
        "Ana Ruiz",
        "blamed",
        "she",
    ),
    # as before: "once" alone is an adverb
    (
        "“A house divided cannot stand,” once said Abraham Lincoln.",
        "A house divided cannot stand,",
        "Abraham Lincoln",
        "said",
        "Abraham Lincoln",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_subordinate_cues(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
