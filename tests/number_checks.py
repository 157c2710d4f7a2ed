"""What the tests of the numbers field share (``tests/test_numbers*.py``)."""

from __future__ import annotations

import newsfacts
import newsfacts_numbers
from newsfacts import Quantity

EXTRACTOR = newsfacts.Extractor(["numbers"])


def numbers(text: str) -> list[Quantity]:
    """The numbers of ``text`` found by the plugin alone (no dates field to defer to)."""
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    return newsfacts_numbers.extract(document)


def only(text: str) -> Quantity:
    """The one number of ``text``."""
    [quantity] = numbers(text)
    return quantity
