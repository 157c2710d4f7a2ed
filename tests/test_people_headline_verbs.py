"""The people field on a verb a headline in title case writes right after a name ("Jo
Reyes Says Vote Was Fair"): it ends the name (data/verbs_after_names.txt, names._name_end).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Maria Okafor Says Harbor Plan Seems Sound\n\nMaria Okafor spoke on Friday.",
            [("Maria Okafor", "Maria Okafor"), ("Maria Okafor", "Maria Okafor")],
        ),
        (
            'The column, titled "Mr. Okafor Is No Reformer," ran on Sunday.',
            [("Mr. Okafor", "Okafor")],
        ),
        (
            "Photo by Nora Vance Become a volunteer driver this spring.",
            [("Nora Vance", "Nora Vance")],
        ),
        # a verb that is a name too is no such word ("Will", "May", "Can")
        (
            "Columnist Quentin Will wrote on Monday.",
            [("Quentin Will", "Quentin Will")],
        ),
    ],
)
def test_a_headline_verb_ends_the_name(text: str, found: list[tuple[str, str]]) -> None:
    assert [(p.text, p.name) for p in people(text)] == found
