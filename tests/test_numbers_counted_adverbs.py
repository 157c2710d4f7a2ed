"""The ``numbers`` field: an "-ly" adverb alone after a count, before the clause's verb, is
no counted phrase ("hundreds peacefully marched" counts nothing, not "peacefully"), while a
noun in "-ly" is (``data/ly_nouns.txt``: "two family members") and an adverb before its phrase's
noun stays in it ("42 randomly picked districts")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("On Sunday, hundreds peacefully marched to City Hall.", "hundreds", None),
        ("Only one previously served in the cabinet.", "one", None),
        ("At least one apparently fled the scene.", "one", None),
        ("Her speech echoed one once given by Lincoln.", "one", None),
        ("It was the first truly free vote in decades.", "first", "truly free vote"),
        ("The audit checked 42 randomly picked districts.", "42", "randomly picked districts"),
        ("They housed two family members.", "two", "family members"),
        # adverbs of likelihood anywhere, of frequency after the noun, end the phrase
        ("The city's third ward perhaps gives the clearest view.", "third", "ward"),
        ("Twenty maybe thirty people came.", "Twenty", None),
        ("She owns one of the old barges and always moors it here.", "one", "old barges"),
        ("The 40 guards often work nights.", "40", "guards"),
        ("Two never-married women applied.", "Two", "never-married women"),
    ],
)
def test_an_adverb_alone_counts_nothing(text: str, span: str, counted: str | None) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("They moved in with one family in Ohio.", "one", "family"),
        ("It was his first rally in Iowa.", "first", "rally"),
        ("He lost the one ally he had in the Senate.", "one", "ally"),
    ],
)
def test_a_noun_in_ly_is_no_verb(text: str, span: str, counted: str) -> None:
    """A noun of ``data/ly_nouns.txt`` before a function word is counted, not read as an
    adverb or a verb that ends the phrase ("one family in Ohio")."""
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("The visitors lead by 58 ahead of the last day's play.", "58", None),
        ("She is now only 3.5 ahead of the governor in the poll.", "3.5", None),
        ("Keep a gap between your bike and the one ahead of it.", "one", None),
        ("The coach told him to pitch six tomorrow.", "six", None),
        ("Two candidates ahead of her dropped out.", "Two", "candidates"),
    ],
)
def test_ahead_and_tomorrow_are_no_noun(text: str, span: str, counted: str | None) -> None:
    """ "ahead" and "tomorrow" never are what a number counts, right after it either."""
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("The franc ended at 1.5312 late Tuesday in Zurich.", "1.5312", None),
        ("The index rose 12 early Monday in thin trade.", "12", None),
        ("The home side led 3 early in the second half.", "3", None),
        ("Rent for the flat was paid 4 late.", "4", None),
        ("The visitors scored two late goals in Leeds.", "two", "late goals"),
        ("She was one early backer of the plan.", "one", "early backer"),
    ],
)
def test_late_before_a_time_is_no_noun(text: str, span: str, counted: str | None) -> None:
    """ "late" right after a number, before a time, a function word or the end, says when
    something happened and is no counted phrase ("two late goals" are), as "early", an -ly
    word before them, is not."""
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        ("On farm subsidies the two often disagree.", "two", None),
        ("As any sailor says, one never knows.", "one", None),
        ("On tariffs the two sharply differ.", "two", None),
        ("The panel named a judge and one soon to be sworn in.", "one", None),
        ("Whether it costs 30 or 45 hardly changes the plan.", "45", None),
        ("Of the 40 members, nine rarely vote.", "nine", None),
        # an adverb before a noun, or an "-ly" adjective before its noun, stays in the phrase
        ("They have two often noisy neighbours.", "two", "often noisy neighbours"),
        ("Crews fought two really big fires.", "two", "really big fires"),
        ("One elderly man waved from the bridge.", "One", "elderly man"),
        ("The county held two costly recounts.", "two", "costly recounts"),
    ],
)
def test_an_adverb_and_one_word_after_a_count_count_nothing(
    text: str, span: str, counted: str | None
) -> None:
    """An adverb and a verb or an adjective after a count are the predicate of the count,
    its subject: an adverb of ``data/predicate_adverbs.txt`` ("often", "never") before any
    word, another "-ly" word after a count above one before no plural noun."""
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
