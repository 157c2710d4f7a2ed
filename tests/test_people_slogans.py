"""The people field on a slogan or a movement named by a verb or adverb and a surname: "the
Stop Okafor movement", chants of "Dump Okafor" name no person (run_checks.py, the check
"slogan", data/slogan_words.txt)."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
CASES: list[tuple[str, Expected]] = [
    (
        "Maria Okafor won. The Stop Okafor movement grew, and Okafor said she was calm.",
        [("Maria Okafor", None, None), ("Maria Okafor", None, None)],
    ),
    ('Crowds chanted "Dump Okafor" as Maria Okafor spoke.', [("Maria Okafor", None, None)]),
    ('A "Never Lebrun" group ran ads against Ben Lebrun.', [("Ben Lebrun", None, None)]),
    # a campaign group's name opening with its verb, of any length (the check "campaign")
    (
        "A group of residents, Save Franklin Farmland, said it would sue Ed Kozlowski.",
        [("Ed Kozlowski", None, None)],
    ),
    ("Protect Marsh Creek, a neighbors' group, wrote to Ana Ruiz.", [("Ana Ruiz", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_slogan_names_no_one(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
