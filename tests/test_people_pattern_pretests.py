"""The people field reads the first or last characters next to a name before some of its
patterns, a test in C that most names fail: the answers are the patterns' own."""

from __future__ import annotations

import pytest

from newsfacts_people import lexicon as lx
from newsfacts_people import listed, roles, surroundings
from newsfacts_people.candidates import Mention
from newsfacts_people.roles import Context


def _person(text: str, name: str, title: str | None = None) -> tuple[Mention, Context, str]:
    start = text.index(name)
    mention = Mention(start, start + len(name), tuple(name.split()), name, title, sure=True)
    return mention, Context(title, None), name


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Sens. Rand Paul and Susan Collins voted no.", ["Sen", "Sen"]),
        ("Sens. Rand Paul, Susan Collins and Mia Lo voted no.", ["Sen", "Sen", "Sen"]),
        ("Sens. Rand Paul of Kentucky and Susan Collins voted no.", ["Sen", "Sen"]),
        ("Sens. Rand Paul met Susan Collins.", ["Sen", None]),  # no list between them
        ("Sens. Rand Paul andSusan Collins", ["Sen", None]),  # "and" fused to the name
    ],
)
def test_a_plural_title_shared_over_a_list(text: str, titles: list[str | None]) -> None:
    """The gap between two names is read by how it ends (", ", " and ") before the list's
    pattern: a plural title still goes to every name of the list."""
    names = ["Rand Paul", "Susan Collins", "Mia Lo"][: len(titles)]
    people = [_person(text, names[0], "Sen")] + [_person(text, name) for name in names[1:]]
    found = listed.listed_titles(text, people)
    assert [described.title for _, described, _ in found] == titles


def test_the_speech_verbs_read_by_three_letters_have_three() -> None:
    """A speech verb after a name is told by its first three letters, a speech verb or role
    noun before it by its last three or, for a word of two ("to" of "according to"), by both:
    no word of them is shorter."""
    assert min(map(len, lx.SPEECH_VERBS)) >= 3
    assert min(map(len, lx.SPEECH_VERBS | lx.ROLE_HEADS)) >= 2


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("Jan Smith said on Monday", True),
        ("Jan Smith same day", False),  # "sa" of "said", not "sai"
        ("said Jan Smith", True),
        ("according to Jan Smith", True),
        ("said spokesman Jan Smith", True),
        ("the MP Jan Smith", False),  # a role noun of two letters, no speech verb before
        ("salad Jan Smith", False),  # "ad" of "said", not "aid"
    ],
)
def test_a_speech_verb_next_to_a_name_by_three_letters(text: str, near: bool) -> None:
    start = text.index("Jan Smith")
    assert surroundings.near_speech(text, start, start + len("Jan Smith")) is near


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kremlin spokesperson Jan Smith", (None, "Kremlin spokesperson")),
        ("a former police officer Jan Smith", (None, "former police officer")),
        ("the club spokesman  Jan Smith", ("spokesman", None)),  # two blanks before the name
        ("Acme co-CEO Jan Smith", (None, "Acme co-CEO")),
        ("Labour MP Jan Smith", (None, None)),  # a role noun in capitals: no phrase here
        ("a talk by Jan Smith", (None, None)),  # "by": no role noun ends so
        ("she said Jan Smith", (None, None)),
    ],
)
def test_a_role_phrase_before_a_name_by_its_last_two_letters(
    text: str, found: tuple[str | None, str | None]
) -> None:
    """The word before a name is read by its last two letters before the window is split:
    the phrases found are the window's own, for every role noun (none shorter than two)."""
    assert roles.before(text, text.index("Jan Smith")) == found
    assert min(map(len, lx.ROLE_HEADS)) >= 2
