"""A "he" or "she" that speaks after a sentence naming a person as an owner ("Crane's
lawyer", "Ortiz’s plan") or as a preposition's object ("a demand of Crane") stands for the
subject of that sentence when one opens it or a clause of it and fits the pronoun, not for the
person nearer the pronoun; that person stays when no such subject is named in that sentence.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # the subject opening the sentence, past the owner named after it
    (
        "Mayor Ben Hale spoke at length about David Crane’s arrest.\n\nLater, at the harbor, he"
        " called the charges “deeply troubling” for the town.",
        "deeply troubling",
        "Ben Hale",
        "called",
        "he",
    ),
    (
        "Mr. Hale waved the lawsuit away as the work of Mr. Crane's lawyer, a former judge."
        ' "Dave and I go back years," he said.',
        "Dave and I go back years,",
        "Hale",
        "said",
        "he",
    ),
    # a person set off before the cue, who opens a clause, and the owner in the description
    (
        "Tom Reyes, David Crane’s campaign manager, said the money would go to the party."
        " “It will help every race on the ballot,” he said.",
        "It will help every race on the ballot,",
        "Tom Reyes",
        "said",
        "he",
    ),
    # a preposition's object, nearer the pronoun than the subject
    (
        "At a rally in Dayton, Ben Hale said he had a request of David Crane.\n\n“Will you"
        " release the audit before the vote?” he asked.",
        "Will you release the audit before the vote?",
        "Ben Hale",
        "asked",
        "he",
    ),
    (
        "Ben Hale, a retired teacher, said the new budget was unfair to David Crane. “Nobody"
        " asked the teachers,” he said.",
        "Nobody asked the teachers,",
        "Ben Hale",
        "said",
        "he",
    ),
    # the owner stays: no one else is named in the sentence
    (
        "Ben Hale’s plan was voted down on Monday. “We will try again,” he said.",
        "We will try again,",
        "Ben Hale",
        "said",
        "he",
    ),
    # ... nor is a subject of the sentence before it read
    (
        "Ben Hale spoke first. The council then rejected David Crane’s plan. “It had no"
        " money,” he said.",
        "It had no money,",
        "David Crane",
        "said",
        "he",
    ),
    # ... nor one whose gender does not fit
    (
        "Ana Ortiz praised David Crane’s plan. “It will work,” he said.",
        "It will work,",
        "David Crane",
        "said",
        "he",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_owner_antecedents(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
