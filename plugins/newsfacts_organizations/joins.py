"""Where two tokens may join into one unit (see lexicon.units): " 's", the period of "Inc." or
"D.", and the apostrophe of a plural possessive inside a name ("the Elementary Teachers'
Federation", "the Professional Golfers’ Association"), written apart from its plural too in
a text spaced token by token ("the Dairy Farmers ' Association")."""

from __future__ import annotations

from newsfacts.plugin import compiled

# The joins: a possessive's "'s", a period after a letter, a plural's apostrophe inside a name,
# after the plural or a space after it (a text spaced token by token: "Farmers ' Association")
_JOINS = compiled(r"['’][sS]|(?<=\p{L})\.|(?<=\b\p{Lu}\p{Ll}*s[ ]?)['’](?=[ \t]\p{Lu})")
# The marks every join opens with: found with str.find (a search of the text in C for each,
# about an instruction a character), then each read as _JOINS would (see join_length). The
# search of _JOINS over the text cost some 80 instructions a character, its lookbehinds tried
# at every one, and a standard library's re search of the three marks some 50.
_MARKS = ("'", "’", ".")


def join_marks(text: str, start: int, end: int) -> list[int]:
    """Where the marks joins open with are in ``text[start:end]``, in order."""
    found: list[int] = []
    for mark in _MARKS:
        at = text.find(mark, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, end)
    found.sort()
    return found


def join_length(text: str, at: int, end: int) -> int:
    """The length of the join at ``at``, a mark of :func:`join_marks` (0: none), in a text
    read up to ``end``: read off the characters around it for a period after an ASCII
    character and an apostrophe before "s" (nearly every mark), the pattern asked for the
    rest (a period after another letter, "Teachers' Federation"). The joins are those a
    search of the pattern finds: every one opens with a mark and holds no other."""
    if text[at] == ".":
        before = text[at - 1] if at else ""
        if before.isascii():  # (\p{L} and isalpha may part only past ASCII)
            return 1 if before.isalpha() else 0
    elif at + 1 < end and text[at + 1] in "sS":
        return 2  # the first alternative: "'s", "’S"
    match = _JOINS.match(text, at, end)
    return 0 if match is None else match.end() - at
