"""The people field on a name of two words that no given name, title nor role makes a
person's, followed by a verb and "his", "himself", "herself" or a possessive "her": "Mondo
Duplantis broke his own world record" (pronoun_after.py). A firm, a place or a team takes
"its" or "their"; an object's "her" says nothing of the name before the verb ("the Mondo
Star-Advertiser handed her a lead")."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
PRONOUNS: list[tuple[str, Expected]] = [
    (
        "Mondo Duplantis broke his own pole vault world record on Sunday.",
        [("Mondo Duplantis", None, None)],
    ),
    ("Faith Kipyegon won her fourth world title in Tokyo.", [("Faith Kipyegon", None, None)]),
    ("Zephyr Kell lost her seat in the spring election.", [("Zephyr Kell", None, None)]),
    ("Tavita Moala hurt himself in training.", [("Tavita Moala", None, None)]),
    # an object's "her", a firm's "its", a word joining a phrase: no evidence
    ("A poll for the Mondo Star-Advertiser handed her a lead of 20 points.", []),
    ("Zorbex Holdings raised its forecast for the year.", []),
    ("Grants from the Zorbex Foundation for his research ran out.", []),
    ("Mondo Duplantis broke history on Sunday.", []),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronoun_after_the_verb(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
