"""The texts the checks run on: news-like samples, a table of hostile texts, hypothesis strategies.

hypothesis is imported only inside the strategy functions, so that :mod:`newsfacts.testing`
imports (and its plain checks run) without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

#: Short news paragraphs every field meets in :func:`~newsfacts.testing.check_field`, besides
#: the author's own texts: what an article really looks like, with something for each
#: built-in field.
NEWS_SAMPLES: tuple[str, ...] = (
    "Russia fired 397 Shahed and decoy drones and 18 missiles at Kyiv overnight on Thursday, "
    "killing at least two people and wounding 19, the Ukrainian air force said.",
    "“We are ready to go,” Emmanuel Macron told reporters in Paris on 10 July 2025. The "
    "Institute for the Study of War (ISW) said the strikes cost about $3bn, or 15% of the "
    "budget.",
    "Mr Starmer, the prime minister, met Dr. Jane Okafor of the United Nations in London "
    "last week.\n\nProtesters marched 1,000 kilometres from Lviv to the border in 10 days.",
)


@attrs.frozen
class HostileText:
    """A text that has broken extractors: a name saying what it stresses, and the text."""

    #: What the text stresses ("runs of opening quotes").
    name: str
    #: The text itself, about two thousand characters.
    text: str
    #: Whether :func:`~newsfacts.testing.check_field` also times it at two sizes.
    grow: bool = False


# Each text is about two thousand characters: enough to show a rule that backtracks, short
# enough that the table runs in about a second even for the slowest built-in plugins.
HOSTILE_TEXTS: tuple[HostileText, ...] = (
    HostileText("the empty text", ""),
    HostileText("blank text", " \t\n\r\n \u00a0\u2028\u2029 "),
    HostileText("a run of punctuation", "!?.,;:-–—…/\\|*&^%$#@~`" * 80),
    HostileText("a run of sentence ends", ". " * 1000, grow=True),
    HostileText("opening brackets", "(" * 1000 + "[" * 500 + "{" * 500, grow=True),
    HostileText("brackets never closed, then closed", "(Kyiv " * 300 + ")" * 300),
    HostileText("opening quotes", "“" * 2000, grow=True),
    HostileText("straight quotes with a cue", '"' * 2000 + " he said"),
    HostileText("every kind of quote mark", "\"'“”‘’«»„‟‹›「」" * 150),
    HostileText("quotes never closed", "“We will win, " * 150 + "he said."),
    HostileText(
        "capitalized words", "Mr Keir Rodney Starmer Of The United Nations " * 45, grow=True
    ),
    HostileText("words in capitals", "NATO ISW UN EU USA " * 100),
    HostileText("titles without names", "Mr " * 700 + "Smith said."),
    HostileText("digits with separators", "1," * 1000, grow=True),
    HostileText("one long number", "9" * 2000),
    HostileText("numbers and units", "5 km 10% $3bn 1.2 million 3/4 " * 70),
    HostileText("dates in a row", "Thursday 10 July 2025 last week in March " * 50),
    HostileText("one long word", "a" * 5000),
    HostileText("one long line without punctuation", "the people of the city said " * 150),
    HostileText("many short paragraphs", "Kyiv.\n\n" * 300),
    HostileText("control characters", "\x00\x01\x07\x1b\x7f" * 400),
    # (Surrogate code points are no text: Article refuses them, so no plugin sees them.)
    HostileText("noncharacters", "\ufffe\uffff\ufffd" * 600),
    HostileText(
        "scripts and symbols",
        "Київ Москва مرحبا שלום 東京 ﷺ 👍🏽 é e\u0301 \u200b\u200d\ufeff ᴋʏɪᴠ ℌ𝔢𝔩𝔩𝔬 " * 40,
    ),
)

# Pieces hostile_texts() glues together: the units the table repeats, and news words.
_HOSTILE_UNITS = (
    "(",
    ")",
    "[",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "«",
    ".",
    ",",
    ";",
    "-",
    "–",
    "/",
    "%",
    "$",
    "£",
    "1",
    "1,",
    "000",
    "9.",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\x00",
    "e\u0301",
    "👍🏽",
    "Київ",
    "Mr ",
    "Dr. ",
    "NATO ",
    "U.S. ",
    "Kyiv ",
    "Starmer ",
    "said ",
    "he said",
    "at least ",
    "million ",
    "Thursday ",
    "July ",
    "2025 ",
    "of the ",
)

# The vocabulary of news_texts(): kept small and real, so that every field finds something.
_PEOPLE = (
    "Keir Starmer",
    "Mr Starmer",
    "Volodymyr Zelenskiy",
    "President Emmanuel Macron",
    "Dr. Jane Okafor",
    "Maria Zakharova",
    "the minister",
    "he",
    "she",
    "Lindsey Graham",
)
_ORGANIZATIONS = (
    "NATO",
    "the United Nations",
    "the Institute for the Study of War (ISW)",
    "Reuters",
    "the European Commission",
    "the Kremlin",
    "Kyiv Regional Administration",
    "Apple Inc.",
)
_PLACES = (
    "in Kyiv",
    "in Kiev",
    "near Kharkiv",
    "in the U.S.",
    "across the Middle East",
    "in Paris",
    "in New York",
    "in the Donetsk region",
    "on the Black Sea",
    "in Ukrainian cities",
)
_NUMBERS = (
    "397",
    "at least two",
    "about 5,000",
    "$3bn",
    "£4.5m",
    "15%",
    "15 per cent",
    "1.2 million",
    "a third of",
    "hundreds of",
    "19",
    "between 5 and 10",
    "1,000-kilometre",
)
_NOUNS = ("drones", "people", "soldiers", "missiles", "homes", "protesters", "votes", "tonnes")
_DATES = (
    "on Thursday",
    "on 10 July 2025",
    "last week",
    "in 2024",
    "since March",
    "at 4:30 p.m.",
    "for 10 hours",
    "every Monday",
    "in the 1990s",
    "overnight",
    "two years ago",
)
_VERBS = ("fired", "killed", "reported", "estimated", "wounded", "arrested", "sent", "counted")
_CUES = ("said", "told reporters", "wrote on Telegram", "said in a statement", "added")
_CLAUSES = (
    "We will win",
    "The coalition is ready to go",
    "This is a war crime",
    "Prices rose by 3% in June",
    "Nobody knows",
)


def _report(subject: str, verb: str, number: str, noun: str, place: str, date: str) -> str:
    return f"{subject[:1].upper()}{subject[1:]} {verb} {number} {noun} {place} {date}."


def _quotation(clause: str, speaker: str, cue: str, where: str) -> str:
    return f"“{clause},” {speaker} {cue} {where}."


def _attribution(person: str, organization: str, verb: str, number: str, noun: str) -> str:
    return f"{person}, of {organization}, {verb} {number} {noun}."


def news_texts(*, max_paragraphs: int = 4) -> SearchStrategy[str]:
    """A hypothesis strategy for news-like texts: sentences with names, numbers, dates,
    quotations, places, organizations and punctuation, in up to ``max_paragraphs`` paragraphs.

    Made of a fixed vocabulary, so that every built-in field finds facts in most examples,
    plus word salad of the same words, so that the rules also meet broken sentences.
    """
    from hypothesis import strategies as st

    subject = st.sampled_from(_PEOPLE + _ORGANIZATIONS + ("Russia", "The army", "Police"))
    report = st.builds(
        _report,
        subject,
        st.sampled_from(_VERBS),
        st.sampled_from(_NUMBERS),
        st.sampled_from(_NOUNS),
        st.sampled_from(_PLACES),
        st.sampled_from(_DATES),
    )
    quotation = st.builds(
        _quotation,
        st.sampled_from(_CLAUSES),
        st.sampled_from(_PEOPLE),
        st.sampled_from(_CUES),
        st.sampled_from(_DATES + _PLACES),
    )
    attribution = st.builds(
        _attribution,
        st.sampled_from(_PEOPLE),
        st.sampled_from(_ORGANIZATIONS),
        st.sampled_from(_VERBS),
        st.sampled_from(_NUMBERS),
        st.sampled_from(_NOUNS),
    )
    words = _PEOPLE + _ORGANIZATIONS + _PLACES + _NUMBERS + _NOUNS + _DATES + _VERBS + _CUES
    salad = st.lists(
        st.sampled_from((*words, ",", ".", "“", "”", '"', "(", ")", "-", "–", ":")),
        min_size=1,
        max_size=20,
    ).map(" ".join)
    sentence = st.one_of(report, quotation, attribution, salad)
    paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
    return st.lists(paragraph, min_size=1, max_size=max_paragraphs).map("\n\n".join)


def hostile_texts() -> SearchStrategy[str]:
    """A hypothesis strategy for texts that break extractors: any unicode text, the hostile
    table's texts cut at any point, long runs of one character or piece (brackets, quote
    marks, digits, titles, control characters) and mixtures of such pieces with news words.
    """
    from hypothesis import strategies as st

    tables = st.builds(
        lambda hostile, cut: hostile.text[:cut],
        st.sampled_from(HOSTILE_TEXTS),
        st.integers(min_value=0, max_value=3000),
    )
    runs = st.builds(
        lambda unit, count: unit * count,
        st.sampled_from(_HOSTILE_UNITS),
        st.integers(min_value=1, max_value=2000),
    )
    mixtures = st.lists(st.sampled_from(_HOSTILE_UNITS), max_size=200).map("".join)
    return st.one_of(st.text(), tables, runs, mixtures)
