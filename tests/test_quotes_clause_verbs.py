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
            "The email went on to say, “Now that the club has grown so large, members no"
            " longer feel they need to come to every meeting.”",
            "Now that the club has grown so large, members no longer feel they need to come"
            " to every meeting.",
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
            "“Should there be a registry that lists every gun owner in this state?” a"
            " reporter can be heard asking the governor after an event in Ohio.",
            "Should there be a registry that lists every gun owner in this state?",
            "reporter",
            "asking",
            "reporter",
        ),
        # "have" and an adverb: "Veteran climate scientists", not the clause's words
        (
            "Veteran climate scientists have mostly rejected the firm's claims of a “miracle”.",
            "miracle",
            "Veteran climate scientists",
            "claims",
            "Veteran climate scientists",
        ),
        # a preposition after the clause's verb: its subject asks nothing
        (
            "His comments came after being asked again to explain his swipe at “Ohio lawmakers.”",
            "Ohio lawmakers.",
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
