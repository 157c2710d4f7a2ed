""" "within" before an amount of time is a preposition, no part of the expression: TimeML
leaves a preposition out of a TIMEX3 (it is a signal), as TimeBank marks "within a week" as
"a week"; the expression keeps the mod ``EQUAL_OR_LESS`` "within" gives it. "up to", "at
most" and "no more than" are modifiers, part of the expression.

Each row reads: this sentence holds this expression, of this type, value and mod. The
sentences are of the kind wire copy writes.
"""

from __future__ import annotations

import pytest

from date_checks import THURSDAY, check_mod, dates

# sentence, expression, type, value, mod
Row = tuple[str, str, str, str, str | None]

WITHIN: list[Row] = [
    (
        "The board ordered the traders to clear out within a week, from noon Tuesday.",
        "a week",
        "DURATION",
        "P1W",
        "EQUAL_OR_LESS",
    ),
    (
        "The fund now must sell the shares within five years, the new rules say.",
        "five years",
        "DURATION",
        "P5Y",
        "EQUAL_OR_LESS",
    ),
    (
        "Officials hope to recover the remains within the next two weeks.",
        "the next two weeks",
        "DURATION",
        "P2W",
        "EQUAL_OR_LESS",
    ),
    (
        "If the club fails to lodge a protest within 14 days, the result will stand.",
        "14 days",
        "DURATION",
        "P14D",
        "EQUAL_OR_LESS",
    ),
    (
        "Within half an hour, police had sealed off the promenade.",
        "half an hour",
        "DURATION",
        "PT30M",
        "EQUAL_OR_LESS",
    ),
    (
        "The company expects to resume shipments within two to three weeks.",
        "two to three weeks",
        "DURATION",
        "P2W",
        "EQUAL_OR_LESS",
    ),
    # modifiers, no prepositions: part of the expression
    (
        "Suspects can be held for up to 90 days without charge.",
        "up to 90 days",
        "DURATION",
        "P90D",
        "EQUAL_OR_LESS",
    ),
    (
        "The strike lasted at least 30 days.",
        "at least 30 days",
        "DURATION",
        "P30D",
        "EQUAL_OR_MORE",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "kind", "value", "mod"), WITHIN)
def test_within_is_no_part_of_the_expression(
    sentence: str, expression: str, kind: str, value: str, mod: str | None
) -> None:
    check_mod(sentence, expression, THURSDAY, kind, value, mod)
    seen = [fact.text for fact in dates(sentence, THURSDAY)]
    assert not any(text.lower().startswith("within") for text in seen), seen
