"""Where a quote was said: the channel named by its cue ("said in a statement", "wrote on
X"), or in the phrase opening the cue's sentence ("In a post on X, Musk wrote:"); the words
are ``data/channels.tsv`` (see :data:`newsfacts_quotes.lexicon.CHANNEL`)."""

from __future__ import annotations

import regex

from newsfacts_quotes import lexicon as lx

# How far after a cue its channel may be named: "said on Tuesday in a statement posted on X"
CHANNEL_REACH = 90


def after_cue(text: str, start: int, limit: int) -> str | None:
    """The channel named after a cue ending at ``start`` (up to ``limit``)."""
    end = min(limit, start + CHANNEL_REACH)
    window = text[start:end]
    if " " not in window and "\u00a0" not in window:
        return None  # no blank after a preposition: a cue ending its sentence ('said.')
    match = lx.CHANNEL.search(text, start, end)
    return None if match is None else _named(match)


def opening(text: str, start: int, cue: int) -> str | None:
    """A channel in the phrase opening the cue's sentence (``start``..``cue``), set off by a
    comma: "In a post on X, Musk wrote:" (the last one named: "X"), "In a statement, the
    company said:"."""
    comma = text.find(",", start, cue)
    if comma < 0:
        return None
    found = list(lx.CHANNEL.finditer(text, start, comma))
    return _named(found[-1]) if found else None


def _named(match: regex.Match[str]) -> str:
    """The channel a match names: a platform, else its noun with the medium before it
    ("Telegram post")."""
    if match.group("platform"):
        return match.group("platform")
    medium = match.group("medium")
    return f"{medium} {match.group('noun')}" if medium else match.group("noun")
