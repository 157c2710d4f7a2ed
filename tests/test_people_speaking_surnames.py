"""The people field on a name of two words the lists do not know, made a person's by its
second word speaking alone later in the article, as a person is called after the first
mention (``newsfacts_people.evidence.spoken_of``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    "text",
    [
        # the surname the subject of a speech verb
        "The survey was run by Orvanne Marwood of the coastal institute. Marwood said the "
        "figures had held for a decade.",
        # the verb before the surname, after a quote
        "Torvald Quenby opened the new depot on the harbour road. “It took four winters to "
        "build,” said Quenby.",
        # the surname after a quote, then the verb
        "Neighbours wrote to Oswin Brackley about the noise. “We had no warning,” Brackley "
        "told the council.",
    ],
)
def test_a_pair_whose_surname_speaks_is_a_person(text: str) -> None:
    found = people(text)
    full = found[0].name
    assert [p.name for p in found] == [full, full]
    assert len(full.split()) == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a speech verb opening the pair: the word after it is the name, not the pair
        (
            "Guests filled the hall by noon. Explained Rupert, “We seat everyone.” “It "
            "works,” said Rupert, who runs the hall.",
            ["Rupert"],
        ),
        # a plural second word is a team's or a firm's, not a surname
        (
            "The Green Herons won again at home. Herons said the club would not sell its best "
            "player.",
            [],
        ),
    ],
)
def test_no_pair_is_made_a_person_by_a_verb_or_a_plural(text: str, names: list[str]) -> None:
    assert [p.name for p in people(text)] == names


def test_without_the_surname_speaking_the_pair_stays_unknown() -> None:
    text = "The survey was run by Orvanne Marwood of the coastal institute."
    assert people(text) == []
