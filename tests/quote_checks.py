"""What the tests of quote speakers share (``tests/test_quotes_speaker*.py``): the extractors
and the checks."""

from __future__ import annotations

import newsfacts
from newsfacts import Quote

# The quotes field with the fields it needs (people, organizations)
EXTRACTOR = newsfacts.Extractor(["quotes"])

#: A table row: text, quoted words, speaker's full name (None: no one named), cue, words the
#: speaker offsets point at (None: none)
Row = tuple[str, str, str | None, str | None, str | None]


def quotes(text: str) -> list[Quote]:
    """The quotes of ``text``, none of the plugins failing."""
    result = EXTRACTOR.extract(text)
    assert not result.errors
    return [fact for fact in result.quotes if isinstance(fact, Quote)]


def check(text: str, words: str, speaker: str | None, cue: str | None, mention: str | None) -> None:
    """The quote of ``words`` in ``text`` is ``speaker``'s, with ``cue``, and its speaker's
    offsets point at ``mention`` (none when ``mention`` is None)."""
    found = {quote.text: quote for quote in quotes(text)}
    assert words in found, sorted(found)
    quote = found[words]
    assert (quote.speaker, quote.cue) == (speaker, cue)
    if mention is None:
        assert quote.speaker_start is None
    else:
        assert quote.speaker_start is not None
        assert text[quote.speaker_start : quote.speaker_end] == mention


def only_speaker(text: str) -> str | None:
    """The speaker of the one quote of ``text``."""
    [quote] = quotes(text)
    return quote.speaker


def speaker_and_cue(text: str, words: str) -> tuple[str | None, str | None]:
    """The speaker and cue of the one quote of ``words`` in ``text``."""
    [quote] = [quote for quote in quotes(text) if quote.text == words]
    return quote.speaker, quote.cue
