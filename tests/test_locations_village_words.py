"""The locations field on a village named like a word the article writes in lower case: the
word rejects the village alone ("The economy of Economy grew"), not one its state qualifies
(``town_checks.village_common_word``). The first sentence from a 1989 Wall Street Journal
report on Nestle (TimeBank), the others written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            '"We are proud to keep our Harlan Foods offices here," said Ann Kerr, '
            "president of Harlan Foods in Purchase, "
            "N.Y. She said the purchase would close this year.",
            [("Purchase", "Purchase", "city"), ("N.Y.", "New York", "admin")],
        ),
        (
            "The new plant in Economy, Indiana, will help the local economy.",
            [("Economy", "Economy", "city"), ("Indiana", "Indiana", "admin")],
        ),
        ("The economy of Economy grew in Indiana.", [("Indiana", "Indiana", "admin")]),
    ],
)
def test_a_qualified_village_named_like_a_word_stays(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    assert [(fact.text, fact.name, fact.kind) for fact in places(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Beaches were closed on Sunday as the surf rose.", []),
        ("Villages upriver were flooded overnight.", []),
        ("Crossings at the border fell by a third.", []),
        (
            "She retired to The Villages, Fla., in 2019.",
            [("The Villages", "The Villages", "city"), ("Fla.", "Florida", "admin")],
        ),
        (
            "Talks in The Hague ended; Hague officials said little.",
            [
                ("The Hague", "The Hague", "city"),
                ("Hague", "The Hague", "city"),
            ],
        ),
        ("Bronx residents protested.", [("Bronx", "The Bronx", "city")]),
    ],
)
def test_a_town_named_the_something_is_named_with_its_article(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    """``town_checks.without_its_article``: a town whose own name opens with "The" is a
    common noun without the article, unless well-known or qualified."""
    assert [(fact.text, fact.name, fact.kind) for fact in places(text)] == found
