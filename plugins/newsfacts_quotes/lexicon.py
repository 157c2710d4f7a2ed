"""Word lists and patterns of the quotes plugin, read once from ``data/``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from newsfacts.plugin import (
    IRREGULAR_PAST,
    KIN_NOUNS,
    NUMBER_WORDS,
    SAME_FORM_PASTS,
    SPEECH_VERBS,
    alternation,
    compiled,
    read_table,
    read_words,
)
from newsfacts_quotes.word_reading import WORD as WORD
from newsfacts_quotes.word_reading import placed_words as placed_words
from newsfacts_quotes.word_reading import plain as plain
from newsfacts_quotes.word_reading import words as words

_PACKAGE = "newsfacts_quotes"


# A space in a listed phrase ("told reporters") matches a run of blanks, not a line break (the
# core's any_space would cross one: \s+). The lists are written as the core's tries
# (newsfacts.plugin.alternation): the longest phrase wins, as in a plain alternation longest
# first; a pattern that ignores case folds them, one read backwards shares their ends.
_BLANKS = r"[ \u00a0]+"


def _alternation(words: Iterable[str], *, fold: bool = False, reverse: bool = False) -> str:
    return alternation(words, fold=fold, reverse=reverse, space=_BLANKS)


# The field's cues (data/cues.txt, capitalized_cues.txt) and the verbs of speech every field
# reads alike ("said", "told": the core's).
CUES = (
    read_words(_PACKAGE, "cues.txt") | read_words(_PACKAGE, "capitalized_cues.txt") | SPEECH_VERBS
)
# A cue word, not inside a longer word or a hyphenated one ("so-called"), nor a noun after an
# article ("as the saying goes", "a call for"; after "his" it is its owner's: "his call for").
# Case matters: a title-case "Remarks" in a headline is a noun. The cues are a trie (the regex
# module tries a plain alternation entry by entry: 3 us at each position for 200 cues).
CUE = compiled(
    rf"(?<![\p{{L}}\-’'])(?<!(?<!\p{{L}})(?i:the|a|an|this)[ \u00a0])"
    rf"(?:{_alternation(CUES)})(?![\p{{L}}\-’'])"
)
# The letters a cue opens with, up to its first other character ("said", "according" of
# "according to"): a cue is looked for only where a word of them stands. The pattern, tried at
# every word start of a window, cost 1,300 instructions per character read; most words open no
# cue, and a set answers for them (see _opener_offsets).
_LETTERS = compiled(r"\p{L}+")
_CUE_OPENERS = frozenset(opening.group() for cue in CUES if (opening := _LETTERS.match(cue)))
# The same words as bytes, to be found in a stretch written in ASCII (see _opener_offsets):
# every cue is written in ASCII letters (encode fails at import for one that is not).
_ASCII_OPENERS = frozenset(opener.encode("ascii") for opener in _CUE_OPENERS)
# Every byte but an ASCII letter made a space.
_ASCII_LETTERS = bytes(
    byte if chr(byte).isascii() and chr(byte).isalpha() else 32 for byte in range(256)
)


# A cue that is also a plural noun, followed by a word that makes it the noun: "All member
# states must comply", "initial reports of the incident" (data/noun_cues.txt).
_NOUN_CUES = read_words(_PACKAGE, "noun_cues.txt")
_NOUN_FOLLOWERS = read_words(_PACKAGE, "noun_cue_followers.txt")
# Before such a cue, what makes it the noun (read on the few characters before it): a
# determiner or quantifier of data/noun_cue_openers.txt, maybe a number after it ("the
# states", "the 2015 attacks", "all 50 states"), or a participle after a comma, the noun its
# object ("..., giving states more room", "..., citing reports of a rift").
_NOUN_OPENERS = read_words(_PACKAGE, "noun_cue_openers.txt")
_NOUN_OPENER_BEFORE = compiled(
    rf"""(?<![\p{{L}}\-’'])(?i:{_alternation(_NOUN_OPENERS, fold=True)})[ \u00a0]
    (?:\d[\d,]*[ \u00a0])?\Z  # "the states", "the 2015 attacks"
    |[,;]["”’']?[ \u00a0]\p{{Ll}}+ing[ \u00a0]\Z  # ", giving states", ", citing reports"
    """,
    regex.VERBOSE,
)
_NOUN_OPENER_REACH = max(map(len, _NOUN_OPENERS)) + 16


# The possessive pronouns: an owner before a cue ("his claims") or before the noun of a
# preposition's phrase ("in his attacks").
_OWNERS = frozenset(("his", "her", "their", "its", "my", "our", "your"))
# An owner before such a noun speaks through it, as before any cue: "his claims were
# “sarcasm”" is his.
_OWNER_BEFORE = compiled(
    rf"(?:(?<!\p{{L}})(?i:{_alternation(_OWNERS, fold=True)})|\p{{L}}[’']s?)[ \u00a0]\Z"
)


def _noun(text: str, cue: regex.Match[str]) -> bool:
    """Whether a cue of data/noun_cues.txt is the plural noun, told by the word after it,
    by a preposition right before it, whose object it is ("grants to states with the most
    students", "in states that hold caucuses later", "according to reports"), or by a
    determiner or a participle before it ("the 2015 attacks", "..., giving states more room")."""
    if cue.group() not in _NOUN_CUES:
        return False
    window = max(0, cue.start() - _PREPOSITION_REACH)
    if _PREPOSITION_BEFORE.search(text, window, cue.start()) is not None:
        return True
    opener = max(0, cue.start() - _NOUN_OPENER_REACH)
    if _NOUN_OPENER_BEFORE.search(text, opener, cue.start()) is not None:
        return True
    after = _LETTERS.search(text, cue.end(), cue.end() + 12)
    if after is None or after.start() != cue.end() + 1 or after.group() not in _NOUN_FOLLOWERS:
        return False
    return _OWNER_BEFORE.search(text, max(0, cue.start() - 8), cue.start()) is None


def find_cue(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``CUE.search(text, start, end)``: the first of :func:`find_cues`."""
    return next(find_cues(text, start, end), None)


def find_cues(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``CUE.finditer(text, start, end)``, the pattern tried only at the words a cue opens
    with. The same matches: a cue has no letter before it, and none after its last, so the
    letters it opens with are a whole run of letters of the text ("said" of "said,"). As the
    pattern's own search, a word inside the last cue found ("to" of "according to") is passed
    over; a cue that is a plural noun there ("states have") is none."""
    after = start
    for offset in _opener_offsets(text, start, end):
        if offset >= after:
            cue = CUE.match(text, offset, end)
            if cue is not None and not _noun(text, cue):
                after = cue.end()
                yield cue


def _opener_offsets(text: str, start: int, end: int) -> list[int]:
    """Where the words in ``start``..``end`` a cue opens with stand (:data:`_CUE_OPENERS`),
    ascending, maybe with some of those letters opening a longer word ("said" of "saidé"),
    where the cue's pattern then fails. Found by C-level str and bytes methods: a pattern's
    match for each word of the stretch cost some 3,000 instructions, most of the field's
    search for cues. The stretch is written in ASCII, each other character a "?" (one byte
    each: the offsets stay), and every byte but a letter made a space: its words are then
    its runs of ASCII letters, among them every opener (all are ASCII) that stands as a
    word in the text."""
    spaced = b" " + text[start:end].encode("ascii", "replace").translate(_ASCII_LETTERS) + b" "
    offsets: list[int] = []
    for opener in _ASCII_OPENERS.intersection(spaced.split()):
        word = b" " + opener + b" "
        at = spaced.find(word)
        while at >= 0:
            # (``at``, the space before the word, is the word's offset in the stretch)
            offsets.append(start + at)
            at = spaced.find(word, at + len(word) - 1)
    offsets.sort()
    return offsets


# A relative clause set off by commas right before a cue: the cue is the clause's ("one
# resident, who asked not to be named, told the AP": "asked" is not the speech's cue).
_RELATIVE_BEFORE = compiled(r",[ \u00a0]++(?i:who|which)(?:[ \u00a0]++\p{Ll}+ly)?[ \u00a0]++\Z")


def cue_after(text: str, start: int, limit: int) -> regex.Match[str] | None:
    """The first cue in ``start``..``limit`` outside a relative clause set off by commas."""
    cue = find_cue(text, start, limit)
    while cue is not None and _RELATIVE_BEFORE.search(
        text, max(start, cue.start() - 24), cue.start()
    ):
        closing = text.find(",", cue.end(), limit)
        if closing < 0:
            return cue
        cue = find_cue(text, closing + 1, limit)
    return cue


# A reporter quoting someone before the cue: "Interfax quoted Peskov as| saying", "the agency
# cited a senior official as| saying" (the one quoted speaks, not the reporter).
QUOTED_AS = compiled(
    r"""(?<![\p{L}\-])(?:quot|cit)(?:ed|es|ing)[ \u00a0]++
    (?P<who>[^\n,;:.!?“”"]{1,80}?)[ \u00a0]++as[ \u00a0]++\Z""",
    regex.VERBOSE,
)
_QUOTED_REACH = 100  # characters before a cue read for "quoted ... as"


def quoted_as(text: str, cue: int) -> tuple[int, int] | None:
    """The one quoted before a cue at ``cue`` ("quoted Peskov as saying"), as offsets."""
    found = QUOTED_AS.search(text, max(0, cue - _QUOTED_REACH), cue)
    return found.span("who") if found else None


PRONOUNS: dict[str, str] = {
    row[0]: row[1] for row in read_table(_PACKAGE, "pronouns.tsv", columns=2)
}
APPOSITIVE_OPENERS = read_words(_PACKAGE, "appositive_openers.txt")
UNASSERTING = read_words(_PACKAGE, "unasserting.txt")
CLAUSE_OPENERS = read_words(_PACKAGE, "clause_openers.txt")
DETERMINERS = read_words(_PACKAGE, "determiners.txt")
WORK_NOUNS = read_words(_PACKAGE, "work_nouns.txt")
TITLE_MINOR_WORDS = read_words(_PACKAGE, "title_minor_words.txt")
#: Words that open a speaker phrase after a quote ("added another delegate", "said one former
#: official"): the field's own (data/quantifiers.txt) and the core's spelled-out numbers
QUANTIFIERS = read_words(_PACKAGE, "quantifiers.txt") | frozenset(NUMBER_WORDS)
AUXILIARIES = read_words(_PACKAGE, "auxiliaries.txt")
POSTMODIFIERS = read_words(_PACKAGE, "postmodifiers.txt")
# Nouns naming a speaker by whom they belong to: the field's own (data/relational_nouns.txt)
# and the core's nouns of family and partners ("the victim's mother").
RELATIONAL_NOUNS = read_words(_PACKAGE, "relational_nouns.txt") | KIN_NOUNS
# Nouns for one person by an office (data/office_nouns.txt): after an organization's
# possessive they name who of it speaks, as a relational noun does ("the Bank of England's
# governor, Andrew Bailey"; described.py), and they head a role opening a sentence.
OFFICE_NOUNS = read_words(_PACKAGE, "office_nouns.txt")
# The words before such a noun after a possessive: "Ruiz's press secretary" (described.py)
HOLDER_MODIFIERS = read_words(_PACKAGE, "holder_modifiers.txt")
VERB_FILLERS = read_words(_PACKAGE, "verb_fillers.txt")
# The irregular past tenses every field reads alike ("spoke", "flew") and those like their
# base form ("put", "cut"), but for data/irregular_past_unread.txt ("found"): after a subject
# they are its verb, as "declined" is ("Narendra Modi spoke to Vijayan and promised ...": the
# subject is Modi, not Vijayan; "Her office put out a written statement saying": the office).
_PASTS = IRREGULAR_PAST | SAME_FORM_PASTS
IRREGULAR_VERBS = _PASTS - read_words(_PACKAGE, "irregular_past_unread.txt")
SPEECH_NOUNS = read_words(_PACKAGE, "speech_nouns.txt")
CHANT_NOUNS = read_words(_PACKAGE, "chant_nouns.txt")  # "chants of “...”"
SUBORDINATORS = read_words(_PACKAGE, "subordinators.txt")
NAMING_CUES = read_words(_PACKAGE, "naming_cues.txt")
TRAILING_PREPOSITIONS = read_words(_PACKAGE, "trailing_prepositions.txt")
# A preposition right before a cue that is also a plural noun: the noun is its object
# (see _noun). A window of the longest preposition and a blank or two is read.
_PREPOSITION_BEFORE = compiled(
    rf"(?<![\p{{L}}\-’'])(?i:{_alternation(TRAILING_PREPOSITIONS, fold=True)})[ \u00a0]{{1,2}}+\Z"
)
_PREPOSITION_REACH = max(map(len, TRAILING_PREPOSITIONS)) + 2
# The gender of the owner a possessive pronoun names, as in ``data/pronouns.tsv``.
POSSESSIVES = {"his": "m", "her": "f", "their": "org"}
# The gender of whom an object pronoun stands for, alone after "according to" or "by" the
# one who speaks ("According to him, “...”"), as in ``data/pronouns.tsv``.
OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "org"}
# A sentence opening with the owner of what was said, maybe an adjective between: "The
# Florida senator’s answer", "Mr Ruiz’s blunt reply", "Her message" (``data/speech_nouns.txt``).
OWNED_SPEECH = compiled(
    rf"""(?:(?P<pronoun>(?i:his|her|their))
    |(?:[Tt]he[ \u00a0]++)?(?P<owner>(?:[\p{{L}}.\-]++[ \u00a0]++){{0,3}}?[\p{{L}}\-]++)[’']s)
    [ \u00a0]++(?:\p{{Ll}}++[ \u00a0]++)?(?:{_alternation(SPEECH_NOUNS)})(?![\p{{L}}\-])""",
    regex.VERBOSE,
)

_CHANNELS = read_table(_PACKAGE, "channels.tsv", columns=2)
_NOUNS = [row[1] for row in _CHANNELS if row[0] == "noun"]
_PLATFORMS = [row[1] for row in _CHANNELS if row[0] == "platform"]
_OUTLETS = [row[1] for row in _CHANNELS if row[0] == "outlet"]
# An outlet in lower case after "told" (and "the", "a" or "an"): "told state TV", "told local
# media", "told a news conference".
OUTLET = compiled(
    r"(?:(?:a|an)[ \u00a0]++)?"
    rf"(?P<outlet>{_alternation(_OUTLETS)})"
    r"(?![\p{L}\-])"
)
# "in a Telegram post", "in a statement", "on X", "in an interview with the BBC" (also
# opening a sentence: "In a post on X, Musk wrote"); a lower-case word may describe the
# noun: "in a written statement", "in a televised address".
CHANNEL = compiled(
    rf"(?<!\p{{L}})(?:[Ii]n|[Oo]n|[Vv]ia|[Dd]uring|[Tt]hrough|[Aa]t)[ \u00a0]+"
    rf"(?:(?:a|an|the|his|her|their|its|one)[ \u00a0]+)?"
    rf"(?:\p{{Ll}}[\p{{L}}\-]*+[ \u00a0]+)??"  # (a noun of two words first: "news conference")
    rf"(?:(?P<medium>\p{{Lu}}[\p{{L}}\d’'\-]*+(?:[ \u00a0]+\p{{Lu}}[\p{{L}}\d’'\-]*+)?)[ \u00a0]+)?"
    rf"(?:(?P<noun>{_alternation(_NOUNS)})|(?P<platform>{_alternation(_PLATFORMS)}))"
    rf"(?![\p{{L}}\-])"
)

# A document and who issued it, opening a speaker phrase: "a statement from the health
# ministry", "A report by the central bank" (the issuer speaks; the document is the channel).
DOCUMENTS = read_words(_PACKAGE, "documents.txt")
ISSUED_BY = frozenset(["from", "by"])
# Nouns for a thing that speaks: documents, works, and data/thing_nouns.txt ("the
# newspaper admitted", "her new ad, which promises")
THINGS = DOCUMENTS | WORK_NOUNS | read_words(_PACKAGE, "thing_nouns.txt")
DOCUMENT = compiled(
    rf"[ \u00a0,]*+(?i:a|an|the|its|his|her|their)[ \u00a0]++(?:\p{{Ll}}++[ \u00a0]++)?"
    rf"(?P<noun>{_alternation(DOCUMENTS)})[ \u00a0]++(?:from|by)(?!\p{{L}})"
    r"(?![ \u00a0]++\p{L}++ing(?!\p{L}))"  # not "a post by tweeting"
)

# Between an organization and a person it gives a title to: "House| Speaker |Paul Ryan",
# "Republican party| boss |Reince Priebus" (no function word: "the FBI and John Smith")
TITLE_WORDS = compiled(
    r"""(?:[ \u00a0]++
        (?!(?:and|or|the|a|an|of|for|to|at|with|in|on|by|from|said|says|told|as|who|whose|which|that)\b)
        [\p{L}.\-]++){1,3}+
    [ \u00a0]++""",
    regex.VERBOSE,
)

# Before a person named as one who died: "after the death of Pope Francis", "the funeral of
# Queen Elizabeth", "the late John McCain". Such a person speaks no quote a pronoun opens.
# Read backwards from the name (REVERSE, anchored there by \G: one attempt, not one at each
# of the characters before it); the name's words are then not possessive: read backwards,
# the letters after a capital would take that capital too.
DEAD_BEFORE = compiled(
    r"""(?:\b(?i:death|killing|murder|funeral|assassination|burial)[ \u00a0]++of
        (?:[ \u00a0]++the)?|\b(?i:the)[ \u00a0]++late)
    (?:[ \u00a0]++\p{Lu}[\p{L}.]*){0,3}[ \u00a0]++\G""",
    regex.VERBOSE | regex.REVERSE,
)


# A form of "be" or "get" right before a cue, maybe an adverb or two between: the cue is
# passive ("was told", "were repeatedly asked", "has been warned", "I’m told"), its subject
# the one spoken to or about, not who speaks. ("He’s told" is left out: most often "has";
# so is "being": 'Okoro talked about being described as “...”' is hers to quote.)
# Read backwards from the cue (REVERSE, anchored there by \G): one attempt, where a search
# tried the pattern at each of the 40 characters before it (a twentieth of the field's own
# work). The words between are not possessive: read backwards, "was" and "is" are fillers too
# and must be given back to the form of "be" ("he was told").
_PASSIVE_BEFORE = compiled(
    rf"""(?:(?<![\p{{L}}’'])(?i:am|is|are|was|were|be|been|get|gets|got)
    |[’'](?i:m|re))
    (?:[ \u00a0]++(?:\p{{Ll}}++(?<=ly)
    |{_alternation(VERB_FILLERS, reverse=True)})){{0,2}}[ \u00a0]++\G""",
    regex.VERBOSE | regex.REVERSE,
)
_PASSIVE_REACH = 40  # characters before a cue read for "was" and its adverbs
# Past participles of cues not ending in "-ed" ("was said", "were told", "was read out").
_IRREGULAR_PARTICIPLES = frozenset(["said", "told", "read"])
# Who spoke to the passive cue's subject, right after the cue: "was asked by host Bill Maher",
# or after the quote it names its subject with: 'has been called “strategic ambiguity” by
# Joshua Hendrick', 'was described as a “disgrace” by' (not 'reported in a “hit piece” by').
AGENT = compiled(r"[ \u00a0]++by[ \u00a0]++")
AGENT_PAST_QUOTE = compiled(
    r"""(?:[ \u00a0]++(?:as|a|an|the)(?!\p{L})){0,2}+[ \u00a0]*+
    [“\"«„][^\n“”\"«»]{1,300}+[”\"»][,.]?+[ \u00a0]++by[ \u00a0]++""",
    regex.VERBOSE,
)
AGENT_REACH = 320  # characters read for "by" and who spoke after a passive cue's quote


def passive(text: str, cue: str, start: int) -> bool:
    """Whether the cue ``cue`` at ``start`` is a passive participle: 'Mr Patel was told:',
    'the jury was told that', 'Blumenthal was asked, “...”'."""
    return (
        past_participle(cue)
        and _PASSIVE_BEFORE.match(text, max(0, start - _PASSIVE_REACH), start) is not None
    )


def past_participle(cue: str) -> bool:
    """Whether the cue's first word may be a past participle: "asked", "told", "read"."""
    word = cue.split()[0].lower()
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


# A channel's noun after "a" right before a cue: after the sentence's own cue, the cue
# describes it ("said in a statement read to the court", "wrote in a letter posted online");
# not "the statement added" (its subject).
_CHANNEL_BEFORE = compiled(
    rf"""(?<![\p{{L}}\-])(?i:a|an)[ \u00a0]++(?:\p{{Ll}}++[ \u00a0]++)?
    (?i:{_alternation(_NOUNS, fold=True)})[ \u00a0]++\Z""",
    regex.VERBOSE,
)


_OWNED_REACH = 30  # characters read before a cue for a preposition and a possessive


def owned_in_phrase(text: str, start: int) -> bool:
    """Whether the cue at ``start`` is the noun of a preposition's phrase, a possessive
    between them: "in his attacks", "during her remarks" (not "renewed her call for")."""
    words = text[max(0, start - _OWNED_REACH) : start].lower().split()
    return len(words) >= 2 and words[-1] in _OWNERS and words[-2] in TRAILING_PREPOSITIONS


def describes_channel(text: str, cue: str, start: int) -> bool:
    """Whether the cue ``cue`` at ``start`` is a past participle right after a channel's
    noun: "a statement [read] to the court" (not "a statement calling it": that one
    introduces the quote)."""
    return (
        past_participle(cue)
        and _CHANNEL_BEFORE.search(text, max(0, start - _PASSIVE_REACH), start) is not None
    )
