"""A participle after another ("..., holding signs and chanting “...”") has the subject of
the clause before them both, not the first participle's words; a noun for people ending in
"-s" is no verb that ends a subject ("about 200 protesters congregated")."""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

PARTICIPLE_CHAINS = [
    # (was "holding anti-Trump")
    (
        "Outside the arena, about 200 protesters congregated in three clusters, holding"
        " anti-Trump signs and chanting “Dump Trump.”",
        "Dump Trump.",
        "200 protesters",
    ),
    # (was "Cruz", named in the clause before the relative one)
    (
        "Cruz backers watched footage from the rival party, where his supporters were shown"
        " chanting “Marco! Marco!”",
        "Marco! Marco!",
        "supporters",
    ),
    # as before: the person opening the clause
    (
        "Ana Ruiz spoke for an hour, thanking volunteers and adding: “We will win.”",
        "We will win.",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PARTICIPLE_CHAINS)
def test_a_participle_after_a_participle(text: str, words: str, speaker: str) -> None:
    assert speaker_and_cue(text, words)[0] == speaker
