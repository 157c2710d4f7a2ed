"""The tense that picks a direction for a day or month written without one: past, future,
or none, from the words around the expression.

A bare "Friday" or "March" is the one just gone or the one to come as its sentence says:
"said Friday" looks back, "will meet Friday" ahead. The word right before the expression
decides first ("until", "since": ``data/lead_cues.tsv``), then the nearest tense cue of its
sentence (``data/past_cues.txt`` with the core's irregular past tenses, ``future_cues.txt``,
``present_cues.txt`` and verbs in "-ed").
"""

from __future__ import annotations

from typing import Literal

import regex

from newsfacts import Document
from newsfacts.plugin import compiled
from newsfacts_dates.clauses import (
    CLAUSE_REACH,
    after_infinitive,
    before_attribution,
    before_relative_clause,
    clause_start,
    in_own_clause,
    main_clause,
    outside_reported_clause,
    own_predicate,
)
from newsfacts_dates.grammar import (
    BEFORE_VERB_LAST,
    CUE_WORD,
    FIXTURE_VERBS,
    FUTURE_AFTER,
    FUTURE_CUES,
    LEAD_CUES,
    NOT_PAST,
    OPENING_WORDS,
    PARTS_OF_DAY,
    PAST_CUES,
    PRESENT_CUES,
    UNPLANNED_EVENTS,
    WEEKDAYS,
)
from newsfacts_dates.neighbour_cues import (
    SAME_FORM_PASTS,
    auxiliary_before,
    passive_past_by,
    plan_word_before,
    same_form_past,
)

Tense = Literal["past", "future", "none"]

# Tense is judged from the cue words nearest to the expression, within this many characters
# of it in its sentence: a far clause ("said on Monday that it will ...") must not decide.
_CUE_REACH = 60


# The one to three words right before an expression ("until", "extended to", "takes effect
# on"). Read backwards from the expression (REVERSE, anchored there by \G): one attempt, not
# a search from every position of the window.
_WORDS_BEFORE = compiled(
    r"(?:(?:(?P<first>\w++)\s++)?(?P<second>\w++)\s++)?(?P<last>\w++)\s++\G",
    flags=regex.REVERSE,
)


