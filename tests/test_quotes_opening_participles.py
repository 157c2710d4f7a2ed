"""A participle cue opening its sentence, maybe after a word of
``data/participle_openers.txt`` ("After", "In", "And in"), has the subject of the main
clause after its phrase, past the comma after the quote's close (check
``opening-participle``): "After calling the plan “...,” the mayor voted no" is the mayor's.
These quotes had no speaker.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "After saying the old bridge was “too weak to carry buses,” the mayor ordered it closed.",
        "too weak to carry buses,",
        "mayor",
        "saying",
        "mayor",
    ),
    (
        "In calling the budget “a betrayal of every voter,” the senator broke with her party.",
        "a betrayal of every voter,",
        "senator",
        "calling",
        "senator",
    ),
    # a pronoun opening the main clause: its antecedent, the offsets the pronoun's
    (
        "Mayor Ana Ruiz spoke first. After declaring the vote “a sham,” she left the room.",
        "a sham,",
        "Ana Ruiz",
        "declaring",
        "she",
    ),
    # the quote inside the participle's clause, the comma after it
    (
        "And in explaining why those “simple fixes” had not been made, Ana Ruiz blamed the"
        " council.",
        "simple fixes",
        "Ana Ruiz",
        "explaining",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_an_opening_participle_has_the_main_clauses_subject(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)


def test_a_participle_after_its_subject_keeps_that_subject() -> None:
    # (not opening the sentence: the subject before it, as before)
    check(
        "The senator left the room after calling the vote “a sham,” and the mayor followed.",
        "a sham,",
        "senator",
        "calling",
        "senator",
    )
