"""Times that stand in a speaker phrase and name no one: "One senior aide Friday
explained", "Mendes, who coached three NFL teams, last week argued"."""

from __future__ import annotations

from newsfacts.plugin import WEEKDAYS, read_table

Word = tuple[int, int, str]  # start, end and text of one word (as phrases.Word)

_TIME_WORDS = read_table("newsfacts_quotes", "time_words.tsv", columns=2)
_TIMES_ALONE = frozenset(WEEKDAYS) | {word for kind, word in _TIME_WORDS if kind == "alone"}
_TIME_NOUNS = frozenset(word for kind, word in _TIME_WORDS if kind == "noun")
_TIME_OPENERS = frozenset(word for kind, word in _TIME_WORDS if kind == "opener")
_TIME_ALL = _TIMES_ALONE | _TIME_NOUNS | _TIME_OPENERS


def time_phrase_start(words: list[Word]) -> int:
    """Where a time phrase ending ``words`` starts ("senator| last month", "official|
    Monday", "| on Friday"; data/time_words.tsv), ``len(words)`` with none: the run of time
    words ending them, opened by a time on its own or an opener and holding a time."""
    start = len(words)
    while start and words[start - 1][2].lower() in _TIME_ALL:
        start -= 1
    run = [word[2].lower() for word in words[start:]]
    if not run or not (run[0] in _TIMES_ALONE or run[0] in _TIME_OPENERS):
        return len(words)
    timed = any(word in _TIMES_ALONE or word in _TIME_NOUNS for word in run)
    return start if timed else len(words)


def time_phrase_end(words: list[Word]) -> int:
    """Where a time phrase opening ``words`` ends ("next year| the council", "today| the
    city"), 0 with none: the run of time words opening them, as :func:`time_phrase_start`
    reads one ending them."""
    end = 0
    while end < len(words) and words[end][2].lower() in _TIME_ALL:
        end += 1
    run = [word[2].lower() for word in words[:end]]
    if not run or not (run[0] in _TIMES_ALONE or run[0] in _TIME_OPENERS):
        return 0
    return end if any(word in _TIMES_ALONE or word in _TIME_NOUNS for word in run) else 0
