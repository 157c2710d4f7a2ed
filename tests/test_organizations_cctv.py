"""The organizations field on "CCTV": closed-circuit television before its gear or its
pictures ("CCTV footage", "CCTV cameras"), no organization; China's broadcaster otherwise
(``data/common_readings.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police are studying CCTV footage of the attack.", []),
        ("He had CCTV cameras put up outside his shop.", []),
        ("CCTV reported that the talks had ended.", [("CCTV", "media")]),
    ],
)
def test_cctv_before_its_gear_is_no_broadcaster(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    facts = EXTRACTOR.extract(text).organizations
    assert [(fact.text, fact.kind) for fact in facts] == expected