# A weekday joined to the expression by "or" or "and" right before it, maybe a part of the
# day between: "late on Thursday or early Friday", "Monday night and Tuesday". Read backwards
# from the expression (REVERSE, anchored by \G).
_JOINED_DAY_BEFORE = compiled(
    rf"""\b(?P<day>(?i:{"|".join(sorted(WEEKDAYS))}))
    (?:[ \t]++(?i:{"|".join(sorted(PARTS_OF_DAY))}))?[ \t]++(?:or|and)[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_JOINED_REACH = 32  # characters read back for the joined weekday


def tense_near(document: Document, start: int, end: int, verbs: bool = True) -> Tense:
    """ "past" or "future" from the word right before the expression ("by", "since"), else
    (when ``verbs``) from the nearest tense cue in the sentence, else "none". A weekday
    joined by "or" or "and" to one right before it takes that one's tense ("expected to
    cross the coast late on Thursday or early Friday": the cue may be out of reach of the
    second).

    A past perfect near the expression turns a leading "until" or "by" to the past: "had
    not called him a suspect until Thursday" is the Thursday gone, not the coming one.
    """
    sentence = document.sentence_at(start)
    if sentence is None:
        return "none"
    joined = _JOINED_DAY_BEFORE.search(
        document.text, max(sentence.start, start - _JOINED_REACH), start
    )
    if joined is not None:
        return tense_near(document, joined.start("day"), joined.end("day"), verbs)
    low = max(sentence.start, start - _CUE_REACH)
    high = min(sentence.end, end + _CUE_REACH)
    lead = _lead_cue(document.text, max(sentence.start, start - 24), start)
    if lead == "future" and (
        _PERFECT.search(document.text, low, high)
        or _PAST_PLAN.search(document.text, low, start)
        or passive_past_by(document.text, low, start)
    ):
        # "had not named him until Tuesday", "was to take effect on Monday", "was contained
        # by Sunday evening"
        return "past"
    if lead is not None:
        return lead
    after = _WORDS_AFTER.match(document.text, end, high)
    if after is not None and not FUTURE_AFTER.isdisjoint(map(str.lower, after.groups(""))):
        return "future"  # "December corn contracts dropped": the December to come
    if not verbs:
        return "none"
    if _unplanned_event(document.text, sentence.start, start, end, high):
        return "past"  # "will visit the site of Sunday's shooting": the Sunday gone
    text = document.text
    low = clause_start(text, max(sentence.start, start - CLAUSE_REACH), low, start)
    cues = [cue for cue in _cues(text, low, high, document) if _counts(text, cue, start, end)]
    cues = in_own_clause(text, start, end, outside_reported_clause(text, start, end, cues))
    cues = own_predicate(text, start, end, cues)
    cues = before_relative_clause(text, end, cues)
    cues = after_infinitive(text, start, before_attribution(text, start, end, cues))
    if _FRONTED.fullmatch(text, sentence.start, start) and text[end : end + 1] == ",":
        main = main_clause(text, end, sentence.end)
        if not cues or main > end:  # the main clause's verb, past a "when" clause
            cues = _cues(text, main, sentence.end, document)[:1]
    best: tuple[int, Tense] | None = None
    for cue_start, cue_end, cue in cues:
        distance = start - cue_end if cue_end <= start else cue_start - end
        if best is None or distance < best[0]:
            best = (distance, cue)
    if best is not None:
        return best[1]
    before = _WORDS_BEFORE.search(text, max(sentence.start, start - 24), start)
    # not after "year": "sales this year through August" is a span of the year so far
    opened = (
        before is not None
        and before.group("last").lower() in OPENING_WORDS
        and (before.group("second") or "").lower() != "year"
    )
    return "future" if opened else "none"  # "rates rise 8 percent starting Jan. 1"


# Cues that count only before the expression, whose time they may be of ("a vote might come
# on Monday"), not after it, where the expression is more often a subject told of ("Monday's
# debate might not move mountains", "as Tuesday's results show, the state may be in reach");
# so do "effective" and "payable", of the day they name ("effective Feb. 1"), not of a day
# before them ("since the October debate, but his attacks have not been memorably
# effective").
_BEFORE_ONLY = frozenset(["might", "may", "could", "effective", "payable"])


def _counts(text: str, cue: tuple[int, int, Tense], start: int, end: int) -> bool:
    """Whether ``cue`` counts for the expression at ``start``-``end``: not inside it, and not
    after it if it counts only before (``_BEFORE_ONLY``)."""
    if start <= cue[0] < end:
        return False
    return cue[0] < start or text[cue[0] : cue[1]].lower() not in _BEFORE_ONLY


# The word after an expression, or the one after that: "contracts" of "December (corn)
# contracts".
_WORDS_AFTER = compiled(r"[ \t]++(\w++)(?:[ \t]++(\w++))?")

# A day's event no one schedules after it, up to two words between: "Sunday's shooting",
# "Monday's deadly crash" (data/unplanned_events.txt; the "'s" in the expression or after it).
_UNPLANNED_EVENT = compiled(
    rf"""(?:(?<=['’]s)|['’]s)[ \t]++(?:[\w-]++[ \t]++){{0,2}}?
    (?i:{"|".join(sorted(UNPLANNED_EVENTS))})\b""",
    flags=regex.VERBOSE,
)

# A day's event no one schedules before it, after a determiner, up to four words between
# (no mark): "the shooting in Orlando on Sunday", "her victories in four states on Tuesday",
# "the incident Sunday evening" (not "rebels plan to attack on Sunday": no determiner). Read
# backwards from the expression (REVERSE, anchored by \G).
_UNPLANNED_BEFORE = compiled(
    rf"""\b(?i:the|a|an|his|her|its|their|this|that)[ \t]++(?:[\w-]++[ \t]++)??
    (?i:{"|".join(sorted(UNPLANNED_EVENTS))})(?:[ \t]++[\w.-]++){{0,4}}?[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
_UNPLANNED_REACH = 72


def _unplanned_event(text: str, low: int, start: int, end: int, high: int) -> bool:
    """Whether the expression at ``start``-``end`` is the day of an event no one schedules,
    named before or after it (``data/unplanned_events.txt``)."""
    if _UNPLANNED_EVENT.match(text, end, high) is not None:
        return True
    return _UNPLANNED_BEFORE.search(text, max(low, start - _UNPLANNED_REACH), start) is not None


# An expression that opens its sentence, a comma after it ("On Tuesday, the league ...
# plans to hold"): the sentence's verb may stand farther than the reach, past the subject.
_FRONTED = compiled(r"[\s\"“'‘]*+(?i:(?:also|and|but)\s++)?(?i:(?:on|in)\s++)?")


# Before a participle ("held", "completed"), these make it no past tense: "will be held",
# "is expected to be named", "the ballots are counted" (a present passive), "schools will
# remain closed on Thursday", "the road stays closed" (an adjective after a linking verb).
_NOT_PAST_BEFORE = frozenset(
    ["be", "being", "is", "are", "am", "remain", "remains", "stay", "stays"]
)
# Before a word in "-ed", these make it an adjective: "will present a revised budget on May
# 21", "the expected ruling".
_DETERMINERS = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "our", "your", "this", "these"]
)
# A future cue only as a verb of the present ("the two leaders meet Monday", "the Lakers play
# the Celtics on Christmas Day"), not as an infinitive or after a negation ("flew to Paris to
# meet him on Monday", "did not meet", "did not play on Sunday").
_FINITE_ONLY = frozenset(["meet", "play"])
_NOT_FINITE_BEFORE = frozenset(["to", "not", "never", "did", "didn't", "didn’t"])
# The other verbs of a schedule are no cue after a negation ("the plant did not reopen on
# Monday", "talks never resumed"): the other words decide; as an infinitive they still point
# ahead ("invited him to begin talks on Thursday").
_NOT_AFTER_NEGATION = frozenset(["begin", "resume", "reopen", "convene", "expire"])
_NEGATIONS = _NOT_FINITE_BEFORE - {"to"}
# Before a verb of a fixture, these make it a noun or an infinitive: "a radio host", "to face"
_NOT_FIXTURE_BEFORE = _NOT_FINITE_BEFORE | _DETERMINERS
# Future cues that are also nouns: no cue after a determiner or a preposition, or before
# "for" ("worked behind the scenes Wednesday on plans for an ad blitz", "revamped his plans
# for an important Monday appearance"; not "the company plans to sell it on Monday").
_NOUN_FORMS = frozenset(["plans"])
_PREPOSITIONS = frozenset(["on", "of", "in", "with", "about", "for", "to", "from", "into"])
_FOR_AFTER = compiled(r"[ \t]++for\b")
# "could" is no cue before these words, which make it a past ability or a past of it; nor
# before "be reached", "be located", "be contacted", said of one not found ("neither he nor
# his parents could be located Wednesday").
_PAST_ABILITY = frozenset(["could"])
_PAST_ABILITY_AFTER = compiled(
    r"[ \t]++(?:not|never|have|hardly|barely|be[ \t]++(?:reached|located|contacted))\b"
)
# A modal before a perfect is no cue: "Saturday would have been his 105th birthday", "the
# vote should have been held on Monday" tell of a time gone (not "would have a decision by
# Friday": "have" there is a verb of its own).
_MODALS = frozenset(["would", "should", "must", "might", "may"])
_PERFECT_AFTER = compiled(r"[ \t]++have[ \t]++(?:been|had|\w++ed|\w++en)\b")
# Cues in lower case only: "may" the verb, not "May" the month.
_LOWER_CASE_ONLY = frozenset(["may"])
# Future cues only before "to": "is likely to appear in court Wednesday", "did not plan to
# remove him on Thursday" (not "the plan approved on Monday"); "hopes", "hope" and "hoping"
# before "to" or "that" ("hopes to close it in March", "were hoping to meet her before
# Monday's caucuses"; not "boosting rate cut hopes", "hopes for a deal in October": a noun)
_BEFORE_TO_ONLY = frozenset(["likely", "plan"])
_TO_AFTER = compiled(r"[ \t]++to\b")
_BEFORE_TO_OR_THAT = frozenset(["hopes", "hope", "hoping"])
_TO_OR_THAT_AFTER = compiled(r"[ \t]++(?:to|that)\b")
# "is to resume", "set to open": "to" after these points ahead.
_BEFORE_FUTURE_TO = frozenset(["is", "are", "am", "set"])
# The two words before a future cue that make it a plan of the past: "was to expire"
_PAST_PLANS = frozenset([("was", "to"), ("were", "to")])
# A past perfect: "had been due to expire", "had planned": the plan is over.
_PERFECT = compiled(r"\bhad\b", regex.IGNORECASE)
# A plan told in the past: "was to take effect on Monday"
_PAST_PLAN = compiled(r"\b(?:was|were)[ \t]++to\b", regex.IGNORECASE)


