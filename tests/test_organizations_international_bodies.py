"""The organizations field: the European Union's court and agencies and an intergovernmental
agency are international bodies, no state's public body as their head words "Court" and
"Agency" would make them (data/known.tsv). Sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "The World Court will rule on the border dispute next spring.",
            ("World Court", "International Court of Justice", "international"),
        ),
        (
            "Judges in Luxembourg sit on the European Court of Justice, she wrote.",
            (
                "European Court of Justice",
                "Court of Justice of the European Union",
                "international",
            ),
        ),
        (
            "Ministers met at the European Defense Agency to pool drone orders.",
            ("European Defense Agency", "European Defence Agency", "international"),
        ),
        (
            "Wind power grew fastest last year, IRENA said on Monday.",
            ("IRENA", "International Renewable Energy Agency", "international"),
        ),
        # a think tank whose name opens with a listed council's
        (
            "Her paper for the European Council on Foreign Relations came out in June.",
            (
                "European Council on Foreign Relations",
                "European Council on Foreign Relations",
                "ngo",
            ),
        ),
    ],
)
def test_international_bodies_are_of_their_kind(
    text: str, organization: tuple[str, str, str | None]
) -> None:
    assert found(text) == [organization]
