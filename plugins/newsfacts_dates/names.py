"""A time word that is part of a name: "USA Today", NBC's "Today" show, the film "High
Noon", ABC's "This Week With David Brinkley".

Running prose writes these words (``data/lowercase_time_words.txt``) in lower case, and at
the start of a sentence capitalizes only the first. Capitalized right after a capitalized
word, or capitalized past an expression's first word, they name a paper, a programme or a
film. A line whose words are mostly capitalized is a headline, where every word is; a
holiday's name ("Christmas Day", "New Year's Eve") is capitalized by rule. A weekday is
part of a paper's name ("the Sunday Times", "the Mail on Sunday") or a given name ("a memoir
by Wednesday Hale"), and a time word quoted alone a title (NBC's "Today").
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from newsfacts.plugin import Check, compiled, decide, read_words
from newsfacts_dates.grammar import HOLIDAYS, KEEP_GIL, MONTHS, PACKAGE, PARTS_OF_DAY, WEEKDAYS

LOWERCASE_TIME_WORDS = read_words(PACKAGE, "lowercase_time_words.txt")
WEEKDAY_TITLES = read_words(PACKAGE, "weekday_titles.txt")
WEEKDAY_NAME_OPENERS = read_words(PACKAGE, "weekday_name_openers.txt")
# "Mail on Sunday" -> ("Mail on ", "Sunday"): the words of a paper's name before its weekday
WEEKDAY_PAPERS = tuple(
    (name[: name.rindex(" ") + 1], name[name.rindex(" ") + 1 :])
    for name in sorted(read_words(PACKAGE, "weekday_papers.txt"))
)

# A line is a headline when at most this share of its words of more than three letters (or
# one of them) are in lower case: a headline capitalizes them all but a few ("in", "of" are
# shorter), prose only names and a sentence's first word ("said", "that" stay lower case).
_HEADLINE_LOWER_SHARE = 0.15
# A headline is no longer than this many characters.
_HEADLINE_LENGTH = 300
# The word right before an expression, on its line: "USA " of "USA Today", "NBC's ".
# (No full stop in it: "the U.S. Today" may be a sentence's end and the next one's start.)
_WORD_BEFORE = compiled(r"([\p{L}\d&\-]++)(?:['’]s)?[ \u00a0]\G", flags=regex.REVERSE)
_WORD = compiled(r"[\p{L}][\p{L}'’\-]*+")


class Written(NamedTuple):
    """A time expression where it is written: the article text and its offsets."""

    text: str
    start: int
    end: int

    @property
    def words(self) -> list[str]:
        return self.text[self.start : self.end].split()


def _capitalized_time_word(word: str) -> bool:
    return word[:1].isupper() and word.strip(".,").lower() in LOWERCASE_TIME_WORDS


@functools.lru_cache(maxsize=4096)  # an article, or a text of dates, repeats its expressions
def _holds_a_capitalized_time_word(expression: str) -> bool:
    """Whether any word of ``expression`` is a capitalized lower-case time word: the quick
    test before :data:`CHECKS` (a weekday or a month never is)."""
    return any(map(_capitalized_time_word, expression.split()))


def _holiday(written: Written) -> str:
    return _holiday_in(written.text[written.start : written.end].lower())


@functools.lru_cache(maxsize=4096)  # few distinct expressions: each looked through once
def _holiday_in(lowered: str) -> str:
    return next((name for name in HOLIDAYS if name in lowered), "")


def _headline(written: Written) -> bool:
    """A line of at most ``_HEADLINE_LENGTH`` characters, its words mostly capitalized."""
    text, start, end = written
    line_start = text.rfind("\n", max(0, start - _HEADLINE_LENGTH), start)
    line_end = text.find("\n", end, end + _HEADLINE_LENGTH)
    if (line_start < 0 and start > _HEADLINE_LENGTH) or (
        line_end < 0 and len(text) > end + _HEADLINE_LENGTH
    ):
        return False  # a line this long is prose (and is never read whole for each time)
    line = text[line_start + 1 : line_end if line_end >= 0 else len(text)]
    long_words = [word for word in _WORD.findall(line) if len(word) > 3]
    lower = sum(word[0].islower() for word in long_words)
    return len(long_words) >= 3 and lower <= max(1, _HEADLINE_LOWER_SHARE * len(long_words))


def _after_a_capitalized_word(written: Written) -> str:
    """ "USA Today", "NBC's Today", "High Noon": the word before it (on its line, nothing
    but a space or a possessive between) is capitalized, as is its own first word."""
    if not _capitalized_time_word(written.words[0]):
        return ""
    before = _WORD_BEFORE.match(written.text, max(0, written.start - 40), written.start)
    return before.group(1) if before is not None and before.group(1)[0].isupper() else ""


def _after_a_lower_case_word(written: Written) -> str:
    """ "and Daily admitted", "the Parks of Tomorrow fund": capitalized right after a
    lower-case word of prose (on its line, nothing but a space or a possessive between),
    where no sentence starts, it is a surname or a word of a title (a headline is checked
    before; a word in capitals is stressed, not named: "act NOW, she said")."""
    first = written.words[0]
    if not _capitalized_time_word(first) or first.isupper():
        return ""
    before = _WORD_BEFORE.match(written.text, max(0, written.start - 40), written.start)
    return before.group(1) if before is not None and before.group(1)[0].islower() else ""


def _capitalized_inside(written: Written) -> str:
    """ "This Week With David Brinkley": a word past its first one capitalized."""
    return next(filter(_capitalized_time_word, written.words[1:]), "")


# A noun after a capitalized time word that makes it a programme's title: "the Today
# programme", "the Tonight Show" (not "Today program" in lower case at a sentence's start)
_PROGRAMME_AFTER = compiled(r"[ \u00a0]++(?:programme|program|show|Show|Programme|Program)\b")


def _programme_word_after(written: Written) -> bool:
    """ "BBC Radio 4's Today programme", "NBC's Tonight Show": a capitalized time word before
    a programme's noun, past the start of its sentence."""
    words = written.words
    return (
        len(words) == 1
        and _capitalized_time_word(words[0])
        and not _opens_a_sentence(written.text, written.start)
        and _PROGRAMME_AFTER.match(written.text, written.end) is not None
    )


