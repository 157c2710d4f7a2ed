"""The quick tests the numbers scan makes before a regex answer as the regex would."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st
import pytest

import newsfacts
from newsfacts import Quantity
from newsfacts_numbers import candidates, scan, units
from newsfacts_numbers import patterns as px

# Pieces of what may stand before a number: the phrases that start a candidate ("a",
# "several", "minus", signs, currency prefixes), words sharing their last letters ("of",
# "Kenya", "Bus", "pal"), blanks and marks.
_PIECES = [
    *("a", "A", "an", "several", "minus", "-", "−", ".", "$", "US", "U.S.", "C", "S", "AU"),
    *("Rs", "KSh", "Sh", "Y=", "£", "of", "in", "Kenya", "Bus", "pal", "Canal", "x", "3", "_"),
    *(" ", " ", "  ", "\n", "\u00a0", ",", "("),
]
_BEFORE = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)


@hypothesis.given(_BEFORE, st.sampled_from(["5", "dozen"]))
@hypothesis.settings(max_examples=600, deadline=None)
def test_the_quick_test_before_the_search_backwards_changes_no_answer(
    before: str, hit: str
) -> None:
    text = before + hit
    reach = candidates._BACK_WORD if hit.isalpha() else candidates._BACK
    end = len(before)
    found = reach.pattern.search(text, max(0, end - candidates.BACK_REACH), end)
    if found is not None:
        assert candidates._may_start_before(text, end, reach)


@pytest.mark.parametrize(
    ("text", "number", "value", "currency"),
    [
        ("The fare rose to US $5 on Monday.", "US $5", 5, "USD"),
        ("The bill came to C $12 a head.", "C $12", 12, "CAD"),
        ("Temperatures fell to minus-5 overnight.", "minus-5", -5, None),
        ("She bought a dozen eggs.", "a dozen", 12, None),
        ("Six of 5 boxes (a dozen eggs each) broke.", "a dozen", 12, None),
    ],
)
def test_what_starts_a_number_before_its_digits_or_word(
    text: str, number: str, value: int, currency: str | None
) -> None:
    facts = newsfacts.Extractor(["numbers"]).extract(text).facts["numbers"]
    found = {fact.text: fact for fact in facts if isinstance(fact, Quantity)}
    assert found[number].value == value
    assert found[number].currency == currency


# Pieces of what may follow a number: units ("km", "-point"), words that share their first
# letters ("kin", "pointer"), hyphens, blanks, line breaks, digits and marks ("a 3-0 win").
_AFTER_PIECES = [
    *("km", "kin", "-point", "point", "pointer", "bit", "m", "men", "C", "CENTRAL", "%"),
    *("per", "cent", "US", "U.S.", "gallons", "x", "3", "0", "(", ")", "-", "‑", "/"),
    *(" ", "  ", "\t", "\n", "\u00a0"),
]
_AFTER = st.lists(st.sampled_from(_AFTER_PIECES), max_size=6).map("".join)


@hypothesis.given(_AFTER)
@hypothesis.settings(max_examples=600, deadline=None)
def test_the_quick_tests_before_the_units_pattern_change_no_answer(after: str) -> None:
    if px.UNIT.match(after, 0) is None:
        return
    if after[0] in "-‑":
        assert units._unit_after_hyphen(after, 0)
    elif after[0].isspace():
        assert units._unit_after_space(after, 0, after[0])


@hypothesis.given(_AFTER)
@hypothesis.settings(max_examples=600, deadline=None)
def test_the_units_pattern_after_blanks_matches_as_the_whole_one(after: str) -> None:
    # Where units.unit_at takes it: blanks first, no hyphen after the first
    if after[:1] not in (" ", "\t") or after[1:2] in ("-", "‑"):
        return
    whole, blanks = px.UNIT.match(after, 0), px.UNIT_AFTER_BLANKS.match(after, 0)
    if whole is None:
        assert blanks is None
        return
    assert blanks is not None
    assert blanks.span() == whole.span()
    assert blanks.groups() == whole.groups()


# Pieces of what may follow a number: scales in either case and spelled out ("m", "BN",
# "million"), words that share or lack their first letters ("mile", "per", "years"), blanks,
# hyphens, digits and marks.
_SCALE_PIECES = [
    *("m", "M", "bn", "BN", "k", "K", "million", "Thousand", "lakh", "crore", "dozen"),
    *("mile", "per", "cent", "years", "tonnes", "x", "3", ".", " ", "\t", "\n", "-", "‑"),
]


@hypothesis.given(st.lists(st.sampled_from(_SCALE_PIECES), max_size=5).map("".join))
@hypothesis.settings(max_examples=600, deadline=None)
def test_the_quick_test_before_the_scales_pattern_changes_no_answer(after: str) -> None:
    if px.SCALE.match(after, 0) is not None:
        assert scan._scale_next(after, 0)


@pytest.mark.parametrize(
    ("after", "may"),
    [("m euros", True), (" million", True), ("-billion", True), (" per cent", False)],
)
def test_where_a_scale_may_follow_a_number(after: str, may: bool) -> None:
    assert scan._scale_next("5" + after, 1) is may


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Sales rose 12 percent in May.", "12", (" ", None, "percent")),
        ("The tank holds 1.5 US gallons of fuel.", "1.5", (" US ", "US", "gallons")),
        ("A 5 -km loop opens in spring.", "5", (" -", None, "km")),
        ("She ran 5\tkm before dawn.", "5", ("\t", None, "km")),
        ("They planted 40 trees.", "40", None),
    ],
)
def test_the_unit_after_a_number(
    text: str, number: str, unit: tuple[str, str | None, str] | None
) -> None:
    found = units.unit_at(text, text.index(number) + len(number))
    if unit is None:
        assert found is None
        return
    assert found is not None
    assert found.group(px.UNIT_GAP, px.UNIT_SYSTEM, px.UNIT_NAME) == unit


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The road runs 5 - km east of town.", [("5", "km")]),
        ("They walked a 5-\nkm loop.", [("5", "km")]),
        ("Buses carry 40 - 50\npassengers.", [("40 - 50", None)]),
        ("The home side won 3-0 on Sunday.", []),
    ],
)
def test_units_after_a_hyphen_or_a_line_break(
    text: str, numbers: list[tuple[str, str | None]]
) -> None:
    facts = newsfacts.Extractor(["numbers"]).extract(text).facts["numbers"]
    assert [(fact.text, fact.unit) for fact in facts if isinstance(fact, Quantity)] == numbers
