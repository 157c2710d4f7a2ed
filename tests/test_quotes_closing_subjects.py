"""A quote inside a sentence with no cue before it is attributed by a short subject and its
cue after the sentence's last comma, closing the sentence: in 'Ana Ruiz is "not a person of
interest" for now, he said.' the "he" speaks, not Ana Ruiz; so do ", Sgt. Tom Lee said."
and ", the company said." (as ", said Nora Pike with the Parks Board" did). A longer phrase
after the cue, or a conjunction or relative pronoun opening the subject ("but Tom Lee said
it would fail", "which the mayor said"), attributes nothing.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

ROWS: list[Row] = [
    # (was Ana Ruiz, no cue: the sentence's subject)
    (
        'Chief Tom Lee spoke on Friday. Ana Ruiz is "not a person of interest" for now, he said.',
        "not a person of interest",
        "Tom Lee",
        "said",
        "he",
    ),
    # (was no quote: kept now that a speaker says it)
    (
        "Officers stopped the van and found “two open bottles” under the seat, Sgt. Tom Lee said.",
        "two open bottles",
        "Tom Lee",
        "said",
        "Sgt. Tom Lee",
    ),
    # (was no quote)
    (
        "Profit also fell because of “fierce” price cuts in its bus unit, the company said.",
        "fierce",
        "company",
        "said",
        "company",
    ),
    # as before: a name right after the cue
    (
        "The bridge keeps drawing “scribbles” from taggers, said Nora Pike with the Parks Board.",
        "scribbles",
        "Nora Pike",
        "said",
        "Nora Pike",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_closing_subjects(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(
    "text",
    [
        # a conjunction opens the clause after the last comma: its own statement
        "The plan won “wide support” in the town, but Tom Lee said it would fail.",
        # a relative pronoun: the mayor says something of the support
        "The plan won “wide support” in the town, which the mayor said was expected.",
        # more than four words after the cue
        "The plan won “wide support” in the town, Tom Lee said on Monday in an interview"
        " with the Harbor Times.",
    ],
)
def test_no_closing_subject(text: str) -> None:
    assert not [quote for quote in quotes(text) if quote.cue == "said"]
