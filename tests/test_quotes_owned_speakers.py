"""A person named after a cue and set off after a name's possessive and a lower-case noun
speaks ("exhorted Lopez's introducer, singer Anna Mae Brooks"), as after a possessive
pronoun ("said his lawyer, Rita Glavin"); "exhorted" and "railed" are cues. The phrase
after the cue goes on past a possessive's curly apostrophe as past a straight one: "said
the agency’s spokesman" is the spokesman, not "agency". A possessive pronoun owning words said or a
document before the cue stands for who speaks: "his statement read", and so does one
owning the cue itself: "won over students with her calls to scrap".

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # (was no speaker: "exhorted" was no cue)
    (
        "Then came the loudest moment of the night: “It's high time this city had a mayor"
        " who listens,” exhorted Maria Lopez's introducer, singer Anna Mae"
        " Brooks.",
        "It's high time this city had a mayor who listens,",
        "Anna Mae Brooks",
        "exhorted",
        "Anna Mae Brooks",
    ),
    (
        "Ted Cruz declined to back Trump at the rally. Cruz exhorted delegates to"
        " “follow your heart” and said he was acting on principle.",
        "follow your heart",
        "Ted Cruz",
        "exhorted",
        "Cruz",
    ),
    (
        "“This was never about money!” railed Samuel Okoro, a deacon of the parish.",
        "This was never about money!",
        "Samuel Okoro",
        "railed",
        "Samuel Okoro",
    ),
    # no one set off after it: the phrase, as before
    (
        "“It's about time,” said Hillary Clinton's spokesman.",
        "It's about time,",
        "Hillary Clinton's spokesman",
        "said",
        "Hillary Clinton's spokesman",
    ),
    # the words of a title before the noun after a possessive: the press secretary speaks,
    # not the mayor ("press" is no verb there; was "Ana Ruiz")
    (
        "The river rose overnight. “Every school will open on time,” Mayor Ana Ruiz's press"
        " secretary said.",
        "Every school will open on time,",
        "Ana Ruiz's press secretary",
        "said",
        "Ana Ruiz's press secretary",
    ),
    # (was "Tom Keller")
    (
        "Tom Keller's longtime press aide told reporters the campaign was “running on fumes.”",
        "running on fumes.",
        "Tom Keller's longtime press aide",
        "told reporters",
        "Tom Keller's longtime press aide",
    ),
    # a curly apostrophe before a letter ends no phrase after the cue
    # (was "company")
    (
        "The factory will stay open. “We have no plans to move production abroad,” said the"
        " company’s chief executive.",
        "We have no plans to move production abroad,",
        "company’s chief executive",
        "said",
        "company’s chief executive",
    ),
    # (was "Norway")
    (
        "Talks on the fishing quotas ended on Friday. “We have agreed on the numbers for next"
        " year,” said Norway’s Fisheries Minister Ola Berg.",
        "We have agreed on the numbers for next year,",
        "Ola Berg",
        "said",
        "Ola Berg",
    ),
    # (was "Denver")
    (
        "The storm closed three highways. “Nobody should drive tonight unless they must,” said"
        " Denver’s Tom Keller, a spokesman for the state patrol.",
        "Nobody should drive tonight unless they must,",
        "Tom Keller",
        "said",
        "Tom Keller",
    ),
    # (was "Keller")
    (
        "Voters in the suburbs will decide the race. “We are treating the next four weeks as one"
        " long Election Day,” said Keller’s campaign manager, Ana Ruiz.",
        "We are treating the next four weeks as one long Election Day,",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    # an apostrophe inside a name, as before
    (
        "The club lost again. “We played well and still lost,” said coach Pat O’Brien.",
        "We played well and still lost,",
        "Pat O’Brien",
        "said",
        "Pat O’Brien",
    ),
    # the one a possessive pronoun before a document stands for (was "second tweet")
    (
        "Senator Ana Ruiz flew to Madrid on Friday for a week of rest. “My daughter drew me a"
        " map of the old town,” her second tweet said.",
        "My daughter drew me a map of the old town,",
        "Ana Ruiz",
        "said",
        "her",
    ),
    # (was "statement")
    (
        "Mayor Tom Keller left the meeting early. “The budget will be balanced by June,” his"
        " statement read.",
        "The budget will be balanced by June,",
        "Tom Keller",
        "read",
        "his",
    ),
    # no one it fits: the phrase, as before
    (
        "“The budget will be balanced by June,” his statement read.",
        "The budget will be balanced by June,",
        "statement",
        "read",
        "statement",
    ),
    # a cue a possessive owns, the phrase before it naming no one: the possessive's owner
    # (was "won over students")
    (
        "Ruiz, who chaired the board for a decade, won over students with her calls to scrap the"
        ' "broken ballot."',
        "broken ballot.",
        "Ruiz",
        "calls",
        "her",
    ),
    # (was no speaker)
    (
        "Tom Lee's ratings climbed after the flood, as did his call for"
        ' "a full rebuild" of the levee.',
        "a full rebuild",
        "Tom Lee",
        "call",
        "his",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_owned_speakers(text: str, words: str, speaker: str | None, cue: str, mention: str) -> None:
    check(text, words, speaker, cue, mention)
