"""A surname before a noun of kin or rule names the family or the government it heads, not
the town of the name ("the Weston family", "the Obama administration"). A well-known place
keeps its reading there ("the Seoul government", "the Houston family" may be a family from
Houston), unless the place is named like a person (data/ambiguous.txt, person_like.txt,
person_namesakes.txt): "the Kennedy clan", "the Bush administration"."""

from __future__ import annotations

import pytest

from location_checks import places

# (text, the places found: (mention, canonical name, country))
FAMILIES = [
    # a large city named like a person, before a noun of kin or rule: the person
    ("Few in the room had met the Kennedy clan before the gala in Ohio.", [("Ohio", "Ohio", "US")]),
    ("She had worked in the Bush administration for six years.", []),
    # one the check read so before
    ("Reporters waited outside while the Hamilton family ate lunch.", []),
    # a well-known place not named like a person keeps its reading
    (
        "Diplomats said the Seoul government would answer soon.",
        [("Seoul", "Seoul", "KR")],
    ),
    (
        "The Houston family drove north after the storm.",
        [("Houston", "Houston", "US")],
    ),
    # a person-like city before a noun a city also takes: the city's government
    (
        "The Jackson government raised water rates, the mayor said in Mississippi.",
        [("Jackson", "Jackson", "US"), ("Mississippi", "Mississippi", "US")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_a_surname_before_a_noun_of_kin_or_rule(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f.text, f.name, f.country_code) for f in places(text)] == expected
