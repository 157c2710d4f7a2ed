"""The organizations field on libraries: a name ending in "Library", or opening "Library of",
is a library's (``newsfacts/data/organization_heads.tsv``), kind other, as a museum's is; a
town opening the name stays a place of the locations field, as before a public body's word
("the Paris Public Library"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        (
            "The Boston Public Library will close early on Friday.",
            [("Boston Public Library", "Boston Public Library", "other")],
        ),
        (
            "He worked at the Library of Congress for 20 years.",
            [("Library of Congress", "Library of Congress", "other")],
        ),
        (
            "The letters are kept at the Truman Presidential Library.",
            [("Truman Presidential Library", "Truman Presidential Library", "other")],
        ),
        (
            "The Columbus Metropolitan Library opened a branch downtown.",
            [("Columbus Metropolitan Library", "Columbus Metropolitan Library", "other")],
        ),
        # a library in lower case names none
        ("She borrowed the book from the library in Leeds.", []),
    ],
)
def test_a_library_is_an_organization(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


def test_a_town_opening_a_public_library_stays_a_place() -> None:
    result = newsfacts.Extractor(["locations"]).extract(
        newsfacts.Article(text="The Paris Public Library hosts a book sale on Saturday.")
    )
    assert [org.text for org in result.organizations] == ["Paris Public Library"]
    assert [place.text for place in result.locations] == ["Paris"]
