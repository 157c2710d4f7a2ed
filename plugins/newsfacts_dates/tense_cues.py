"""The tense cues of a stretch of text: the words that point to the past, to the future or
to neither ("said", "will", "is"), each read after the two words before it ("will be held"
is no past, "were planning" yields to "planning"), for :func:`newsfacts_dates.tense.tense_near`
and the readings that ask for a past verb right next to an expression.

A cue is (start, end, tense) in text order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from newsfacts import Document
from newsfacts.plugin import IRREGULAR_VERBS, SAME_FORM_PASTS, compiled, read_table
from newsfacts_dates.grammar import (
    BEFORE_VERB_LAST,
    CUE_WORD,
    FIXTURE_VERBS,
    FUTURE_CUES,
    KEEP_GIL,
    NOT_PAST,
    PACKAGE,
    PAST_CUES,
    PRESENT_CUES,
)
from newsfacts_dates.neighbour_cues import (
    auxiliary_before,
    plan_word_before,
    same_form_past,
)

if TYPE_CHECKING:
    from newsfacts_dates.tense import Tense


# Tense is judged from the cue words nearest to the expression, within this many characters
# of it in its sentence: a far clause ("said on Monday that it will ...") must not decide.
CUE_REACH = 60


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
# the Celtics on Christmas Day", "Forecasters predict snow on Saturday", "nine states hold
# caucuses on April 2", "states that vote in March", "Voters go to the polls on 14
# February"), not as an infinitive or after a negation ("flew to Paris to meet him on
# Monday", "did not meet", "did not play on Sunday", "the polls failed to predict his win on
# Tuesday night", "flew home to vote on Tuesday", "decided to go home on Monday").
_FINITE_ONLY = frozenset(["meet", "play", "predict", "hold", "vote", "go"])
_NOT_FINITE_BEFORE = frozenset(["to", "not", "never", "did", "didn't", "didn’t"])
# Words that make "play" after them the game's noun: "Rain delayed play on Saturday", "police
# ruled out foul play on Tuesday" (not "in play in November", a place the cue keeps ahead)
_NOUN_BEFORE = frozenset(
    ["foul", "fair", "open", "delayed", "suspended", "halted", "stopped", "interrupted"]
)
_NO_FINITE_BEFORE = _NOT_FINITE_BEFORE | _NOUN_BEFORE
# The other verbs of a schedule are no cue after a negation ("the plant did not reopen on
# Monday", "talks never resumed"): the other words decide; as an infinitive they still point
# ahead ("invited him to begin talks on Thursday").
_NOT_AFTER_NEGATION = frozenset(["begin", "resume", "reopen", "convene", "expire"])
_NEGATIONS = _NOT_FINITE_BEFORE - {"to"}
# Before a verb of a fixture, these make it a noun or an infinitive: "a radio host", "to face"
_NOT_FIXTURE_BEFORE = _NOT_FINITE_BEFORE | _DETERMINERS
# Future cues that are also nouns (data/noun_cues.tsv): no cue after a determiner or a
# preposition, or before a word only the noun takes ("met quietly Thursday on
# plans for a new stadium", "regular visits to the region in March"; not "the company plans
# to sell it on Monday").
_NOUN_FORMS = {
    word: (frozenset(after.split()), frozenset(before.split()))
    for word, after, before in read_table(PACKAGE, "noun_cues.tsv", columns=3)
}
_PREPOSITIONS = frozenset(["on", "of", "in", "with", "about", "for", "to", "from", "into"])
_WORD_AFTER = compiled(r"[ \t]++([\w'’]++)")
# An owner's ending before a noun: "Tuesday's vote", "the pope's visits"
_OWNERS = ("'s", "’s")
# "could" is no cue before these words, which make it a past ability or a past of it; nor
# before "be reached", "be located", "be contacted", said of one not found ("neither she nor
# her lawyer could be located Friday").
_PAST_ABILITY = frozenset(["could"])
_PAST_ABILITY_AFTER = compiled(
    r"[ \t]++(?:not|never|have|hardly|barely|be[ \t]++(?:reached|located|contacted))\b"
)
# "would not" and "wouldn't" before a verb of telling are a refusal told in the past, no
# future: "The mayor would not say Friday how the council would act", "a spokeswoman
# wouldn't comment Sunday" are the days gone. Read after the word, from its end.
_REFUSING = frozenset(["would", "wouldn't", "wouldn’t"])
_REFUSAL_AFTER = compiled(
    r"""(?:(?<=\bwould)[ \t]++not|(?<=n['’]t))[ \t]++
    (?:say|comment|confirm|disclose|discuss|elaborate|specify|reveal|identify|name)\b""",
    flags=regex.VERBOSE,
)
# A modal before a perfect is no cue: "Saturday would have been his 105th birthday", "the
# vote should have been held on Monday" tell of a time gone (not "would have a decision by
# Friday": "have" there is a verb of its own).
_MODALS = frozenset(["would", "should", "must", "might", "may"])
_PERFECT_AFTER = compiled(r"[ \t]++have[ \t]++(?:been|had|\w++ed|\w++en)\b")
# Cues in lower case only: "may" the verb, not "May" the month.
_LOWER_CASE_ONLY = frozenset(["may"])
# Future cues only before "to": "is expected to testify in court Friday", "did not plan to
# fire her on Monday" (not "the plan approved on Monday"); "hopes", "hope" and "hoping"
# before "to" or "that" ("hopes to close it in March", "were hoping to meet her before
# Monday's caucuses"; not "boosting rate cut hopes", "hopes for a deal in October": a noun)
_BEFORE_TO_ONLY = frozenset(["likely", "plan"])
_TO_AFTER = compiled(r"[ \t]++to\b")
_BEFORE_TO_OR_THAT = frozenset(["hopes", "hope", "hoping"])
_TO_OR_THAT_AFTER = compiled(r"[ \t]++(?:to|that)\b")
# "going" before "to" or "into" only: "are going to vote in March", "going into November";
# not "turnout swung, going from 52 percent on May 9 to 61 percent" (a change told of) nor
# "going back to June" (a reach into the past)
_GOING_AFTER = compiled(r"[ \t]++(?:to|into)\b")
# The words that join a verb to the one before it, whose tense it shares.
_COORDINATORS = frozenset(["and", "or"])
# "is to resume", "set to open", "are forecast to reach 40C": "to" after these points ahead.
_BEFORE_FUTURE_TO = frozenset(["is", "are", "am", "set", "forecast", "predicted", "projected"])
# The two words before a future cue that make it a plan of the past: "was to expire"
_PAST_PLANS = frozenset([("was", "to"), ("were", "to")])


def cues_between(
    text: str, low: int, high: int, document: Document | None = None
) -> list[tuple[int, int, Tense]]:
    """The tense cues between ``low`` and ``high``: (start, end, tense) in text order (in a
    sports report ``document``, also a fixture's verb: ``data/fixture_verbs.txt``)."""
    cues: list[tuple[int, int, Tense]] = []
    low, (first, second) = _window_start(text, low, high)  # the two words before this one
    end0 = end1 = -1  # where they end
    pieces, words = _pieces(text, low, high)
    end = low
    # (one gap more than words: the last, after the last word, is not read)
    for gap, piece, word in zip(pieces[::2], pieces[1::2], words, strict=False):
        start = end + len(gap)
        end = start + len(piece)
        if word not in _READ and not word.endswith(_CUE_ENDINGS):
            # No cue, and no check below makes one of it (most words): only the words
            # before the next one move on.
            first, second = second, word
            end0, end1 = end1, end
            continue
        before, ends = (first, second), (end0, end1)
        cue = _cue(word, before)
        if word in SAME_FORM_PASTS and same_form_past(text, end, before):
            cue = "past"  # "The storm hit the coast on Friday and is expected to weaken"
        if (
            word in FIXTURE_VERBS
            and before[1] not in _NOT_FIXTURE_BEFORE
            and document is not None
            and document.sports_report  # (read only here: most articles have no such verb)
        ):
            cue = "future"  # "Liverpool travel to Newcastle on Wednesday"
        if word in _LOWER_CASE_ONLY and text[start:end] != word:
            cue = None  # "May": the month, not the verb
        if word in _NOUN_FORMS and _noun(text, end, word, before[1]):
            cue = None  # "worked Wednesday on plans for an ad blitz", "regular visits to"
        if word in _MODAL_WORDS:
            cue = _modal_cue(text, word, end, cue)
        if word in _BEFORE_TO_ONLY and _TO_AFTER.match(text, end, end + 8) is None:
            # "likely voters", "more likely on Tuesday": no plan; but "Showers are likely
            # Thursday night" forecasts
            cue = "future" if word == "likely" and before[1] in ("is", "are") else None
        if word in _BEFORE_TO_OR_THAT and not _TO_OR_THAT_AFTER.match(text, end, end + 10):
            cue = None  # "boosting rate cut hopes": a noun
        if word == "going" and not _GOING_AFTER.match(text, end, end + 8):
            cue = None  # "going from 52 percent on May 9": no plan
        if cue == "past" and before[1] in _COORDINATORS and cues and cues[-1][2] == "future":
            # a verb joined to one of the future shares its tense: "will take effect at
            # midnight on Friday and last until Monday"
            cue = "future"
        if cue == "future" and cues and auxiliary_before(before, ends, cues[-1][1]):
            cues.pop()  # "were planning": the auxiliary's own tense does not count
        if cue == "future" and cues and plan_word_before(before, ends, cues[-1][1]):
            # "had been scheduled to expire": the plan word's tense goes on to its verb
            cue = cues.pop()[2]
        if cue is not None:
            cues.append((start, end, cue))
        first, second = second, word
        end0, end1 = end1, end
    return cues


# The past participles of the core's irregular verbs that are neither their past nor their
# base ("taken", "written", "stolen"): a past, as "The poll, taken Wednesday through Sunday"
# is the Sunday gone; but not after "be" or "is" ("will be taken Monday"), a determiner ("a
# broken promise") or a present perfect, which names no day of its own ("has spoken to
# him about a show airing on May 23", "have gone unnoticed"). Not "given", a preposition
# as often ("given Tuesday's vote, the party will ..."), nor "known", an adjective as often
# ("will make their voices known on Tuesday").
_PARTICIPLES = (
    frozenset(
        verb.participle
        for verb in IRREGULAR_VERBS
        if verb.participle not in (verb.base, verb.past, "given", "known")
    )
    - NOT_PAST
)
_NOT_PARTICIPLE_BEFORE = _DETERMINERS | {"has", "have", "having", "'ve", "’ve"}

# The modals whose next words may change their cue (_modal_cue).
_MODAL_WORDS = _PAST_ABILITY | _REFUSING | _MODALS


def _modal_cue(text: str, word: str, end: int, cue: Tense | None) -> Tense | None:
    """The cue of the modal ``word`` ending at ``end`` (``cue`` as read alone) after the words
    that follow it."""
    if word in _PAST_ABILITY and _PAST_ABILITY_AFTER.match(text, end, end + 16):
        return None  # "could not be reached Saturday", "could have played Tuesday"
    if word in _REFUSING and _REFUSAL_AFTER.match(text, end, end + 24):
        return "past"  # "would not say Tuesday how": a refusal, no plan
    if word in _MODALS and _PERFECT_AFTER.match(text, end, end + 24, KEEP_GIL):
        return None  # "Saturday would have been his 105th birthday": a past of it
    return cue


# CUE_WORD for a window of ASCII characters alone, for the standard library's re: there both
# modules' \w is [A-Za-z0-9_], and the apostrophe is "'" alone. The same words (the tests
# check every ASCII character), at a fraction of the cost: the regex module looks up each
# character's Unicode properties, and a window of about 30 words is read for each expression
# whose tense is asked. (A capturing group, as CUE_WORD's: split() keeps the words.)
ASCII_CUE_WORD = re.compile(r"([A-Za-z0-9_']+)")


def _pieces(text: str, low: int, high: int) -> tuple[list[str], Iterable[str]]:
    """The gaps and the words of CUE_WORD between ``low`` and ``high`` in turn (gap, word,
    gap, ..., gap), and the words lowered. (One call for the window: a match object for each
    word, and the word lowered on its own, cost a third of the words' reading.)"""
    window = text[low:high]
    if window.isascii():  # (most windows: a news text is ASCII but for its quotes)
        # Lowered as a whole: an ASCII text keeps its length, and its words are the same.
        pieces = ASCII_CUE_WORD.split(window.lower())
        return pieces, pieces[1::2]
    # No timeout: a run of one character class cannot backtrack, the window is bounded, and
    # a timeout makes the regex module check the clock at every step (three times slower).
    pieces = CUE_WORD.split(window, 0, KEEP_GIL)
    # Word by word: lowering may change a length ("İ"), or a letter by the next ("Σ").
    return pieces, map(str.lower, pieces[1::2])


# The two words before a window's first word, read backwards from it (\G): they decide
# whether that word is a cue ("will be | named": a participle, no past).
_TWO_WORDS_BEFORE = compiled(
    r"(?:(?P<first>[\w'’]++)[ \t]++)?(?P<second>[\w'’]++)[ \t]++\G", flags=regex.REVERSE
)
_WORD_REST = compiled(r"[\w'’]++")
_BLANKS = frozenset(" \t")


def _window_start(text: str, low: int, high: int) -> tuple[int, tuple[str, str]]:
    """Where a window's whole words begin (past a word it cuts, whose end would read as a
    word of its own: "...ished" is no past verb) and the two words before them."""
    if 0 < low < high and _WORD_REST.fullmatch(text, low - 1, low + 1, KEEP_GIL) is not None:
        rest = _WORD_REST.match(text, low, high, KEEP_GIL)
        low = rest.end() if rest is not None else low
    # The words before end in a space or tab right there: most windows start past a word
    # they cut (above), a mark or the sentence's start, and read no pattern back.
    if text[low - 1 : low] not in _BLANKS:  # (none before the text's start)
        return low, ("", "")
    seed = _TWO_WORDS_BEFORE.match(text, max(0, low - 40), low, KEEP_GIL)
    if seed is None:
        return low, ("", "")
    return low, ((seed.group("first") or "").lower(), seed.group("second").lower())


# Between a verb and the day it governs: "ended Oct. 31", "closed on Aug. 2".
_VERB_TO_DAY = compiled(r"[ \t]++(?:on[ \t]++)?")


def past_verb_right_before(text: str, start: int) -> bool:
    """Whether a verb in the past stands right before ``start`` ("the quarter ended Oct.
    31"; not "to be completed around Nov. 1", see :func:`cues_between`). Not a word in "-ed"
    joined by a hyphen to the word before it with no "on" after it, an adjective of the
    day's noun: "the much-hyped July 29 runoff", "the long-awaited March 3 vote"."""
    cues = cues_between(text, max(0, start - CUE_REACH), start)
    if not cues or cues[-1][2] != "past":
        return False
    gap = _VERB_TO_DAY.match(text, cues[-1][1], start, KEEP_GIL)
    if gap is None or gap.end() != start:
        return False
    return text[cues[-1][0] - 1 : cues[-1][0]] != "-" or "on" in text[gap.start() : start]


# A past auxiliary right before an adverb ("he was soon released"); a verb in "-ed" right
# before it may be a participle of the future ("would be publicly released soon")
_PAST_AUXILIARY_BEFORE = compiled(r"(?i:\b(?:was|were|had)[ \t]++)$")


def past_verb_next_to(text: str, start: int, end: int) -> bool:
    """Whether a verb in the past stands right after ``start``-``end``, or a past auxiliary
    right before it, with only spaces between ("the trickle soon became a flood", "he was
    soon released")."""
    if _PAST_AUXILIARY_BEFORE.search(text, max(0, start - 8), start):
        return True
    cues = cues_between(text, end, min(len(text), end + CUE_REACH))
    return bool(cues) and cues[0][2] == "past" and not text[end : cues[0][0]].strip()


# The tails of "will" joined to the word before it ("'ll", "’ll" of future_cues.txt): a
# word is read whole with its apostrophe ("I’ll", "we'll"), so its tail is the cue.
_FUTURE_TAILS = tuple(cue for cue in FUTURE_CUES if cue[:1] in "'’")


# The words :func:`_cue` may read as a cue, by their text or their ending, and those a check
# of cues_between makes one of: any other word is none.
_CUE_ENDINGS = ("ed", *_FUTURE_TAILS)
_READ = (
    FUTURE_CUES
    | PRESENT_CUES
    | PAST_CUES
    | {"to"}
    | SAME_FORM_PASTS
    | FIXTURE_VERBS
    | _REFUSING
    | _PARTICIPLES
)


def _cue(word: str, before: tuple[str, str]) -> Tense | None:
    """The tense ``word`` (after the two words ``before``) points to, if any."""
    previous = before[1]
    if word.endswith(_FUTURE_TAILS):
        word = "will"  # "I’ll vote for her in November", "we'll know on Monday"
    if word in _FINITE_ONLY and previous in _NO_FINITE_BEFORE:
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
    if word == "last" and previous == "the":
        return None  # "the last contests in June": the final ones, no past
    if word in PAST_CUES:
        return "past"
    if word in _PARTICIPLES:
        return None if previous in _NOT_PARTICIPLE_BEFORE else "past"
    if word.endswith("ed") and len(word) > 4 and word not in NOT_PAST:
        # "unnamed" is no verb, nor a participle after a determiner: "a revised budget"
        return None if word.startswith("un") or previous in _DETERMINERS else "past"
    return None


def _noun(text: str, end: int, word: str, previous: str) -> bool:
    """Whether the future cue ``word`` ending at ``end``, after the word ``previous``, is the
    noun of the same form: "the visits", "visits to the region", after an owner's "'s"
    ("Tuesday's vote", data/noun_cues.tsv)."""
    words_after, words_before = _NOUN_FORMS[word]
    if previous in _DETERMINERS | _PREPOSITIONS | words_before:
        return True
    if previous.endswith(_OWNERS):
        return True
    after = _WORD_AFTER.match(text, end, end + 16)
    return after is not None and after.group(1).lower() in words_after


# Cues that count only before the expression, whose time they may be of ("a vote might come
# on Monday"), not after it, where the expression is more often a subject told of ("Monday's
# vote may not change much", "as Tuesday's results show, the state may be in reach");
# so do "effective" and "payable", of the day they name ("effective Feb. 1"), not of a day
# before them ("since the March debate, and her rivals' attacks have not been
# effective"); so do the verbs of a session or a departure held on a schedule, of a state
# as often ("Oregon holds its primary on Tuesday", "He leaves Rome on Monday"; not "the
# deal struck in Vienna on Saturday still leaves the region badly exposed"); so do the
# participles of a plan, which after it may tell of another thing to come ("The strike
# entered its third week on Monday with no talks scheduled"; "Talks on Monday are
# scheduled to resume" keeps its present).
_BEFORE_ONLY = frozenset(
    [
        *("might", "may", "could", "can", "effective", "payable"),
        *("holds", "hold", "leaves", "heads", "scheduled", "planned", "slated"),
    ]
)


def counts_for(text: str, cue: tuple[int, int, Tense], start: int, end: int) -> bool:
    """Whether ``cue`` counts for the expression at ``start``-``end``: not inside it, and not
    after it if it counts only before (``_BEFORE_ONLY``)."""
    if start <= cue[0] < end:
        return False
    return cue[0] < start or text[cue[0] : cue[1]].lower() not in _BEFORE_ONLY
