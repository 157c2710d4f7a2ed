"""What the first characters after a name and the last ones before it say, each read once
for the readings of :func:`newsfacts_people.candidates.group_mentions` that look there.
After it: a noun of divisions ("Prince William counties"), an age or a party set off
(:func:`~newsfacts_people.person_cues.person_after`), a firm's or a publication's noun
(:func:`~newsfacts_people.surroundings.names_organization`). Each of them opens with a mark
or a word whose first two letters it knows: when the two characters past the blanks are none
of those (most names: "said", "of", "'s", a full stop), none of the three is called. Before
it: an owner's phrase (:func:`~newsfacts_people.surroundings.owned_before`: "analysts at",
"the town of"), a navy's prefix (:func:`~newsfacts_people.vessels.ship_prefixed`: "HMS"), a
comma after a word in lower case
(:func:`~newsfacts_people.person_cues.after_lower_word_and_comma`: "Her mother, Linda"):
when the last three characters end none of those, none of the three is called."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_people.person_cues import PERSON_AFTER_MARKS
from newsfacts_people.surroundings import ORGANIZATION_AFTER_STARTS, OWNER_ENDINGS
from newsfacts_people.vessels import PREFIX_ENDS

# A noun of divisions or parts of a town right after a name: it names the place ("Prince
# William counties", "the Lawrence Weston area of Bristol", "Quang Binh province")
_DIVISION_AFTER = compiled(
    r"[ \t]++(?:(?i:county|counties|parish|parishes|township|townships)"
    r"|area|neighbou?rhood|suburb|district|provinces?|prefecture|governorate|oblast|region)\b"
)
# What the pattern reads first: a blank (most names end a sentence or a clause), then the
# first two letters of a noun, case folded (county, parish, township in any case; area,
# neighbourhood, suburb, district, province, prefecture, governorate, oblast, region): the
# next word is read so without the pattern, whose call costs more than the rest of the
# checks of a name (most names are followed by another word: "said", "and", "of").
_DIVISION_OPENERS = frozenset(" \t")
_DIVISION_STARTS = frozenset(("co", "pa", "to", "ar", "ne", "su", "di", "pr", "go", "ob", "re"))
_DIVISION_REACH = 16


def division_after(text: str, end: int) -> bool:
    """Whether a noun of divisions follows the name ending at ``end`` (:data:`_DIVISION_AFTER`)."""
    window = text[end : end + _DIVISION_REACH]
    if window[:1] not in _DIVISION_OPENERS:
        return False
    if window.lstrip(" \t")[:2].casefold() not in _DIVISION_STARTS:
        return False
    return _DIVISION_AFTER.match(text, end, end + _DIVISION_REACH) is not None


# The blanks the three readings skip, all together: a first character past them that none
# of them reads, read past more blanks than one of them skips, only calls it for nothing.
_BLANKS = " \u00a0\t"
# How far the characters are read: as far as the farthest of the three reads its opening.
_REACH = 20
# The marks that open what one of them reads: "," and "(" (an age, a party), "&" (a firm)
_MARKS = PERSON_AFTER_MARKS | {"&"}
# The first two letters of the words they read, as written: a division's noun in any case
# of ASCII letters (its non-ASCII forms are read by casefold), a firm's noun or "and"
_STARTS = (
    frozenset(
        "".join(letters)
        for start in _DIVISION_STARTS
        for letters in (
            (a, b) for a in (start[0], start[0].upper()) for b in (start[1], start[1].upper())
        )
    )
    | ORGANIZATION_AFTER_STARTS
)


def may_follow(text: str, end: int) -> bool:
    """Whether what follows the name ending at ``end`` may be what :func:`division_after`,
    ``person_after`` or ``names_organization`` read (false: all three are false there). Each
    reads past blanks to a mark of :data:`_MARKS` or to a word's first two letters in
    :data:`_STARTS`, within :data:`_REACH` characters ("Smith, 45,", "Smith & Sons",
    "Prince William County", "Zycie Warszawy daily")."""
    lead = text[end : end + _REACH].lstrip(_BLANKS)[:2]
    return (
        lead[:1] in _MARKS
        or lead in _STARTS
        or (not lead.isascii() and lead.casefold() in _DIVISION_STARTS)
    )


# The last two characters before a name that a navy's prefix or a comma after a word ends
# with ("S " of "HMS ", ", "); an owner's phrase is read by its last three (OWNER_ENDINGS).
_PAIRS = PREFIX_ENDS | {", "}


def may_precede(text: str, start: int) -> bool:
    """Whether what comes before the name starting at ``start`` may be what ``owned_before``,
    the prefix before a ship's name (``ship_prefixed``) or ``after_lower_word_and_comma`` read
    (false: all three are false there): the last three characters end an owner's phrase
    ("at ", "of ", "), "), or "and " of a list of towns, or the last two a navy's prefix or a
    comma and a space."""
    tail = text[start - 3 if start > 3 else 0 : start]
    return tail in OWNER_ENDINGS or tail[-2:] in _PAIRS or tail == "nd "
