"""The ``numbers`` field: "held" says a bare count's people are detained only with what says
so after it ("three are still held in Mali", "held hostage", "held without charge"); an
event held, a thing held or a level held gives a bare count no event ("11 of which were held
in May", "dozens at the gate held banners", "held rates near zero"). A count of people is detained
by "held" as before ("Police held five suspects"). "held" right after a count or its noun,
before an object, is what the counted people did, no detention ("Crowds of mourners held
candles", "the two held talks"); so is an active event verb before an article, a pronoun
or a number ("Four hunters killed a bear")."""

from __future__ import annotations

import pytest

from number_checks import written


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("They planned 30 hearings, 11 of which were held in May.", "11", None),
        ("Dozens at the gate held banners and sang.", "Dozens", None),
        ("The bank has held rates near zero since 2009.", "zero", None),
        ("He has not held one this year.", "one", None),
        ("Of the six trials, the last two were held in private.", "two", None),
        # detained
        ("Five soldiers were freed but three are still held in Mali.", "three", "detained"),
        ("Two were held hostage for a week.", "Two", "detained"),
        ("Four were held without charge.", "Four", "detained"),
        ("Police held five suspects overnight.", "five", "detained"),
        ("The gang held 20 people hostage.", "20", "detained"),
    ],
)
def test_held_detains_a_bare_count_only_with_a_word_of_detention(
    text: str, span: str, event: str | None
) -> None:
    quantity = written(text, span)
    assert quantity.event == event


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("Dozens held placards by the courthouse steps.", "Dozens", None),
        ("Thousands held candles as they walked to the square.", "Thousands", None),
        ("Hundreds of parents held signs at the gate.", "Hundreds", None),
        ("After the vote the two held talks in Oslo.", "two", None),
        ("Dozens of nurses held a vigil outside the clinic.", "Dozens", None),
        ("Police said four killed a bear near the camp.", "four", None),
        # detained or killed, as before
        ("Two held in Lyon over arson attack.", "Two", "detained"),
        ("Three held hostage in a bank for a day.", "Three", "detained"),
        ("Seven suspects held without bail were moved.", "Seven", "detained"),
        ("Twenty protesters were held the same day.", "Twenty", "detained"),
        ("Twelve killed in a bus crash near Quito.", "Twelve", "killed"),
    ],
)
def test_held_or_an_active_verb_with_an_object_is_what_the_counted_did(
    text: str, span: str, event: str | None
) -> None:
    quantity = written(text, span)
    assert quantity.event == event


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("A camera captured Ann Roe at the door before the two drove off.", "two", None),
        ("Of the three clips, one captured by a doorbell camera was shared.", "one", None),
        ("About 30 marchers were captured on video near the gate.", "30", None),
        # seized
        ("Troops captured 40 rebels in the hills.", "40", "detained"),
        ("Two men were captured by police in Ohio.", "Two", "detained"),
        ("Three fighters were captured on Monday near the border.", "Three", "detained"),
    ],
)
def test_a_camera_captures_no_one(text: str, span: str, event: str | None) -> None:
    """A camera's "captured" seizes no one: what records stands before it ("A camera
    captured") or after "on", "by" or "in" and at most three words ("captured on video",
    "captured by a doorbell camera")."""
    quantity = written(text, span)
    assert quantity.event == event


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        ("Two dozen pupils sang at a concert held in the hall on Friday.", "Two dozen", None),
        ("About 30 workers attended a meeting held on Monday.", "30", None),
        ("Hundreds of farmers came to the talks held in the capital.", "Hundreds", None),
        # detained, as before
        ("Five men held in the raid were freed.", "Five", "detained"),
        ("Two men were held after the rally.", "Two", "detained"),
    ],
)
def test_a_gathering_held_detains_no_one(text: str, span: str, event: str | None) -> None:
    """ "held" right after a gathering that is held (``data/held_gatherings.txt``: "a
    concert held", "a meeting held") is its participle: no one is detained."""
    quantity = written(text, span)
    assert quantity.event == event
