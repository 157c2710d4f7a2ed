"""The subject of a participle's clause: after another participle ("..., holding signs and
chanting “...”"), that of the clause before them both, not the first participle's words (a
noun for people ending in "-s" is no verb that ends a subject: "about 300 protesters
assembled"); after a name's possessive opening the clause, who it names there or what
the name owns ("Maria Lopez’s campaign brushed off ..., telling"), not the owner; after an
earlier quote, that quote's speaker when no subject stands between them ("it" after a
preposition is an object)."""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

PARTICIPLE_CHAINS = [
    # (was "waving anti-tax")
    (
        "Outside the courthouse, about 300 protesters assembled in four groups, waving"
        " anti-tax banners and chanting “No new taxes.”",
        "No new taxes.",
        "300 protesters",
    ),
    # (was "Walsh", named in the clause before the relative one)
    (
        "Walsh backers watched video from the other camp's rally, where his supporters were"
        " shown chanting “Laura! Laura!”",
        "Laura! Laura!",
        "supporters",
    ),
    # as before: the person opening the clause
    (
        "Ana Ruiz spoke for an hour, thanking volunteers and adding: “We will win.”",
        "We will win.",
        "Ana Ruiz",
    ),
    # a possessive opening the clause: the person named after it (was Laura Finch)
    (
        "Laura Finch’s campaign manager Paul Weber said so in an interview, arguing"
        " that Walsh “turned his back on our farmers.”",
        "turned his back on our farmers.",
        "Paul Weber",
    ),
    # ... else the owner and what it owns (were Maria Lopez, Anna Reed)
    (
        "Maria Lopez’s campaign waved away Walsh’s remarks, telling the press, “Neither"
        " Mayor Lopez nor her staff will comment.”",
        "Neither Mayor Lopez nor her staff will comment.",
        "Maria Lopez’s campaign",
    ),
    (
        "Independent candidate Anna Reed’s physician is calling the senator “in superb"
        " shape for her age.”",
        "in superb shape for her age.",
        "Anna Reed’s physician",
    ),
    # ... also when the subject stands alone before a comma, a participle's clause and the
    # verb after it (the quote far from the name: were Oleg Marin, the owner) ...
    (
        "Moldovan President Oleg Marin’s spokesman, dismissing claims that a lawmaker in the"
        " ruling party had bullied several of his young aides for years, asked why the aides"
        " had kept silent for so many months, arguing that similar charges against a rival"
        " party leader last spring were made by former staff members who were plainly"
        " “hired guns.”",
        "hired guns.",
        "Oleg Marin’s spokesman",
    ),
    # ... but not a possessive after a preposition or verb there: its object's (as before;
    # the crowd named later is not read)
    (
        "In a march demanding Oleg Marin’s return, thousands of farmers, many of them with"
        " their children and some with banners and flags of every region of the country,"
        " walked along the river road from the old city to the parliament, chanting “Bring"
        " him home!”",
        "Bring him home!",
        "Oleg Marin",
    ),
    # a possessive after the verb is its object's: the subject speaks, as before
    ("Ana Ruiz praised Tom Lee’s plan, calling it “bold.”", "bold.", "Ana Ruiz"),
    # after an earlier quote, "it" after a preposition is an object, no subject: the
    # earlier quote's speaker (was "hear")
    (
        "Union Chairman R.J. Hollis said he was “shocked” to even read about it, arguing"
        " that “cutting the night shift would be unsafe.”",
        "cutting the night shift would be unsafe.",
        "R.J. Hollis",
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