# The capitalized word right after an expression: "Times" of "the Sunday Times"
_CAPITALIZED_AFTER = compiled(r"[ \u00a0](\p{Lu}\p{Ll}++)\b")
# Lower-case words before a weekday that open a name: "the Sunday Times", "a Sunday School"
_TITLE_OPENERS = frozenset({"the", "a"})


def _titled_weekday(text: str, start: int, end: int) -> bool:
    """A capitalized weekday alone before a capitalized noun of ``data/weekday_titles.txt``:
    the quick test of :func:`_weekday_in_a_title`."""
    after = _CAPITALIZED_AFTER.match(text, end, None, KEEP_GIL)
    return (
        after is not None
        and after.group(1) in WEEKDAY_TITLES
        and text[start].isupper()
        and text[start:end].lower() in WEEKDAYS
    )


def _weekday_in_a_title(written: Written) -> str:
    """ "the Sunday Times", "Britain's Sunday Telegraph", "the Ben Strother Sunday School
    class": a weekday before a paper's or a school's noun, after "the", "a" or a capitalized
    word (not after "on" or "said": "said Sunday Times Square was closed")."""
    text, start, end = written
    if not _titled_weekday(text, start, end):
        return ""
    before = _WORD_BEFORE.match(text, max(0, start - 40), start)
    if before is None and (start == 0 or text[start - 1] == "\n"):
        return "a line's start"  # "Sunday Telegraph reported ..." opening a paragraph
    word = "" if before is None else before.group(1)
    return word if word[:1].isupper() or word in _TITLE_OPENERS else ""


def _paper_on_a_weekday(text: str, start: int, end: int) -> str:
    """ "the Mail on Sunday": a weekday ending a paper's name of ``data/weekday_papers.txt``,
    written so after "the" (the quick test of :func:`_weekday_ending_a_paper`)."""
    weekday = text[start:end]
    for head, day in WEEKDAY_PAPERS:
        opening = start - len(head)
        if (
            weekday == day
            and text.startswith(head, opening)
            and text[max(0, opening - 4) : opening].lower() == "the "
        ):
            return head + day
    return ""


