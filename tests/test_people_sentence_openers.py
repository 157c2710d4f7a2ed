"""The people field on a sentence's opening adverb or imperative before a given name and a
surname ("Perhaps Nora Vance knew", "Follow Nora Vance on social media"): not the name's
first word, nor before a surname alone ("Neither Lebrun nor Okafor spoke"; names.py,
data/sentence_words.txt)."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
CASES: list[tuple[str, Expected]] = [
    ("Perhaps Nora Vance knew the answer.", [("Nora Vance", None, None)]),
    ("Follow Nora Vance on social media for updates.", [("Nora Vance", None, None)]),
    # before one word, a surname named in full before: the opener is no part of it
    (
        "Maria Okafor and Ben Lebrun met on Monday. Neither Lebrun nor Okafor spoke.",
        [
            ("Maria Okafor", None, None),
            ("Ben Lebrun", None, None),
            ("Ben Lebrun", None, None),
            ("Maria Okafor", None, None),
        ],
    ),
    # a clause's conjunction, a sentence adverb, an imperative or a pronoun of things
    (
        "Maria Okafor won easily. Whereas Okafor spent little, her rival spent more.",
        [("Maria Okafor", None, None), ("Maria Okafor", None, None)],
    ),
    (
        "Ben Lebrun ran the port. Interestingly Lebrun never owned a boat.",
        [("Ben Lebrun", None, None), ("Ben Lebrun", None, None)],
    ),
    (
        "Nora Vance took the floor. Notice Vance never answered the question.",
        [("Nora Vance", None, None), ("Nora Vance", None, None)],
    ),
    ("Hold Nora Vance to her word, the editorial said.", [("Nora Vance", None, None)]),
    (
        "Nora Vance spoke for an hour. Everything Vance said was on the record.",
        [("Nora Vance", None, None), ("Nora Vance", None, None)],
    ),
    # but not a word that is also a given name ("?" in data/sentence_words.txt)
    ("Will Dunn said the road was closed.", [("Will Dunn", None, None)]),
    # a given name common as a surname (data/given_names.tsv)
    ("Lester Grant of the network asked the first question.", [("Lester Grant", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_opening_word_is_not_the_name(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
