"""A "which" opening the cue's clause after a noun for a thing that speaks (a document, a
work, an ad: ``data/documents.txt``, ``data/work_nouns.txt``, ``data/thing_nouns.txt``) is
that thing, its offsets the pronoun's; a comment set off before the cue, "as" and a cue ("—
as columnist Jonathan Chait noted —"), is read as if it were not there.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was no speaker)
    (
        "The statements echo the rhetoric of her new Iowa ad, which promises to “stop the"
        " Republicans from ripping all our progress away” while clips of her rivals play.",
        "stop the Republicans from ripping all our progress away",
        "new Iowa ad",
        "promises",
        "which",
    ),
    # a comment between dashes (was Jonathan Chait)
    (
        "The statements echo the rhetoric of her new Iowa ad, which — as columnist Jonathan"
        " Chait noted recently in New York magazine — promises to “stop the Republicans from"
        " ripping all our progress away” while clips of her rivals play.",
        "stop the Republicans from ripping all our progress away",
        "new Iowa ad",
        "promises",
        "which",
    ),
    # between commas (was Jonathan Chait)
    (
        "The statements echo the rhetoric of her new Iowa ad, which, as Jonathan Chait"
        " noted, promises to “stop the Republicans from ripping all our progress away.”",
        "stop the Republicans from ripping all our progress away.",
        "new Iowa ad",
        "promises",
        "which",
    ),
    # a name before the thing (was Mike Pence)
    (
        "Mike Pence’s press release linked to the Associated Press report, which notes, “More"
        " than half the people who met with her gave money to the foundation.”",
        "More than half the people who met with her gave money to the foundation.",
        "Associated Press report",
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