def _cues(
    text: str, low: int, high: int, document: Document | None = None
) -> list[tuple[int, int, Tense]]:
    """The tense cues between ``low`` and ``high``: (start, end, tense) in text order (in a
    sports report ``document``, also a fixture's verb: ``data/fixture_verbs.txt``)."""
    cues: list[tuple[int, int, Tense]] = []
    low, before = _window_start(text, low, high)
    ends = (-1, -1)  # where the two words before this one end
    # No timeout: a run of one character class cannot backtrack, the window is bounded, and
    # a timeout makes the regex module check the clock at every step (three times slower).
    for match in CUE_WORD.finditer(text, low, high):
        word = match.group().lower()
        cue = _cue(word, before)
        if word in SAME_FORM_PASTS and same_form_past(text, match.end(), before):
            cue = "past"  # "The storm hit the coast on Friday and is expected to weaken"
        if (
            word in FIXTURE_VERBS
            and before[1] not in _NOT_FIXTURE_BEFORE
            and document is not None
            and document.sports_report  # (read only here: most articles have no such verb)
        ):
            cue = "future"  # "Liverpool travel to Newcastle on Wednesday"
        if word in _LOWER_CASE_ONLY and match.group() != word:
            cue = None  # "May": the month, not the verb
        if word in _NOUN_FORMS and (
            before[1] in _DETERMINERS | _PREPOSITIONS
            or _FOR_AFTER.match(text, match.end(), match.end() + 8) is not None
        ):
            cue = None  # "worked Wednesday on plans for an ad blitz", "his plans for Monday"
        if word in _PAST_ABILITY and _PAST_ABILITY_AFTER.match(text, match.end(), match.end() + 16):
            cue = None  # "could not be reached Saturday", "could have played Tuesday"
        if word in _MODALS and _PERFECT_AFTER.match(text, match.end(), match.end() + 24):
            cue = None  # "Saturday would have been his 105th birthday": a past of it
        if word in _BEFORE_TO_ONLY and _TO_AFTER.match(text, match.end(), match.end() + 8) is None:
            cue = None  # "likely voters", "more likely on Tuesday": no plan
        if word in _BEFORE_TO_OR_THAT and not _TO_OR_THAT_AFTER.match(
            text, match.end(), match.end() + 10
        ):
            cue = None  # "boosting rate cut hopes": a noun
        if cue == "future" and cues and auxiliary_before(before, ends, cues[-1][1]):
            cues.pop()  # "were planning": the auxiliary's own tense does not count
        if cue == "future" and cues and plan_word_before(before, ends, cues[-1][1]):
            # "had been scheduled to expire": the plan word's tense goes on to its verb
            cue = cues.pop()[2]
        if cue is not None:
            cues.append((match.start(), match.end(), cue))
        before = (before[1], word)
        ends = (ends[1], match.end())
    return cues


