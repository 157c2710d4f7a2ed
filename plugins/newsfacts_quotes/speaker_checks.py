"""Who speaks for a cue: the ordered table of where a cue's speaker is read.

:class:`~newsfacts_quotes.attribution.Attributor` finds a cue next to a quote ("said",
"according to", "told reporters") and runs :data:`SPEAKER_CHECKS` on it: the first check that
finds a speaker gives it, and ``newsfacts explain --field quotes`` shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, Protocol

import newsfacts
from newsfacts.plugin import MONTH_NAMES, WEEKDAYS, Check, compiled, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes import stretches as st
from newsfacts_quotes.mentions import Speaker
from newsfacts_quotes.phrases import NOT_SPEAKERS
from newsfacts_quotes.speakers import Speakers
from newsfacts_quotes.what_namers import what_before

BEFORE_REACH = 250  # characters before an opening mark (or a cue) where a speaker may stand

_PARTICIPLE_OPENERS = read_words("newsfacts_quotes", "participle_openers.txt")
_MAX_PARTICIPLE_OPENERS = 2  # "And in| explaining why ..."
_CLOSING_MARK = compiled(r"[”\"]")


class Reader(Protocol):
    """What the checks read a cue's surroundings with: an
    :class:`~newsfacts_quotes.attribution.Attributor`, which runs this table (so the table
    names what it needs here rather than importing it back)."""

    document: newsfacts.Document
    text: str
    speakers: Speakers

    def phrase_end(self, start: int, limit: int) -> int: ...

    def clause_start(self, start: int, end: int) -> int: ...

    def context_start(self, offset: int) -> int: ...


class Cue(NamedTuple):
    """A cue found next to a quote, and the stretch its speaker is read from (a named
    tuple, see Span)."""

    attributor: Reader
    word: str  # lowercase, single-spaced: "told reporters"
    start: int
    end: int
    region: int  # where the text read for this quote starts
    limit: int  # where it ends
    before: bool  # the cue stands before the quote
    # A passive participle ('was told', 'was asked by'): read once for both passive checks
    passive: bool
    speakers: list[Speaker]  # what the check that held found (given empty)

    @property
    def participle(self) -> bool:
        return self.word.endswith("ing")


def _opens(attributor: Reader, cue: Cue) -> bool:
    # No word between the start of the text read and the cue: '“A,” said Trump.'
    stretch = attributor.text[cue.region : cue.start]
    if lx.plain(stretch):
        return not stretch.strip(" ")
    return lx.WORD.search(attributor.text, cue.region, cue.start) is None


def _quoted_as(attributor: Reader, cue: Cue, before: bool) -> Speaker | None:
    """'Interfax quoted Peskov as saying', 'the agency cited a senior official as saying': the
    one quoted speaks, not the reporter quoting."""
    if not cue.participle:
        return None
    quoted = lx.quoted_as(attributor.text, cue.start)
    return attributor.speakers.after_cue(*quoted, pronoun=False) if quoted else None


def _passive_agent(attributor: Reader, cue: Cue, before: bool) -> Speaker | None:
    """'Ortiz was asked by host Dana Welch', 'was called “a disgrace” by critics': who spoke
    to a passive cue's subject, or of it."""
    if not cue.passive:
        return None
    text = attributor.text
    agent = lx.AGENT.match(text, cue.end, cue.limit)
    if agent is None and before:
        agent = lx.AGENT_PAST_QUOTE.match(text, cue.end, cue.end + lx.AGENT_REACH)
    if agent is None:
        return None
    end = attributor.phrase_end(agent.end(), min(len(text), agent.end() + lx.AGENT_REACH))
    return attributor.speakers.after_cue(agent.end(), end, pronoun=False)


def _passive_hearer(cue: Cue) -> bool | str:
    """'Mr Patel was told: “...”', 'the jury was told that': the subject of a passive cue
    was spoken to; with no one named after "by", nobody in the text is said to speak."""
    return cue.passive and cue.word


def _subject_before_cue(attributor: Reader, cue: Cue, before: bool) -> Speaker | None:
    """'the ministry said', 'Ms Ortiz, the mayor, told reporters'."""
    if _names_after(cue.word) or _opens(attributor, cue):
        return None
    if not before and _inverted(attributor.text, cue):
        return None
    if before and _set_off_before_name(attributor.text, cue):
        return None  # "The schedule was set early, explained Ana Ruiz, “...”"
    return attributor.speakers.subject(
        attributor.clause_start(cue.region, cue.start),
        cue.start,
        participle=cue.participle and before,
        after_quote=not before,
    )


