"""Numbers that sports reports write as names of things: a race's distance ("won the
1500m": metres, no millions), a batsman's century ("reached his hundred": no number), the
rows of a results table, whose numbers count no name ("62 Jane Doe 64 Ann Roe"); and a
shot that is a stroke or a try, no wound ("within one shot of the lead")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers.raw import Raw
from newsfacts_numbers.words_before import whole_word_before

# Words after a race's distance that go with the race: "the 100m in 9.58", "the 5000m world
# record" (and those of metre_context.txt: "the 400m hurdles")
_RACE_AFTER = frozenset(["in", "at", "on", "and", "or", "world", "title", "gold", "record"])


def race(text: str, start: int, digits: str, end: int) -> bool:
    """Whether the number at ``start`` (written ``digits``) with an attached "m" (ending at
    ``end``) is a race's distance after "the" (:data:`lexicon.RACE_DISTANCES`: "won the
    1500m", "the 100m in 9.58 seconds"), no millions: not before a noun in lower case, the
    amount's ("the 200m deal"), but a word of the race ("the 5000m world record")."""
    if digits not in lx.RACE_DISTANCES or whole_word_before(text, start).lower() != "the":
        return False
    return _fits_after(text, end, lx.METRE_CONTEXT | _RACE_AFTER)


def century(text: str, start: int, end: int) -> bool:
    """Whether a bare "hundred" (at ``start``..``end``) is a batsman's century: after a word
    of :data:`lexicon.CENTURY_WORDS` or a name's possessive ("his hundred", "a maiden
    hundred", "Kohli's 50th one-day international hundred"), before no noun it counts ("his
    hundred days in office" are days)."""
    word = whole_word_before(text, start)
    if not (word.endswith(("'s", "’s")) or word in lx.CENTURY_WORDS):
        return False
    return _fits_after(text, end, lx.COUNTED_STOPS)


def _fits_after(text: str, end: int, words: Collection[str]) -> bool:
    """Whether what follows ``end`` leaves the number a name: the end of the text, a mark, a
    capitalized word or one of ``words``; not another word in lower case."""
    following = px.NEXT_WORD.match(text, end)
    if following is None or text[end : following.start(px.W)].strip():
        return True  # the end of the text, or a mark before the next word: "the 100m."
    word = following.group(px.W)
    return not word.islower() or word in words


# A number right after a name, on its line: "Ulsan 2", "Ian Woosnam 70"; or past an aside in
# brackets, a score no word in lower case follows: "Ann Roe ( Canada ) 71 70", "Blue
# Eagles (Peru) 88 ( 40-37 )", not "the 4th Signal Brigade (SB) 16 months ago"
_NUMBER_AFTER = compiled(
    r"""
    [ \t]++\d                                   # "Ulsan| 2"
    | [ \t]*+\([^()\n]{1,30}+\)[ \t]++\d[\d.:]*+  # "Ann Roe| ( Canada ) 71"
      (?![ \t]++\p{Ll})                          # not "(SB) 16 months"
    """,
    flags=regex.VERBOSE,
)
# What ends a row's name: the text's or its line's end, or a comma, a stop or an aside's
# bracket after it (``mark``)
_ROW_CLOSE = compiled(r"[ \t]*+(?:\n|\Z|(?P<mark>[,.(]))")
_ROW_REACH = 8  # characters before a row's number searched for its line's or list's start


def result_name(text: str, raw: Raw, words: Sequence[str], end: int) -> bool:
    """Whether the phrase of ``words``, ending at ``end``, read after the number ``raw``, is
    a name in a results table, no count of it: a name (its first and last words
    capitalized) with a number right after it on its line, a result line's side ("Pohang 3
    Ulsan 2", "DETROIT 4 Kansas City 0") or a player and his scores ("287 Ann Roe ( Canada )
    70 76"); or a name in a row that a number in digits opens, on a line or after a list's
    stop, and that its line's end, a comma, a stop or an aside closes: "62 Jane Doe" on a
    line of its own, "65 Ann Roe , Mary Poe ( Canada )", "3 John Smith.  4 Tom Brown." (one
    word in "s" only at a line's end: "12 Democrats ," is a count)."""
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if _NUMBER_AFTER.match(text, end) is not None:
        return True
    return raw.kind == "count" and _opens_row(text, raw.start) and _closes_row(text, words, end)


def _opens_row(text: str, start: int) -> bool:
    """Whether the number at ``start`` is in digits and opens its line, the text or a list's
    item after a stop ("1 Ann Roe.  2 Tom Brown."; not after a colon, which opens
    a list of counts as often: "degrees awarded: 41 First Class, 820 Second Class")."""
    if not text[start : start + 1].isdigit():
        return False
    before = text[max(0, start - _ROW_REACH) : start].rstrip(" \t")
    if not before:
        return start <= _ROW_REACH
    return before[-1] in "\n.!?"


def _closes_row(text: str, words: Sequence[str], end: int) -> bool:
    """Whether the name of ``words`` ends its row at ``end``: the text's or its line's end,
    a comma, a stop or an aside's bracket after it; only its line's end after one word in
    "s", a count's plural noun ("12 Democrats ,")."""
    close = _ROW_CLOSE.match(text, end)
    if close is None:
        return False
    return not close["mark"] or len(words) > 1 or not words[0].endswith("s")


# Words before a count that make "shot" after it a noun, the count no subject of a verb: a
# determiner, a preposition, a verb of having ("the one shot", "within one shot", "we have
# one shot at it")
_SHOT_OWNERS = frozenset(
    ["the", "a", "his", "her", "their", "its", "our", "your", "my", "another", "within", "by",
     "have", "has", "had", "get", "got", "take", "took"]
)  # fmt: skip


def shot_noun(text: str, start: int, match: regex.Match[str] | None) -> bool:
    """Whether "shot" right after the count at ``start`` (``match``, the first word read
    after it) is a noun, a stroke or a try, not the count's wound ("two shot dead"): before
    "of" ("finished within one shot of Park") or after a word of :data:`_SHOT_OWNERS`
    ("we only get one shot at this", "that was our one shot")."""
    if match is None or match.group(px.W).lower() != "shot":
        return False
    following = px.WORD.match(text, match.end())
    if following is not None and following.group(px.W).lower() == "of":
        return True
    return whole_word_before(text, start).lower() in _SHOT_OWNERS
