"""The organizations field: where "and" and commas end a name and where they stay inside one
(councils of places, fields of one body, series before a head word), on news sentences
written for these tests."""

from __future__ import annotations

import pytest

import newsfacts


def mentions(text: str) -> list[str]:
    """The organizations' mentions (people read first, as in a real run)."""
    result = newsfacts.Extractor(["organizations"]).extract(text)
    return [fact.text for fact in result.organizations]


# A council of a place after "and" is a body of its own; two places that name one council,
# or two fields of one body, stay one name
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Unite and Cardiff Council said the bin strike would go ahead.", ["Cardiff Council"]),
        (
            "Talks between Unison and Leeds City Council broke down.",
            ["Unison", "Leeds City Council"],
        ),
        ("Shoppers and Bristol City Council objected to the plan.", ["Bristol City Council"]),
        ("Kensington and Chelsea Council apologised.", ["Kensington and Chelsea Council"]),
        ("Brighton and Hove City Council raised council tax.", ["Brighton and Hove City Council"]),
        ("The Nursing and Midwifery Council struck her off.", ["Nursing and Midwifery Council"]),
        (
            "The Arts and Humanities Research Council funded the study.",
            ["Arts and Humanities Research Council"],
        ),
    ],
)
def test_a_council_of_a_place_after_and_is_a_name_of_its_own(text: str, names: list[str]) -> None:
    assert mentions(text) == names
