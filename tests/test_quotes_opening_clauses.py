"""Whose is a quote after a clause opening its sentence with a conjunction ("When", "After",
"While" ...) whose cue reports a clause: the main clause's, when its cue names who speaks
after the comma; else what the first cue reports, as before.

Every row is (text, quoted words, speaker's full name, cue).
"""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

OPENING_CLAUSES = [
    # the cue of the main clause, after the comma, names who speaks (was Peter Walsh)
    (
        "When Peter Walsh hinted that the union would take the city to court over the contract,"
        " Laura Finch fired back sharply: “If they drag us to a court in Denver, they will"
        " lose.”",
        "If they drag us to a court in Denver, they will lose.",
        "Laura Finch",
        "fired back",
    ),
    (
        "After Peter Walsh argued that pensions should not be touched, Laura Finch said only"
        " that his “figures don’t add up.”",
        "figures don’t add up.",
        "Laura Finch",
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
