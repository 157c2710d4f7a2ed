from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsfacts import Article, Document
from newsfacts import paragraphs as paragraph_module
from newsfacts import sentences as sentence_module
from newsfacts.sentences import MAX_SENTENCE


def sentences_of(text: str) -> list[str]:
    return [s.text for s in Document.from_article(Article(text=text)).sentences]


NEWS_PROSE = [
    ("Russia fired drones. Kyiv was hit.", ["Russia fired drones.", "Kyiv was hit."]),
    ("Mr Starmer spoke. Mr. Trump did not.", ["Mr Starmer spoke.", "Mr. Trump did not."]),
    ("Gen. Smith and Dr. Jones met.", ["Gen. Smith and Dr. Jones met."]),
    ("It rose 3.5 per cent. Then it fell.", ["It rose 3.5 per cent.", "Then it fell."]),
    ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
    ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
    ("He said no. 10 people left.", ["He said no.", "10 people left."]),
    ("Aid from the U.S. Army arrived.", ["Aid from the U.S. Army arrived."]),
    ("Aid came from the U.S. The EU waited.", ["Aid came from the U.S.", "The EU waited."]),
    ("“We will win.” He left.", ["“We will win.”", "He left."]),
    ("“Why?” he asked.", ["“Why?” he asked."]),
    ('"Go home," she said. "Now."', ['"Go home," she said.', '"Now."']),
    # Wire copy of the 1990s opens quotes with two backticks.
    ("The mill shut. ``We are done,'' he said.", ["The mill shut.", "``We are done,'' he said."]),
    ("The vote is on Jan. 5 in Washington.", ["The vote is on Jan. 5 in Washington."]),
    (
        "Apple Inc. rose. Shares of Apple Inc. fell.",
        ["Apple Inc. rose.", "Shares of Apple Inc. fell."],
    ),
    ("One.\nTwo without a stop\nThree.", ["One.", "Two without a stop", "Three."]),
    # In capitals, an abbreviation before a capitalized word does not end the sentence.
    ("FT. WORTH -- The fair opened.", ["FT. WORTH -- The fair opened."]),
    ("HE WON. THEN HE LEFT.", ["HE WON.", "THEN HE LEFT."]),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_PROSE)
def test_sentences_survive_news_prose(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


# A text of ASCII characters alone has its sentence ends found by the standard library's re,
# any other text by another pattern of re's: a last paragraph with an "é" sends the same
# prose through the other one.
@pytest.mark.parametrize(("text", "expected"), NEWS_PROSE)
def test_sentences_are_the_same_past_ascii(text: str, expected: list[str]) -> None:
    assert sentences_of(text + "\n\nMétro closed.") == [*expected, "Métro closed."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?\"')] ([`\n\t\x0bAJZaz19", max_size=40))
def test_sentence_ends_are_the_same_past_ascii(text: str) -> None:
    ascii_sentences = sentences_of(text)
    assert sentences_of(text + "\n\né")[: len(ascii_sentences)] == ascii_sentences


# A text past ASCII has its sentence ends found by re too, its capitals past ASCII asked of
# the regex module: the same ends as the regex module's pattern, after any white space
# (\x1c is none for it), quote, capital, digit or letter past ASCII.
@settings(max_examples=2000, deadline=None)
@example("Z\x1cA. B")  # not an initial: \x1c is no white space to the regex module
@given(st.text(alphabet=".!?…\"'”’»)] ([“‘«`\n\t\x1c\xa0\u2003AZaÉéǅⅫ٣𝟗1", max_size=24))
def test_sentence_ends_past_ascii_are_the_regex_modules(text: str) -> None:
    def ends(matches: Iterable[re.Match[str] | regex.Match[str]]) -> list[tuple[int, ...]]:
        return [(*match.span(1), match.end()) for match in matches]

    text += "é"
    assert ends(sentence_module._boundaries(text, 0, len(text))) == ends(
        sentence_module._BOUNDARY.finditer(text)
    )


# A paragraph whose only marks are those ending it has no boundary looked for: either
# pattern finds none in such a paragraph, so its sentences are the same.
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".!?…\"'”’»)] ([\n\t\x0bAJZaz19é", max_size=40))
def test_a_paragraph_told_to_have_no_inner_end_has_no_boundary(text: str) -> None:
    for paragraph in Document.from_article(Article(text=text)).paragraphs:
        if sentence_module._no_inner_end(paragraph.text):
            for pattern in (sentence_module._BOUNDARY, sentence_module._ASCII_BOUNDARY):
                assert pattern.search(text, paragraph.start, paragraph.end) is None


