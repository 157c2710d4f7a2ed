"""The subject of a participle's clause: after another participle ("..., holding signs and
chanting “...”"), that of the clause before them both, not the first participle's words (a
noun for people ending in "-s" is no verb that ends a subject: "about 200 protesters
congregated"); after a name's possessive opening the clause, who it names there or what
the name owns ("Paul Ryan’s campaign shrugged off ..., telling"), not the owner; after an
earlier quote, that quote's speaker when no subject stands between them ("it" after a
preposition is an object)."""

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
    # a possessive opening the clause: the person named after it (was Hillary Clinton)
    (
        "Hillary Clinton’s campaign manager Robby Mook said as much in an interview, arguing"
        " that Trump “lashed out at our military.”",
        "lashed out at our military.",
        "Robby Mook",
    ),
    # ... else the owner and what it owns (were Paul Ryan, Gary Johnson)
    (
        "Paul Ryan’s campaign shrugged off Trump’s comments, telling reporters, “Neither"
        " Speaker Ryan nor his team will comment.”",
        "Neither Speaker Ryan nor his team will comment.",
        "Paul Ryan’s campaign",
    ),
    (
        "Libertarian candidate Gary Johnson’s doctor is calling the candidate “extremely"
        " physically fit.”",
        "extremely physically fit.",
        "Gary Johnson’s doctor",
    ),
    # a possessive after the verb is its object's: the subject speaks, as before
    ("Ana Ruiz praised Tom Lee’s plan, calling it “bold.”", "bold.", "Ana Ruiz"),
    # after an earlier quote, "it" after a preposition is an object, no subject: the
    # earlier quote's speaker (was "hear")
    (
        "CBC Chairman G.K. Butterfield said he was “outraged” to even hear about it, arguing"
        " that “eliminating superdelegates would be discriminatory.”",
        "eliminating superdelegates would be discriminatory.",
        "G.K. Butterfield",
    ),
    # ... but a name there is the participle's own subject, as before
    (
        "Ana Ruiz told Reuters that Tom Baxter “had no plan,” with Tom Lee saying, “We will win.”",
        "We will win.",
        "Tom Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PARTICIPLE_CHAINS)
def test_the_subject_of_a_participles_clause(text: str, words: str, speaker: str) -> None:
    assert speaker_and_cue(text, words)[0] == speaker
