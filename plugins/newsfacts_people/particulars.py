"""A person's age and US party, read where the name is written: an age set off right after
the name ("Tom Baxter, 34,", "Ana Ruiz, a 52-year-old nurse", "Tom Baxter (34)") or right
before it ("34-year-old Tom Baxter", "the 23-year-old striker Jadon Price"), and a party's
letter with the state after it ("Sen. Jane Doe (D-Mass.)", "Mitch McConnell, R-Ky.,").
:func:`newsfacts_people.resolve.resolve` shares them over all mentions of the person."""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsfacts.plugin import PEOPLE_NOUNS, compiled, read_table
from newsfacts_people import lexicon as lx
from newsfacts_people.candidates import Mention
from newsfacts_people.roles import Context

# "D" -> "Democrat" (data/parties.tsv)
PARTIES = {row[0]: row[1] for row in read_table("newsfacts_people", "parties.tsv", columns=2)}

# An age set off right after a name: "Tom Baxter, 34, has", "Smith, 34.", "Tom Baxter, 34 of
# Leeds", "Ana Ruiz, a 52-year-old nurse", and in British papers "Tom Baxter (34)" (in a
# sports report a number in brackets is a goal's minute or a batsman's score: "Salah (34)").
# A number of its own: not the start of "6,000" or "3.5".
_AGE_AFTER = compiled(
    r"""[ \u00a0]*+
    (?: ,[ \u00a0]++ (?: (?P<age>\d{1,3}) (?: [,.;)](?!\d) | [ \u00a0]++(?:of|from|and|who)\b )
                     | an?[ \u00a0]++ (?P<age>\d{1,3})-year-old\b )
      | \( (?P<bracketed>\d{1,3}) \) )""",
    regex.VERBOSE,
)
# An age before a name, up to three lower-case words between: "34-year-old Tom Baxter", "the
# 23-year-old striker Jadon Price" (not "a 50-year-old policy of Sen. Ruth Lee": a function
# word between). Searched in a bounded stretch ending at the name.
_AGE_BEFORE = compiled(
    r"""(?<![\d.,\-])(?P<age>\d{1,3})-year-old
    (?P<between>(?:[ \u00a0]++\p{Ll}[\p{L}\-]*+){0,3}+) [ \u00a0]++\Z""",
    regex.VERBOSE,
)
_BEFORE_REACH = 60
# The lower-case word after a name: "the 66-year-old Harlan voter" is the voter's
# age, the name a modifier (read when the age before it is a person noun's: "supporter").
_WORD_AFTER = compiled(r"[ \u00a0]++(\p{Ll}++)")
# A US party's letter and the state or home town after a name, set off by a comma or in
# brackets: "(D-Mass.)", "(I-Vt.)", ", R-Ky.,", ", D-N.Y.)", ", D-Las Cruces," (not ",
# D-Day veteran": the capitalized words end at a comma, a bracket or a full stop).
_PARTY_AFTER = compiled(
    r"""[ \u00a0]*+ [(,] [ \u00a0]*+ (?P<party>[DRI]) -
    \p{Lu}[\p{L}.]*+ (?:[ \u00a0]\p{Lu}[\p{L}.]*+){0,2}+
    (?: [,);] | \Z | (?<=\.)[ \u00a0] )""",
    regex.VERBOSE,
)
_AFTER_REACH = 40  # characters read after a name for its age or party
# What the patterns after a name read first, spaces aside: a comma or an opening bracket,
# then a digit, "a" (", a 52-year-old") or a party's letter.
AFTER_OPENERS = (",", "(")
_AFTER_OPENED = frozenset("0123456789a") | frozenset(PARTIES)
_OLDEST = 120  # a larger number after a name is no age ("Smith, 150, ...": a count)


def particulars(
    text: str, mention: Mention, described: Context, sports_report: Callable[[], bool]
) -> Context:
    """``described`` with the age and party written next to ``mention``, if any
    (``sports_report``: whether the article is one, asked only of an age in brackets)."""
    opens = _opens_after(text, mention.end)
    age = _age_after(text, mention.end, sports_report) if opens else None
    if age is None:
        low = mention.start - _BEFORE_REACH if mention.start > _BEFORE_REACH else 0
        if text.find("-year-old", low, mention.start) >= 0:
            age = _age_before(text, mention.start, mention.end)
    party = _party_after(text, mention.end) if opens else None
    if age is None and party is None:
        return described  # nearly every mention
    return described._replace(age=age, party=party)


def _opens_after(text: str, end: int) -> bool:
    """Whether what follows ``end`` may be an age or a party (see AFTER_OPENERS): most
    names have a space and a word or a full stop after them, and a pattern read there costs
    more than this look."""
    following = text[end : end + 8].lstrip(" \u00a0")
    return following[:1] in AFTER_OPENERS and following[1:].lstrip(" \u00a0")[:1] in _AFTER_OPENED


def age_after(text: str, end: int, sports_report: Callable[[], bool] = bool) -> int | None:
    """The age set off right after a name ending at ``end``: "Tom Baxter, 34,"; in a
    ``sports_report`` not one in brackets."""
    return _age_after(text, end, sports_report) if _opens_after(text, end) else None


def _age_after(text: str, end: int, sports_report: Callable[[], bool]) -> int | None:
    found = _AGE_AFTER.match(text, end, end + _AFTER_REACH, lx.CONCURRENT)
    if found is None or (found.group("bracketed") and sports_report()):
        return None
    return _age(found.group("age") or found.group("bracketed"))


def _age_before(text: str, start: int, end: int) -> int | None:
    found = _AGE_BEFORE.search(text, max(0, start - _BEFORE_REACH), start, lx.CONCURRENT)
    if found is None:
        return None
    if any(word.capitalize() in lx.FUNCTION_WORDS for word in found.group("between").split()):
        return None
    noun = _WORD_AFTER.match(text, end, end + 24, lx.CONCURRENT)
    if noun is not None and _person_noun(noun.group(1)):
        return None  # "the 66-year-old Harlan voter": the name modifies a noun
    return _age(found.group("age"))


def _person_noun(word: str) -> bool:
    """A noun of people, singular or plural ("supporter", "volunteer", "fans"): the core's
    list holds the plurals."""
    return word in lx.ROLE_HEADS or word in PEOPLE_NOUNS or word + "s" in PEOPLE_NOUNS


def _age(digits: str) -> int | None:
    age = int(digits)
    return age if 0 < age <= _OLDEST else None


def _party_after(text: str, end: int) -> str | None:
    found = _PARTY_AFTER.match(text, end, end + _AFTER_REACH, lx.CONCURRENT)
    return None if found is None else PARTIES[found.group("party")]
