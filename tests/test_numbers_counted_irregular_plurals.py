"""The ``numbers`` field: plurals in no "s" ("men", "people", "children", "fishermen") end a
counted phrase before a verb, an adverb or a name as plurals in "s" do ("the two men hardly
spoke" counts "men"), and an event word after a possessive of one person is that person's,
not the count's ("two men came the day after his death" were not killed)."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("The two men hardly spoke during the debate.", "two", "men"),
        ("Two women reportedly left the ship in Oslo.", "Two", "women"),
        ("About 30 people call the hotline each day.", "30", "people"),
        ("Four fishermen Hansen hired were never paid.", "Four", "fishermen"),
        ("He kept two specimen jars on the shelf.", "two", "specimen jars"),
    ],
)
def test_a_plural_in_no_s_ends_what_is_counted(text: str, span: str, counted: str) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted", "event"),
    [
        ("Police said the two men apparently came the day after his death.", "two", "men", None),
        ("Two nurses visited him the week after her arrest.", "Two", "nurses", None),
        ("Two soldiers were killed near the border.", "Two", "soldiers", "killed"),
    ],
)
def test_an_event_after_one_persons_possessive_is_not_the_counts(
    text: str, span: str, counted: str, event: str | None
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert (quantity.counted, quantity.event) == (counted, event)
