"""The ``numbers`` field: a count after "the number of X" and a verb of its level counts X,
its words up to a preposition, a clause or a participle ("the number of people killed rose
to 45" counts people, "the number of confirmed cases has reached 3,400" confirmed cases);
each was a bare count. "A number of" names no count, and a count with its own noun keeps it."""

from __future__ import annotations

import pytest

from number_checks import check_phrase


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "The number of people killed rose to 45 on Monday.",
            {"value": 45, "counted": "people", "event": "killed"},
        ),
        (
            "The number of confirmed cases has reached 3,400.",
            {"value": 3400, "counted": "confirmed cases"},
        ),
        (
            "The number of shops on the high street fell to 212.",
            {"value": 212, "counted": "shops"},
        ),
        (
            "The number of new homes built last year was 212,000.",
            {"value": 212000, "counted": "new homes"},
        ),
        (
            "The number of the rescued sailors stood at 10.",
            {"value": 10, "counted": "rescued sailors"},
        ),
        (
            "The number of dead now stands at more than 1,000.",
            {"value": 1000, "counted": "dead", "qualifier": ">"},
        ),
        # no level verb, a pronoun, or a noun after the count
        ("A number of people were hurt, and 12 were killed.", {"value": 12, "counted": None}),
        ("The number of them rose to 5.", {"value": 5, "counted": None}),
        (
            "The number of staff rose to 40 nurses.",
            {"value": 40, "counted": "nurses"},
        ),
    ],
)
def test_number_of(phrase: str, expected: dict[str, object]) -> None:
    check_phrase(phrase, expected)
