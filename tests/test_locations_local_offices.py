"""The locations field on a town before the title of one of its officers, as local news
writes them: the title is no part of a name, as "Mayor" and "Sheriff" are not
(``role_words.txt``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bozeman Superintendent Casey Hale said classes would resume on Monday.",
            [("Bozeman", "Bozeman")],
        ),
        (
            "Tucson Director of Transportation Ann Polk said the road would reopen.",
            [("Tucson", "Tucson")],
        ),
        ("Evanston Alderman Tom Reyes voted against the plan.", [("Evanston", "Evanston")]),
        (
            "Missoula County Administrator Ed Kane retired on Friday.",
            [("Missoula County", "Missoula County")],
        ),
        # as before: a title the table already held
        ("Boise Clerk Dana Cole certified the results.", [("Boise", "Boise")]),
    ],
)
def test_a_town_before_its_officers_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(place.text, place.name) for place in places(text)] == expected
