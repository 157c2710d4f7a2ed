"""The locations field on a place's name before "Mayor": a town's, which has a mayor, not
the state named alike ("Wyoming Mayor Kent Vanderwood" is the mayor of Wyoming, Michigan);
a name with no town's reading keeps its readings (mayors.py)."""

from __future__ import annotations

import pytest

from location_checks import places

# (text, each place found: text, name, kind, country code)
MAYORS: list[tuple[str, list[tuple[str, str, str, str | None]]]] = [
    (
        "GRAND RAPIDS, Mich. — Wyoming Mayor Kent Vanderwood said the city backed the plan.",
        [
            ("GRAND RAPIDS", "Grand Rapids", "city", "US"),
            ("Mich.", "Michigan", "admin", "US"),
            ("Wyoming", "Wyoming", "city", "US"),
        ],
    ),
    (
        "New York Mayor Eric Adams said the subway was safe.",
        [("New York", "New York City", "city", "US")],
    ),
    # after a town and a comma, the province of the town ("SANTA ROSA CITY, Laguna")
    (
        "SANTA ROSA CITY, Laguna Mayor Rosa Dizon opened the new market.",
        [("SANTA ROSA CITY", "Santa Rosa", "city", "PH"), ("Laguna", "Laguna", "admin", "PH")],
    ),
    # no mayor after the name: the state
    (
        "Wyoming lawmakers met in Cheyenne.",
        [("Wyoming", "Wyoming", "admin", "US"), ("Cheyenne", "Cheyenne", "city", "US")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MAYORS)
def test_a_mayors_place_is_a_town(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert [(p.text, p.name, p.kind, p.country_code) for p in places(text)] == expected