def _what_some_call(attributor: Reader, cue: Cue, before: bool) -> Speaker | None:
    """'Ana Ruiz wants to scrap what some call the “rain tax”': the noun phrase
    opening the sentence before its verb, else its first person, organization or he/she. A
    pronoun after "what" ("what it calls") stands for that subject and is pointed at as a
    pronoun is; no subject named, the other checks read the cue (one set off by an aside:
    "The firm, whose ..., now sees")."""
    what = what_before(attributor.text, cue.word, cue.start)
    sentence = attributor.document.sentence_at(cue.start)
    if what is None or sentence is None:
        return None
    start = st.reach_start(attributor.text, sentence.start, what.start, BEFORE_REACH)
    speakers = attributor.speakers
    found = speakers.opening_subject(start, what.start)
    if found is not None:
        # (a name alone as the subject is read in full: "Ruiz wants" is Ana Ruiz's)
        named = speakers.first_speaker(found.start, found.end)
        if named is not None and (named.start, named.end) == (found.start, found.end):
            found = named
    else:
        found = speakers.first_speaker(start, what.start)
    if found is None or found.name is None:
        return None
    if what.who in lx.PRONOUNS:
        return Speaker(found.name, what.who_start, what.who_end)
    return found


def _inverted(text: str, cue: Cue) -> bool:
    """'“This will be a challenge” for Clinton, said Kunin': after a quote, the words its
    sentence goes on with open with a preposition (``data/trailing_prepositions.txt``) and end
    with a comma right before the cue; they say what was spoken of, and the speaker follows
    the cue (not '“...” Ms Ortiz, the mayor, said', a subject set off). So too words in
    lower case of any kind when a name follows a cue whose subject may follow it: '“It is
    high time” the pier was rebuilt, said Ana Ruiz' (the quote's sentence goes on)."""
    if not text[cue.region : cue.start].rstrip(" \u00a0").endswith(","):
        return False
    first = lx.WORD.search(text, cue.region, cue.start)
    if first is None:
        return False
    if first.group() in lx.TRAILING_PREPOSITIONS:
        return True
    return first.group().islower() and cue.word in st.INVERTED_CUES and _named_after(text, cue)


# A capitalized word right after a cue: its subject, when no time ("..., said Ana Ruiz"; not
# "..., said Tuesday")
_CAPITAL_AFTER = compiled(r"[ \u00a0]++(\p{Lu}[\p{L}\p{M}’'.\-]*+)")


def _named_after(text: str, cue: Cue) -> bool:
    word = _CAPITAL_AFTER.match(text, cue.end, cue.limit)
    if word is None:
        return False
    found = word.group(1).rstrip(".").lower()
    return found not in WEEKDAYS and found not in MONTH_NAMES


def _phrase_after_cue(attributor: Reader, cue: Cue, before: bool) -> Speaker | None:
    """'”, said Ms Ortiz', 'according to the ministry'.

    Before a quote, what follows the cue is mostly what was said ("said city officials
    will face a “day of judgment”"); it names the speaker only after "according to",
    right after an earlier quote ('“A,” said Trump. “B”') or when a name alone stands
    between the cue and the quote ('But, said Solovey, “'). A participle has the subject of
    the sentence quoting, and what follows it is what was said or to whom ('“Texas
    grit,” saying the state ...', '“...,” and telling the graduates, “...”').
    """
    if cue.participle:
        return None
    opens = _opens(attributor, cue)
    if (
        before
        and not _names_after(cue.word)
        and not opens
        and not _name_right_before_quote(attributor.text, cue)
    ):
        return None
    if st.object_as(attributor.text, cue.word, cue.end, cue.limit):
        return None  # '“...,” described the financial strain as': the cue's object
    end = attributor.phrase_end(cue.end, cue.limit)
    return attributor.speakers.after_cue(cue.end, end, pronoun=not before)


# A name alone between a cue and the quote it opens: 'But, said Solovey, “', 'explained Ana
# Ruiz: “', a title's words in lower case maybe inside it ('explained NBC moderator Jane
# Doe: “'), opening and ending in a capital (the cue's subject follows it, as after a quote)
_NAME_BEFORE_QUOTE = compiled(
    r"[ \t\u00a0]++((?:\p{Lu}[\p{L}\p{M}’'.\-]*+[ \t\u00a0]++"
    r"(?:[\p{L}\p{M}’'.\-]++[ \t\u00a0]++){0,3})?\p{Lu}[\p{L}\p{M}’'.\-]*+)"
    r"[ \t\u00a0]*+[,:][ \t\u00a0]*+"
)


def _name_right_before_quote(text: str, cue: Cue) -> bool:
    """Whether only a name stands between a cue whose subject may follow it
    (``data/inverted_cues.txt``) and the quote it opens, not a time ('said Monday, “')."""
    if cue.word not in st.INVERTED_CUES:
        return False  # "told POLITICO, “": the one told
    name = _NAME_BEFORE_QUOTE.fullmatch(text, cue.end, cue.limit)
    if name is None:
        return False
    words = name.group(1).split()
    # (a title's words, not a preposition's phrase: 'wrote Ortiz on Twitter: “')
    if any(word.islower() and word in NOT_SPEAKERS for word in words):
        return False
    return not any(word.lower() in WEEKDAYS or word.lower() in MONTH_NAMES for word in words)


