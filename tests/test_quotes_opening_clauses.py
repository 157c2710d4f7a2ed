"""Whose is a quote after a clause opening its sentence with a conjunction ("When", "After",
"While" ...) whose cue reports a clause: the main clause's, when its cue names who speaks
after the comma; else what the first cue reports, as before.

Every row is (text, quoted words, speaker's full name, cue).
"""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

OPENING_CLAUSES = [
    # the cue of the main clause, after the comma, names who speaks (was Donald Trump)
    (
        "When Donald Trump suggested that Cuba would sue the U.S. for reneging on the deal,"
        " Marco Rubio fired back forcefully: “If they sue us in a court in Miami, they’re"
        " going to lose.”",
        "If they sue us in a court in Miami, they’re going to lose.",
        "Marco Rubio",
        "fired back",
    ),
    (
        "After Donald Trump argued that Medicare should not be cut, Marco Rubio said only that"
        " his “numbers don’t add up.”",
        "numbers don’t add up.",
        "Marco Rubio",
        "said",
    ),
    (
        "While Mayor Tom Lee said that the budget was balanced, council member Ana Ruiz told"
        " reporters it was “a fantasy.”",
        "a fantasy.",
        "Ana Ruiz",
        "told reporters",
    ),
    # a quote inside the clause opening the sentence is what its cue reports
    (
        "When Ana Ruiz said that the council had called it “a mess”, the room fell silent.",
        "a mess",
        "Ana Ruiz",
        "said",
    ),
    # no conjunction opens the sentence: the first cue reports the rest, as before
    (
        "Ana Ruiz said that when Tom Lee arrived, he called the plan “a mess.”",
        "a mess.",
        "Ana Ruiz",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue"), OPENING_CLAUSES)
def test_main_clause_cues(text: str, words: str, speaker: str, cue: str) -> None:
    assert speaker_and_cue(text, words) == (speaker, cue)
