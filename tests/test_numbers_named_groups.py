"""The ``numbers`` field: a number word naming a tournament or an alliance is no count, also
when it opens a sentence ("Six Nations champions Ireland"; ``data/identifiers.tsv``), while a
number word opening a sentence before a lower-case noun still counts."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Six Nations champions Ireland will play France in Paris.", []),
        ("Four Nations rugby returns to Leeds in November.", []),
        ("Five Eyes ministers met in Ottawa.", []),
        ("Ireland won three Six Nations matches.", ["three"]),
        # no name: a count
        ("Six nations signed the pact on Friday.", ["Six"]),
        ("Six people were hurt in the crash.", ["Six"]),
    ],
)
def test_a_number_word_naming_a_group_is_no_count(text: str, counts: list[str]) -> None:
    assert [q.text for q in numbers(text) if q.kind == "count"] == counts
