"""A person named right before a participle, after "of" and a noun of what shows someone
speaking (footage, clip, video), is who speaks ("The ad shows a video of Tom Baker saying,
“...”": Tom Baker, not the ad); after a verb, a name is the object ("Mary Jones thanked Tom
Baker saying" is Mary Jones's), and an account has a source of its own ("Mary Jones gives
an account of Tom Baker telling" is hers). So is who "with" puts right before a participle
("The mayor backed the budget, with one of her TV ads asking, “...”": the ad, not the
mayor),
but for a document or words said, through which the clause's subject speaks ("The company
responded with a statement saying").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was "ad")
    (
        "The ad then shows a video of Tom Baker saying, “We will build it.”",
        "We will build it.",
        "Tom Baker",
        "saying",
        "Tom Baker",
    ),
    # (was "Voters")
    (
        "Voters saw a clip of Tom Baker saying, “That makes me rich.”",
        "That makes me rich.",
        "Tom Baker",
        "saying",
        "Tom Baker",
    ),
    # (was "spot"; the cue after the quote is in a clause of its own)
    (
        "The spot closes on a clip of Tom Baker saying at a rally in May, “That makes"
        " me rich,” when Mary Jones asked him about his taxes.",
        "That makes me rich,",
        "Tom Baker",
        "saying",
        "Tom Baker",
    ),
    # as before: a name after a verb is its object, the subject speaks
    (
        "Mary Jones thanked Tom Baker saying, “We will build it.”",
        "We will build it.",
        "Mary Jones",
        "saying",
        "Mary Jones",
    ),
    # as before: an account has a source of its own
    (
        "Mary Jones gives an account of Tom Baker telling an aide, “Leave now.”",
        "Leave now.",
        "Mary Jones",
        "telling",
        "Mary Jones",
    ),
    # (was "Mary Jones")
    (
        "Mary Jones backed the new budget, with one of her TV ads asking, “Will the council"
        " keep its promises?”",
        "Will the council keep its promises?",
        "one of her TV ads",
        "asking",
        "one of her TV ads",
    ),
    # (was "radio spot")
    (
        "The radio spot closes with a voice over asking: “Will the mayor keep her word?”",
        "Will the mayor keep her word?",
        "voice over",
        "asking",
        "voice over",
    ),
    # (was "Tom Baker"; an adverb may stand before the participle)
    (
        "Tom Baker spoke to the crowd, with Mary Jones angrily telling reporters: “This was"
        " a disgrace.”",
        "This was a disgrace.",
        "Mary Jones",
        "telling",
        "Mary Jones",
    ),
    # as before: a document through which the subject speaks
    (
        "The company responded with a statement saying “we regret the error.”",
        "we regret the error.",
        "company",
        "saying",
        "company",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_participle_subjects(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
