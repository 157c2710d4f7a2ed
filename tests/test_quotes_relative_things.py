"""A "which" opening the cue's clause after a noun for a thing that speaks (a document, a
work, an ad: ``data/documents.txt``, ``data/work_nouns.txt``, ``data/thing_nouns.txt``) is
that thing, its offsets the pronoun's; a comment set off before the cue, "as" and a cue ("—
as columnist Laura Finch noted —"), is read as if it were not there.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was no speaker)
    (
        "The remarks echo the tone of his new Ohio ad, which promises to “keep the bankers"
        " from taking all our savings away” while photos of his rivals flash by.",
        "keep the bankers from taking all our savings away",
        "new Ohio ad",
        "promises",
        "which",
    ),
    # a comment between dashes (was Laura Finch)
    (
        "The remarks echo the tone of his new Ohio ad, which — as columnist Laura Finch"
        " noted last week in a weekly magazine — promises to “keep the bankers from taking"
        " all our savings away” while photos of his rivals flash by.",
        "keep the bankers from taking all our savings away",
        "new Ohio ad",
        "promises",
        "which",
    ),
    # between commas (was Laura Finch)
    (
        "The remarks echo the tone of his new Ohio ad, which, as Laura Finch"
        " noted, promises to “keep the bankers from taking all our savings away.”",
        "keep the bankers from taking all our savings away.",
        "new Ohio ad",
        "promises",
        "which",
    ),
    # a name before the thing (was Peter Walsh)
    (
        "Peter Walsh’s newsletter linked to the Reuters report, which notes, “About a"
        " quarter of the firms that backed him got a state grant.”",
        "About a quarter of the firms that backed him got a state grant.",
        "Reuters report",
        "notes",
        "which",
    ),
    # a comment after a name: the name speaks, as before
    (
        "Senator Ana Ruiz, as the newspaper reported, called the plan “a disaster for the state.”",
        "a disaster for the state.",
        "Ana Ruiz",
        "called",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_which_after_a_thing(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
