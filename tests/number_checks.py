"""What the tests of the numbers field share (``tests/test_numbers*.py``)."""

from __future__ import annotations

from typing import Any

import pytest

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity

EXTRACTOR = newsfacts.Extractor(["numbers"])


def numbers(text: str) -> list[Quantity]:
    """The numbers of ``text`` found by the plugin alone (no dates field to defer to)."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return newsfacts_numbers.extract(document)


# text, value, kind, unit, currency
Row = tuple[str, float | None, str, str | None, str | None]


def facts(text: str) -> list[Row]:
    """What each number of ``text`` is, as a :data:`Row`."""
    return [(q.text, q.value, q.kind, q.unit, q.currency) for q in numbers(text)]


def only(text: str) -> Quantity:
    """The one number of ``text``."""
    [quantity] = numbers(text)
    return quantity


def written(text: str, span: str) -> Quantity:
    """The last number of ``text`` written ``span``."""
    return [q for q in numbers(text) if q.text == span][-1]


def check_phrase(phrase: str, expected: dict[str, Any]) -> None:
    """The one number of ``phrase`` (the one written ``expected["text"]`` if it holds more)
    has the attributes ``expected``: a subset of them."""
    found = [q for q in numbers(phrase) if q.kind != "ordinal" or expected.get("kind")]
    if "text" in expected:  # the phrase has other numbers too
        found = [q for q in found if q.text == expected["text"]]
    assert len(found) == 1, found
    quantity = found[0]
    for name, value in expected.items():
        if isinstance(value, float):
            assert getattr(quantity, name) == pytest.approx(value), name
        else:
            assert getattr(quantity, name) == value, name
