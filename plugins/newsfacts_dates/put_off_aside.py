"""A day a thing was put off to, said in an aside set off by commas: the sentence's main
verb after the aside dates it, not the "postponed until" that leads it.

"The match, postponed until Monday, ended in a draw" tells of the Monday gone (the match was
played); "The final, delayed to June 20, will be played in Paris" of the one to come, as
"postponed until" alone says (``data/lead_cues.tsv``).
"""

from __future__ import annotations

import regex

from newsfacts import Document
from newsfacts.plugin import alternation, compiled, read_words
from newsfacts_dates.grammar import PACKAGE
from newsfacts_dates.tense_cues import cues_between

PUT_OFF_VERBS = read_words(PACKAGE, "put_off_verbs.txt")

# The aside's opening up to the expression: a comma, maybe "which was", a participle of
# data/put_off_verbs.txt and "to", "until" or "till" (", postponed until ", ", which was
# delayed to "). Read backwards from the expression (REVERSE, anchored by \G).
_ASIDE_OPENING = compiled(
    rf""",[ \t]++(?:(?i:which|that)[ \t]++(?i:was|were|had[ \t]++been)[ \t]++)?
    (?i:{alternation(PUT_OFF_VERBS, reverse=True)})
    [ \t]++(?i:to|until|till)[ \t]++\G""",
    flags=regex.REVERSE | regex.VERBOSE,
)
# How far after the expression the comma closing the aside may stand (", postponed until
# Monday night, ended"; ", delayed to Tuesday because of a waterlogged pitch, was played")
_CLOSING_REACH = 60
# How far back the aside's opening may stand from the expression
_REACH = 40


def put_off_aside_past(document: Document, start: int, end: int, sentence_end: int) -> bool:
    """Whether the expression at ``start``-``end`` is the day of a "postponed until" aside
    whose main verb after it is past ("The match, postponed until Monday, ended in a
    draw")."""
    text = document.text
    if _ASIDE_OPENING.match(text, max(0, start - _REACH), start) is None:
        return False
    closing = text.find(", ", end, min(sentence_end, end + _CLOSING_REACH))
    if closing < 0 or cues_between(text, end, closing, document):
        return False  # no aside closed before a verb of its own
    main = cues_between(text, closing + 2, sentence_end, document)[:1]
    return bool(main) and main[0][2] == "past"
