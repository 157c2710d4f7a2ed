"""The source a sentence cites for what someone said: "according to" beside the cue, or a
reporter's "reported" set off by a comma after it ('“...,” Ana Ruiz said, the Sun reported').

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
_CITING = frozenset((_ACCORDING, "reported", "reports"))
# Words opening a clause of their own between a cue and "according to": what follows
# describes someone or reports something, not the sentence's source.
_RELATIVES = frozenset(("who", "whom", "whose", "which"))
_CLAUSE_WORDS = lx.CLAUSE_OPENERS | _RELATIVES | frozenset(("that", "when", "and", "as"))


def cites(cue: regex.Match[str]) -> bool:
    """Whether ``cue`` names the source a sentence cites: "according to", or a reporter's
    "reported" or "reports" ('“...,” Ana Ruiz said, the Daily Ledger reported')."""
    return cue.group().lower() in _CITING


def cites_next(text: str, start: int, cue: regex.Match[str]) -> bool:
    """Whether ``cue``, after a quote ending at ``start``, cites its source, no clause
    between them ('Ana Ruiz said: “...,” the Daily Ledger reported'; not '“...,” as the
    Daily Ledger reported', a source relaying the words)."""
    words = lx.words(text, start, cue.start())
    return cites(cue) and not any(word.lower() in _CLAUSE_WORDS for word in words)


def cited_after(
    text: str, cue: regex.Match[str], limit: int
) -> tuple[regex.Match[str], int] | None:
    """The cue citing a source in the cue's own sentence after the cue, up to ``limit`` (the
    sentence's end), and where its speaker is read from: "according to" ('” Ana Ruiz said at a
    rally on Monday, according to the Sun'), or "reported" or "reports" after a comma ('”
    said Ana Ruiz, a council member, reports the Sun')."""
    if cites(cue):
        return None
    # (Most attributions after a quote: no "according" nor "report" to read.)
    at = text.find("ccording", cue.end(), limit)
    if at < 0:
        at = text.find("report", cue.end(), limit)
    if at < 0:
        return None
    cited = lx.find_cue(text, max(at - 1, cue.end()), limit)
    if cited is None or not cites(cited):
        return None
    between = text[cue.end() : cited.start()]
    # (not right after the cue, which reports it: "He said according to the records she had
    # moved")
    if not between.strip() or any(mark in between for mark in '"“”;:'):
        return None
    comma = between.rfind(",")
    if cited.group().lower() != _ACCORDING and comma < 0:
        return None  # a reporter set off by a comma only: not '” Ruiz said a poll reported'
    words = lx.words(text, cue.end(), cited.start())
    if any(word.lower() in _CLAUSE_WORDS for word in words):
        return None
    return cited, cue.end() + comma + 1 if comma >= 0 else cited.start()


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
