"""The fact type of the ``quotes`` field."""

from __future__ import annotations

import attrs

import newsfacts


@attrs.frozen(kw_only=True)
class Quote(newsfacts.Fact):
    """Words quoted in the article: ``text``/``start``/``end`` are the words inside the marks.

    ``speaker`` is the resolved name of who said them: a person's fullest name (from the
    ``people`` field), an organization's name, a named speaker the people field did not
    know, or None when the article names nobody. ``speaker_start``/``speaker_end`` point at
    the mention the speaker was found from ("he" in "he said"), None without one; a pronoun
    that resolves to nobody ("she" with no woman named before, the writer's "I") keeps its
    offsets with ``speaker`` None.
    ``cue`` is the attributing word as written, lower-cased ("said", "told",
    "according to"); ``channel`` the medium when stated ("Telegram post", "statement",
    "X"). ``partial`` marks a fragment quoted inside the writer's own sentence
    ("described the coalition as “ready to go”").
    """

    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    channel: str | None = None
    partial: bool = False
