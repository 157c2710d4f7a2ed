"""The organizations field on "the Amazon" before a noun of its places, as climate and
environment news writes it ("talks in the Amazon city", "the Amazon state of Pará"): the
region, no company (``data/the_places.tsv``); the company's own nouns leave it the company
("the Amazon warehouse"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegates agreed on a forest fund after two weeks of talks in the Amazon city.", []),
        ("Police in the Amazon state of Pará arrested 12 loggers on Tuesday.", []),
        ("Leaders of the Amazon countries met in Bogotá.", []),
        ("Workers at the Amazon warehouse in Ohio voted to strike.", ["Amazon"]),
    ],
)
def test_the_amazon_before_a_noun_of_places_is_no_company(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
