"""A person whose surname is a news agency's ("Michael Bloomberg") is a person: the people
field names him, and his surname alone after that is his, not the agency's; the agency alone
or in its outlet's name ("compiled by Bloomberg", "Bloomberg News", "Bloomberg Politics") is
an organization. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["people", "organizations"])


@pytest.mark.parametrize(
    ("text", "people", "organizations"),
    [
        (
            "The governor said he would welcome a race against Michael Bloomberg.",
            ["Michael Bloomberg"],
            [],
        ),
        (
            "Aides to Michael Bloomberg met donors in May. Bloomberg has not decided.",
            ["Michael Bloomberg", "Bloomberg"],
            [],
        ),
        ("Economists polled by Bloomberg expect prices to rise.", [], ["Bloomberg"]),
        ("The figures were compiled by Bloomberg News on Friday.", [], ["Bloomberg News"]),
        ("The senator told Bloomberg Politics he would run.", [], ["Bloomberg Politics"]),
    ],
)
def test_a_person_named_bloomberg(text: str, people: list[str], organizations: list[str]) -> None:
    result = EXTRACTOR.extract(text)
    assert [person.text for person in result.people] == people
    assert [body.text for body in result.organizations] == organizations