def _weekday_ending_a_paper(written: Written) -> str:
    return _paper_on_a_weekday(*written)


# A quoted title's capitalized words before a weekday, from the opening mark: '"Fox News ',
# "''Fox News " (matched backwards from the weekday)
_QUOTED_TITLE_BEFORE = compiled(
    r"""(?:''|["“])\p{Lu}[\p{L}'’&\-]*(?:[ ]\p{Lu}[\p{L}'’&\-]*)*[ ]\G""",
    flags=regex.REVERSE,
)
# The closing mark right after it, a full stop or a comma may come inside: 'Sunday."'
_TITLE_CLOSING = compiled(r"[.,]?+(?:''|[\"”])")


def _quoted_title_ending(text: str, start: int, end: int) -> bool:
    """A capitalized weekday ending a quoted run of capitalized words: "Fox News Sunday" in
    quotes (the quick test of :func:`_weekday_ending_a_title`)."""
    return (
        _TITLE_CLOSING.match(text, end, end + 3, KEEP_GIL) is not None
        and text[start].isupper()
        and text[start:end].lower() in WEEKDAYS
        and _QUOTED_TITLE_BEFORE.match(text, max(0, start - 60), start) is not None
    )


def _weekday_ending_a_title(written: Written) -> bool:
    return _quoted_title_ending(*written)


# Quotation marks opening a title, and a closing one after it (a full stop may come inside):
# NBC's "Today", ''Today.'' at a sentence's end; not "Today," opening a longer quote, nor
# a possessive's apostrophe: "“Today’s vote shows ..."
_OPENING_QUOTES = ("''", '"', "'", "“", "‘")
_CLOSING_QUOTE = compiled(r"\.?+(?:''|[\"'”’])(?!\p{L})")


def _after_an_opening_quote(text: str, start: int) -> bool:
    """A quotation mark right before ``start``, after a space, a bracket or nothing."""
    mark = next((mark for mark in _OPENING_QUOTES if text.endswith(mark, 0, start)), "")
    opening = start - len(mark)
    return bool(mark) and (opening == 0 or text[opening - 1].isspace() or text[opening - 1] == "(")


def _quoted_alone(written: Written) -> bool:
    """'told NBC's "Today" on Monday', 'joined ''Today'' as an anchor': one capitalized
    lower-case time word quoted alone is a programme's or a film's title."""
    text, start, end = written
    return (
        len(written.words) == 1
        and _capitalized_time_word(written.words[0])
        and _after_an_opening_quote(text, start)
        and _CLOSING_QUOTE.match(text, end) is not None
    )


# What comes before a quoted title and never before a quoted saying: an owner or "the" (KBTV's
# "Nightly Report", WKRT's "Midday Live", called the "Midnight Riders")
_TITLE_OWNER = compiled(r"(?:['’]s|\b[Tt]he)[ \u00a0]\G", flags=regex.REVERSE)


def _quoted_after_an_owner(written: Written) -> bool:
    """KBTV's "Nightly Report", the "Midnight Riders": a capitalized time word opening a quote
    after an owner's possessive or "the" opens a title (a quote after them says no words)."""
    text, start, _ = written
    mark = next((mark for mark in _OPENING_QUOTES if text.endswith(mark, 0, start)), "")
    opening = start - len(mark)
    return (
        bool(mark)
        and _capitalized_time_word(written.words[0])
        and _TITLE_OWNER.match(text, max(0, opening - 8), opening) is not None
    )


# Capitalized words after a weekday that are no surname: "by Friday March 3", "by Friday
# Night", "by Monday Eastern time"
_NO_SURNAMES = frozenset(
    word.capitalize()
    for word in (*MONTHS, *WEEKDAYS, *PARTS_OF_DAY, "eastern", "central", "mountain", "pacific")
)


