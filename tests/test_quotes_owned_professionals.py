"""Whom a person's possessive owns speaks when it is one who acts for that person: a
solicitor, barrister, publicist or agent (data/relational_nouns.txt), as a lawyer does;
the person named is no speaker."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Mr Okoye’s solicitor said his client was “relieved” by the verdict.",
        "relieved",
        "Mr Okoye’s solicitor",
        "said",
        "Mr Okoye’s solicitor",
    ),
    (
        "“My client is relieved,” Ms Harlow’s barrister said.",
        "My client is relieved,",
        "Ms Harlow’s barrister",
        "said",
        "Ms Harlow’s barrister",
    ),
    (
        "Kim Castell’s publicist said the singer was “resting at home.”",
        "resting at home.",
        "Kim Castell’s publicist",
        "said",
        "Kim Castell’s publicist",
    ),
    # after "for", the noun's phrase speaks and the name describes it
    (
        "“He wants to stay,” said an agent for Theo Marsh.",
        "He wants to stay,",
        "agent for Theo Marsh",
        "said",
        "agent for Theo Marsh",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_owned_professional_speakers(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
