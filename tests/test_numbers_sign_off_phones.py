"""The ``numbers`` field: the phone number after the newsroom, bureau, telephone or fax it
reaches, closing a line as a wire story's sign-off does, is no quantity
(``data/identifiers.tsv``); a number after such a word inside a sentence stays."""

from __future__ import annotations

import pytest

from number_checks import facts


@pytest.mark.parametrize(
    "text",
    [
        "-- Oslo Newsroom +47 22 55 01 42",
        "-- Reuters Halifax Bureau ( 902 ) 555-0199\n",
        "-- Bucharest Newsroom 40-1 5550123",
        "-- Freight Newsroom Tel+44 161 555 0182 Fax +44 161 555 0117",
        "Telephone : ( 6231 ) 555-0164 .\nFax : ( 6231 ) 555-0104 .\n",
        "-- Dhaka Newsroom 880-2-555012",
    ],
)
def test_a_sign_off_s_phone_number_is_no_quantity(text: str) -> None:
    assert facts(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The Bureau 300 staff left.", [("300", 300, "count", None, None)]),
        ("He flew to Tel Aviv 3 times.", [("3", 3, "count", "count", None)]),
        (
            "The sign-off read: Dublin Newsroom.\nSales rose 4 percent.",
            [("4 percent", 4, "percent", "percent", None)],
        ),
    ],
)
def test_a_number_after_such_a_word_in_a_sentence_stays(
    text: str, rows: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert facts(text) == rows
