"""The numbers plugin's quick tests of a phrase table: the heads a phrase can start (or
end) with, in every case variant the patterns match."""

from __future__ import annotations

import pytest

from newsfacts_numbers.lexicon import folded_heads

HEADS = [
    (["per cent", "percent", "pct"], {}, {"pe", "pE", "Pe", "PE", "pc", "pC", "Pc", "PC"}),
    (
        ["km", "Kilometres"],  # "km" as written, "Ki" in any case (İ; K, the Kelvin sign)
        {"case_aware": True},
        {"km", "ki", "kI", "k\u0130", "Ki", "KI", "K\u0130", "\u212ai", "\u212aI", "\u212a\u0130"},
    ),
    (["US$", "A$"], {"end": True}, {"S$", "s$", "ſ$", "A$", "a$"}),
]


@pytest.mark.parametrize(("phrases", "options", "expected"), HEADS)
def test_the_heads_of_a_quick_test_are_every_case_variant(
    phrases: list[str], options: dict[str, bool], expected: set[str]
) -> None:
    assert folded_heads(phrases, **options) == expected
