"""Tests of the quotes field: the seed article, short real-world patterns, properties."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st
import pytest

import newsfacts
from newsfacts import Quote
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts

EXTRACTOR = newsfacts.Extractor(["quotes"])


def quotes(text: str) -> list[Quote]:
    result = EXTRACTOR.extract(text)
    assert not result.errors
    return [fact for fact in result.quotes if isinstance(fact, Quote)]


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


# (text, quoted words, speaker); every text holds one quote unless its words say otherwise.
PATTERNS = [
    (
        "“Nobody is above the law,” Nancy Pelosi, the House speaker, told reporters.",
        "Nobody is above the law,",
        "Nancy Pelosi",
    ),
    ("«We are ready,» said Emmanuel Macron.", "We are ready,", "Emmanuel Macron"),
    ("The “experts” disagree.", None, None),
    (
        "“We will not back down,” the company said in a statement on Monday.",
        "We will not back down,",
        "company",
    ),
    (
        "Asked about the deal, Rishi Sunak replied: “It is a good deal for Britain.”",
        "It is a good deal for Britain.",
        "Rishi Sunak",
    ),
    (
        "“The Iowa caucus is a battle of niches” Steve Grubbs said.",
        "The Iowa caucus is a battle of niches",
        "Steve Grubbs",
    ),
    (
        "“They are all here for the free stuff,” Bill Bennett shot back with a laugh.",
        "They are all here for the free stuff,",
        "Bill Bennett",
    ),
    (
        "In a letter to Hillary Clinton, Jason Baron told the group that “no records were "
        "located.”",
        "no records were located.",
        "Jason Baron",
    ),
    (
        "Donald Trump attacked Mitt Romney on Friday, calling him “a failed candidate.”",
        "a failed candidate.",
        "Donald Trump",
    ),
    (
        "Michelle Obama took the stage, then leaned in and boomed: “Let’s win this in November.”",
        "Let’s win this in November.",
        "Michelle Obama",
    ),
    ("“We will win,” Trump said.", "We will win,", "Trump"),
    ("“We will win,” said Donald Trump.", "We will win,", "Donald Trump"),
    ("Donald Trump said: “We will win.”", "We will win.", "Donald Trump"),
    ("Donald Trump said, “We will win.”", "We will win.", "Donald Trump"),
    ('"We will win," Trump said.', "We will win,", "Trump"),
    ('"We will win," said Trump, who spoke in Iowa.', "We will win,", "Trump"),
    (
        "Hillary Clinton spoke on Monday. “It is time,” she said.",
        "It is time,",
        "Hillary Clinton",
    ),
    (
        "Bernie Sanders met Hillary Clinton. “I disagree,” he said.",
        "I disagree,",
        "Bernie Sanders",
    ),
    (
        "Bernie Sanders met Hillary Clinton. “I disagree,” she said.",
        "I disagree,",
        "Hillary Clinton",
    ),
    ("“This is wrong,” Mr. Obama told reporters.", "This is wrong,", "Obama"),
    (
        "Barack Obama left. “This is wrong,” Mr. Obama told reporters.",
        "This is wrong,",
        "Barack Obama",
    ),
    ("According to Ted Cruz, “the deal is dead.”", "the deal is dead.", "Ted Cruz"),
    (
        "“The situation is serious,” the ministry said in a statement.",
        "The situation is serious,",
        "ministry",
    ),
    (
        "“The continued increase is likely,” the Institute for the Study of War, a "
        "Washington-based think tank, said.",
        "The continued increase is likely,",
        "Institute for the Study of War",
    ),
    (
        "Kremlin spokesperson Dmitry Peskov told reporters: “There is no date yet.”",
        "There is no date yet.",
        "Dmitry Peskov",
    ),
    (
        "“We are ready,” Oleksandr Prokudin, the regional governor, said on Telegram.",
        "We are ready,",
        "Oleksandr Prokudin",
    ),
    ("“Yes,” she said.", "Yes,", None),
    (
        "The group says it is “deeply concerned” by the vote.",
        "deeply concerned",
        "group",
    ),
    (
        "Marco Rubio called the plan “a disaster for working families.”",
        "a disaster for working families.",
        "Marco Rubio",
    ),
    ("‘We will fight on,’ says Zelenskiy", "We will fight on,", "Zelenskiy"),
    (
        "Starmer: ‘We are ready to support a peace deal’",
        "We are ready to support a peace deal",
        "Starmer",
    ),
    # the subject of a clause before a colon, not all its words
    (
        "The minister was blunt: “There will be no bailout.”",
        "There will be no bailout.",
        "minister",
    ),
    (
        "Jeb Bush wrote on Twitter: “Congratulations to the winners of tonight’s race.”",
        "Congratulations to the winners of tonight’s race.",
        "Jeb Bush",
    ),
    (
        "“It’s a ‘bridge too far,’ frankly,” said Senator Lindsey Graham.",
        "It’s a ‘bridge too far,’ frankly,",
        "Lindsey Graham",
    ),
    ("“Don’t do it!” Ben Carson shouted.", "Don’t do it!", "Ben Carson"),
    ("“Is that fair?” asked Carly Fiorina.", "Is that fair?", "Carly Fiorina"),
    (
        "Republican Senator John McCain added that the bill was “a step in the right direction.”",
        "a step in the right direction.",
        "John McCain",
    ),
    (
        "Sanders described the plan as “rigged” during the debate.",
        "rigged",
        "Sanders",
    ),
    (
        "The spokesman, Josh Earnest, said: “The president has been clear.”",
        "The president has been clear.",
        "Josh Earnest",
    ),
    (
        "Trump, who spoke in Ohio, said “we are going to win so much.”",
        "we are going to win so much.",
        "Trump",
    ),
    (
        "“No comment,” a spokeswoman for the campaign said.",
        "No comment,",
        "spokeswoman for the campaign",
    ),
    (
        "Clinton’s campaign manager Robby Mook said: “We feel good about tonight.”",
        "We feel good about tonight.",
        "Robby Mook",
    ),
    (
        "“Our message is simple,” Angela Merkel said in an interview with Der Spiegel.",
        "Our message is simple,",
        "Angela Merkel",
    ),
    (
        "Emmanuel Macron arrived. “We stand with Ukraine,” the French president wrote on X.",
        "We stand with Ukraine,",
        "French president",
    ),
    # A cue in another clause, negated or infinitival, does not attribute a fragment: the
    # main clause's speech verb does.
    (
        "European leaders have insisted the plan would depend on an American “security "
        "guarantee”, likely in the form of air support, something Mr Trump has been "
        "unwilling to openly say he would provide.",
        "security guarantee",
        "European leaders",
    ),
    (
        "Angela Merkel insisted on “a fair share”, which Boris Johnson did not say he would pay.",
        "a fair share",
        "Angela Merkel",
    ),
    # An age between commas describes the speaker.
    (
        "“We were wrong not to confront him from the beginning,” Jorge Ramos, 58, told AFP.",
        "We were wrong not to confront him from the beginning,",
        "Jorge Ramos",
    ),
    # A participle right after a quote: what follows it is what was said, not who said it.
    (
        "Donald Trump delivered a defense of “New York values,” saying the city embodied courage.",
        "New York values,",
        "Donald Trump",
    ),
    (
        "“We will build the wall,” Donald Trump went on to say.",
        "We will build the wall,",
        "Donald Trump",
    ),
    # A verb in "-ed" after the head noun ends a speaker phrase; an adjective before it
    # does not.
    (
        "Thousands of people marched through Lisbon, chanting “housing is a right”.",
        "housing is a right",
        "Thousands of people",
    ),
    (
        "“There is no advantage,” said one unaligned Florida strategist.",
        "There is no advantage,",
        "one unaligned Florida strategist",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PATTERNS)
def test_patterns(text: str, words: str | None, speaker: str | None) -> None:
    found = quotes(text)
    if words is None:  # not a quote
        assert found == []
        return
    assert [quote.text for quote in found] == [words]
    assert found[0].speaker == speaker


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
        "Actress Roseanne Barr threw Twitter off the rails. “President Trump has freed so "
        "many children,” she tweeted."
    )
    [quote] = quotes(text)
    assert (quote.speaker, quote.cue) == ("Roseanne Barr", "tweeted")
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


def test_doubled_apostrophes_are_not_single_quotes() -> None:
    text = "''It's his general position,'' the spokesman, Federico Lombardi, told the radio."
    assert quotes(text) == []


def test_quote_after_attributed_quote_in_next_paragraph() -> None:
    text = (
        "“We were robbed,” Donald Trump said.\n\n"
        "“I’m very disappointed in the committee because the room was stacked.”"
    )
    assert [q.speaker for q in quotes(text)] == ["Donald Trump", "Donald Trump"]


def test_thousands_of_unbalanced_marks_finish() -> None:
    text = ("“ word " * 3000) + "\n\n" + ('" x ' * 3001) + "\n\n" + ("‘a ’" * 2000)
    found = quotes(text)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
        assert "\n\n" not in quote.text


@hypothesis.given(
    st.text(alphabet="“”\"‘’' abc.,:\nSaidMrTrump he said", max_size=400),
)
@hypothesis.settings(max_examples=300, deadline=None)
def test_never_raises_offsets_hold(text: str) -> None:
    for quote in quotes(text):
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None:
            assert quote.speaker_end is not None
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)


# --- the checks every plugin passes (newsfacts.testing) -----------------------------------

UNDER_TEST = FieldUnderTest.load(newsfacts.QUOTES)


def test_passes_the_plugin_checks() -> None:
    check_field(
        UNDER_TEST,
        [
            "“We will win,” Volodymyr Zelenskiy said in a Telegram post.",
            "Emmanuel Macron described the coalition as “ready to go”.",
        ],
    )


@hypothesis.settings(max_examples=25, deadline=None)
@hypothesis.given(news_texts())
def test_news_texts_pass_the_plugin_checks(text: str) -> None:
    check_text(UNDER_TEST, text)


def test_a_nickname_in_the_speakers_name_quotes_nothing() -> None:
    text = 'Lawmakers met.\n\n"We made tough choices," House Speaker Emanuel "Chris" Welch said.'
    speaker = 'Emanuel "Chris" Welch'
    assert [(q.text, q.speaker) for q in quotes(text)] == [("We made tough choices,", speaker)]


_RUN_PIECES = ['"', "“", "”", "„", "«", "»", "''", "‘‘", "’’", "'", " ", "a", "B", ".", "\n"]


@hypothesis.given(
    st.lists(st.tuples(st.sampled_from(_RUN_PIECES), st.integers(1, 14)), max_size=10),
)
@hypothesis.settings(max_examples=300, deadline=None)
def test_a_run_of_one_mark_pairs_as_all_its_marks(pieces: list[tuple[str, int]]) -> None:
    # A run of six or more of one mark is paired by its first three and last two marks only
    # (see marks._double_marks): the same quoted stretches as when every mark is paired.
    from unittest import mock

    from newsfacts_quotes import marks

    text = "".join(piece * count for piece, count in pieces)
    paragraphs = newsfacts.Document.from_article(newsfacts.Article(text=text)).paragraphs
    found = marks.article_quotes(text, paragraphs)
    with mock.patch.object(marks, "_RUNS", ()):  # no run looked for: every mark paired
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
