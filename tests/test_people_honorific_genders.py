"""The people field on a person's gender from the honorific of any of their mentions
(``newsfacts_people.genders``): a name that says no gender ("Lee", "Robin", a surname alone)
takes the gender the person's "Mr." or "Ms." says, at every mention. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a given name of both genders, then an honorific
        (
            "Lee Okafor runs the clinic. Ms. Okafor said the wait was short.",
            [("Lee Okafor", "Lee Okafor", "f"), ("Ms. Okafor", "Lee Okafor", "f")],
        ),
        # the honorific first: the later mentions keep its gender
        (
            "Mr. Tandy spoke first. Robin Tandy, the treasurer, then read the accounts. "
            "Tandy left early.",
            [
                ("Mr. Tandy", "Robin Tandy", "m"),
                ("Robin Tandy", "Robin Tandy", "m"),
                ("Tandy", "Robin Tandy", "m"),
            ],
        ),
        # a title that says no gender, and the honorific of another mention
        (
            "President Marlow signed the bill. Mr. Marlow thanked the clerks.",
            [("Marlow", "Marlow", "m"), ("Mr. Marlow", "Marlow", "m")],
        ),
        # honorifics of both genders for one name: no gender for a bare mention
        (
            "Mr. Quill and Mrs. Quill own the bakery. Quill said sales were up.",
            [("Mr. Quill", "Quill", "m"), ("Mrs. Quill", "Quill", "f"), ("Quill", "Quill", None)],
        ),
        # a given name's gender is the person's own, whatever another mention's title says
        (
            "Alan Brisk spoke. Brisk, the chair, closed the meeting.",
            [("Alan Brisk", "Alan Brisk", "m"), ("Brisk", "Alan Brisk", "m")],
        ),
    ],
)
def test_an_honorific_gives_every_mention_its_gender(
    text: str, found: list[tuple[str, str, str | None]]
) -> None:
    assert [(p.text, p.name, p.gender) for p in people(text)] == found
