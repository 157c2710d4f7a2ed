"""A weekday a headline names is read as the body reads the same words
(``newsfacts_dates.headline_days``): a headline drops the words of a weekday's tense ("Heat
wave to peak Thursday"), which the body's sentence keeps."""

from __future__ import annotations

import newsfacts

EXTRACTOR = newsfacts.Extractor(["dates"])
WEDNESDAY = "2025-07-09"


def values(text: str) -> list[tuple[str, int, str]]:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=WEDNESDAY))
    return [(fact.text, fact.start, fact.value) for fact in result.dates]


def test_the_headline_weekday_is_the_body_s() -> None:
    text = (
        "Heat wave to peak Thursday with highs near 110\n\n"
        "PHOENIX — Thursday is forecast to be the hottest day."
    )
    assert values(text) == [("Thursday", 18, "2025-07-10"), ("Thursday", 58, "2025-07-10")]


def test_a_headline_weekday_the_body_does_not_name_is_read_alone() -> None:
    assert values("Council to vote on budget Thursday\n\nThe council met in private.") == [
        ("Thursday", 26, "2025-07-03")
    ]


def test_a_first_sentence_is_no_headline() -> None:
    text = "The storm hit Thursday.\n\nCrews will return Thursday."
    assert values(text) == [("Thursday", 14, "2025-07-03"), ("Thursday", 43, "2025-07-10")]
