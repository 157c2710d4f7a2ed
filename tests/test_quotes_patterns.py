"""The quotes field on short real-world patterns: one table row per way news writes a quote
and its speaker."""

from __future__ import annotations

import pytest

from quote_checks import quotes

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
        "“The county fair is a contest of small crowds” Steve Grubbs said.",
        "The county fair is a contest of small crowds",
        "Steve Grubbs",
    ),
    (
        "“They only came for the free pizza,” Rita Blake shot back, smiling.",
        "They only came for the free pizza,",
        "Rita Blake",
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
        "Michelle Obama walked out, then leaned forward and boomed: “Let’s finish the job.”",
        "Let’s finish the job.",
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
        "“Further advances look probable,” the Institute for the Study of War, a "
        "Washington-based think tank, said.",
        "Further advances look probable,",
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
        "Finch’s campaign manager Paul Weber said: “We feel good about tonight.”",
        "We feel good about tonight.",
        "Paul Weber",
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
        "“We should have stood up to him at the start,” Jorge Ramos, 58, told AFP.",
        "We should have stood up to him at the start,",
        "Jorge Ramos",
    ),
    # A participle right after a quote: what follows it is what was said, not who said it.
    (
        "Maria Lopez delivered a defense of “Texas values,” saying the state rewarded hard work.",
        "Texas values,",
        "Maria Lopez",
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
        "“There is no edge,” said one neutral Ohio strategist.",
        "There is no edge,",
        "one neutral Ohio strategist",
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
