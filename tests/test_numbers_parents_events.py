"""The ``numbers`` field: a count of a parent's children read from the parent's noun before it
("a mother of two", "a father-of-three") takes no event of its clause: what the clause tells
happened to the parent ("a mother of two was killed", "a father-of-three has been jailed",
"a grandmother of seven died"), each was an event of the children. A noun after the count
keeps the clause's event ("the parents of two soldiers killed in the raid")."""

from __future__ import annotations

import pytest

from number_checks import check_phrase


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "A mother of two was killed in the crash on Friday.",
            {"value": 2, "counted": "children", "event": None},
        ),
        (
            "A father-of-three has been jailed for robbery.",
            {"value": 3, "counted": "children", "event": None},
        ),
        (
            "Police arrested a mother of four on Tuesday.",
            {"value": 4, "counted": "children", "event": None},
        ),
        (
            "A grandmother of seven died in the blaze.",
            {"value": 7, "counted": "grandchildren", "event": None},
        ),
        # a noun after the count, or no parent before it: the clause's event
        (
            "The parents of two soldiers killed in the raid spoke.",
            {"value": 2, "counted": "soldiers", "event": "killed"},
        ),
        ("Two died in the blaze.", {"value": 2, "counted": None, "event": "killed"}),
        (
            "The crash killed two children and their mother.",
            {"value": 2, "counted": "children", "event": "killed"},
        ),
    ],
)
def test_parents_events(phrase: str, expected: dict[str, object]) -> None:
    check_phrase(phrase, expected)
