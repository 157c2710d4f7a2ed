"""Where a time expression may start, and the rules tried there.

Every expression holds a head word (a month, a unit, a digit...) within a few words of its
start (dispatch.HEAD_KINDS). The scan (:mod:`newsfacts_dates.scan`) tries only the words that
can begin a rule (dispatch.DISPATCH) and have a head that close (:func:`candidates_of`), and at
each only the rules that can use the kinds of heads found there (:func:`rules_at`); a rule
tried at a number only where the digits and the characters after them can start it
(:data:`AT_DIGITS`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

from newsfacts.plugin import WordColumn, compiled
from newsfacts_dates.after_months import after_month
from newsfacts_dates.closing import without_closed
from newsfacts_dates.dispatch import DISPATCH, HEAD_KINDS, RULE_NEEDS, STARTERS
from newsfacts_dates.grammar import KEEP_GIL, MONTHS, TIME_ZONES


def candidates_of(
    text: str, words: list[str], starts: list[int], head_of: WordColumn[int]
) -> dict[int, frozenset[str]]:
    """Where an expression may start (index of a word) -> the kinds of head words after it
    (``head_of``: the vocabulary's column of :func:`head_kind`).

    Every expression holds a head word (a month, a unit, a digit...) within a few words of
    its start; only words that can begin a rule and have a head that close are tried, and
    only with the rules that can use the kinds of heads found there.
    """
    # The kinds are HEAD_KINDS' own frozensets, shared, until two heads' kinds meet: a set
    # per candidate would cost 200 bytes for every number of a text of numbers.
    candidates: dict[int, frozenset[str]] = {}
    # The words that are or may be heads, picked in C (compress over the column's look-ups):
    # a loop over every word in Python was a third of the cost of finding the candidates.
    for head in itertools.compress(itertools.count(), map(head_of.__getitem__, words)):
        word = words[head]
        if word[0] not in _SPECIAL:  # a head word: each word before it within reach
            _reach_back(candidates, words, starts, head, HEAD_KINDS[word])
            continue
        # A number that may be a head is asked about with the text around it.
        if head_of[word] != _HEAD and not _number_heads(text, starts[head], word):
            continue
        if word[0] in _APOSTROPHES:  # a decade ("'90s")
            _reach_back(candidates, words, starts, head, HEAD_KINDS["#apostrophe"])
            continue
        kinds = HEAD_KINDS["#digit"]
        if head == 0 or words[head - 1][0] in _SPECIAL:
            # A number right after a number (in a text of numbers, every one): its reach ends
            # at itself (see _reach_back), no loop set up to find it so.
            found = candidates.get(head)
            if found is None:
                candidates[head] = kinds
            elif not kinds <= found:
                candidates[head] = found | kinds
            continue
        _reach_back(candidates, words, starts, head, kinds, True)
    return candidates


def _reach_back(
    candidates: dict[int, frozenset[str]],
    words: list[str],
    starts: list[int],
    head: int,
    kinds: frozenset[str],
    numbered: bool = False,
) -> None:
    """Give ``kinds`` to the head at ``head`` and to each word within reach before it that
    can begin a rule (``candidates``, see :func:`candidates_of`). From a number
    (``numbered``) the reach ends at the number before it: a rule that starts at a number has
    that number for its head (AT_DIGITS), and one that starts at a word ("around 10:30", "the
    mid-1990s") holds no number before the head."""
    low = starts[head] - _HEAD_REACH_CHARS
    for index in range(head, max(-1, head - _HEAD_REACH_WORDS - 1), -1):
        if starts[index] < low:
            break
        word = words[index]
        if word[0] in _SPECIAL:  # a number starts a rule, but past a number's head
            if numbered and index < head:
                break
        elif word not in STARTERS:
            continue
        found = candidates.get(index)
        if found is None:
            candidates[index] = kinds
        elif kinds <= found:
            # The heads before this one that gave it these kinds reached as far back (a word
            # before this one is as close to them): in a run of numbers every word would
            # otherwise be updated six times over.
            return
        else:
            candidates[index] = found | kinds


# What a word is to the candidates (head_kind), by its text alone: a head; none; or a number
# that is one if some rule's number is written as it is with the text around it.
_NO_HEAD, _HEAD, _HEAD_IF_WRITTEN_SO = 0, 1, 2


def head_kind(word: str) -> int:
    """Whether ``word`` is a head (see :func:`candidates_of`): a head word, or four characters
    from a digit on ("2025", "10am"), a head as a year's number is, with no call for each
    year of a text of years (a word the call would turn down is tried as every number was
    before); else a number is one if :func:`_number_heads` says so. A pure function of the
    word, kept in the extractor's vocabulary (words repeat from article to article)."""
    if word in HEAD_KINDS:
        return _HEAD
    if word[0] not in _SPECIAL:
        return _NO_HEAD
    return _HEAD if len(word) == 4 else _HEAD_IF_WRITTEN_SO


# "at least the past 18 months": the head ("18") may come five words after the start.
_HEAD_REACH_WORDS = 5
_HEAD_REACH_CHARS = 40


_SPECIAL = frozenset("0123456789'’")
_APOSTROPHES = frozenset("'’")


def _number_heads(text: str, start: int, word: str) -> bool:
    """Whether the number ``word`` at ``start`` is written as some rule's number: a year's
    four digits, an hour's one or two before a colon or " a.m." (see AT_DIGITS), the second
    day of "May 24 and 25". In a rule that starts at another word ("around 10:30", "Monday
    at 10:30", "the mid-1990s") its number is written as where it starts one, so a number
    that can start none ("1,234", "$12", "45%", the "3" and "1" of "Brazil 3 Bolivia 1") is
    no head: in a text of numbers nearly every word would otherwise be tried, and the word
    before it. (The two digits of "FY 25" are none: "fy" is a head of its own, see
    dispatch.HEAD_KINDS.)"""
    heads = _heads_a_rule(text[start : start + len(word) + 2])
    return heads is True or (heads is None and _joined(text, start))


@functools.lru_cache(maxsize=4096)
def _heads_a_rule(written: str) -> bool | None:
    """Whether a number (``written``: its word and the two characters after) is written as
    some rule's number (see :func:`_number_heads`); None where it is one only after a
    conjunction (see :func:`_joined`). Few distinct words and characters after them:
    cached."""
    if written[0] in _APOSTROPHES:
        return True
    digits = digits_at(written, 0)
    after = written[digits : digits + 2]
    if _rules_at_number(_DIGIT_HEAD, digits, after, False):
        return True
    return None if _rules_at_number(_DIGIT_HEAD, digits, after, True) else False


def key_of(word: str) -> str:
    """The dispatch key of a lowered word: digits and "'90s" stand for their kind."""
    if word[0] not in _SPECIAL:
        return word
    return "#apostrophe" if word[0] in "'’" else "#digit"


# What a rule tried at a number needs right there: how many digits open it (up to 5), the
# three characters after them (fewer at the end of the text, or where the later ones are not
# known, as for a head: a condition on them passes) and whether "and ", "or " or "& " stands
# right before it (see _joined). A condition every match of the rule meets, read without the
# regex: in a text of numbers these rules were tried at every number, and all failed
# (tests/test_dates_scan.py checks each condition against the rule). A clock time's pattern,
# with its weekdays, months, zones and holidays, costs over a microsecond to fail at a number
# ("Brazil 3 Bolivia 1", "rose 3 percent").
_AFTER_HOUR: frozenset[str] = frozenset(":aApP")  # "10:30", "10am", "10PM"
# After "10 ": "a.m.", "pm", "o'clock", "in the morning" ("İ" is an "i" to the regex ignoring
# case); after "10.": a minute's tens ("10.30 a.m."). The empty string: no second character.
_AFTER_HOUR_SPACE: frozenset[str] = frozenset(["", *"aApPoOiIİ"])
_MINUTE_TENS: frozenset[str] = frozenset(["", *"012345"])
_MERIDIEM: frozenset[str] = frozenset("aApP")
_AFTER_MERIDIEM_LETTER: frozenset[str] = frozenset(["", ".", "m", "M"])
_DECADE_MARK: frozenset[str] = frozenset("sS'’")
_AFTER_DAY: frozenset[str] = frozenset(" .,;:)!?'\"”’sSnNrRtT") | {""}
# After a number's digits, what the rest of it may begin with: thousands (",000"), decimals
# (".5"), a half ("½", " 1/2"); else the word after it, " times" of "10 times a day".
_MORE_OF_A_NUMBER: frozenset[str] = frozenset(["", ",", ".", "½"])
_AFTER_TIMES_SPACE: frozenset[str] = frozenset(["", *"tT1"])


# After "10 o" and "10 i": the apostrophe of "o'clock", the "n" of "in the morning" (not
# "10 on Friday", "10 of the 12", "10 ideas"). The empty string: no third character known.
_AFTER_SPACE_O: frozenset[str] = frozenset(["", "'", "’"])
_AFTER_SPACE_I: frozenset[str] = frozenset(["", "n", "N"])
_O: frozenset[str] = frozenset("oO")
_I: frozenset[str] = frozenset("iIİ")
# After four digits and a space, the first letter of a time zone ("0930 GMT", "1400 local
# time"), in either case; not "1996 the", "2025 report".
_ZONE_FIRST: frozenset[str] = frozenset(
    ["", *(zone[0].lower() for zone in TIME_ZONES), *(zone[0].upper() for zone in TIME_ZONES)]
)


def _clock_at(digits: int, after: str) -> bool:
    """Whether a clock time may start at a number of ``digits`` digits followed by
    ``after``: "10:30", "10.30 a.m.", "10am", "10 pm", "10 o'clock", "10 in the morning",
    "0930 GMT"."""
    if digits == 4:
        return after[:1] == " " and after[1:2] in _ZONE_FIRST
    if digits > 2:
        return False
    first = after[:1]
    if first == " ":
        # " a.m.", " pm": no " percent", " points", " people" (" pct" is no "pm")
        second = after[1:2]
        if second in _MERIDIEM:
            return after[2:3] in _AFTER_MERIDIEM_LETTER
        if second in _O:
            return after[2:3] in _AFTER_SPACE_O
        if second in _I:
            return after[2:3] in _AFTER_SPACE_I
        return second in _AFTER_HOUR_SPACE
    if first == ".":
        # a minute's two digits: "10.30 a.m." (not "1.2 million", "0.5 percent")
        return after[1:2] in _MINUTE_TENS and (after[2:3] == "" or after[2:3].isdecimal())
    return first in _AFTER_HOUR


AT_DIGITS: dict[str, Callable[[int, str, bool], bool]] = {
    "iso": lambda digits, after, _: digits == 4 and after[:1] == "-",  # "2025-07-10"
    "numeric": lambda digits, after, _: digits <= 2 and after[:1] == "/",  # "7/10/2025"
    "clock": lambda digits, after, _: _clock_at(digits, after),
    "race_time": lambda digits, after, _: digits <= 2 and after[:1] == ":",  # "2:04:56"
    "decade": lambda digits, after, _: digits == 4 and after[:1] in _DECADE_MARK,  # "1990s"
    "yearrange": lambda digits, after, _: digits == 4 and after[:1] in "-–/",  # "2024-25"
    "short_quarter_first": lambda digits, after, _: digits == 1 and after[:1] in "QH",  # "1H25"
    "year": lambda digits, after, _: digits == 4,  # "2025", "2025's"
    "far_year": lambda digits, after, _: digits == 4,  # "by 2100"
    "holiday": lambda digits, after, _: digits == 4 and after[:1] == " ",  # "1988 Super Tuesday"
    # "10 times a year", "1,000 times a day" (a longer number: its digits go on)
    "frequency": lambda digits, after, _: (
        digits == _MOST_DIGITS
        or after[:1] in _MORE_OF_A_NUMBER
        or (after[:1] == " " and after[1:2] in _AFTER_TIMES_SPACE)
    ),
    # "25" of "April 24 and 25", "25th" (a mark, a space or the end after it)
    "next_day": lambda digits, after, joined: digits <= 2 and after[:1] in _AFTER_DAY and joined,
}
_MOST_DIGITS = 5
_DIGIT_HEAD = frozenset(["digit"])


def digits_at(text: str, start: int) -> int:
    """How many digits ``text`` holds from ``start`` on, up to 5."""
    match = _DIGITS.match(text, start, None, KEEP_GIL)
    return 0 if match is None else match.end() - start


_DIGITS = compiled(rf"\d{{1,{_MOST_DIGITS}}}")


@functools.cache
def _rules_for(key: str, heads: frozenset[str]) -> tuple[str, ...]:
    """The rules that may start at a word of ``key`` and find all the kinds of heads they need
    (one of their sets) among ``heads`` (few keys and kinds: a small cache, one look-up per
    candidate instead of a loop)."""
    return tuple(
        rule for rule in DISPATCH.get(key, ()) if any(needs <= heads for needs in RULE_NEEDS[rule])
    )


@functools.lru_cache(maxsize=4096)
def _rules_at_number(
    heads: frozenset[str], digits: int, after: str, joined: bool
) -> tuple[str, ...]:
    """The rules that may start at a number of ``digits`` digits followed by ``after`` (see
    AT_DIGITS), ``joined`` to one before it, and use one of the kinds of ``heads``: few
    combinations, so one cached look-up per number (keyed by the heads' set, whose hash
    Python keeps, not by a tuple of rules)."""
    rules = _rules_for("#digit", heads)
    return tuple(
        rule for rule in rules if rule not in AT_DIGITS or AT_DIGITS[rule](digits, after, joined)
    )


def rules_at(text: str, start: int, word: str, heads: frozenset[str]) -> tuple[str, ...]:
    """The rules to try at ``word``, which starts at ``start`` and has ``heads`` after it."""
    key = key_of(word)
    if key != "#digit":
        rules = _rules_for(key, heads)
        if key in MONTHS:  # (the month is the whole word: lowering kept its length)
            end = start + len(word)
            rules = after_month(rules, text[end : end + 4])
        return without_closed(text, start, rules) if "ago" in rules else rules
    # A word of ASCII digits is the whole number (a word ends where the digits do, and
    # lowering leaves digits alone): its length, without a regex call per number.
    ascii_digits = word.isascii() and word.isdigit()
    digits = min(len(word), _MOST_DIGITS) if ascii_digits else digits_at(text, start)
    after = text[start + digits : start + digits + 3]
    # Only a day's one or two digits are read joined (next_day): a year's four are not
    # looked back from ("and 2025" is no second day).
    rules = _rules_at_number(heads, digits, after, digits <= 2 and _joined(text, start))
    return without_closed(text, start, rules) if "ago" in rules else rules


def _joined(text: str, start: int) -> bool:
    """Whether "and ", "or " or "& " (in any case, as the rules read them) stands right
    before ``start``: the second day of "May 24 and 25" (next_day). Its last two characters
    first, a look-up: most numbers stand after none."""
    return text[max(0, start - 2) : start] in _JOIN_ENDS and text.endswith(_JOINS, 0, start)


_JOINS = tuple(
    sorted(
        {
            "".join(cased) + " "
            for word in ("and", "or", "&")
            for cased in itertools.product(*((letter.lower(), letter.upper()) for letter in word))
        }
    )
)
_JOIN_ENDS = frozenset(join[-2:] for join in _JOINS)
