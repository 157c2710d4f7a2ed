"""What the text around a name says of it: a speech verb next to it, a headline it stands in."""

from __future__ import annotations

import regex

from newsfacts_people import lexicon as lx

_NEXT_WORD = regex.compile(r"[ \u00a0,]*+(\p{Ll}+)")
# Read backwards from the name (REVERSE, anchored there by \G): one attempt, not a search
# from every position of the window (nine times faster).
_PREVIOUS_WORD = regex.compile(r"(\p{Ll}++)[ \u00a0,]*+\G", flags=regex.REVERSE)


def near_speech(text: str, start: int, end: int) -> bool:
    """A speech verb right after or before the name, or "according to" before it."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 30))
    if after is not None and after.group(1) in lx.SPEECH_VERBS:
        return True
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return before is not None and (
        before.group(1) in lx.SPEECH_VERBS or text[max(0, start - 13) : start] == "according to "
    )


_LINE_REACH = 200


def in_title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the name stands in a line of capitalized words: a headline."""
    reach_start = max(0, start - _LINE_REACH)
    line_start = text.rfind("\n", reach_start, start) + 1
    if line_start == 0 and reach_start > 0:
        # A line this long before the name is running text, not a headline; and reading
        # back to its start for every name would make the plugin quadratic on long lines.
        return False
    line_end = text.find("\n", end, end + _LINE_REACH)
    if line_end < 0:
        line_end = min(len(text), end + _LINE_REACH)
    words = [
        word for word in text[line_start:line_end].split() if word[:1].isalpha() and len(word) > 3
    ]
    capitalized = sum(1 for word in words if word[0].isupper())
    return len(words) >= 4 and capitalized >= 0.8 * len(words)
