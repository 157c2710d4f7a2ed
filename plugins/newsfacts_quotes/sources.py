"""The source a sentence cites for what someone said: "according to" beside the cue.

'“...,” Ana Ruiz said, according to CNN.' and 'According to the club's post, Ana Ruiz said
“...”' tell what Ana Ruiz said as the writer has it from CNN, from the post: the cited
source is the quote's, as attribution corpora annotate it (PolNeAR: the outer source), and
the words of its own phrase name it ("CNN", "a transcript of the broadcast"). Not a source that
relays the words "as reported by" (a phrase of its own, see ``attribution._END_OF_PHRASE``),
nor "according to" inside what a cue reports ('said that, according to its count, the party
had “won easily”') or inside a clause about the speaker ('said Ana Ruiz, who according to
court papers owns three firms').
"""

from __future__ import annotations

import regex

from newsfacts_quotes import lexicon as lx

_ACCORDING = "according to"
# Words opening a clause of their own between a cue and "according to": what follows
# describes someone or reports something, not the sentence's source.
_RELATIVES = frozenset(("who", "whom", "whose", "which"))
_CLAUSE_WORDS = lx.CLAUSE_OPENERS | _RELATIVES | frozenset(("that", "when", "and"))


def cites(cue: regex.Match[str]) -> bool:
    """Whether ``cue`` is "according to", which names the source a sentence cites."""
    return cue.group().lower() == _ACCORDING


def cited_after(text: str, cue: regex.Match[str], limit: int) -> regex.Match[str] | None:
    """The "according to" of the cue's own sentence after the cue, up to ``limit`` (the
    sentence's end): "” Ana Ruiz said at a news conference, according to the Sun."""
    if cites(cue):
        return None
    # (Most attributions after a quote: no "according" to read.)
    at = text.find("ccording", cue.end(), limit)
    if at < 0:
        return None
    cited = lx.find_cue(text, at - 1, limit)
    if cited is None or not cites(cited):
        return None
    between = text[cue.end() : cited.start()]
    # (not right after the cue, which reports it: "He said according to the records she had
    # moved")
    if not between.strip() or any(mark in between for mark in '"“”;:'):
        return None
    words = lx.words(text, cue.end(), cited.start())
    return None if any(word.lower() in _CLAUSE_WORDS for word in words) else cited


def cited_before(text: str, start: int, chosen: regex.Match[str]) -> regex.Match[str] | None:
    """The "according to" in ``start``..the ``chosen`` cue of a quote before it (``start`` in
    the cue's sentence): "According to the Daily Ledger, Ana Ruiz said Friday that ... “...”"
    is the Daily Ledger's."""
    if cites(chosen):
        return None
    at = text.find("ccording", start, chosen.start())
    if at < 0:
        return None
    cited = lx.find_cue(text, at - 1, chosen.start())
    if cited is None or not cites(cited):
        return None
    # ("according to Canalys, which called the drop “...”": the cue of a clause about the
    # source names it itself)
    words = lx.words(text, cited.end(), chosen.start())
    return None if any(word.lower() in _RELATIVES for word in words) else cited
