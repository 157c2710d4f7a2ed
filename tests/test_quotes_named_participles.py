"""A naming cue's participle right after a comma ("called", "dubbed", "described" ...), with
nothing but "as", an article or a possessive before the quote, describes the noun before the
comma: the quote is what that noun was named, and neither the noun nor a cue before it in
the sentence speaks it; a "by" after the quote names who did, and makes such a participle
passive wherever it stands. An object after the cue, or a comma before in the sentence that
the one before the cue may close, makes the cue a verb in the past whose subject speaks.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # the noun named speaks nothing (was "levy")
    (
        "The levy, described as a “windfall” charge, would take a tenth of the profits.",
        "windfall",
        None,
        "described",
        None,
    ),
    # nor does the subject of the cue before it in the sentence (was "Rivera", "praised")
    (
        "Rivera praised the boy, dubbed Havana's “little hero” in the press, at the rally.",
        "little hero",
        None,
        "dubbed",
        None,
    ),
    # who named it after "by"
    (
        "The plan, labeled “reckless” by Senator Ann Cole, failed.",
        "reckless",
        "Ann Cole",
        "labeled",
        "Ann Cole",
    ),
    # wherever it stands, "by" right after the quote names who named it (was no speaker)
    (
        "The audit — long labeled as a “fishing trip” by Republicans — will end soon, Tom Reyes"
        " said.",
        "fishing trip",
        "Republicans",
        "labeled",
        "Republicans",
    ),
    # (was "Tom Reyes", "praised")
    (
        "Tom Reyes praised the inquiry, long described as a “farce” by Ann Cole.",
        "farce",
        "Ann Cole",
        "described",
        "Ann Cole",
    ),
    # an object after the cue: a verb in the past
    (
        "Mayor Ann Cole, a Democrat, called the plan “a disgrace.”",
        "a disgrace.",
        "Ann Cole",
        "called",
        "Ann Cole",
    ),
    # a comma before in the sentence, which the one before the cue closes
    (
        "It was what Ann Cole, a Democrat, called “a disgrace.”",
        "a disgrace.",
        "Ann Cole",
        "called",
        "Ann Cole",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_named_participles(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
