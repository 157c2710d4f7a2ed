"""A tax, a poll or a pipeline named like a small town is no mention of the town: "the
Cadillac tax" (a levy on costly health plans), "a Gallup poll" (a pollster's), "the
Keystone pipeline" (data/product_nouns.tsv, scope "town"). A state's or a big city's name
before these nouns is the place's: "an Iowa poll", "the Texas tax", "the Houston pipeline"."""

from __future__ import annotations

import pytest

from location_checks import places

# (text, the places found: (mention, canonical name, country))
NAMED_NOUNS = [
    # a small town's name before the noun: no place
    ("Unions in Michigan fought the Cadillac tax for years.", [("Michigan", "Michigan", "US")]),
    (
        "Ranchers in Nebraska marched against the Keystone pipeline.",
        [("Nebraska", "Nebraska", "US")],
    ),
    ("A new Gallup poll of voters in Ohio found a tie.", [("Ohio", "Ohio", "US")]),
    # a state's or a big city's name: the place
    ("An Iowa poll showed the race was close.", [("Iowa", "Iowa", "US")]),
    ("Drillers paid the Texas tax on every barrel.", [("Texas", "Texas", "US")]),
    ("Crews repaired the Houston pipeline overnight.", [("Houston", "Houston", "US")]),
    # the town's name elsewhere in the sentence stays the town
    (
        "Voters in Keystone, Colorado, backed the plan.",
        [("Keystone", "Keystone", "US"), ("Colorado", "Colorado", "US")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_NOUNS)
def test_a_tax_a_poll_or_a_pipeline_named_like_a_town(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f.text, f.name, f.country_code) for f in places(text)] == expected
