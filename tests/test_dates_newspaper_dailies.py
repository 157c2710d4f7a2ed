"""A "daily" or "weekly" that names a newspaper is no time expression: before a verb of
reporting ("the daily said", "the Harbour weekly reported") or as the noun of a determiner,
maybe a word of the paper's kind between, with a mark right after it ("spoke to the
provincial daily.", "a local weekly,"). The adverb and the adjective stay a set: "updated daily.",
"read the figures daily.", "the daily tally".

Each check reads: this text, published on Thursday 10 July 2025, holds these expressions.
The sentences are of the kind news reports write.
"""

from __future__ import annotations

import pytest

from date_checks import dates


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor is recovering at home, he told reporters from the provincial daily.",
        "The casino owner also controls a popular daily, the country's most read paper.",
        "A local weekly, the Courier, first printed the letter.",
        "The tender was halted, the daily said, citing two officials.",
        "Talks on the port sale have stalled, the Harbour weekly reported.",
        "The company will cut 300 jobs, Wieczorna daily said.",
    ],
)
def test_a_newspaper_is_no_set(sentence: str) -> None:
    assert [fact.text for fact in dates(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The flood map is updated daily.", "P1D"),
        ("Nurses check the figures daily.", "P1D"),
        ("The daily tally of visitors rose to 900.", "P1D"),
        ("The club posts a newsletter weekly, its secretary said.", "P1W"),
    ],
)
def test_the_adverb_and_the_adjective_stay_a_set(sentence: str, value: str) -> None:
    found = [(fact.type, fact.value) for fact in dates(sentence)]
    assert found == [("SET", value)]