# The capitalized word after a weekday and the lower-case word after that, if any: "Hale
# about" of "by Wednesday Hale about", "Congress would" of "by Tuesday Congress would act"
_SURNAME_AFTER = compiled(r"[ \u00a0](\p{Lu}\p{Ll}++)\b(?:[ \u00a0]++(\p{Ll}++)\b)?")
# Verbs after that word make it a clause's subject, the weekday a deadline
SUBJECT_VERBS = read_words(PACKAGE, "subject_verbs.txt")


def _weekday_as_a_given_name(text: str, start: int, end: int) -> str:
    """ "a memoir by Wednesday Hale": a capitalized weekday after a word of
    ``data/weekday_name_openers.txt``, before a capitalized word that may be a surname and
    no verb after it (the quick test of :func:`_given_name`)."""
    after = _SURNAME_AFTER.match(text, end, None, KEEP_GIL)
    if after is None or after.group(1) in _NO_SURNAMES or not text[start].isupper():
        return ""
    if after.group(2) in SUBJECT_VERBS:
        return ""
    if text[start:end].lower() not in WEEKDAYS:
        return ""
    before = _WORD_BEFORE.match(text, max(0, start - 40), start)
    word = "" if before is None else before.group(1)
    return word if word in WEEKDAY_NAME_OPENERS else ""


def _given_name(written: Written) -> str:
    return _weekday_as_a_given_name(*written)


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \u00a0\"“‘'")
    return not before or before[-1] in ".!?\n"


#: Is a time expression part of a name? Checked in this order; "name" drops it.
CHECKS: tuple[Check[Written], ...] = (
    Check("holiday", _holiday, "time", 'a holiday\'s name: "Christmas Day", "New Year\'s Eve"'),
    Check(
        "weekday-in-a-title",
        _weekday_in_a_title,
        "name",
        'a weekday before a paper\'s or a school\'s noun: "the Sunday Times", "a Sunday School"',
    ),
    Check(
        "weekday-ending-a-paper",
        _weekday_ending_a_paper,
        "name",
        'a weekday ending a paper\'s name: "the Mail on Sunday"',
    ),
    Check(
        "weekday-ending-a-title",
        _weekday_ending_a_title,
        "name",
        'a weekday ending a quoted title: "Fox News Sunday"',
    ),
    Check(
        "weekday-as-a-given-name",
        _given_name,
        "name",
        'a weekday after "by" or an author\'s noun, before a surname: "by Wednesday Hale"',
    ),
    Check("headline", _headline, "time", "a line of capitalized words: a headline"),
    Check(
        "after-a-capitalized-word",
        _after_a_capitalized_word,
        "name",
        'capitalized after a capitalized word: "USA Today", "NBC\'s Today", "High Noon"',
    ),
    Check(
        "after-a-lower-case-word",
        _after_a_lower_case_word,
        "name",
        'capitalized after a lower-case word: "and Daily said", "Parks of Tomorrow"',
    ),
    Check(
        "programme-word-after",
        _programme_word_after,
        "name",
        "capitalized before a programme's noun: \"Radio 4's Today programme\"",
    ),
    Check(
        "capitalized-inside",
        _capitalized_inside,
        "name",
        'a lower-case time word capitalized past its first word: "This Week With ..."',
    ),
    Check(
        "quoted-after-an-owner",
        _quoted_after_an_owner,
        "name",
        'a capitalized time word opening a quote after an owner or "the": KBTV\'s "Nightly Report"',
    ),
    Check(
        "quoted-alone",
        _quoted_alone,
        "name",
        'a capitalized time word quoted alone: a title, NBC\'s "Today"',
    ),
)


def in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the time expression ``text[start:end]`` is part of a name (see :data:`CHECKS`)."""
    expression = text[start:end]
    # The three weekday tests read the words around it only for a weekday written alone: one
    # look-up first, not two regex calls and a loop for every date of a text.
    if not _holds_a_capitalized_time_word(expression) and not (
        expression.lower() in WEEKDAYS
        and (
            _titled_weekday(text, start, end)
            or _paper_on_a_weekday(text, start, end)
            or _weekday_as_a_given_name(text, start, end)
            or _quoted_title_ending(text, start, end)
        )
    ):
        return False
    written = Written(text, start, end)
    return decide(CHECKS, written, default="time", start=start, end=end) == "name"
