"""Small in-process plugins standing in for real ones, for the tests of the extraction
pipeline (``tests/test_extractor.py``)."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

import newsfacts
from newsfacts import Document, Fact, FactMap, Field, hookimpl
from newsfacts.plugin import Register


@attrs.frozen(kw_only=True)
class Word(Fact):
    capitalized: bool


WORDS = Field("words", Word, "Capitalized words.")
NAMES = Field("names", Word, "Capitalized words inside sentences.")


def capitalized_words(document: Document, needed: FactMap, options: Any) -> list[Word]:
    return [
        Word.at(document.text, t.start, t.end, capitalized=True)
        for t in document.tokens
        if t.text[:1].isupper()
    ]


class WordsPlugin:
    """Every capitalized word."""

    __name__ = "words"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(WORDS, capitalized_words)


class NamesPlugin:
    """Capitalized words not at a sentence start: reads the words field it needs."""

    __name__ = "names"
    seen: ClassVar[list[FactMap]] = []

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(NAMES, self.names, needs=[WORDS])

    def names(self, document: Document, needed: FactMap, options: Any) -> list[Word]:
        self.seen.append(needed)
        starts = {s.start for s in document.sentences}
        return [w for w in needed[WORDS] if w.start not in starts]


def explode(document: Document, needed: FactMap, options: Any) -> list[Word]:
    raise RuntimeError("gazetteer exploded")


class BrokenPlugin:
    __name__ = "broken"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(Field("broken", Word, "Always fails."), explode)


class LyingPlugin:
    """Returns one fact whose text does not match its offsets."""

    __name__ = "lying"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(Field("lies", Word, "Wrong offsets."), self.lies)

    def lies(self, document: Document, needed: FactMap, options: Any) -> list[Word]:
        return [
            Word(text="nope", start=0, end=4, capitalized=False),
            Word.at(document.text, 0, 4, capitalized=True),
        ]


class SlowPlugin:
    """Takes as long as a runaway rule would: a busy loop until interrupted."""

    __name__ = "slow"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(Field("slow", Word, "Never finishes on 'loop'."), self.slow)

    def slow(self, document: Document, needed: FactMap, options: Any) -> list[Word]:
        while "loop" in document.text:
            pass
        return []


def extractor(*plugins: Any, **options: Any) -> newsfacts.Extractor:
    names = [p.__name__ for p in plugins]
    fields = {"words": "words", "names": "names", "broken": "broken", "lying": "lies"}
    return newsfacts.Extractor([fields[n] for n in names], extra_plugins=plugins, **options)


TEXT = "Russia fired drones at Kyiv. Ukraine said so."
