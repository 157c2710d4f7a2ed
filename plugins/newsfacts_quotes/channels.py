"""Where a quote was said: the channel named by its cue ("said in a statement", "wrote on
X"), or in the phrase opening the cue's sentence ("In a post on X, Musk wrote:"); the words
are ``data/channels.tsv`` (see :data:`newsfacts_quotes.lexicon.CHANNEL`). A news outlet
that was told the words is their channel too: "she told CBC News" (from the organizations
field)."""

from __future__ import annotations

import itertools

import regex

from newsfacts.plugin import MONTHS, WEEKDAYS, Organization, alternation, compiled, read_words
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
    one in lower case ("told state TV", "told a news conference": ``data/channels.tsv``),
    or one a noun for an outlet names ("told German newspaper Bild", "told the newspaper":
    :func:`described_outlet`)."""
    if cue not in _TOLD or (gap := _BEFORE_OUTLET.match(text, end)) is None:
        return None
    described = described_outlet(text, end)
    if described is not None and described[1]:
        return described[0]  # its name ("told state broadcaster RTS": "RTS")
    written = lx.OUTLET.match(text, gap.end())
    if written:
        return written.group("outlet")
    # "told The Sun": an outlet whose name holds its "The" starts before it
    the = end
    while the < gap.end() and text[the] in " \u00a0":
        the += 1
    named = _media_at(the, organizations) if the < gap.end() else None
    named = named or _media_at(gap.end(), organizations)
    return named or (described[0] if described is not None else None)


def _media_at(offset: int, organizations: MentionIndex) -> str | None:
    found = organizations.inside(offset, offset + 1, spilling=True)
    media = (fact for fact in found if isinstance(fact, Organization) and fact.kind == "media")
    return next((fact.name for fact in media), None)


# An outlet told the words, named by a noun for one, maybe after "the" and a word or two
# describing it, then maybe by its name (data/outlet_nouns.txt): "told German newspaper
# Bild", "told the Paris daily Le Soir", "told public broadcaster NRK", "told the newspaper".
_OUTLET_NOUNS = alternation(read_words("newsfacts_quotes", "outlet_nouns.txt"), space=r"[ \u00a0]+")
_DESCRIBED = compiled(
    rf"""[ \u00a0]++(?:(?:the|a|an)[ \u00a0]++)?
    # "German", "Paris", "public"; no one told ("told him the paper was wrong")
    (?:(?!(?:him|her|them|me|us|you|police|reporters)[ \u00a0])[\p{{L}}\-]++[ \u00a0]++){{0,2}}?
    (?P<noun>{_OUTLET_NOUNS})
    (?![\p{{L}}\d\-’'])
    (?P<name>(?:[ \u00a0]++\p{{Lu}}[\p{{L}}\d\-]*+(?=[\s,.;:!?”"’')]|\Z)(?![’']s\b)){{0,4}})
    """,
    regex.VERBOSE,
)
# What may follow the outlet ("told the newspaper on Monday", "told Bild that"); any other
# lower-case word makes the noun another's ("told the station manager").
_FOLLOWERS = lx.TRAILING_PREPOSITIONS | read_words("newsfacts_quotes", "outlet_followers.txt")
_TIMES = frozenset(WEEKDAYS) | frozenset(MONTHS)
_NEXT_WORD = compiled(r"[ \u00a0]++(\p{L}++)")


def described_outlet(text: str, end: int) -> tuple[str, bool] | None:
    """The outlet after a "told" ending at ``end`` that a noun for one names, and whether by
    its name: its name after the noun ("told German newspaper Bild" → "Bild"), else the noun
    ("told the newspaper on Monday" → "newspaper"); None when a lower-case word follows that
    is no preposition nor time ("told the station manager"). A capitalized word after the
    noun is no name when a time ("told the paper Monday") or when a lower-case word other
    than those follows it: the subject of the clause told ("told the newspaper Ruiz had
    lied")."""
    match = _DESCRIBED.match(text, end)
    if match is None:
        return None
    words = match.group("name").split()
    named = list(itertools.takewhile(lambda word: word.lower() not in _TIMES, words))
    after = match.start("name") + len(match.group("name").rstrip())
    if named and (len(named) < len(words) or _follows(text, after)):
        return " ".join(named), True
    return (match.group("noun"), False) if _follows(text, match.end("noun")) else None


def _follows(text: str, offset: int) -> bool:
    """Whether what follows an outlet at ``offset`` may: a mark or the text's end, a
    capitalized word (a name, a time, a clause's subject), or a preposition or a word of
    time (data/outlet_followers.txt)."""
    word = _NEXT_WORD.match(text, offset)
    if word is None:
        return True
    return not word.group(1).islower() or word.group(1) in _FOLLOWERS


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
    ("Telegram post"); a day or an owner before the noun is none ("at Saturday's debate",
    "at a Thursday news conference", "in Ana Ruiz's speech": the noun alone)."""
    if match.group("platform"):
        return match.group("platform")
    medium = match.group("medium")
    return f"{medium} {match.group('noun')}" if medium and _medium(medium) else match.group("noun")


# An owner's ending on a capitalized word before a channel's noun
_OWNERS_END = ("'s", "’s", "s'", "s’")


def _medium(words: str) -> bool:
    """Whether the capitalized words before a channel's noun name a medium, not a time
    (a weekday, a month) nor an owner (a word ending in "'s")."""
    return not any(word.endswith(_OWNERS_END) or word.lower() in _TIMES for word in words.split())
