"""Time words inside names: "USA Today", NBC's "Today", "The Tonight Show", the daily Le Monde,
"21st Century Fox"; and a decade word that is an age ("in his fifties").

Each row reads: this sentence holds exactly these time expressions. Prose writes "today" or
"this week" in lower case; capitalized after a capitalized word, or past an expression's first
word, they name a paper, a programme or a film (``newsfacts_dates/names.py``).
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts.explain import in_text_order

EXTRACTOR = newsfacts.Extractor(["dates"])
TRACING = newsfacts.Extractor(["dates"], trace=True)
THURSDAY = dt.date(2025, 7, 10)


def expressions(text: str) -> list[tuple[str, str]]:
    result = EXTRACTOR.extract(newsfacts.Article(text=text, published=THURSDAY))
    return [(fact.text, fact.value) for fact in result.dates]


NAMES = [
    ("The governor told USA Today that she would sign the bill.", []),
    ("The mayor said on NBC's Today show that the roads would reopen.", []),
    ("The minister, speaking on BBC Radio 4's Today programme, said no.", []),
    ("The senator appeared on CBS This Morning to defend the plan.", []),
    ('She spoke on ABC\'s "This Week With Martha Raddatz" about the budget.', []),
    ("The comedian hosted The Tonight Show for two decades.", [("two decades", "P20Y")]),
    ("The French daily Le Monde first reported the talks.", []),
    ("The weekly Der Spiegel printed the letter in 2019.", [("2019", "2019")]),
    ("The film High Noon opened in 1952.", [("1952", "1952")]),
    # a holiday's one-word name going on into another name
    ("Scientists studied the collapse of Easter Island's society.", []),
    ("Easter Seals and other groups sent a letter.", []),
    # a weekday before a paper's or a school's noun
    ("Britain's Sunday Telegraph said the minister would quit.", []),
    ("The Sunday Mirror printed the photographs on Monday.", [("Monday", "2025-07-07")]),
    ("Marta Quill, a Sunday School teacher in Leeds, won the prize.", []),
    ("The vote was close.\nSunday Herald reporters counted the ballots.", []),
    # a paper's name ending in a weekday
    ("The minister told the Mail on Sunday that she would stay.", []),
    ("A poll for The Independent on Sunday put Labour ahead.", []),
    # a weekday as a given name, after "by" or an author's noun
    ("She reviewed a memoir by Wednesday Hale about life uptown.", []),
    ("The novelist Sunday Okafor signed copies in 2021.", [("2021", "2021")]),
    # a weekday ending a quoted title
    ("She told \u201cValley Report Sunday.\u201d The talks went on.", []),
    ("He was asked twice on ''Valley Report Sunday'' about it.", []),
    # a time word quoted alone: a programme's or a film's title
    (
        "The senator told NBC's \u201cToday\u201d on Monday that he would run.",
        [("Monday", "2025-07-07")],
    ),
    ("Ravi Kell joined ''Today'' as an anchor in 2019.", [("2019", "2019")]),
    ("She said \u2018Tonight\u2019 was her best film.", []),
    # capitalized after a lower-case word of prose: a surname, a word of a title
    ("Funds are short, and Daily admitted the hotline could close.", []),
    ("The council backs the Parks of Tomorrow fund in Linford.", []),
    # opening a quote after an owner or "the": a programme's or a crew's name
    ('She read the headlines on KBTV\'s "Nightly Report" until she retired.', []),
    (
        "The senator spoke on WKRT\u2019s \u201cMidday Live\u201d about the budget in 2016.",
        [("2016", "2016")],
    ),
    ('The gang, called the "Midnight Riders," broke up in 1991.', [("1991", "1991")]),
    # a century written with a capital before another capitalized word begins a name
    ("Shares of 21st Century Fox rose in 2019.", [("2019", "2019")]),
    # a decade word after an owner is an age
    ("A hiker in his fifties was rescued near Banff.", []),
    ("Voters in their late thirties backed the mayor.", []),
]

TIMES = [
    ("Today the council voted to close the bridge.", [("Today", "2025-07-10")]),
    ("The council voted today to close the bridge.", [("today", "2025-07-10")]),
    ('"Today we close the bridge," the mayor said.', [("Today", "2025-07-10")]),
    ("Council Votes Today On Bridge Closure And Road Repairs", [("Today", "2025-07-10")]),
    ("The market stayed shut on Christmas Day.", [("Christmas Day", "2024-12-25")]),
    ("The 20th Century saw two world wars.", [("The 20th Century", "19")]),
    ("Rents soared in the Sixties.", [("the Sixties", "196")]),
    (
        "Ferries run daily Monday through Friday.",
        [("daily", "P1D"), ("Monday", "2025-07-07"), ("Friday", "2025-07-11")],
    ),
    ("He moved to the U.S. Today he teaches in Ohio.", [("Today", "2025-07-10")]),
    # a quoted saying that ends with a weekday in lower-case words
    ('The fans chanted "see you on Sunday" as they left.', [("Sunday", "2025-07-06")]),
    # a quote opening with a time word after a verb says it; a word in capitals is stressed
    ('"The city needs a plan NOW!" she said.', [("NOW", "PRESENT_REF")]),
    ('He said "Tonight we celebrate," and left.', [("Tonight", "2025-07-10TNI")]),
    ("Council Meets Tonight On Bridge Closure And Repairs", [("Tonight", "2025-07-10TNI")]),
    # not after "on" or a verb: the capitalized word opens another name
    ("Crowds said on Sunday Times Square was too full.", [("Sunday", "2025-07-06")]),
    ("The firm said Tuesday Express Freight would cut jobs.", [("Tuesday", "2025-07-08")]),
    # a line's start before no paper's noun; "on" a weekday after another paper's name
    ("The vote was close.\nSunday, officials counted the ballots.", [("Sunday", "2025-07-06")]),
    ("The story ran in the Daily Mail on Sunday.", [("Sunday", "2025-07-06")]),
    ("Wales beat Scotland on Sunday in Cardiff.", [("Sunday", "2025-07-06")]),
    # a deadline: a comma, a month or a verb after the capitalized word
    ("The bill must pass by Friday, Reyes said.", [("Friday", "2025-07-11")]),
    ("Officials said by Tuesday Congress would act.", [("Tuesday", "2025-07-15")]),
    ("Bids are due by Monday August 4.", [("Monday August 4", "2025-08-04")]),
    # a quote that opens with the time word, or its possessive
    (
        "\u201cToday,\u201d the mayor said, \u201cwe close the bridge.\u201d",
        [("Today", "2025-07-10")],
    ),
    ("\u201cToday\u2019s vote shows we are united,\u201d she said.", [("Today", "2025-07-10")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES + TIMES)
def test_time_words_in_names_are_no_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert expressions(text) == expected


def test_the_trace_says_which_check_made_it_a_name() -> None:
    text = "The governor told USA Today that she would sign the bill."
    result = TRACING.extract(newsfacts.Article(text=text, published=THURSDAY))
    [decision] = [d for d in in_text_order(result.trace) if d.text == "Today"]
    assert (decision.outcome, decision.reason) == ("name", "after-a-capitalized-word")
    assert [(step.check, step.held, step.evidence) for step in decision.steps] == [
        ("holiday", False, None),
        ("weekday-in-a-title", False, None),
        ("weekday-ending-a-paper", False, None),
        ("weekday-ending-a-title", False, None),
        ("weekday-as-a-given-name", False, None),
        ("headline", False, None),
        ("after-a-capitalized-word", True, "USA"),
    ]
