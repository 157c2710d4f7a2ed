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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a kinship's noun: every mention takes its gender
        (
            "Her grandson, Kirin Orlow, 19, was hurt. Orlow was flown to Albany.",
            [("Kirin Orlow", "Kirin Orlow", "m"), ("Orlow", "Kirin Orlow", "m")],
        ),
        # a role's head noun, before what it is of
        (
            "Robin Vale, a spokeswoman for the ministry, declined to comment.",
            [("Robin Vale", "Robin Vale", "f")],
        ),
        # not a noun after the head: the lawyer of someone's wife is no wife
        (
            "Robin Vale, a lawyer for the widow, declined to comment.",
            [("Robin Vale", "Robin Vale", None)],
        ),
    ],
)
def test_a_roles_head_noun_gives_the_gender(
    text: str, found: list[tuple[str, str, str | None]]
) -> None:
    assert [(p.text, p.name, p.gender) for p in people(text)] == found
