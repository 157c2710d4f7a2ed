"""Tests of the quotes field: the seed article and how quotes are found, split, continued
and attributed."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st
import pytest

import newsfacts
from quote_checks import quotes


def test_seed_quotes(seed_article: newsfacts.Article) -> None:
    found = {quote.text.split()[0]: quote for quote in quotes(seed_article.text)}
    zelenskiy = found["This"]
    assert zelenskiy.text.endswith("Ukrainian cities,")
    assert (zelenskiy.speaker, zelenskiy.cue, zelenskiy.channel) == (
        "Volodymyr Zelenskiy",
        "said",
        "Telegram post",
    )
    isw = found["The"]
    assert isw.text.endswith("Russian aggression,")
    assert (isw.speaker, isw.cue) == ("Institute for the Study of War", "said")
    macron = found["ready"]
    assert (macron.text, macron.speaker, macron.cue, macron.partial) == (
        "ready to go",
        "Emmanuel Macron",
        "described",
        True,
    )
    starmer = found["We"]
    assert starmer.text.endswith("to the table.")
    assert (starmer.speaker, starmer.cue, starmer.partial) == ("Keir Starmer", "said", False)
    assert seed_article.text[starmer.speaker_start : starmer.speaker_end] == "Mr Starmer"
    assert not any(quote.partial for quote in (zelenskiy, isw, starmer))


def test_seed_fragment_is_not_given_to_an_unwilling_speaker(
    seed_article: newsfacts.Article,
) -> None:
    [guarantee] = [q for q in quotes(seed_article.text) if q.text == "security guarantee"]
    assert (guarantee.speaker, guarantee.cue, guarantee.partial) == (
        "European leaders",
        "insisted",
        True,
    )


def test_negated_or_hypothetical_cue_after_a_fragment_attributes_nothing() -> None:
    for text in (
        "The deal was a “historic step”, but Joe Biden would never say so.",
        "The deal was a “historic step”, something Joe Biden refused to say.",
    ):
        # Nobody said it: a short fragment nobody speaks is a scare quote, not reported.
        assert quotes(text) == []


def test_a_name_inside_the_quote_is_no_antecedent_of_its_pronoun() -> None:
    text = (
        "Singer Lola Brandt set social media alight. “President Ortiz has saved so "
        "many jobs,” she tweeted."
    )
    [quote] = quotes(text)
    assert (quote.speaker, quote.cue) == ("Lola Brandt", "tweeted")
    assert text[quote.speaker_start : quote.speaker_end] == "she"


def test_he_and_she_prefer_a_near_person_of_their_gender() -> None:
    text = "Hillary Clinton met Trump on Monday. “It went well,” she said."
    [quote] = quotes(text)
    assert quote.speaker == "Hillary Clinton"


def test_he_and_she_take_a_person_of_unknown_gender_before_a_paragraph_break() -> None:
    text = (
        "“It is a weak report,” said Andrew Grantham, an economist at the bank.\n\n"
        "Governor Lesetja Kganyago said the bank would cut rates. “Lower inflation is good "
        "for the poor,” he told a briefing."
    )
    assert [quote.speaker for quote in quotes(text)] == ["Andrew Grantham", "Lesetja Kganyago"]


def test_unresolved_pronoun_keeps_its_offsets() -> None:
    text = "“Yes,” she said."
    [quote] = quotes(text)
    assert quote.speaker is None
    assert text[quote.speaker_start : quote.speaker_end] == "she"


def test_split_quote_has_one_speaker_for_both_halves() -> None:
    text = "Nancy Pelosi spoke. “We will,” she said, “win this fight.”"
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("We will,", "Nancy Pelosi"),
        ("win this fight.", "Nancy Pelosi"),
    ]


def test_split_quote_speaker_in_the_middle() -> None:
    text = "“We are not finished,” Boris Johnson said. “We are only getting started.”"
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("We are not finished,", "Boris Johnson"),
        ("We are only getting started.", "Boris Johnson"),
    ]


def test_quote_over_several_paragraphs() -> None:
    text = (
        "Elizabeth Warren said:\n\n"
        "“The system is rigged against working families.\n\n"
        "“We are going to change that, and we will start this year.”\n\n"
        "Her rivals disagreed."
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        "The system is rigged against working families.",
        "We are going to change that, and we will start this year.",
    ]
    assert {q.speaker for q in found} == {"Elizabeth Warren"}


def test_multi_paragraph_quote_attributed_at_its_end() -> None:
    text = (
        "“The system is rigged against working families.\n\n"
        "“We are going to change that,” Elizabeth Warren said."
    )
    assert {q.speaker for q in quotes(text)} == {"Elizabeth Warren"}


def test_unclosed_quote_stays_in_its_paragraph() -> None:
    text = "He said \"this will never end.\n\nThe next paragraph is the writer's own words."
    for quote in quotes(text):
        assert "next paragraph" not in quote.text


def test_channels() -> None:
    cases = {
        "“We will respond,” Volodymyr Zelenskiy said in a Telegram post.": "Telegram post",
        "“We will respond,” Volodymyr Zelenskiy said in a statement.": "statement",
        "“We will respond,” Volodymyr Zelenskiy wrote on X.": "X",
        "“We will respond,” Volodymyr Zelenskiy told CNN in an interview.": "interview",
        "“We will respond,” Volodymyr Zelenskiy said at a news conference.": "news conference",
        # a channel in the phrase opening the sentence, set off by a comma
        "In a post on X, Elon Musk wrote: “This is insane.”": "X",
        "In a statement, the company said: “We did nothing wrong.”": "statement",
        # a news outlet told the words, by its name
        "“We're seeing fewer cases,” Dr. Aisha Rahman told CBC News.": "CBC News",
        "“The vote was rigged,” the senator told The Associated Press.": "Associated Press",
        "“We are not leaving,” a spokesman told AFP on Monday.": "Agence France-Presse",
        # (a name that holds its "The")
        "“We are heartbroken,” the victim's mother told The Sun.": "The Sun",
        # ... or in lower case
        "“We will not negotiate,” Foreign Minister Ana Ruiz told state TV.": "state TV",
        "Speaking to the BBC, Keir Starmer said: “We will not be rushed.”": "BBC",
    }
    for text, channel in cases.items():
        [quote] = quotes(text)
        assert quote.channel == channel, text


def test_told_reports_the_clause_of_that_after_whom_and_where() -> None:
    text = (
        "The company's chief financial officer, Priya Nair, told analysts on a conference call"
        " that margins would “improve meaningfully” in the second half."
    )
    [quote] = quotes(text)
    assert (quote.speaker, quote.cue, quote.channel) == ("Priya Nair", "told", "conference call")


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    assert quotes("The so-called “coalition of the willing” met in Paris.") == []
    assert quotes("She starred in “Gone With the Wind” in 1939.") == []
    assert quotes("Jake Tapper said on CNN’s “State of the Union,” that it was over.") == []
    assert quotes("Graham told CBS News’ “Face the Nation.” It was over.") == []
    # a title as the subject of its sentence; speech keeps its closing mark
    text = "“Jurassic World Rebirth” roared to a $147 million debut, Universal Pictures said."
    assert quotes(text) == []
    assert [q.text for q in quotes("“We Will Win,” Ann Lee said.")] == ["We Will Win,"]
    # ... and a title before a comma and "a" or "an" saying what the work is
    assert quotes("“The Quiet Field,” a Norwegian drama about a farmer, won the prize.") == []
    assert [q.text for q in quotes("“Happy Days Are Here,” a supporter said.")] == [
        "Happy Days Are Here,"
    ]


def test_doubled_apostrophes_are_not_single_quotes() -> None:
    text = "''It's her settled view,'' the spokeswoman, Carla Benedetti, told the radio."
    assert quotes(text) == []


def test_quote_after_attributed_quote_in_next_paragraph() -> None:
    text = (
        "“We were robbed,” Donald Trump said.\n\n"
        "“I’m deeply upset with the panel because the seats were handed out unfairly.”"
    )
    assert [q.speaker for q in quotes(text)] == ["Donald Trump", "Donald Trump"]


def test_thousands_of_unbalanced_marks_finish() -> None:
    text = ("“ word " * 3000) + "\n\n" + ('" x ' * 3001) + "\n\n" + ("‘a ’" * 2000)
    found = quotes(text)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
        assert "\n\n" not in quote.text


def test_a_nickname_in_the_speakers_name_quotes_nothing() -> None:
    text = 'Lawmakers met.\n\n"We made tough choices," House Speaker Emanuel "Chris" Welch said.'
    speaker = 'Emanuel "Chris" Welch'
    assert [(q.text, q.speaker) for q in quotes(text)] == [("We made tough choices,", speaker)]


_RUN_PIECES = ['"', "“", "”", "„", "«", "»", "''", "``", "‘‘", "’’", "'", "`"]
_RUN_PIECES += [" ", "a", "B", ".", "\n"]


@hypothesis.given(
    st.lists(st.tuples(st.sampled_from(_RUN_PIECES), st.integers(1, 14)), max_size=10),
)
@hypothesis.settings(max_examples=300, deadline=None)
def test_a_run_of_one_mark_pairs_as_all_its_marks(pieces: list[tuple[str, int]]) -> None:
    # A run of six or more of one mark is paired by its first three and last two marks only
    # (see mark_search._double_marks): the same quoted stretches as when every mark is paired.
    from unittest import mock

    from newsfacts_quotes import mark_search, marks

    text = "".join(piece * count for piece, count in pieces)
    paragraphs = newsfacts.Document.from_article(newsfacts.Article(text=text)).paragraphs
    found = marks.article_quotes(text, paragraphs)
    with mock.patch.object(mark_search, "_RUNS", ()):  # no run looked for: every mark paired
        assert found == marks.article_quotes(text, paragraphs)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("“We regret the error,” the company said in a written statement.", "statement"),
        ("“We are gravely concerned,” the senators wrote in a letter to the minister.", "letter"),
        ("“We will rebuild,” the president said in a televised address.", "address"),
        ("“We are ready,” the mayor said at a news conference.", "news conference"),
    ],
)
def test_a_word_describing_the_channel_is_skipped(text: str, channel: str) -> None:
    (quote,) = [q for q in newsfacts.Extractor(["quotes"]).extract(text).quotes]
    assert quote.channel == channel


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own, a preposition's phrase or a participle's opening the sentence
        # before a comma: the main clause's subject is guessed, not the person named in it
        "When Ana Ruiz died in 1998, Mayor Tom Lee released this statement: “She was a friend.”",
        "Before Ana Ruiz's speech, Tom Lee was blunt: “We will not raise taxes.”",
        "Preceded at the podium by Ana Ruiz, the county clerk, Tom Lee launched into a"
        " tribute to the “many neighbors we have lost.”",
        # a name opening the sentence is its subject
        "Tom Lee, the mayor, was blunt: “We will not raise taxes.”",
    ],
)
def test_a_quote_with_no_cue_is_guessed_as_the_main_clauses(text: str) -> None:
    assert [quote.speaker for quote in quotes(text)] == ["Tom Lee"]
