"""A phrase set off before the cue whose relative pronoun ("what", "which", "whom") a name or
a determiner follows holds the subject of the cue's own clause, an appositive after it: that
subject speaks, not the one opening the sentence. A relative pronoun a verb follows ("which
was founded in 1990") describes the noun before it, which speaks.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was "Tom Reyes")
    (
        "Tom Reyes ran the phone banks during the 1984 primary, in what Ann Cole, a rival,"
        " called “trench warfare.”",
        "trench warfare.",
        "Ann Cole",
        "called",
        "Ann Cole",
    ),
    # an appositive without an opening article (was "Tom Reyes")
    (
        "Tom Reyes ran the phone banks during the 1984 primary, in what Ann Cole,"
        " treasurer for the rival campaign, called “trench warfare.”",
        "trench warfare.",
        "Ann Cole",
        "called",
        "Ann Cole",
    ),
    # "which" (was "Tom Reyes")
    (
        "Tom Reyes fought the plan, which Ann Cole, the city's treasurer, described as"
        " “a giveaway.”",
        "a giveaway.",
        "Ann Cole",
        "described",
        "Ann Cole",
    ),
    # a verb after "which": the clause describes the noun before it, as before
    (
        "The agency, which was founded in 1990, said it was “deeply concerned.”",
        "deeply concerned.",
        "agency",
        "said",
        "agency",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_relative_subjects(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
