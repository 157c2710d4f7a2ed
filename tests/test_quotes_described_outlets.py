"""The ``quotes`` field: an outlet told the words that a noun for one names, maybe after
words describing it ("told German newspaper Bild", "told the newspaper";
``data/outlet_nouns.txt``): its name after the noun is the quote's channel, else the noun."""

from __future__ import annotations

import pytest

from quote_checks import quotes


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # the outlet's name after the noun and the words describing it
        ("“We are not for sale,” Mira Kovac told German newspaper Bild.", "Bild"),
        ("“The talks are over,” the minister told public broadcaster NRK.", "NRK"),
        ("“We will rebuild,” Ana Ruiz told the Lyon daily Le Progrès on Monday.", "Le Progrès"),
        ("“We are ready,” the envoy told state broadcaster RTS.", "RTS"),
        # ... or the noun alone
        ("“I never wanted to leave,” Tom Reyes told the newspaper.", "newspaper"),
        ("“It was chaos,” a neighbor told a local television station.", "local television"),
        ("“We were amazed,” the surgeon told the regional daily.", "daily"),
        ("“It hurts,” the coach told the paper Tuesday.", "paper"),
        ("“It hurts,” the coach told the club website after the match.", "website"),
        # an outlet of the organizations field still wins over the noun after it
        ("“We are ready,” Ana Ruiz told Reuters news agency.", "Reuters"),
    ],
)
def test_a_described_outlet_told_the_words_is_the_channel(text: str, channel: str) -> None:
    [quote] = quotes(text)
    assert quote.channel == channel


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case noun after it: the outlet's noun names someone else
        "“We are ready,” Ana Ruiz told the station manager.",
        "“We are ready,” Ana Ruiz told the broadcaster’s website.",
        # the person told, then the clause told: no outlet
        "Ana Ruiz told him the paper was “full of lies.”",
    ],
)
def test_no_outlet_is_read_where_the_noun_is_no_one_told(text: str) -> None:
    [quote] = quotes(text)
    assert quote.channel is None


def test_a_name_after_the_noun_that_opens_the_clause_told_is_no_outlet() -> None:
    [quote] = quotes("Ana Ruiz told the newspaper Tom Lee had “lied to everyone.”")
    assert (quote.speaker, quote.channel) == ("Ana Ruiz", "newspaper")
