"""'over' before the count of a course's parts after a verb of racing or playing: the whole
distance, not "more than" ("the Grand Prix runs over 78 laps" is 78 laps; "the final is
played over 18 holes" is 18 holes), as "talks were held over two days" is two days. "led
over 40 laps" or "over 18 holes" alone stay "more than"."""

from __future__ import annotations

import regex

from newsfacts.plugin import alternation, compiled, read_words
from newsfacts_numbers.lexicon import PACKAGE
from newsfacts_numbers.raw import Raw

COURSE_VERBS = read_words(PACKAGE, "course_verbs.txt")
COURSE_PARTS = read_words(PACKAGE, "course_parts.txt")

# A verb of data/course_verbs.txt right before "over" ("runs ", "is played "). Read
# backwards from "over" (REVERSE, anchored by \G).
_COURSE_VERB_BEFORE = compiled(
    rf"\b(?i:{alternation(COURSE_VERBS, reverse=True)})[ \t]++\G", flags=regex.REVERSE
)
# A part of data/course_parts.txt right after the number ("78 laps", "18 holes.")
_COURSE_PART_AFTER = compiled(rf"\G[ \t]++(?i:{alternation(COURSE_PARTS)})\b")


def course_over(text: str, raw: Raw, over: int) -> bool:
    """Whether "over" at ``over`` spans the whole course the number ``raw`` counts."""
    return (
        _COURSE_VERB_BEFORE.search(text, max(0, over - 16), over) is not None
        and _COURSE_PART_AFTER.match(text, raw.end, raw.end + 16) is not None
    )
