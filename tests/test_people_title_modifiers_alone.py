"""The people field on a title made only of words that modify one ("Former", "State",
"Senior"; ``data/title_modifiers.txt``) opening a run: no title of the person named
(candidates._modifier_alone). Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Former" is the aide's, not the mayor's
        (
            "Former Okafor aide Tom Brill said the count was fair. Mayor Ada Okafor agreed.",
            [
                ("Ada Okafor", None, None),
                ("Tom Brill", None, "Former Okafor aide"),
                ("Ada Okafor", "Mayor", None),
            ],
        ),
        # "State" of a secretary of state written in lower case
        (
            "The survey had former secretary of State Nora Vance ahead by six points.",
            [("Nora Vance", None, None)],
        ),
        # an office written with its modifier stays the title
        (
            "Former President Alan Brisk spoke first.",
            [("Alan Brisk", "Former President", None)],
        ),
        (
            "Marion County Executive Lena Ortiz said the levy would pass.",
            [("Lena Ortiz", "Executive", None)],
        ),
    ],
)
def test_a_modifier_alone_is_no_title(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
