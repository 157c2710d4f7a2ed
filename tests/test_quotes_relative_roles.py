"""The ``quotes`` field: a role given in a relative clause after a name's comma (", who is the
country's finance minister,") is that person's, as an appositive's is, so "the minister said"
after it is that person's words (the people field's role, read past the words of
``newsfacts_people/data/relative_role_openers.txt``)."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

RELATIVE_ROLES: list[Row] = [
    (
        "Enoch Godongwana, who is the country's finance minister, spoke at length on Tuesday. "
        "“We will not borrow more,” the minister said.",
        "We will not borrow more,",
        "Enoch Godongwana",
        "said",
        "minister",
    ),
    (
        "Maria Lopes, who serves as the city's mayor, opened the bridge. "
        "“This is a proud day,” the mayor said.",
        "This is a proud day,",
        "Maria Lopes",
        "said",
        "mayor",
    ),
    # as an appositive, as before
    (
        "Enoch Godongwana, the country's finance minister, spoke at length on Tuesday. "
        "“We will not borrow more,” the minister said.",
        "We will not borrow more,",
        "Enoch Godongwana",
        "said",
        "minister",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), RELATIVE_ROLES)
def test_a_role_in_a_relative_clause_speaks(
    text: str, words: str, speaker: str | None, cue: str | None, mention: str | None
) -> None:
    check(text, words, speaker, cue, mention)
