"""A verb of thinking or hoping takes a clause with a subject of its own
(data/belief_verbs.tsv). After a verb of thinking, a cue in that clause is its subject's
("We believe that the council said “...”" is the council's); after a verb of hoping, the
words are only wished, and the wisher's ("I hope in 2030 the city says “...”" is the
writer's "I", unresolved; it was "I hope").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Letters.\n\nWe believe that the council said “the road will be closed for a month.”",
        "the road will be closed for a month.",
        "council",
        "said",
        "council",
    ),
    (
        "Letters.\n\nI know in 2016 Congress said “the money will be there for every school.”",
        "the money will be there for every school.",
        "United States Congress",
        "said",
        "Congress",
    ),
    (
        "Ana Ruiz thinks the school board told parents “every class will have a teacher.”",
        "every class will have a teacher.",
        "school board",
        "told",
        "school board",
    ),
    (
        "Letters.\n\nI hope in 2030 the city says “we kept every promise to the families.”",
        "we kept every promise to the families.",
        None,
        "says",
        "I",
    ),
    (
        "Letters.\n\nI wish next year the school board says “every class has a teacher.”",
        "every class has a teacher.",
        None,
        "says",
        "I",
    ),
    (
        "Tom Baxter expects the council will say “the road stays open.”",
        "the road stays open.",
        "Tom Baxter",
        "say",
        "Tom Baxter",
    ),
    # (the believer's own cue after "and": the clause's subject stops before "was")
    (
        "Tom Baxter thought the plan was fair and said “we can live with it.”",
        "we can live with it.",
        "Tom Baxter",
        "said",
        "Tom Baxter",
    ),
    # (an infinitive after the verb: no clause of its own)
    (
        "Ana Ruiz hoped one day to retire and said “the farm will go to my daughter.”",
        "the farm will go to my daughter.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_believed_clause_has_its_own_subject_a_wished_one_the_wishers(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