# The two words before a window's first word, read backwards from it (\G): they decide
# whether that word is a cue ("will be | named": a participle, no past).
_TWO_WORDS_BEFORE = compiled(
    r"(?:(?P<first>[\w'’]++)[ \t]++)?(?P<second>[\w'’]++)[ \t]++\G", flags=regex.REVERSE
)
_WORD_REST = compiled(r"[\w'’]++")


def _window_start(text: str, low: int, high: int) -> tuple[int, tuple[str, str]]:
    """Where a window's whole words begin (past a word it cuts, whose end would read as a
    word of its own: "...ished" is no past verb) and the two words before them."""
    if 0 < low < high and _WORD_REST.fullmatch(text, low - 1, low + 1) is not None:
        rest = _WORD_REST.match(text, low, high)
        low = rest.end() if rest is not None else low
    seed = _TWO_WORDS_BEFORE.search(text, max(0, low - 40), low)
    if seed is None:
        return low, ("", "")
    return low, ((seed.group("first") or "").lower(), seed.group("second").lower())


# Between a verb and the day it governs: "ended Oct. 31", "closed on Aug. 2".
_VERB_TO_DAY = compiled(r"[ \t]++(?:on[ \t]++)?")


def past_verb_right_before(text: str, start: int) -> bool:
    """Whether a verb in the past stands right before ``start`` ("the quarter ended Oct.
    31"; not "to be completed around Nov. 1", see :func:`_cues`)."""
    cues = _cues(text, max(0, start - _CUE_REACH), start)
    if not cues or cues[-1][2] != "past":
        return False
    gap = _VERB_TO_DAY.match(text, cues[-1][1], start)
    return gap is not None and gap.end() == start


