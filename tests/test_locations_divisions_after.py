"""The locations field on a list of divisions named after their plural noun and an opener
("the counties of", ", including", "such as"): each name is the division of that kind, not
the town or the state of its name, as in the list written before the noun ("Ottawa and
Allegan counties")."""

from __future__ import annotations

import pytest

from location_checks import by_text


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers painted fences in the rural counties of Ottawa and Allegan this spring.",
        "Volunteers painted fences in rural counties, including Ottawa and Allegan.",
        "Volunteers painted fences in rural counties such as Ottawa and Allegan.",
        "Volunteers painted fences in Ottawa and Allegan counties this spring.",
    ],
)
def test_the_names_after_the_noun_are_counties(text: str) -> None:
    found = by_text(text)
    assert [(found[name].name, found[name].kind) for name in ("Ottawa", "Allegan")] == [
        ("Ottawa County", "admin"),
        ("Allegan County", "admin"),
    ]


def test_a_list_of_parishes_after_including() -> None:
    found = by_text(
        "HOUMA, La. — Crews sandbagged low roads in coastal parishes, including Cameron,"
        " Vermilion and Terrebonne, before the storm."
    )
    assert [
        (found[name].name, found[name].latitude, found[name].longitude)
        for name in ("Cameron", "Vermilion", "Terrebonne")
    ] == [
        ("Cameron Parish", 29.8969, -93.3336),
        ("Vermilion Parish", 30.0334, -92.2722),
        ("Terrebonne Parish", 29.5655, -90.6837),
    ]


def test_a_state_after_the_noun_names_its_own_divisions() -> None:
    # "the counties of Ohio" are Ohio's: the state stays the state, and no list follows
    found = by_text("Turnout rose in the counties of Ohio and Kentucky this spring.")
    assert [(found[name].name, found[name].kind) for name in ("Ohio", "Kentucky")] == [
        ("Ohio", "admin"),
        ("Kentucky", "admin"),
    ]


def test_no_opener_no_list() -> None:
    # "counties near Ottawa": the city the counties lie near, read as before
    found = by_text("Two counties near Ottawa, Ont., banned the sale on Monday.")
    assert (found["Ottawa"].name, found["Ottawa"].kind) == ("Ottawa", "city")
