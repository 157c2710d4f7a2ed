"""People of one surname: the surname alone names the one the article has named most so far,
the first introduced of equals, and one described as someone's relative only after those
never so described (``resolve._Namesakes``): news leaves the surname to the person the story
is about and tells the relatives by their given names or by the relation."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an obituary: the son, described as the judge's son and named once, is no "Keane"
        (
            "Marjorie Keane, a retired appeals judge, died Saturday. Her son, Daniel Keane, "
            "said she died at home. Keane served on the court until 1992.",
            [
                ("Marjorie Keane", "Marjorie Keane"),
                ("Daniel Keane", "Daniel Keane"),
                ("Keane", "Marjorie Keane"),
            ],
        ),
        # two named once each: the first introduced, not the one named last
        (
            "Arthur Pell's aides praised Nora Pell's speech on Monday. By morning, Pell's "
            "campaign was in crisis.",
            [
                ("Arthur Pell", "Arthur Pell"),
                ("Nora Pell", "Nora Pell"),
                ("Pell", "Arthur Pell"),
            ],
        ),
        # the one named most, though another of the name was named since
        (
            "Mayor Ruth Okafor opened the bridge. Okafor thanked the crews. The Rev. John "
            "Okafor, a local pastor, blessed it. Okafor said the bridge would open at noon.",
            [
                ("Ruth Okafor", "Ruth Okafor"),
                ("Okafor", "Ruth Okafor"),
                ("Rev. John Okafor", "John Okafor"),
                ("Okafor", "Ruth Okafor"),
            ],
        ),
    ],
)
def test_a_surname_alone_names_the_person_the_story_is_about(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p.text, p.name) for p in people(text)] == expected


def test_an_honorific_still_picks_the_namesake_of_its_gender() -> None:
    text = (
        "Hal Brandt and his wife, Edith Brandt, ran the diner for 40 years. Mrs. Brandt "
        "baked the pies."
    )
    assert [(p.text, p.name) for p in people(text)][-1] == ("Mrs. Brandt", "Edith Brandt")
