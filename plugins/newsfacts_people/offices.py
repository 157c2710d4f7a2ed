"""An office written with "of", "for" or "in" and its portfolio before a name, as news of
many countries writes a minister's: "Secretary of State for Work and Pensions Liz Kendall",
"Minister of Information and Culture Mohammed Idris", "Leader of the Opposition Rahul
Gandhi". The run of capitalized words after the last "and", "of" or "for" opens with the
portfolio's last words ("Pensions Liz Kendall"): they are the office's, not the name's.
Read by :func:`newsfacts_people.mentions.find_mentions`."""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

import regex

from newsfacts.plugin import compiled
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people import roles
from newsfacts_people.runs import Token
from newsfacts_people.surname_first import surname_first
from newsfacts_people.surroundings import in_title_case_line

_TEXT = itemgetter(2)  # a token's text


class Office(NamedTuple):
    """How many of a group's words are the office's, and the office as written."""

    words: int
    text: str


# One capitalized word of the office and what joins it to the next, read backwards from
# where the next starts: "Secretary| of |", "State| for |", "Work| and |", "Culture|, |",
# "Cabinet| |Secretary", "Chair| of the |", "Minister| in the |" (not "Chair| in |Federal
# Economic Policy", a professorship)
_STEP = compiled(
    r"""
    \b(?P<word>\p{Lu}[\p{L}'’-]*)
    (?P<join>,[ ]and[ ]|,[ ]|[ ]and[ ]|[ ](?:of|in)[ ]the[ ]|[ ](?:of|for)[ ]|[ ])
    \G
    """,
    flags=regex.REVERSE | regex.VERBOSE,
)
# The joins after an office's title word: "Minister| of |", "Leader| of the |"
_OFFICE_JOINS = frozenset({" of ", " for ", " of the ", " in the "})
# The joins between the titles before the office's title: "Cabinet| |Secretary for",
# "Minister| and |Minister of"
_TITLES_JOINS = frozenset({" ", " and "})
# How many words back the office may start: "Minister for Housing, Local Government and
# Heritage" is seven
_REACH = 10


def office_before(text: str, group: list[Token]) -> Office | None:
    """The office written before ``group`` and ending with its first words, if the group
    then names a person: a given name after the portfolio's words ("Pensions| Liz Kendall"),
    a name written family name first ("Vietnam| Nguyen Phu Trong"), or else the last two words
    of three or more ("Presidency| Khumbudzo Ntshavheni"). The name keeps two words at least:
    a group of two has no office (the caller does not ask)."""
    if not _may_end_office(text, group[0][0]):
        return None  # most groups: no office's word nor join right before them
    words = tuple(map(_TEXT, group))
    given: int | None = None
    for k in range(len(words) - 1):  # (a loop, not next() of a generator: cheaper per group)
        if (
            nf.is_given_name(words[k])
            or nf.is_initials(words[k])  # "Affairs| S. Jaishankar"
            # "Nguyen| Phu Trong": a name written family name first opens the name
            or surname_first(words[k:]) is not None
        ):
            given = k
            break
    if given is None and len(words) >= 3 and not any(map(_no_name_word, words[-2:])):
        given = len(words) - 2  # not "House of Representatives Majority Whip"
    if not given or any(word in lx.HONORIFICS for word in words[:given]):
        return None
    start = _office_start(text, group[0][0])
    if start is None or in_title_case_line(text, start, group[-1][1]):
        return None  # "Ex-Mayor: Rivera Better Suited To Be Governor for This Term"
    return Office(given, text[start : group[given - 1][1]])


# The words a join of _STEP may end with: "Work| and |", "Minister| of the |"
_JOIN_WORDS = ("and", "the", "of", "for")
# How far back _STEP reads a word and its join
_STEP_REACH = 40


def _may_end_office(text: str, end: int) -> bool:
    """Whether the text before ``end`` may end with an office's word and a join (what
    :data:`_STEP` reads first, told without it): a space, and before it a word holding a
    capital or ending as a join's word does ("Secretary of |", "Pensions and |", "Leader of the
    |"); not "said |", "(|" nor ". |", before most groups."""
    if text[end - 1 : end] != " ":
        return False
    window = text[end - _STEP_REACH if end > _STEP_REACH else 0 : end - 1]
    if not window or window[-1].isspace():
        return False
    word = window.split()[-1]
    return not word.islower() or word.endswith(_JOIN_WORDS)


def _office_start(text: str, end: int) -> int | None:
    """Where an office whose title is joined to its portfolio by "of", "for" or "in" starts,
    read back from ``end``: the farthest such title ("Secretary of State for ...", not
    "State for ..."), with the titles before it ("Cabinet Secretary for ..."); None if none.
    The words read back are no given names: "Minister of Defence Ben Wallace and Health
    Secretary" is two offices of two people."""
    found: int | None = None
    position = end
    if text[end - 2 : end] == ", ":
        return None  # "Governor of Kebbi State, Alhaji Musa Danjuma": set off after it
    following = ""  # the word read before, which follows this one
    for _ in range(_REACH):
        step = _STEP.search(text, max(0, position - _STEP_REACH), position)
        if step is None or nf.is_given_name(step["word"]):
            break
        word, join = step["word"], step["join"]
        if join in _OFFICE_JOINS and word in lx.TITLES:
            found = step.start()
        elif found is not None:
            # Only titles before the office's: "Cabinet| Secretary for", "Deputy Prime
            # Minister and| Minister of", "Under| Secretary of"; not "President Trump and|
            # Secretary of State"
            if join not in _TITLES_JOINS or not (
                _title_word(word) or (word, following) in lx.TITLE_PAIRS
            ):
                break
            found = step.start()
        position, following = step.start(), word
    return None if found is None else _body_start(text, found)


def _body_start(text: str, start: int) -> int:
    """Where the office starts when a body whose name is written in its officers' titles
    ends right before ``start`` or runs into the office's first words: "Pentagon |Chief of
    Staff", "White |House Chief of Staff" (``data/office_bodies.txt``; "House" alone is a
    title's word, "House Speaker")."""
    for body in _BODY_NAMES:
        at = text.find(body, max(0, start - len(body) - 1), start + len(body))
        body_end = at + len(body)
        if (
            0 <= at < start <= body_end + 1
            and not text[at - 1 : at].isalnum()
            and not text[body_end : body_end + 1].isalnum()
        ):
            return at
    return start


_BODY_NAMES = tuple(" ".join(body) for body in lx.OFFICE_BODIES)


def _no_name_word(word: str) -> bool:
    """A word of a title or an organization's name: "Majority Whip", "Economic Policy"."""
    return _title_word(word) or word in lx.ORG_WORDS or word in lx.NOT_NAMES


def _title_word(word: str) -> bool:
    return word in lx.TITLES or word in lx.TITLE_MODIFIERS or roles.is_role(word)
