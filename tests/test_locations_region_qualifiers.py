"""The locations field on a town qualified by a part of Wales ("Bangor, North Wales"): the
parts of Wales carry Wales's code (tools/gazetteer_corrections.tsv), so the region votes for
the Welsh town over a larger namesake elsewhere in the UK, as "Wales" would."""

from __future__ import annotations

import pytest

from location_checks import places

# (text, the first place found: text, latitude, longitude)
TOWNS: list[tuple[str, tuple[str, float, float]]] = [
    # not Bangor, County Down, three times its size
    ("A lecturer from Bangor, North Wales, won the prize.", ("Bangor", 53.2275, -4.1294)),
    # not Holywell, Hertfordshire
    ("Shops in Holywell, North Wales, closed early on Friday.", ("Holywell", 53.2747, -3.229)),
    # the Welsh towns that were read so before
    ("Police were called to a house in Rhyl, North Wales.", ("Rhyl", 53.3193, -3.4923)),
    ("The plant in Newport, South Wales, will close.", ("Newport", 51.5877, -2.9983)),
    ("Traders in Newtown, Mid Wales, counted the cost.", ("Newtown", 52.5167, -3.3)),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS)
def test_town_in_a_part_of_wales(text: str, expected: tuple[str, float, float]) -> None:
    first = places(text)[0]
    assert (first.text, first.latitude, first.longitude) == expected


def test_the_region_stays_a_region() -> None:
    found = places("A lecturer from Bangor, North Wales, won the prize.")
    assert [(p.text, p.name, p.kind, p.country_code) for p in found] == [
        ("Bangor", "Bangor", "city", "GB"),
        ("North Wales", "North Wales", "region", "GB"),
    ]


def test_bangor_alone_is_still_the_larger_town() -> None:
    first = places("Police in Bangor arrested a man on Monday.")[0]
    assert (first.text, first.latitude, first.longitude) == ("Bangor", 54.6608, -5.668)
