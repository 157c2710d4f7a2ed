"""The fact classes at their boundary: offsets checked, values frozen, equal facts alike."""

from __future__ import annotations

import pickle

import attrs
import pytest

from newsfacts import Fact, Location, Organization, Person

TEXT = "The mayor of Springfield met Dana Whitfield at the town hall."


def test_a_fact_covers_the_text_between_its_offsets() -> None:
    place = Location.at(TEXT, 13, 24, name="Springfield", kind="city", country_code="US")
    assert place == Location(
        text="Springfield", start=13, end=24, name="Springfield", kind="city", country_code="US"
    )
    assert (place.latitude, place.geonames_id, place.adjectival) == (None, None, False)


def test_offsets_that_do_not_fit_the_text_are_refused() -> None:
    with pytest.raises(ValueError, match=r"bad offsets -1\.\.10"):
        Person(text="Dana Whitfi", start=-1, end=10, name="Dana Whitfield")
    with pytest.raises(ValueError, match=r"bad offsets 30\.\.29"):
        Person(text="", start=30, end=29, name="Dana Whitfield")
    with pytest.raises(ValueError, match=r"offsets 29\.\.33 do not span 'Dana Whitfield'"):
        Person(text="Dana Whitfield", start=29, end=33, name="Dana Whitfield")


def test_a_fact_cannot_be_changed() -> None:
    person = Person.at(TEXT, 29, 43, name="Dana Whitfield")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        person.name = "Dana Whitfield-Moss"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del person.title
    assert attrs.evolve(person, title="Ms").title == "Ms"
    assert person.title is None


def test_equal_facts_hash_alike_and_survive_pickling() -> None:
    first = Organization.at(TEXT, 51, 60, name="Town Hall", kind="government")
    again = Organization.at(TEXT, 51, 60, name="Town Hall", kind="government")
    assert first == again and hash(first) == hash(again)
    assert first != Organization.at(TEXT, 51, 60, name="Town Hall")
    assert pickle.loads(pickle.dumps(first)) == first
    assert {first, again} == {first}


def test_a_fact_reads_as_its_attributes_in_order() -> None:
    span = Fact.at(TEXT, 4, 9)
    assert repr(span) == "Fact(text='mayor', start=4, end=9)"
    assert [field.name for field in attrs.fields(Person)] == [
        *("text", "start", "end", "name", "title", "role", "gender", "age", "party")
    ]
    assert span.to_dict() == {"text": "mayor", "start": 4, "end": 9}
