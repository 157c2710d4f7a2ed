"""The ``numbers`` field: an ordinal whose suffix a space parts from its digits, as a web
page's superscript reads once its tags are gone ("38<sup>th</sup>" is "38 th"), is an
ordinal ("his 38 th win" ranks a win, not 38 counted "th win"); only the suffix the
number's last digits take, in lower case ("42 St" is a street)."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It was the trainer's 38 th win at the meeting.", [("38 th", "ordinal", 38, "win")]),
        ("The fair marks its 21 st year.", [("21 st", "ordinal", 21, "year")]),
        ("She finished 2 nd in the final.", [("2 nd", "ordinal", 2, None)]),
        ("The club's 23 rd renewal was signed.", [("23 rd", "ordinal", 23, "renewal")]),
        ("It was the 11 th time he won.", [("11 th", "ordinal", 11, "time")]),
    ],
)
def test_a_spaced_suffix_makes_an_ordinal(
    text: str, found: list[tuple[str, str, int, str | None]]
) -> None:
    assert [(q.text, q.kind, q.value, q.counted) for q in numbers(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "There were 11 st and 12 nd.",  # not the suffix the digits take
        "They met at 42 St and Lexington.",  # in capitals
        "We saw 21 stations.",  # a word
    ],
)
def test_no_ordinal_without_the_digits_suffix(text: str) -> None:
    assert [q.text for q in numbers(text) if q.kind == "ordinal"] == []
