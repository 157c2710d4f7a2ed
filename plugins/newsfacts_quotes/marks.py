"""Pair quote marks inside paragraphs: the quoted stretches of an article, in linear time."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from newsfacts import Segment
from newsfacts.plugin import compiled
from newsfacts_quotes.mark_search import DOUBLE_MARKS, Mark, outside, text_marks

_OPENING = frozenset("“„«‘")
_CLOSING = frozenset("”»’")
_BEFORE_OPENING = frozenset(" \t\u00a0([{—–-/:;,")


class Span(NamedTuple):
    """Quoted words between an opening mark and its closing mark (or the paragraph's end).

    A named tuple, as the plugin's other values: an article may quote thousands of times, and
    a tuple is built several times faster than a frozen attrs class."""

    open: int  # offset of the opening mark
    start: int  # where the quoted words start, after the opening mark
    close: int  # offset of the closing mark; the paragraph end when the quote stays open
    close_end: int  # offset after the closing mark
    closed: bool
    single: bool  # quoted with single marks
    doubled: bool  # opened with doubled apostrophes (''like this''), as some wire copy does
    depth: int  # 0 for an outermost quote, 1 for a quote inside a quote
    continues: bool = False  # left open and continued by the next paragraph


def _is_opening(text: str, mark: Mark, start: int, end: int) -> bool:
    offset, width = mark
    if text[offset] == "`":
        return True  # "``": the wire copy's opening mark, which '' closes
    before = text[offset - 1] if offset > start else " "
    after = text[offset + width] if offset + width < end else " "
    # A mark before ">" opens nothing: it ends a markup tag's attribute, as in a saved page's
    # '<tweet tweet-date="May 9, 2016">' when a line break splits the tag.
    opens_word = (
        (before in _BEFORE_OPENING or before in _OPENING) and not after.isspace() and after != ">"
    )
    if width == 1 and text[offset] in _OPENING:
        # A curly opening mark typed where a closing one belongs: 'the “best in the world“ and'.
        return opens_word or not (before.isalnum() or before in ".,!?") or after.isalnum()
    if width == 1 and text[offset] in _CLOSING:
        return (opens_word and after.isalnum() and before.isspace()) or (
            text[offset] == "”" and _opens_paragraph(text, offset, start, end)
        )
    return opens_word


# What may stand before a quote's opening "”" at a paragraph's start: blanks, a format
# character (U+202A, left-to-right embedding) and more of the mark.
_PARAGRAPH_LEAD = frozenset(" \t\u00a0\u200b\u200e\u200f\u202a\u202b\u202c\u2060\ufeff”")
# What may stand between that mark and the quoted words: blanks and an ellipsis.
_ELLIPSIS_LEAD = frozenset(" \u00a0….")


def _opens_paragraph(text: str, offset: int, start: int, end: int) -> bool:
    """'” … we will see,” she said': a closing double mark typed for an opening one at a
    paragraph's start, where it closes nothing (a quote never reaches past its paragraph),
    when words and another such mark, which closes the quote, follow it. Of a run of them
    ('””We will see'), the last opens; an ellipsis may follow it."""
    index = offset - 1
    while index >= start and text[index] in _PARAGRAPH_LEAD:
        index -= 1
    if index >= start:
        return False
    index = offset + 1
    while index < end and text[index] in _ELLIPSIS_LEAD:
        index += 1
    return index < end and text[index].isalnum() and text.find("”", index, end) >= 0


def _doubled_opening(text: str, first: Mark, second: Mark) -> bool:
    """Whether two one-character marks stand right next to each other with no other double
    mark on either side: a pair, not part of a longer run (whose pairing is left as it is)."""
    return (
        first[1] == second[1] == 1
        and first[0] + 1 == second[0]
        and text[first[0] - 1 : first[0]] not in DOUBLE_MARKS
        and text[second[0] + 1 : second[0] + 2] not in DOUBLE_MARKS
    )


def _closes_straight(text: str, stack: list[Mark], mark: Mark) -> bool:
    """Whether a straight double mark that may open a quote after a comma, colon or the like
    ('the date,"Tom Baxter said') rather closes the straight quote left open before it: a
    quote inside one in straight marks takes single marks, so a straight mark after no blank
    there is the closing one, its space after it left out ('"We will win,"Ana Ruiz said.
    "Nobody doubts it."')."""
    offset = mark[0]
    return (
        bool(stack)
        and text[offset] == '"' == text[stack[-1][0]]
        and not text[offset - 1].isspace()
        and text[offset - 1] not in "([{"
    )


def _reopens_wire_quote(text: str, stack: list[Mark], mark: Mark) -> bool:
    """Whether "``" opens a quote while words after another "``" are open (not a run of
    them: "````", which pairs as it did); or another double mark opens one after a
    sentence's end while words after the same mark are open: '“We will rebuild. “It will
    take years.”' (a quote inside a quote takes single marks, and one inside the speech's
    own words follows no sentence's end: '“He told me, “Go home,” and left.”')."""
    if len(stack) != 1 or text[stack[0][0]] != text[mark[0]]:
        return False
    if text[mark[0]] == "`":
        return bool(text[stack[0][0] + 2 : mark[0]].strip())
    # (read back from the mark over blanks, not sliced: a long quote's slice for each mark
    # in it would be quadratic)
    index = mark[0] - 1
    while index > stack[0][0] and text[index] in " \t\u00a0":
        index -= 1
    return index > stack[0][0] and text[index] in _SPEECH_ENDS


def _pair(text: str, marks: list[Mark], start: int, end: int, single: bool) -> list[Span]:
    spans: list[Span] = []
    stack: list[Mark] = []
    for mark in marks:
        if _is_opening(text, mark, start, end) and not _closes_straight(text, stack, mark):
            if stack and not single and _doubled_opening(text, stack[-1], mark):
                # Two opening marks in a row open one quote ('"“We will win,” Ruiz said
                # before adding ...'), not a quote inside one that runs on past the
                # attribution to the paragraph's end.
                stack[-1] = mark
                continue
            if not single and _reopens_wire_quote(text, stack, mark):
                # "``" inside a quote "``" opened: the wire copy quotes inside a quote with
                # one grave accent, so the first was left open at a paragraph break the text
                # lost ("``We have not studied it. ``We expect ...''"): it ends here. So
                # too another double mark after a sentence's end ('“... not studied it.
                # “We expect ...”').
                opened, width = stack[0]
                spans.append(
                    Span(
                        opened,
                        opened + width,
                        mark[0],
                        mark[0],
                        False,
                        single,
                        _doubled(text, opened, width),
                        0,
                        continues=True,  # (the next paragraph's quote goes on with it)
                    )
                )
                stack.clear()
            # A quote inside a quote goes one level deep; a third opening mark means the
            # marks are unbalanced: the innermost open one is dropped.
            if len(stack) == 2:
                stack.pop()
            stack.append(mark)
        elif stack:
            (opened, width) = stack.pop()
            close = mark[0]
            spans.append(
                Span(
                    opened,
                    opened + width,
                    close,
                    close + mark[1],
                    True,
                    single,
                    _doubled(text, opened, width),
                    len(stack),
                )
            )
    if stack:
        opened, width = _left_open(text, stack, start) if single else stack[0]
        spans.append(
            Span(opened, opened + width, end, end, False, single, _doubled(text, opened, width), 0)
        )
    return spans


def _doubled(text: str, opened: int, width: int) -> bool:
    """Whether a quote opens with doubled apostrophes ('' or ‘‘), which are ambiguous (see
    ``kept``); not with "``", which only opens."""
    return width == 2 and text[opened] != "`"


def _left_open(text: str, stack: list[Mark], start: int) -> Mark:
    """Of the single marks left open in a paragraph, the one that opens speech: at the
    paragraph's start or after a colon or comma ("said: 'We will"), not an apostrophe
    ("the '90s") before it; else the outermost."""
    for mark in stack:
        before = text[start : mark[0]].rstrip(" \t\u00a0")
        if not before or before[-1] in ":,":
            return mark
    return stack[0]


def paragraph_quotes(
    text: str,
    paragraph: Segment,
    doubles: list[Mark],
    singles: list[Mark],
    single_goes_on: bool = False,
) -> list[Span]:
    """The quoted stretches of one paragraph, in order of their opening marks, from the
    paragraph's double and single marks (``single_goes_on``: the next paragraph opens
    with a single mark, as a British speech over several paragraphs does)."""
    start, end = paragraph.start, paragraph.end
    spans = _pair(text, doubles, start, end, single=False)
    if singles:
        # Single marks inside double-quoted words are nested quotes or apostrophes, never
        # quotes of their own.
        outer = [(span.open, span.close_end) for span in spans if span.depth == 0]
        singles = outside(singles, outer)
    if singles:
        singles = _without_apostrophes(text, singles, start, end)
        # A single mark left open is kept only when the speech goes on in the next paragraph,
        # "said: 'Officers will be out in force." then "'Anyone with information ...": else it
        # is rather an apostrophe ("the '90s", "'em").
        goes_on = single_goes_on and _last_visible(text, start, end) in _SPEECH_ENDS
        quoted = [
            span for span in _pair(text, singles, start, end, single=True) if span.closed or goes_on
        ]
        if quoted and spans:
            spans = _nested(text, spans, quoted)
        spans += quoted
    return sorted(spans, key=lambda span: span.open)


def _without_apostrophes(text: str, marks: list[Mark], start: int, end: int) -> list[Mark]:
    """The single marks but the apostrophes at a word's edge inside words quoted in single
    marks (where a quote inside the quote takes double marks): one opening a lower-case
    word or a number ("'em", "the '90s"), and a plural's ("the players' wages") before a
    lower-case word when the next mark closes too: "'The players' wages are too high,' he
    said", "'I told 'em to stop,' she said" are one quote each."""
    kept: list[Mark] = []
    depth = 0
    for index, mark in enumerate(marks):
        offset = mark[0]
        after = text[offset + 1 : offset + 3]
        if _is_opening(text, mark, start, end):
            if depth and (after[:1].islower() or after[:1].isdigit()):
                continue
            depth = min(depth + 1, 2)
        elif depth:
            following = marks[index + 1] if index + 1 < len(marks) else None
            if (
                text[offset - 1] == "s"
                and after[:1] == " "
                and after[1:].islower()
                and following is not None
                and not _is_opening(text, following, start, end)
            ):
                continue
            depth -= 1
        kept.append(mark)
    return kept


# What ends the words of a paragraph of speech left open for the next one to go on with.
_SPEECH_ENDS = frozenset(".!?…")


def _last_visible(text: str, start: int, end: int) -> str:
    """The last character of ``text[start:end]`` that is no white space ('' for none), read
    from the end, not sliced: a slice of each paragraph from the text's start is quadratic."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _nested(text: str, doubles: list[Span], singles: list[Span]) -> list[Span]:
    """The double-quoted stretches, those inside speech in single marks one level deep: the
    British "'We were told there was "nothing more" they could do,' said Mrs Green" is one
    quote. Speech ends with punctuation before its closing mark, or goes on in the next
    paragraph; a pair of apostrophes around double marks ("the '90s ... the players'") does
    neither."""
    speech = [
        (span.open, span.close_end)
        for span in singles
        if not span.closed or _last_visible(text, span.start, span.close) in ".,!?…"
    ]
    if not speech:
        return doubles
    return [
        span._replace(depth=1)
        if any(low < span.open and span.close_end <= high for low, high in speech)
        else span
        for span in doubles
    ]


def _holding(paragraphs: Sequence[Segment], offsets: list[int]) -> list[int]:
    """The indices of the paragraphs where one of ``offsets`` may stand, ascending: those of
    the paragraphs starting last before each. Most paragraphs hold no mark, and an article
    none at all: those are not looked at."""
    if not offsets:
        return []
    starts = [paragraph.start for paragraph in paragraphs]
    held = {bisect.bisect_right(starts, offset) - 1 for offset in offsets}
    held.discard(-1)  # (before the first paragraph: in none)
    return sorted(held)


def _within(marks: list[Mark], offsets: list[int], paragraph: Segment) -> list[Mark]:
    low = bisect.bisect_left(offsets, paragraph.start)
    high = bisect.bisect_left(offsets, paragraph.end, low)
    return marks[low:high]


# A paragraph opening with a single mark before a capital or a digit: "'Anyone with".
_SINGLE_SPEECH = compiled(r"[‘'][\p{Lu}\p{N}]")


def _opens_speech(text: str, start: int) -> bool:
    return _SINGLE_SPEECH.match(text, start, start + 2) is not None


def article_quotes(text: str, paragraphs: Sequence[Segment]) -> list[Span]:
    """Every quoted stretch; a paragraph left open continues only when the next paragraph
    opens with a quote mark."""
    # One scan of the whole text; most paragraphs hold no mark and are skipped.
    doubles, singles = text_marks(text)
    double_offsets = [mark[0] for mark in doubles]
    single_offsets = [mark[0] for mark in singles]
    found: list[Span] = []
    for index in _holding(paragraphs, double_offsets + single_offsets):
        paragraph = paragraphs[index]
        in_doubles = _within(doubles, double_offsets, paragraph)
        in_singles = _within(singles, single_offsets, paragraph)
        if not in_doubles and not in_singles:
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        # (Read only for a paragraph with a single mark: most have none.)
        single_goes_on = (
            bool(in_singles) and following is not None and _opens_speech(text, following.start)
        )
        spans = paragraph_quotes(text, paragraph, in_doubles, in_singles, single_goes_on)
        if spans and not spans[-1].closed:
            marks = "‘'" if spans[-1].single else '"“„«`'
            continued = following is not None and text[following.start] in marks
            spans[-1] = spans[-1]._replace(continues=continued)
        found.extend(spans)
    return found
