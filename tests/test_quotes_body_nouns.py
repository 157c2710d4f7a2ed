"""Who speaks a quote a body's noun alone says ("the company said"): the nearest
organization of that kind the article named before, not one a preposition governs, nor one
named inside a quote; the noun itself when none fits."""

from __future__ import annotations

import pytest

from quote_checks import check


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "mention"),
    [
        # a company's noun: the company named before
        (
            'Brelco Industries cut 300 jobs on Monday. "We regret this decision," the company'
            " said in a statement.",
            "We regret this decision,",
            "Brelco Industries",
            "said",
            "company",
        ),
        # a ministry's noun: the body whose name holds it
        (
            'The Transport Ministry closed the bridge to lorries. "Safety comes first," the'
            " ministry said.",
            "Safety comes first,",
            "Transport Ministry",
            "said",
            "ministry",
        ),
        # a council's noun: the council of that name
        (
            'The Brackley Town Council voted to close the pool. "We had no money left," the'
            " council said.",
            "We had no money left,",
            "Brackley Town Council",
            "said",
            "council",
        ),
        # a network's noun: the broadcaster named before
        (
            'Ortiz blamed CBS for the error. "Our report was accurate," the network said.',
            "Our report was accurate,",
            "CBS",
            "said",
            "network",
        ),
        # a company its analyst works at is not the one spoken of
        (
            "Dunmore Foods Inc. raised its forecast, said Lena Park, an analyst at Carver"
            ' Securities Inc. "Demand held up," the company said.',
            "Demand held up,",
            "Dunmore Foods Inc.",
            "said",
            "company",
        ),
        # a company named inside the quote is not its speaker
        (
            '"Nobody sells more than Brelco Industries," the company said.',
            "Nobody sells more than Brelco Industries,",
            "company",
            "said",
            "company",
        ),
        # no organization of the kind: the noun itself
        (
            'Mayor Ana Ruiz spoke first. "We will appeal," the department said.',
            "We will appeal,",
            "department",
            "said",
            "department",
        ),
    ],
)
def test_body_nouns(text: str, words: str, speaker: str, cue: str, mention: str) -> None:
    check(text, words, speaker, cue, mention)
