"""The patterns of the names with numbers in them that are no quantities ("Boeing 737",
"COVID-19", "Section 427"), phone numbers and web addresses: the rows of
``data/identifiers.tsv``, split by where they are tried (see
:mod:`newsfacts_numbers.identifiers`), and the time each may take."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx

#: Seconds a single regex call may take on a short stretch of text before it is abandoned:
#: for the patterns of ``data/identifiers.tsv``, written by hand, linear by review only. The
#: plugin's own patterns go without: they are linear and bounded (the hostile-input tests
#: check it), and a timeout costs each call more (about 3 µs) than most calls take. The calls
#: pass it by position, with the arguments before it (``match(text, pos, endpos, concurrent,
#: partial, timeout)``, finditer's with ``overlapped`` after ``endpos``): by keyword the
#: module parses its arguments anew at each call, which cost a try of a short pattern twice
#: as much (some 4,000 instructions more).
TIMEOUT = 1.0


def budget(text: str) -> float:
    """Seconds a whole-text scan of an identifier pattern may take: linear in the text and
    generous (10 µs a character, where a linear pattern takes well under 1 µs even on a busy
    machine: the timeout counts wall-clock time), finite for a pattern that runs away."""
    return TIMEOUT + len(text) / 100_000


# Names with numbers in them ("Boeing 737", "COVID-19", "Section 427"), phone numbers, URLs.
# Each is scanned on its own: one alternation of them all loses the literal-prefix search
# that makes each fast, and runs ten times slower.
# Each comes with the strings one of which a text must hold for it to match (see
# ``data/identifiers.tsv``). A pattern that starts with a digit after a word boundary ("\b\d",
# "(?<![\d,.])\d") can only match where a run of digits starts: it is tried there, and only
# where its head (the fourth column) says it may match, instead of over the whole text.
_STARTS_A_DIGIT_RUN = compiled(r"(?:\\b|\(\?<!\[\\d[^\]]*\]\))(?:\\d|[0-9])")
# The patterns are sources, compiled on first use (``newsfacts.plugin.compiled``): an article
# needs few of them, and compiling them all was a tenth of the plugin's start-up.
IDENTIFIERS = tuple(
    (pattern, needs)
    for pattern, needs in zip(lx.IDENTIFIER_PATTERNS, lx.IDENTIFIER_NEEDS, strict=True)
    if not _STARTS_A_DIGIT_RUN.match(pattern)
)
#: A head of a pattern tried at its needs: "need", then where its matches start from where
#: one of its needs does, if not there: "need-1" ("[Nn]o one" at "o one"), "need+4" (after
#: "Pro "), "need-7..-6" (at "degree" of "first-degree" and "second-degree").
_AT_A_NEED = compiled(rf"{lx.AT_A_NEED}(?:([+-]\d+)(?:\.\.([+-]\d+))?)?")


def _offsets(head: str) -> range | None:
    """Where the matches of a pattern with ``head`` start from where one of its needs does
    ("need-7..-6": range(-7, -5)), or None: the head of a scanned pattern."""
    match = _AT_A_NEED.fullmatch(head)
    if match is None:
        return None
    low = int(match[1] or 0)
    return range(low, int(match[2] or low) + 1)


#: The patterns of IDENTIFIERS whose every match starts where one of their needs stands (or
#: at an offset from it, the same for all its needs), each with those offsets: tried only
#: there (see ``data/identifiers.tsv``).
AT_NEEDS = {
    pattern: offsets
    for pattern, head in zip(lx.IDENTIFIER_PATTERNS, lx.IDENTIFIER_HEADS, strict=True)
    if (offsets := _offsets(head)) is not None
}
DIGIT_LED = tuple(
    (pattern, needs)
    for pattern, needs in zip(lx.IDENTIFIER_PATTERNS, lx.IDENTIFIER_NEEDS, strict=True)
    if _STARTS_A_DIGIT_RUN.match(pattern)
)
# The head of each pattern of DIGIT_LED, in its order (see ``data/identifiers.tsv``).
DIGIT_LED_HEADS = tuple(
    head
    for pattern, head in zip(lx.IDENTIFIER_PATTERNS, lx.IDENTIFIER_HEADS, strict=True)
    if _STARTS_A_DIGIT_RUN.match(pattern)
)
# How far the first try of a pattern at a number reads: within this window every pattern that
# matches at a digit run matches at least a shorter stretch (their long parts are repetitions:
# "3-6 6-3 ...", "1/2/3/..."), save for absurd spacing ("5 <200 spaces> Main Street").
IDENTIFIER_REACH = 256