def _set_off_before_name(text: str, cue: Cue) -> bool:
    """Whether a cue after a comma opens a quote with a name alone between them: the name is
    the cue's subject, not the words before the comma ("But, said Solovey, “")."""
    before = text[cue.region : cue.start].rstrip(" \u00a0")
    return before.endswith(",") and _name_right_before_quote(text, cue)


def _names_after(word: str) -> bool:
    """A cue whose speaker follows it wherever the quote stands: "according to", "came the
    reply from"."""
    return word == "according to" or word.endswith(" from")


def _opening_participle(attributor: Reader, cue: Cue, before: bool) -> Speaker | None:
    """'After calling the plan “a disaster,” the mayor voted no': a participle opening its
    sentence (maybe after a word of data/participle_openers.txt) has the subject of the
    main clause, which opens past the comma after the quote's close."""
    sentence = attributor.document.sentence_at(cue.start)
    if not (cue.participle and before) or sentence is None:
        return None
    text = attributor.text
    opening = text[sentence.start : cue.start].lower().split()
    if len(opening) > _MAX_PARTICIPLE_OPENERS or not _PARTICIPLE_OPENERS.issuperset(opening):
        return None
    close = _CLOSING_MARK.search(text, cue.end, sentence.end)
    if close is None:
        return None
    # (the comma inside the marks, '“...,” the mayor', or after the words that go on)
    comma = close.start() - 1 if text[close.start() - 1] == "," else text.find(",", close.end())
    if comma < 0 or comma >= sentence.end:
        return None
    main = close.end() if comma < close.start() else comma + 1
    found = attributor.speakers.opening_subject(main, sentence.end)
    if found is None:
        return None
    named = attributor.speakers.first_speaker(found.start, found.end)
    return named if named is not None and named[1:] == found[1:] else found


def _sentence_subject(attributor: Reader, cue: Cue, before: bool) -> Speaker | None:
    """Rather the sentence's subject than nobody: "He ... and said that Ortiz is “soft”"."""
    sentence = attributor.document.sentence_at(cue.start)
    if sentence is None:
        return None
    start = st.reach_start(attributor.text, sentence.start, cue.start, BEFORE_REACH)
    return attributor.speakers.first_speaker(start, cue.start)


def _person_named_last(attributor: Reader, cue: Cue, before: bool) -> Speaker | None:
    """Or the person named last, in this sentence or the one before: '..., and added: “”'."""
    return attributor.speakers.nearest_person(cue.start, attributor.context_start(cue.region))


def _found(
    read: Callable[[Reader, Cue, bool], Speaker | None],
) -> Callable[[Cue], bool | str]:
    """A check's test from a reading of the text: it holds when the reading finds a speaker
    (kept for the cue; the evidence is the words it was found in)."""

    def test(cue: Cue) -> bool | str:
        speaker = read(cue.attributor, cue, cue.before)
        if speaker is None:
            return False
        cue.speakers.append(speaker)
        return cue.attributor.text[speaker.start : speaker.end] or True

    return test


# Where the speaker of a cue is read, in order: the first check that finds one gives it.
SPEAKER_CHECKS: tuple[Check[Cue], ...] = (
    Check(
        "passive-agent",
        _found(_passive_agent),
        "speaker",
        "who spoke to a passive cue's subject: 'was asked by host Bill Maher'",
    ),
    Check(
        "passive-hearer",
        _passive_hearer,
        "nobody",
        "a passive cue's subject was spoken to, not speaking: 'Mr Patel was told:'",
    ),
    Check(
        "quoted-as-saying",
        _found(_quoted_as),
        "speaker",
        "the one a reporter quotes before the cue: 'Interfax quoted Peskov as saying'",
    ),
    Check(
        "what-some-call",
        _found(_what_some_call),
        "speaker",
        "the sentence's subject before 'what some call', 'what they call': its own word",
    ),
    Check(
        "subject-before-cue",
        _found(_subject_before_cue),
        "speaker",
        "the subject before the cue: 'the ministry said', 'as she angrily said'",
    ),
    Check(
        "phrase-after-cue",
        _found(_phrase_after_cue),
        "speaker",
        "the phrase after a cue after the quote, or after 'according to'",
    ),
    Check(
        "opening-participle",
        _found(_opening_participle),
        "speaker",
        "the main clause's subject after a participle opening the sentence: 'After calling",
    ),
    Check(
        "subject-of-sentence",
        _found(_sentence_subject),
        "speaker",
        "the first person, organization or he/she of the cue's sentence",
    ),
    Check(
        "person-named-last",
        _found(_person_named_last),
        "speaker",
        "the person named last, in this sentence or the one before",
    ),
)
