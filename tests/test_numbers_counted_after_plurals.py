"""The ``numbers`` field: after a plural noun in lower case, a verb of a plural subject that
is also a noun ("40 workers support the strike"), an adjective or adverb that follows its
noun ("a line four trucks long") and a comparative ("two points closer") end the counted
phrase (``data/after_plural_stops.txt``), and so do they after a nation's people ("8 million
Americans use the drug"), and so does a verb in "-s" ("Survey of 1,000 voters shows"); a
plural that describes the noun after it does not (``data/plural_modifiers.txt``: "the first
jobs report"), nor a noun in the singular ("one child support payment"); right after "one"
the pronoun, a plural noun's form is its verb ("if one counts the fees")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("About 40 workers support the strike in Leeds.", "40", "workers"),
        ("Two videos show the guards at the gate.", "Two", "videos"),
        ("More than 800 volunteers sign up each spring.", "800", "volunteers"),
        ("Some 12,000 soldiers patrol the border.", "12,000", "soldiers"),
        ("The queue stretched four trucks long on Main Street.", "four", "trucks"),
        ("Only 30 senators present voted for the bill.", "30", "senators"),
        ("About 20 pillars bear the weight of the roof.", "20", "pillars"),
        ("Nearly 900 cadets graduate from the academy in June.", "900", "cadets"),
        ("Some 40 lilac bushes bloom along the fence.", "40", "lilac bushes"),
        ("Only 12 runners finish the race each year.", "12", "runners"),
        ("Some 5,000 families reside in the valley.", "5,000", "families"),
        ("He met 18 graduate students and one polar bear.", "18", "graduate students"),
        ("The poll puts two rival candidates closer to the lead.", "two", "rival candidates"),
        # a verb in "-s" of a subject before the number, as a headline writes it
        ("Daily walk of 7,000 steps cuts the risk, study finds", "7,000", "steps"),
        ("Survey of 1,000 voters shows a tight race", "1,000", "voters"),
        ("Fire in 3 homes leaves families without power", "3", "homes"),
        ("She filed 3 news reports and two firearms licenses.", "two", "firearms licenses"),
        # a nation's people, capitalized
        ("About 8 million Americans use the drug.", "8 million", "Americans"),
        ("Some 5,000 Canadians work at the mine.", "5,000", "Canadians"),
        # a plural that describes the noun after it, a noun in the singular
        ("It was the first jobs report of the year.", "first", "jobs report"),
        ("The two arms control treaties expired.", "two", "arms control treaties"),
        ("He made one child support payment in May.", "one", "child support payment"),
    ],
)
def test_a_verb_or_adjective_after_a_plural_ends_what_is_counted(
    text: str, span: str, counted: str
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("If one counts the fees, the cost doubles.", "one", None),
        ("One hopes the talks in Oslo succeed.", "One", None),
        ("As one notes, the lake froze early.", "one", None),
        ("Four were held here and one overseas.", "one", None),
        # "one of", "one or two", a glued word, a plural that describes its noun
        ("One of his sons is a pilot.", "One", "sons"),
        ("He is good at the quick one-liners.", "one", "liners"),
        ("One news report said the mine had closed.", "One", "news report"),
        ("One bus left before dawn.", "One", "bus"),
        ("They counted 1 ballots.", "1", "ballots"),
    ],
)
def test_a_verb_after_one_the_pronoun_is_no_noun(text: str, span: str, counted: str | None) -> None:
    """A plural noun's form right after "one" is the verb of the pronoun, no counted noun."""
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a verb whose past is its base, right after a count of more than one: no noun
        ("He broke the club record of 44 set in 1998.", "44", None),
        ("Payrolls grew by 280,000, above the 190,000 forecast by analysts.", "190,000", None),
        ("Of the 15 cut from the squad, three returned.", "15", None),
        # a noun after one, a noun before its plural, a rank's noun
        ("One set of rules applies to both leagues.", "One", "set of rules"),
        ("She won the first set easily.", "first", "set"),
    ],
)
def test_a_same_form_past_right_after_a_count_is_its_verb(
    text: str, span: str, counted: str | None
) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
