"""The participles of verbs of speech ("yelling", "tweeting", "boasting", "responding",
"shouting" ...; ``data/cues.txt``) are cues: their subject is the clause's before them, and
the quote after them is theirs. Before, these quotes had no cue (a guessed speaker), another
cue of the sentence, or were not reported at all.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was no cue)
    (
        "Fans booed a linesman in Leeds, with coach Tom Reyes reportedly yelling: “Open your"
        " eyes, ref!”",
        "Open your eyes, ref!",
        "Tom Reyes",
        "yelling",
        "Tom Reyes",
    ),
    # (was the cue "answered")
    (
        "Mayor Ana Ruiz answered critics on Twitter, tweeting, “The bridge will open in May.”",
        "The bridge will open in May.",
        "Ana Ruiz",
        "tweeting",
        "Ana Ruiz",
    ),
    # (was no quote)
    (
        "Ana Ruiz spent the rally on Friday boasting about “a record crowd”.",
        "a record crowd",
        "Ana Ruiz",
        "boasting",
        "Ana Ruiz",
    ),
    # (was no cue)
    (
        "Tom Reyes declined to join the campaign, responding that he is “not going to talk"
        " about my plans.”",
        "not going to talk about my plans.",
        "Tom Reyes",
        "responding",
        "Tom Reyes",
    ),
    # (were no quotes)
    (
        "The crowd gathered outside the courthouse, shouting in Spanish, “traitor” and “liar.”",
        "traitor",
        "crowd",
        "shouting",
        "crowd",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_participle_of_speech_is_a_cue(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
