"""The numbers plugin for newsfacts: counts, money, percentages, measures, ordinals and
fractions, normalized, with what they count (see ``docs/fields/numbers.rst``)."""

from __future__ import annotations

from typing import Any

from newsfacts.plugin import DATES, NUMBERS, Document, FactMap, Quantity, Register, hookimpl
from newsfacts_numbers.extract import extract

__all__ = ["extract", "extract_numbers"]


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    # A number inside a date ("2024", "10 July") is part of the date, not a number.
    register(NUMBERS, extract_numbers, needs=[DATES])


def extract_numbers(document: Document, needed: FactMap, options: Any = None) -> list[Quantity]:
    """The quantities of ``document``, outside the dates the dates field found."""
    return extract(document, needed[DATES])
