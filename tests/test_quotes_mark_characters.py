"""A text holding no quote mark at all quotes nothing, and is told so before any pairing
(``marks.article_quotes``: most one-sentence items hold none, not even an apostrophe); each
character a quote is marked with still opens one."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts_quotes.marks import article_quotes
from quote_checks import quotes

MARKED = [
    ('"We will appeal," the lawyer said.', "We will appeal,"),
    ("“We will appeal,” the lawyer said.", "We will appeal,"),
    ("„Wir schaffen das“, sagte die Kanzlerin.", "Wir schaffen das"),
    ("«Nous gagnerons», a dit le ministre.", "Nous gagnerons"),
    ("‘We will appeal,’ the lawyer said.", "We will appeal,"),
    ("'We will appeal,' the lawyer said.", "We will appeal,"),
    ("''We will appeal,'' the lawyer said.", "We will appeal,"),
    ("``We will appeal,'' the lawyer said.", "We will appeal,"),
]


def quoted(text: str) -> list[str]:
    paragraphs = newsfacts.Document.from_article(newsfacts.Article(text=text)).paragraphs
    return [text[span.start : span.close] for span in article_quotes(text, paragraphs)]


@pytest.mark.parametrize(("text", "words"), MARKED)
def test_each_quote_mark_opens_a_quote(text: str, words: str) -> None:
    assert quoted(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Monday to close the road for three weeks.",
        "Le conseil a voté lundi la fermeture de la route pendant trois semaines.",
        "",
    ],
)
def test_a_text_without_a_quote_mark_quotes_nothing(text: str) -> None:
    assert quoted(text) == []


# A closing double mark typed for the opening one at a paragraph's start, where it closes
# nothing, opens the quote: the last of a run of them, an ellipsis maybe after it.
OPENED_BY_A_CLOSING_MARK = [
    (
        "The mayor spoke on Monday.\n\n” … they are simply not ready,” she said. “We will see.”",
        ["… they are simply not ready,", "We will see."],
    ),
    (
        "Readers replied online.\n\n\u202a””Sorry Ana, you should have waited!!” posted Tom Reyes.",
        ["Sorry Ana, you should have waited!!"],
    ),
    ("Readers replied online.\n\n”We will win,” wrote Ana Lee.", ["We will win,"]),
    # No mark closing it: a stray mark, no quote.
    ("The vote was close.\n\n” the mayor said after the count.", []),
]


@pytest.mark.parametrize(("text", "words"), OPENED_BY_A_CLOSING_MARK)
def test_a_closing_mark_opening_a_paragraph_opens_its_quote(text: str, words: list[str]) -> None:
    assert [quote.text for quote in quotes(text)] == words


def test_a_mark_ending_a_tags_attribute_opens_nothing() -> None:
    # (a saved page's markup, a line break inside the tag: the mark after it opened a quote)
    text = (
        "Ana Ruiz praised the plan online.\n\n"
        '<tweet tweet-author="@anaruiz" tweet-date="May 9, 2016\n">We will build the bridge'
        " this year. Thank you all!<tweet/>.\n\nTom Lee disagreed."
    )
    assert quotes(text) == []


# Two opening marks in a row open one quote, which ends at its closing mark, not at the
# paragraph's end past its attribution.
DOUBLED_OPENINGS = [
    (
        'Is it a two-way race?\n\n"“You don’t win the race by how many towns you win,” Ruiz'
        ' replied before adding that she will need some big cities in May."',
        "You don’t win the race by how many towns you win,",
        "Ruiz",
    ),
    (
        "Lee proposes new words for the platform: ““Crime poses a real threat to every family"
        " in the county.”",
        "Crime poses a real threat to every family in the county.",
        "Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DOUBLED_OPENINGS)
def test_two_opening_marks_in_a_row_open_one_quote(text: str, words: str, speaker: str) -> None:
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [(words, speaker)]


# A double mark after feet, an apostrophe and inches is an inch mark, a height's: no quote
# mark, not even inside a quote.
HEIGHTS = [
    (
        "“He is taller than me; he is like 6’2”,” Ana Ruiz said.",
        ["He is taller than me; he is like 6’2”,"],
    ),
    (
        "“Ruiz is 5’10”. You would never guess it,” Tom Lee said.",
        ["Ruiz is 5’10”. You would never guess it,"],
    ),
    ('Ana Ruiz, who is 6\'2", said: "We played hard tonight."', ["We played hard tonight."]),
]


@pytest.mark.parametrize(("text", "words"), HEIGHTS)
def test_an_inch_mark_quotes_nothing(text: str, words: list[str]) -> None:
    assert quoted(text) == words


def test_the_wire_copys_grave_accents_open_a_quote_it_reports() -> None:
    # Archived wire copy opens a quote with two grave accents and closes it with two
    # apostrophes: each pair is one quote, which is reported (doubled apostrophes, which may
    # open or close, are not).
    text = (
        "``We will fix the harbor wall before the storms,'' the mayor told reporters on Friday."
        " ``Every family on the quay will be safe.''\n\n"
        "Engineers said the survey rates each pier as ``sound,'' ``weak'' or ``closed.''"
    )
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [
        ("We will fix the harbor wall before the storms,", "mayor"),
        ("Every family on the quay will be safe.", "mayor"),
        ("sound,", "Engineers"),
        ("weak", "Engineers"),
        ("closed.", "Engineers"),
    ]
    # a speech over two paragraphs, the next one opening with the grave accents
    text = (
        "The mayor said: ``We will rebuild the bridge this year.\n\n``Nobody will be left behind.''"
    )
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [
        ("We will rebuild the bridge this year.", "mayor"),
        ("Nobody will be left behind.", "mayor"),
    ]


def test_a_straight_mark_after_no_blank_closes_the_straight_quote_left_open() -> None:
    # A quote inside one in straight marks takes single marks: a straight mark right after a
    # comma, while a straight quote is open, closes it (the space after it left out); it
    # opened a quote inside the first, which then ran on to the paragraph's end.
    text = (
        "The union launched its campaign.\n\n"
        "\"Our members were promised a raise in spring and 'a fair deal for all,' yet the board"
        ' keeps moving the date,"Tom Baxter, who leads the union, said on Monday.'
        ' "Patience is running out on every shift."'
    )
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [
        (
            "Our members were promised a raise in spring and 'a fair deal for all,' yet the board"
            " keeps moving the date,",
            "Tom Baxter",
        ),
        ("Patience is running out on every shift.", "Tom Baxter"),
    ]
    # with no quote open, such a mark opens one, as before
    assert [quote.text for quote in quotes('Ana Ruiz said,"We will win."')] == ["We will win."]


def test_grave_accents_inside_a_quote_they_opened_end_it() -> None:
    # The wire copy quotes inside a quote with one grave accent: two inside a quote they
    # opened mean it was left open at a paragraph break the text lost. It ends there; it
    # ran on past the next quote and its attribution to the end of the text.
    text = (
        "The envoy spoke after the talks. Replied ministry spokeswoman Dana Welch, ``We have"
        " not studied the letter closely but it reads like an old complaint. ``We expect the"
        " talks to go on next week.'' Ships waited in the harbor. ``We are here for the long"
        " haul,'' said Adm. Tom Reyes."
    )
    assert [(quote.text, quote.speaker) for quote in quotes(text)] == [
        (
            "We have not studied the letter closely but it reads like an old complaint.",
            "Dana Welch",
        ),
        ("We expect the talks to go on next week.", "Dana Welch"),
        ("We are here for the long haul,", "Tom Reyes"),
    ]
