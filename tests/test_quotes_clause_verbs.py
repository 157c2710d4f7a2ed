"""Who speaks when the words before a cue hold the verb of a clause: its subject, when only
verbs and adverbs come between it and the cue; no one, when a preposition or conjunction
opens another clause there."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        # "went on to say": the subject speaks, not "email went"
        (
            "The email went on to say, “Today, because we have been successful in creating a"
            " community, people just don’t feel as much of a need to show up.”",
            "Today, because we have been successful in creating a community, people just"
            " don’t feel as much of a need to show up.",
            "email",
            "say",
            "email",
        ),
        # "goes on to say", as "went": the email speaks, not "email goes"
        (
            "The campaign emailed supporters on Monday. The email goes on to say: “The mayor"
            " plans to quietly sell off our public parks.”",
            "The mayor plans to quietly sell off our public parks.",
            "email",
            "say",
            "email",
        ),
        # a modal and "be heard": the reporter asks, not "reporter can be heard"
        (
            "“Should there be a database system that tracks the Muslims here in this"
            " country?” a reporter can be heard asking Trump after an event in Iowa.",
            "Should there be a database system that tracks the Muslims here in this country?",
            "reporter",
            "asking",
            "reporter",
        ),
        # "have" and an adverb: "Nuclear proliferation experts", not the clause's words
        (
            "Nuclear proliferation experts have similarly discounted Pyongyang's claims of a"
            " “hydrogen bomb”.",
            "hydrogen bomb",
            "Nuclear proliferation experts",
            "claims",
            "Nuclear proliferation experts",
        ),
        # a preposition after the clause's verb: its subject asks nothing
        (
            "His comments came after being asked yet again to defend his criticism of “New"
            " York values.”",
            "New York values.",
            None,
            "asked",
            None,
        ),
    ],
)
def test_clause_verb_ends_speaker_phrase(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
