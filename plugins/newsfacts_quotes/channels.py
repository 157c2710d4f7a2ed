"""Where a quote was said: the channel named by its cue ("said in a statement", "wrote on
X"), or in the phrase opening the cue's sentence ("In a post on X, Musk wrote:"); the words
are ``data/channels.tsv`` (see :data:`newsfacts_quotes.lexicon.CHANNEL`). A news outlet
that was told the words is their channel too: "she told CBC News" (from the organizations
field)."""

from __future__ import annotations

import regex

from newsfacts.plugin import Organization, compiled
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.mentions import MentionIndex

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


# Cues whose object heard the words: the outlet told them is where they were said.
_TOLD = frozenset(["told", "tells", "telling"])
_BEFORE_OUTLET = compiled(r"[ \u00a0]++(?:the[ \u00a0]++)?", regex.IGNORECASE)


def outlet(text: str, cue: str, end: int, organizations: MentionIndex) -> str | None:
    """The news outlet right after a "told" cue ending at ``end``: "she told CBC News" (an
    organization of kind ``media``, by its name: "told AFP" is "Agence France-Presse"), or
    one in lower case ("told state TV", "told a news conference": ``data/channels.tsv``)."""
    if cue not in _TOLD or (gap := _BEFORE_OUTLET.match(text, end)) is None:
        return None
    written = lx.OUTLET.match(text, gap.end())
    if written:
        return written.group("outlet")
    # "told The Sun": an outlet whose name holds its "The" starts before it
    the = end
    while the < gap.end() and text[the] in " \u00a0":
        the += 1
    named = _media_at(the, organizations) if the < gap.end() else None
    return named or _media_at(gap.end(), organizations)


def _media_at(offset: int, organizations: MentionIndex) -> str | None:
    found = organizations.inside(offset, offset + 1, spilling=True)
    media = (fact for fact in found if isinstance(fact, Organization) and fact.kind == "media")
    return next((fact.name for fact in media), None)


# A phrase opening a sentence that speaks to an outlet: "Speaking to the BBC, Starmer said:"
_SPEAKING_TO = compiled(
    r"\s*+(?:[Ss]peaking|[Tt]alking)[ \u00a0]++(?:to|with)[ \u00a0]++(?:the[ \u00a0]++)?"
)


def opening(text: str, start: int, cue: int, organizations: MentionIndex) -> str | None:
    """A channel in the phrase opening the cue's sentence (``start``..``cue``), set off by a
    comma: "In a post on X, Musk wrote:" (the last one named: "X"), "In a statement, the
    company said:", "Speaking to the BBC, Starmer said:" (an outlet, as after "told")."""
    comma = text.find(",", start, cue)
    if comma < 0:
        return None
    found = list(lx.CHANNEL.finditer(text, start, comma))
    if found:
        return _named(found[-1])
    speaking = _SPEAKING_TO.match(text, start, comma)
    return None if speaking is None else _media_at(speaking.end(), organizations)


def document(text: str, start: int, end: int) -> str | None:
    """The document opening ``start``..``end`` whose issuer speaks: "a statement from the
    health ministry" → "statement" (see :data:`newsfacts_quotes.lexicon.DOCUMENT`)."""
    # (Its issuer follows "from" or "by": most stretches hold neither word, told by str's
    # fast search for a tenth of the pattern's match.)
    if text.find("from", start, end) < 0 and text.find("by", start, end) < 0:
        return None
    match = lx.DOCUMENT.match(text, start, end)
    return match.group("noun") if match else None


def _named(match: regex.Match[str]) -> str:
    """The channel a match names: a platform, else its noun with the medium before it
    ("Telegram post")."""
    if match.group("platform"):
        return match.group("platform")
    medium = match.group("medium")
    return f"{medium} {match.group('noun')}" if medium else match.group("noun")
