"""Ages no comma closes. After a name: "Jane Roe, 55 of Dayton", "Jane Roe, 41 — a nurse —",
"Jane Roe, 13 and her sister", and after a full name with no comma at all, before a verb or
a home town: "Jane Roe 44 said", "John Doe 45 of Boston" (local news and wires write them
so). After people and "under" or "over", a poll's age group: "adults under 40", "those over
65". Two ages in apposition after people: "The men, 19 and 24, told officers". And one age
shared by two people: "Ann Roe and Ben Cole, both 31, were charged"."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.raw import Raw

_MAX_AGE = 120
# After the age: a home town (a name, not a possessive: "12 of Ohio's delegates" is no age),
# a clause on the person ("and said", "and her brother"), an aside's dash, or (after a full
# name with no comma) a verb only a person is the subject of ("who", "said"; not "has", "is":
# "Star Trek 13 is due", "Studio City 54 was a club").
_AFTER = compiled(
    r"""
    [ \t]++(?:
        (?P<town>(?:of|from)[ \t]++\p{Lu}[\p{L}.]*+(?:[ \t]++\p{Lu}[\p{L}.]*+)*+(?![\p{L}'’]))
      | and[ \t]++\p{Ll}
      | [—–―]
      | (?P<verb>who|said|says|told)\b
    )
    """,
    regex.VERBOSE,
)
# The first characters of what _AFTER reads after one space
_AFTER_FIRST = frozenset("ofawst—–―")
# Before it, read backwards from the number (REVERSE, anchored there by \G): a name and a
# comma ("Jane Roe, ", "Jane Roe , " in tokenized text) ...
_NAME_COMMA = compiled(r"\b\p{Lu}[\p{L}'’.\-]*[ \t]?,[ \t]\G", flags=regex.REVERSE)
# ... or a full name of two words with no comma ("Jane Roe "; not "Apollo 11 said")
_FULL_NAME = compiled(r"\b\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}[\p{L}'’\-]*[ \t]\G", flags=regex.REVERSE)


def loose_age(text: str, raw: Raw) -> bool:
    """Whether the bare count ``raw``, in digits, is a person's age after a name with no
    comma after it (see the module). A name and a comma take a home town, "and" and a word in
    lower case or a dash after the age; a full name with no comma takes two digits and a
    verb of a person or a home town after them: "Jane Roe 44 said", not "Jane Roe 4 and",
    "Windows Phone 10 is"."""
    if text[raw.end + 1 : raw.end + 2] not in _AFTER_FIRST or text[raw.end : raw.end + 1] != " ":
        return False  # the quick test: "5 people" is decided here
    if not text[raw.start].isdigit() or not 0 < raw.value <= _MAX_AGE or raw.value % 1:
        return False  # "Still, one has to": an age in digits only
    after = _AFTER.match(text, raw.end)
    if after is None:
        return False
    low = max(0, raw.start - 40)
    if after.group("verb") is None and _NAME_COMMA.search(text, low, raw.start) is not None:
        return True  # not "Jane Roe, 43 said the same" (a poll's figure)
    return (
        raw.end - raw.start == 2
        and (after.group("verb") is not None or after.group("town") is not None)
        and _FULL_NAME.search(text, low, raw.start) is not None
    )


# What the text ends with before an age group's number: "adults under 40", "those older than 70"
_GROUP_ENDS = ("under ", "over ", "than ")
# Read backwards from the number (REVERSE, anchored there by \G): the people and the word of
# the group's bound
_GROUP_BEFORE = compiled(
    r"\b(?P<people>\p{L}+)[ \t]+(?:under|over|(?:younger|older)[ \t]+than)[ \t]+\G",
    flags=regex.REVERSE,
)
# Pronouns for people that an age group follows, besides the nouns for people, and the
# groups a poll splits by age ("whites 30 to 49", "Hispanics younger than 35", "Democrats
# under 45"), which the core's nouns for people leave out
_GROUP_PRONOUNS = frozenset(
    [
        *("those", "anyone", "everyone", "someone"),
        *("blacks", "whites", "latinos", "hispanics", "asians", "evangelicals", "millennials"),
        *("democrats", "republicans", "independents"),
    ]
)
# After the number: nothing it counts, a mark, a conjunction, a preposition, a verb's
# auxiliary or a modal ("adults under 40 and", "people under 25, a poll found", "those over 70
# in Ohio", "workers under 35 have", "adults over 65 should"; not "players over 20 games")
_GROUP_AFTER = compiled(
    r"[ \t]*+(?:[,.;:)!?]|\n|\Z)"
    r"|[ \t]++(?:and|or|in|at|on|from|who|were|are|was|is|have|had|than|to|for|by"
    r"|should|must|can|could|will|would|may|might)\b"
)
# Nouns for children, the only people an age group of one digit bounds ("children under 5",
# "babies under 1"; "pupils over 8" may be a count of pupils): health and school news split
# children so (a vaccine or a drug "for children under 6")
_CHILDREN = frozenset(["children", "kids", "babies", "infants", "toddlers"])


def _children_group(text: str, raw: Raw) -> bool:
    """Whether the bare count ``raw``, one digit, bounds an age group of children: after
    "under", "over", "younger than" or "older than" and a noun for children, before what ends
    a group ("children under 5, the ministry said", "babies under 1 are"; not "teams under 5
    points")."""
    if not text.endswith(_GROUP_ENDS, 0, raw.start) or _GROUP_AFTER.match(text, raw.end) is None:
        return False  # the quick test: most counts stand after no such word
    before = _GROUP_BEFORE.search(text, max(0, raw.start - 40), raw.start)
    return before is not None and before.group("people").lower() in _CHILDREN


def age_group(text: str, raw: Raw) -> bool:
    """Whether the bare count ``raw``, two digits (one after a noun for children: "children
    under 5"), is the age bounding a group of people: after "under", "over", "younger than"
    or "older than" ("adults under 40", "people under 25, a poll found", "those over 70"; not
    "players over 20 games"), or before "and older" or "or younger" ("adults 55 and older"),
    or after people and before "and over", "and up" or "and under" ("those 60 and over",
    "children 12 and under")."""
    if not text[raw.start].isdigit():
        return False
    if raw.low is not None:
        return _range_of_ages(text, raw)
    if raw.end - raw.start == 1:
        return _children_group(text, raw)
    if raw.end - raw.start != 2:
        return False
    if text[raw.end : raw.end + 5] in _OPEN_BOUND_FIRST:
        bound = _OPEN_BOUND.match(text, raw.end)
        if bound is not None:
            return bound.group("age") is not None or _people_before(text, raw.start, "")
    if not text.endswith(_GROUP_ENDS, 0, raw.start):
        return False  # the quick test: most counts stand after no such word
    if _GROUP_AFTER.match(text, raw.end) is None:
        return False
    # "older than" and "younger than" are words of age whoever stands before them ("all of
    # the judges are younger than 60."); "under" and "over" only after people
    return text.endswith(_AGE_BOUNDS, 0, raw.start) or _people_before(text, raw.start, "bound")


_AGE_BOUNDS = ("older than ", "younger than ")
# A range of two ages of two digits each: "30 to 49", "18-24", "25 – 39"
_AGE_RANGE = compiled(r"\d\d(?:[ \t]*+[-–][ \t]*+|[ \t]++to[ \t]++)\d\d")


def _range_of_ages(text: str, raw: Raw) -> bool:
    """Whether the bare range ``raw`` is a group's ages, two digits to two digits right after
    a noun for people (or "those") and before what ends a group ("among voters 30 to 49 and",
    "those 18-24, a poll found"; not "buy 20 to 25 buses", "read by 10 to 12 editors")."""
    return (
        _AGE_RANGE.fullmatch(text, raw.start, raw.end) is not None
        and _GROUP_AFTER.match(text, raw.end) is not None
        and _people_before(text, raw.start, "")
    )


# An open bound after the number: "and older", "or younger" (words of age), "and over",
# "and up", "and under" (an age only after people)
_OPEN_BOUND = compiled(r"[ \t](?:and|or)[ \t]++(?:(?P<age>older|younger)|over|up|under|above)\b")
_OPEN_BOUND_FIRST = frozenset([" and ", " or o", " or y", " or u", " or a"])


def _people_before(text: str, start: int, bound: str) -> bool:
    """Whether a noun for people (or "those", "anyone" ...) stands before the number at
    ``start``, with a bound's "under", "over" ... between them if ``bound``."""
    pattern = _GROUP_BEFORE if bound else _PEOPLE_BEFORE
    before = pattern.search(text, max(0, start - 40), start)
    if before is None:
        return False
    people = before.group("people").lower()
    return people in _GROUP_PRONOUNS or people in lx.PEOPLE


# A noun for people right before the number ("adults 55 and older"), read backwards
_PEOPLE_BEFORE = compiled(r"\b(?P<people>\p{L}+)[ \t]+\G", flags=regex.REVERSE)


# Two ages in apposition after a full name or a noun for people, each read from its number:
# the first before "and" and the second ("The men, 19| and 24,"), the second after the
# first ("The men, 19 and |24,"); what stands before them, read backwards (REVERSE,
# anchored by \G), is the noun or the name (its last word and the one before it) and its
# comma
_PAIR_SECOND_AFTER = compiled(r"[ \t]and[ \t]\d{1,3}[ \t]?,")
_WHO = r"(?<!\p{L})(?:(?P<given>\p{Lu}[\p{L}.'’\-]*)[ \t])?(?P<who>\p{L}+)[ \t]?,[ \t]"
_PAIR_WHO_BEFORE_FIRST = compiled(rf"{_WHO}\G", flags=regex.REVERSE)
_PAIR_WHO_BEFORE_SECOND = compiled(rf"{_WHO}\d{{1,3}}[ \t]and[ \t]\G", flags=regex.REVERSE)
_PAIR_REACH = 48  # characters read back for the name or the noun and the first age


def age_pair(text: str, raw: Raw) -> bool:
    """Whether the bare count ``raw``, in digits, is one of two ages in apposition after a
    full name or a plural noun for people, a comma after the pair: "The men, 19 and 24,
    told officers", "brothers John and Ben Cole, 22 and 19, were"; not a list of numbers
    ("balls 33, 47 and 58,") nor after a word opening a sentence ("Sales, 40 and 50,")."""
    if not text[raw.start].isdigit() or not 0 < raw.value <= _MAX_AGE or raw.value % 1:
        return False
    low = max(0, raw.start - _PAIR_REACH)
    if text.startswith(" and ", raw.end):  # the first age
        if _PAIR_SECOND_AFTER.match(text, raw.end) is None:
            return False
        before = _PAIR_WHO_BEFORE_FIRST.search(text, low, raw.start)
    elif text.endswith(" and ", 0, raw.start) and text[raw.end : raw.end + 1] == ",":
        before = _PAIR_WHO_BEFORE_SECOND.search(text, low, raw.start)
    else:
        return False  # the quick test: most counts stand in no pair
    if before is None:
        return False
    who = before["who"]
    return who.lower() in lx.PEOPLE or (who[0].isupper() and before["given"] is not None)


# One age shared by two or more people, after their names or a noun for them, read backwards
# from the number (REVERSE, anchored by \G): "Ann Roe and Ben Cole, both 31,", "the two
# boys (both 15)"
_BOTH_BEFORE = compiled(
    r"(?<!\p{L})(?P<who>\p{L}+)(?:[ \t]?,[ \t]|[ \t]\()both[ \t]\G", flags=regex.REVERSE
)
# After it, what closes the aside: a comma, a bracket or a stop ("both 31, were", "both 15)")
_BOTH_AFTER = compiled(r"[ \t]?[,;)]|\.(?:\s|\Z)")


def both_age(text: str, raw: Raw) -> bool:
    """Whether the bare count ``raw``, in digits, is an age two people share: after "both" in
    an aside on their names or a noun for them, a mark closing it: "Ann Roe and Ben Cole,
    both 31, were charged", "the two boys (both 15)"; not "Sales and profits, both 12 times
    higher" nor "the sites, both 40 miles away"."""
    if not text.endswith("both ", 0, raw.start) or not text[raw.start].isdigit():
        return False  # the quick test: most counts stand after no "both"
    if not 0 < raw.value <= _MAX_AGE or raw.value % 1 or _BOTH_AFTER.match(text, raw.end) is None:
        return False
    before = _BOTH_BEFORE.search(text, max(0, raw.start - 40), raw.start)
    if before is None:
        return False
    who = before["who"]
    return who[0].isupper() or who.lower() in lx.PEOPLE
