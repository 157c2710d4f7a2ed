"""The ``numbers`` field: the noun phrase a number counts ends before a verb of what plural
subjects make, earn or carry ("Its two motors produce 670 horsepower" counts "motors", not
"motors produce"), before a word that follows the noun it describes ("150 delegates
short"), before a present tense of a plural subject ("Five states hold
caucuses") and before a past tense written as its base form ("2,000 ballots cast")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Its two motors produce 670 horsepower.", "two", "motors"),
        ("Four factories make the parts in Ohio.", "Four", "factories"),
        ("About 300 workers earn less than $15 an hour.", "300", "workers"),
        ("The 12 ships carry 20,000 containers between them.", "12", "ships"),
        ("The firm's 40 stores employ 900 people.", "40", "stores"),
        # a word that follows the noun it describes
        ("He is still 150 delegates short of a majority.", "150", "delegates"),
        ("There are 1,237 seats available in the hall.", "1,237", "seats"),
        ("Two players ahead of him withdrew.", "Two", "players"),
        ("About 3,000 troops overseas will come home.", "3,000", "troops"),
        ("Millions of workers eligible for overtime gained.", "Millions", "workers"),
        # an irregular past tense
        ("Some 300 veterans laid flowers at the memorial.", "300", "veterans"),
        # a past tense written as its base form
        ("About 2,000 ballots cast by mail were rejected.", "2,000", "ballots"),
        ("One sign read: “Stop the war.”", "One", "sign"),
        ("Two plants shut in May after the floods.", "Two", "plants"),
        ("Some 300 nurses quit last year.", "300", "nurses"),
        # a present tense of a plural subject
        ("Five states hold caucuses in March.", "Five", "states"),
        ("About 4,000 nurses get a raise in July.", "4,000", "nurses"),
        ("Three Senate aides fear a shutdown.", "Three", "Senate aides"),
        ("Thousands of workers lose their jobs each winter.", "Thousands", "workers"),
        ("Some 6,000 kidneys become available each year.", "6,000", "kidneys"),
        (
            "He named three Republican write-in candidates.",
            "three",
            "Republican write-in candidates",
        ),
    ],
)
def test_a_verb_after_the_noun_ends_what_is_counted(text: str, span: str, counted: str) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
