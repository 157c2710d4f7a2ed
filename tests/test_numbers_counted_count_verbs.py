"""The ``numbers`` field: a verb of a plural subject right after a bare count above one, before
a function word, a name that ends the phrase or no word, is the verb of the count, the
subject, and no counted phrase ("only 19 support the plan", "only 19 support Jane Doe." count
nothing); a noun of that form before another noun, a plural
and a noun before an auxiliary stay counted ("two support staff", "in 14 starts but",
"40,000 head were sold")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("Of the 60 delegates, only 19 support the measure.", "19", None),
        ("Around 700 come from the islands.", "700", None),
        ("Nearly 1,200 cast their ballots before noon.", "1,200", None),
        ("The mayors met, and the two spoke about the budget.", "two", None),
        ("None of the four laid out a plan.", "four", None),
        # a name after the verb is its object, when the name ends the phrase
        ("Of the 60 delegates, only 19 support Jane Doe.", "19", None),
        ("Members under 40 back Tom Brown by a wide margin.", "40", None),
        ("Only 12 say Smith will win.", "12", None),
        ("The alliance sent two support NATO missions.", "two", "support NATO missions"),
        ("He has carried 5 support staff and 12 call centers.", "5", "support staff"),
        ("He has carried 5 support staff and 12 call centers.", "12", "call centers"),
        ("The colt won twice in 14 starts but faded late.", "14", "starts"),
        ("Some 40,000 head were sold at the fair.", "40,000", "head"),
        ("Only one plan to cut taxes survived.", "one", "plan"),
    ],
)
def test_a_verb_after_a_bare_count_counts_nothing(
    text: str, span: str, counted: str | None
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("The brothers moved to Lima, where the two worked quietly for years.", "two", None),
        ("The levy is like the one adopted last year by Utah.", "one", None),
        ("Two pumps broke, and the third failed completely.", "third", None),
        ("The two talked at length after the vote.", "two", None),
        # a verb in -ing, before an adverb, a number or a pronoun
        ("About 300 working nightly at the plant joined the union.", "300", None),
        ("She is the one telling him to run.", "one", None),
        ("He left the club after first joining three others.", "first", None),
        # a noun after the past or the -ing word, a noun in -ing
        ("There are two growing concerns.", "two", "growing concerns"),
        ("He scored in the first inning in Boston.", "first", "inning"),
        ("He hired 12 trained nurses in May.", "12", "trained nurses"),
        ("Police said two armed men fled.", "two", "armed men"),
    ],
)
def test_a_past_after_a_bare_count_counts_nothing(
    text: str, span: str, counted: str | None
) -> None:
    """A regular past right after a bare count, before an adverb in -ly, a function word or
    a number, is the count's verb, and so is a verb in -ing before an adverb, a number or a
    pronoun: the count is its subject, nothing is counted."""
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("The talks failed, and the two admit it.", "two", None),
        ("Each summer thousands descend on the harbour town.", "thousands", None),
        ("Programs help teens under 18 engage with local councils.", "18", None),
        ("The rivals met; the two differ on housing.", "two", None),
        ("Of the nine, three insist the vote was fair.", "three", None),
        # after the noun the verb ends the phrase, as there it always did
        ("Four officers deny any wrongdoing.", "Four", "officers"),
    ],
)
def test_a_verb_that_is_never_a_noun_ends_the_phrase(
    text: str, span: str, counted: str | None
) -> None:
    """A verb of ``data/counted_stops.txt`` that is never a noun nor an adjective ("admit",
    "descend", "engage", "differ") right after a count: the count is its subject."""
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
