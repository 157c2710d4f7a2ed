"""The locations field on an English county's council, "X County Council": the county of
England, not the US county named alike, and the towns named with it in Britain too; a US
county with a council of that name where its state is named in the sentence
(county_councils.py)."""

from __future__ import annotations

import pytest

from location_checks import places

# (text, each place found: text, name, kind, country code)
COUNCILS: list[tuple[str, list[tuple[str, str, str, str | None]]]] = [
    (
        "Kent County Council said the road through Maidstone would close for a month.",
        [("Kent County", "Kent", "admin", "GB"), ("Maidstone", "Maidstone", "city", "GB")],
    ),
    (
        "Essex County Council said the A12 near Chelmsford would close.",
        [("Essex County", "Essex", "admin", "GB"), ("Chelmsford", "Chelmsford", "city", "GB")],
    ),
    (
        "A spokesman for Suffolk County Council said Ipswich schools would reopen.",
        [("Suffolk County", "Suffolk", "admin", "GB"), ("Ipswich", "Ipswich", "city", "GB")],
    ),
    # the county that "County" opens: Durham alone is the city
    (
        "Durham County Council approved the plan for Bishop Auckland.",
        [
            ("Durham County", "County Durham", "admin", "GB"),
            ("Bishop Auckland", "Bishop Auckland", "city", "GB"),
        ],
    ),
    # a US county's council, its state named
    (
        "Sussex County Council in Georgetown, Del., approved the rezoning near Lewes.",
        [
            ("Sussex County", "Sussex County", "admin", "US"),
            ("Georgetown", "Georgetown", "city", "US"),
            ("Del.", "Delaware", "admin", "US"),
            ("Lewes", "Lewes", "city", "US"),
        ],
    ),
    # no council after the name: the US county
    (
        "The Kent County Board of Commissioners met in Grand Rapids.",
        [
            ("Kent County", "Kent County", "admin", "US"),
            ("Grand Rapids", "Grand Rapids", "city", "US"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNCILS)
def test_english_county_councils(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert [(p.text, p.name, p.kind, p.country_code) for p in places(text)] == expected