# A past auxiliary right before an adverb ("he was soon released"); a verb in "-ed" right
# before it may be a participle of the future ("would be publicly released soon")
_PAST_AUXILIARY_BEFORE = compiled(r"(?i:\b(?:was|were|had)[ \t]++)$")


def past_verb_next_to(text: str, start: int, end: int) -> bool:
    """Whether a verb in the past stands right after ``start``-``end``, or a past auxiliary
    right before it, with only spaces between ("the trickle soon became a flood", "he was
    soon released")."""
    if _PAST_AUXILIARY_BEFORE.search(text, max(0, start - 8), start):
        return True
    cues = _cues(text, end, min(len(text), end + _CUE_REACH))
    return bool(cues) and cues[0][2] == "past" and not text[end : cues[0][0]].strip()


def _cue(word: str, before: tuple[str, str]) -> Tense | None:
    """The tense ``word`` (after the two words ``before``) points to, if any."""
    previous = before[1]
    if word in _FINITE_ONLY and previous in _NOT_FINITE_BEFORE:
        return None
    if word in _NOT_AFTER_NEGATION and previous in _NEGATIONS:
        return None
    if word in FUTURE_CUES:
        if previous == "as" or (before[0] == "as" and previous.endswith("ly")):
            return None  # "went ahead as (originally) planned on Friday": the verb decides
        # "had planned", "was to expire on June 30": a plan the story tells of, now past
        return "past" if "had" in before or before in _PAST_PLANS else "future"
    if word == "to" and previous in _BEFORE_FUTURE_TO:
        return "future"
    if word in PRESENT_CUES:
        return "none"  # "said it is calling for ... on Dec. 7": the nearer verb decides
    if previous in _NOT_PAST_BEFORE:
        return None  # "will be held", "to be completed": a participle
    if word == "last" and previous in BEFORE_VERB_LAST:
        return None  # "would last four hours": the verb, no past
    if word in PAST_CUES:
        return "past"
    if word.endswith("ed") and len(word) > 4 and word not in NOT_PAST:
        # "unnamed" is no verb, nor a participle after a determiner: "a revised budget"
        return None if word.startswith("un") or previous in _DETERMINERS else "past"
    return None


def _lead_cue(text: str, low: int, start: int) -> Tense | None:
    """The direction the words right before ``start`` give: "extended to", "until"."""
    before = _WORDS_BEFORE.search(text, low, start)
    if before is None:
        return None
    words = [word.lower() for word in before.group("first", "second", "last") if word]
    for length in range(len(words), 0, -1):  # the longest cue first: "takes effect on"
        cue = LEAD_CUES.get(" ".join(words[-length:]))
        if cue is not None:
            return cue
    return None
