"""The ``numbers`` field: an age in commas after a noun for one person is in years of age,
when sports pages name the person by position or profiles by trade ("The striker, 27,
scored", "The rapper, 31, was"), as "The driver, 45," always was."""

from __future__ import annotations

import pytest

from number_checks import facts

_AGE = "year of age"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The striker, 27, scored 19 goals last term.", ("27", 27, "measure", _AGE, None)),
        ("The star, 34, signed a new contract.", ("34", 34, "measure", _AGE, None)),
        ("Their captain, 29, was sent off.", ("29", 29, "measure", _AGE, None)),
        ("The quarterback, 25, threw two touchdowns.", ("25", 25, "measure", _AGE, None)),
        ("The rapper, 31, was arrested in Atlanta.", ("31", 31, "measure", _AGE, None)),
        ("The jockey, 19, rode his first winner.", ("19", 19, "measure", _AGE, None)),
        ("The driver, 45, was taken to hospital.", ("45", 45, "measure", _AGE, None)),
        # rulers, offices and callings
        ("The king, 76, is being treated for cancer.", ("76", 76, "measure", _AGE, None)),
        ("The senator, 81, said he would run again.", ("81", 81, "measure", _AGE, None)),
        ("The actress, 52, won her second award.", ("52", 52, "measure", _AGE, None)),
    ],
)
def test_an_age_after_a_role_is_years_of_age(text: str, row: tuple[object, ...]) -> None:
    assert row in facts(text)
