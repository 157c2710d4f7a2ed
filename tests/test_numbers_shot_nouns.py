"""The ``numbers`` field: "shot" right after a count is a noun, a stroke or a try, no wound,
before "of" or after a determiner, a preposition or a verb of having ("finished within one
shot of Park" counts one shot, no one wounded); "two shot dead" and "three shot at a
party" are still counts of victims."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted", "event"),
    [
        ("Lopez, who closed to within one shot of Park, bogeyed the last.", "one", "shot", None),
        ('"That was our one shot," the coach said.', "one", "shot", None),
        ('"We only get one shot at this," he said.', "one", "shot", None),
        ("She won by two shots over Lee.", "two", "shots", None),
        # the count of people a verb "shot" follows
        ("Two shot dead in a bar in the city.", "Two", None, "killed"),
        ("Police said two shot in the raid were in hospital.", "two", None, "wounded"),
        ("Three shot at a party on Friday night.", "Three", None, "wounded"),
    ],
)
def test_shot_after_a_determiner_or_before_of_is_a_stroke(
    text: str, span: str, counted: str | None, event: str | None
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert (quantity.counted, quantity.event) == (counted, event)
