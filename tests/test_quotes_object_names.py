"""A participle set off by a comma after a clause speaks for the clause's subject, not for a
person or organization named in its object: "One aide inside the campaign tried to play down
Ruiz’s remarks, saying “...”" is the aide's; so is a name set off after the object ("to
discuss his rival, Ana Ruiz, saying"), or in a phrase after a preposition between the clause
and the participle ("about her first debate with Tom Lee next week, recently telling"). A
cue that reports a clause keeps the reading as before ("said Tom Lee quit the board,
adding"), as do a participle not set off ("mocked Tom Lee for calling himself") and a
clause whose subject is no noun phrase before its verb.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was Ana Ruiz: the owner of the remarks played down)
    (
        "Mayor Ana Ruiz spoke on Monday. One aide inside the campaign tried to play down"
        " Ruiz’s remarks, saying they were “no big deal here.”",
        "no big deal here.",
        "One aide inside the campaign",
        "saying",
        "One aide inside the campaign",
    ),
    # (was Ana Ruiz: a name set off after the object)
    (
        "Senator Ana Ruiz spoke on Monday. Tom Lee went on the radio to discuss his rival, Ana"
        " Ruiz, saying “at her lowest” she would be “a fine mayor.”",
        "a fine mayor.",
        "Tom Lee",
        "saying",
        "Tom Lee",
    ),
    # (was Tom Lee: chunks with no subject of their own read past)
    (
        "Ana Ruiz has voiced anger, and some unease too, about her first debate with"
        " Tom Lee next week, recently telling a friend she is unsure “which Tom Lee will"
        " show up.”",
        "which Tom Lee will show up.",
        "Ana Ruiz",
        "telling",
        "Ana Ruiz",
    ),
    # (was no one: the subject is "It", the lawsuit)
    (
        "The lawsuit blames Ana Ruiz for the losses. It goes on to fault Ruiz’s use of a"
        " private account, saying the records were “exposed.”",
        "exposed.",
        "lawsuit",
        "saying",
        "It",
    ),
    # (was no one: a long subject, a modifier after prepositions in it)
    (
        "Last month, a panel of 12 security experts at the Harbor Institute warned of a new"
        " kind of fraud after the Acme Corp. breach, arguing that thieves could “salt the"
        " files.”",
        "salt the files.",
        "Harbor Institute",
        "arguing",
        "Harbor Institute",
    ),
    # as before: a cue reporting a clause with a subject of its own
    (
        "Ana Ruiz said Tom Lee quit the board, adding that he was “worn out.”",
        "worn out.",
        "Ana Ruiz",
        "adding",
        "Ana Ruiz",
    ),
    # as before: a participle not set off by a comma
    (
        "Ana Ruiz mocked Tom Lee for calling himself the “mayor of tomorrow.”",
        "mayor of tomorrow.",
        "Ana Ruiz",
        "calling",
        "Ana Ruiz",
    ),
    # as before: a plural noun heading the subject is no verb
    (
        "Small bakeries have criticized Ana Ruiz’s plan, saying it is “a tax on bread.”",
        "a tax on bread.",
        "Small bakeries",
        "saying",
        "Small bakeries",
    ),
    # as before: an opening phrase set off before the clause
    (
        "Hours later, Tom Lee returned the compliment to Ana Ruiz, telling reporters, “We have"
        " been friends for years.”",
        "We have been friends for years.",
        "Tom Lee",
        "telling",
        "Tom Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_object_names(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
