"""A time ending a speaker phrase ("One senior adviser Monday described") or set off alone
before the cue ("Trump, who ..., on Friday described") names no one: the speaker is the
phrase or name before it, never "Monday" or "month".

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Mayor Ana Ruiz, who has clashed with the council all year, on Friday described the"
        " budget as “a disaster.”",
        "a disaster.",
        "Ana Ruiz",
        "described",
        "Ana Ruiz",
    ),
    (
        "The 68-year-old Tom Baxter, who played for three clubs in the 1990s, last month"
        " argued he was at “high risk” in prison.",
        "high risk",
        "Tom Baxter",
        "argued",
        "Tom Baxter",
    ),
    (
        "One senior adviser Monday described the agency as “a patchwork of rival little fiefdoms.”",
        "a patchwork of rival little fiefdoms.",
        "One senior adviser",
        "described",
        "One senior adviser",
    ),
    # a noun of time alone is no time phrase: "the year" of "the year's best"
    (
        "The coach of the year told reporters: “We earned this.”",
        "We earned this.",
        "coach of the year",
        "told reporters",
        "coach of the year",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_time_names_no_one(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
