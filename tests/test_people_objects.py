"""A name after a verb done only to people is a person's, when it is the verb's object
(``newsfacts_people/objects.py``)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Person

EXTRACTOR = newsfacts.Extractor(["people"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The court sentenced Mwangi Kiunjuri to two years in prison.", ["Mwangi Kiunjuri"]),
        ("Police arrested Tavi Okonkwo on Friday near the border.", ["Tavi Okonkwo"]),
        ("The authorities deported Ravan Oktarov, the ministry said.", ["Ravan Oktarov"]),
        # a modifier of the noun after it, no object
        ("Security forces detained Zorvan Media journalists in the capital.", []),
        # a verb firms are the object of too
        ("The regulator fined Kestrel Dunmore over the deal.", []),
    ],
)
def test_the_object_of_a_verb_done_to_people_is_a_person(text: str, found: list[str]) -> None:
    result = EXTRACTOR.extract(text)
    assert [fact.text for fact in result.people if isinstance(fact, Person)] == found
