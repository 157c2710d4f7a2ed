"""A "he" or "she" that speaks after a role phrase that spoke in more places than the
opening of a sentence: set off from its verb by an aside ("The president, addressing
supporters in Dayton, said"), after "A" ("A spokesman said:"), after a comma or quote as a
cue's subject ('“...,” the coach said', '..., the spokeswoman said') or after the cue ('“...,”
said a city official'): the pronoun goes on with that role, as after "The mayor said"."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    # an aside between commas before the verb
    (
        "The president, addressing supporters in Dayton, said: “We will carry this state.” He"
        " added that tariffs “are working.”",
        "are working.",
        "president",
        "added",
        "He",
    ),
    (
        "The governor, fielding questions in Albany for an hour, said the state was ready."
        " “We will not back down,” she said.",
        "We will not back down,",
        "governor",
        "said",
        "she",
    ),
    # "A" opening the sentence
    (
        "Police said the driver was arrested. A spokesman said: “He was over the limit.”"
        " He added that charges “will follow.”",
        "will follow.",
        "spokesman",
        "added",
        "He",
    ),
    # after the quote, the role before its cue
    (
        "“We played our best game of the season,” the coach said. He added that the team"
        " “deserved more.”",
        "deserved more.",
        "coach",
        "added",
        "He",
    ),
    # after a comma, the role before its cue
    (
        "The bakery will close for two weeks, the spokeswoman said, while the ovens are"
        " replaced. “Nobody will lose their job,” she said.",
        "Nobody will lose their job,",
        "spokeswoman",
        "said",
        "she",
    ),
    # after the quote and its cue, the role followed by a preposition
    (
        "“The bridge is safe,” said a city official in Dayton, who gave no name."
        " “Inspectors checked it last month,” he said.",
        "Inspectors checked it last month,",
        "city official",
        "said",
        "he",
    ),
    # the role's holder the article names, as for "The mayor said"
    (
        "Mayor Tom Ruiz opened the session. “The budget is balanced,” the mayor said."
        " “We will not raise taxes,” he added.",
        "We will not raise taxes,",
        "Tom Ruiz",
        "added",
        "he",
    ),
    # a noun for what one does (data/national_heads.txt), an age set off as the aside
    (
        "The actress, 45, told the magazine that fame was “a strange thing.” She added:"
        " “You never get used to it.”",
        "You never get used to it.",
        "actress",
        "added",
        "She",
    ),
    (
        "The novelist said the book took nine years. “I rewrote it four times,” he said.",
        "I rewrote it four times,",
        "novelist",
        "said",
        "he",
    ),
    # a role after a comma whose verb is no cue is no subject that speaks
    (
        "The council met on Monday, the chairman left early. “We need more time,” she said.",
        "We need more time,",
        None,
        "said",
        "she",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_pronoun_after_role_in_a_clause(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