def test_paragraphs_are_lines_and_hard_wraps_are_joined() -> None:
    text = "First para, which\ncontinues here.\n\n  Second para.  \nThird."
    document = Document.from_article(Article(text=text))
    assert [p.text for p in document.paragraphs] == [
        "First para, which\ncontinues here.",
        "Second para.",
        "Third.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wrapped line's start after white space, and one in a letter not from a to z
        ("one,\n  two,\n\téclat", ["one,\n  two,\n\téclat"]),
        # One that starts in no lower-case letter starts a paragraph, after joined lines too
        ("one,\ntwo,\nThree,\nfour", ["one,\ntwo,", "Three,\nfour"]),
        ("one,\n2025 was\n  Ⓐ", ["one,", "2025 was", "Ⓐ"]),
        # str.isspace() and str.islower() decide, not the regex module's classes
        ("one,\n\x1cⓐ", ["one,\n\x1cⓐ"]),
        ("one,\x1c\ntwo", ["one,", "two"]),
        # A blank line between, of white space or empty, parts them
        ("one,\n \ntwo", ["one,", "two"]),
        ("one,\n\ntwo", ["one,", "two"]),
        ("a\n" * 5, ["a\na\na\na\na"]),
    ],
)
def test_paragraphs_join_wrapped_lines_as_python_reads_them(text: str, expected: list[str]) -> None:
    document = Document.from_article(Article(text=text))
    assert [p.text for p in document.paragraphs] == expected


# A text none of whose line breaks may join two lines (told by a search of the breaks before
# what may be a lower-case letter) has its lines read by str.split(), not matched one by one:
# the paragraphs are the same either way.
@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="\n\n  \t\x0b\r\x1c\x85\xa0\u2028\u3000aAzé,.;–ⓐª1“", max_size=16))
def test_paragraphs_of_unjoined_lines_are_read_alike(text: str) -> None:
    may_join = paragraph_module._JOIN.search(text) is not None
    assert paragraph_module._may_join(text) == may_join
    if not may_join:
        assert paragraph_module._lines(text) == paragraph_module._joined(text)
    assert paragraph_module.paragraphs(text) == paragraph_module._joined(text)


def test_tokens_keep_numbers_abbreviations_and_compounds_whole() -> None:
    document = Document.from_article(
        Article(text="The U.S. sent 1,000.5 Washington-based O’Malley’s")
    )
    assert [t.text for t in document.tokens] == [
        "The",
        "U.S.",
        "sent",
        "1,000.5",
        "Washington-based",
        "O’Malley’s",
    ]


def test_lookups_by_offset(seed_article: Article) -> None:
    document = Document.from_article(seed_article)
    offset = seed_article.text.index("397")
    sentence = document.sentence_at(offset)
    assert sentence is not None
    assert sentence.text.startswith("Russia fired 397 Shahed")
    paragraph = document.paragraph_at(offset)
    assert paragraph is not None and paragraph.text == sentence.text
    assert [t.text for t in document.tokens_between(sentence.start, sentence.start + 16)] == [
        "Russia",
        "fired",
        "397",
    ]
    assert document.sentence_at(len(seed_article.text) + 5) is None


def test_seed_segmentation(seed_article: Article) -> None:
    document = Document.from_article(seed_article)
    assert len(document.paragraphs) == 23
    assert len(document.sentences) == 24
    assert document.sentences[-1].text.endswith("to the table.” - Agencies")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_segments_point_into_the_text(text: str) -> None:
    document = Document.from_article(Article(text=text))
    for layer in (document.paragraphs, document.sentences, document.tokens):
        previous_end = 0
        for segment in layer:
            assert text[segment.start : segment.end] == segment.text
            assert segment.start >= previous_end and segment.text
            previous_end = segment.end
    for sentence in document.sentences:
        paragraph = document.paragraph_at(sentence.start)
        assert paragraph is not None and sentence.end <= paragraph.end


def test_a_page_without_sentence_ends_is_cut_at_white_space() -> None:
    # A list of names, one line, no full stop: 300 names, 3,900 characters.
    text = " ".join(["Ana Silva, Tom Brown,"] * 150)
    pieces = Document.from_article(Article(text=text)).sentences
    assert len(pieces) == 2
    assert all(len(piece.text) <= MAX_SENTENCE for piece in pieces)
    assert pieces[0].text.startswith("Ana Silva") and pieces[1].text.endswith("Tom Brown,")
    assert text[pieces[0].end] == " " and not pieces[1].text[0].isspace()


def test_a_token_longer_than_a_sentence_stays_whole() -> None:
    text = "-" * (MAX_SENTENCE + 500) + " and then words"
    assert sentences_of(text) == ["-" * (MAX_SENTENCE + 500), "and then words"]


# Long stretches without sentence ends, made of words, marks and (sometimes) white space.
_STRETCHES = st.text(alphabet="ab1,.“‘'- \n", min_size=MAX_SENTENCE, max_size=3 * MAX_SENTENCE)


@settings(max_examples=30, deadline=None)
@given(_STRETCHES)
def test_long_sentences_are_cut_between_tokens(text: str) -> None:
    document = Document.from_article(Article(text=text))
    for token in document.tokens:
        sentence = document.sentence_at(token.start)
        assert sentence is not None and token.end <= sentence.end, token  # no token is cut
    for sentence in document.sentences:
        one_token = len(document.tokens_between(sentence.start, sentence.end)) == 1
        assert len(sentence.text) <= MAX_SENTENCE or one_token
