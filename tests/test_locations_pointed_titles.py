"""The locations field on a town's name after a person's title written with its point ("Mr.
Arlington"): the tokens split the point off, so the check ``person-title`` read the point,
not the title, before the name (:func:`newsfacts_locations.names_around.person_title`). A
point inside the sentence after a title ends no sentence; one that does leaves the next
sentence's first name alone ("the Ministry of Justice. Armenia objected"). A headline of an
obituary, and sentences written for these tests; the plugin run alone, as
without the people field."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Walter Hughes, the mayor fans named 'Mr. Arlington,' is dead at 91.", []),
        ("Ms. Virginia was crowned on Saturday night.", []),
        ("Mr Arlington was crowned on Saturday night.", []),
        # a point that ends a sentence, and a place after a title's own place
        (
            "The party filed its papers at the Ministry of Justice. Moldova objected.",
            [("Moldova", "country")],
        ),
        ("Rep. Dana Holt (R-Marietta) filed the bill.", [("Marietta", "city")]),
    ],
)
def test_a_name_after_a_pointed_title_is_a_persons(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(fact.text, fact.kind) for fact in places(text)] == expected
