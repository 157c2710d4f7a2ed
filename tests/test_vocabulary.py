"""The vocabulary: properties of words computed once per distinct word, shared by articles."""

from __future__ import annotations

import doctest
from typing import Any

import attrs

import newsfacts
from newsfacts import vocabulary as vocabulary_module
from newsfacts.plugin import Document, Fact, FactMap, Field, Register, Vocabulary, hookimpl


def test_the_module_examples_run() -> None:
    outcome = doctest.testmod(vocabulary_module, optionflags=doctest.ELLIPSIS)
    assert outcome.attempted == 4
    assert outcome.failed == 0


def test_a_word_is_computed_once_and_looked_up_after() -> None:
    seen: list[str] = []

    def shout(word: str) -> str:
        seen.append(word)
        return word.upper()

    column = Vocabulary().column(shout)
    assert [column[word] for word in ("Kyiv", "said", "Kyiv", "said", "Kyiv")] == [
        "KYIV",
        "SAID",
        "KYIV",
        "SAID",
        "KYIV",
    ]
    assert seen == ["Kyiv", "said"]


def test_a_full_vocabulary_starts_afresh_when_renewed() -> None:
    vocabulary = Vocabulary(limit=2)
    lower = vocabulary.column(str.lower)
    length = vocabulary.column(len)
    for word in ("The", "Minister", "Said"):
        assert lower[word] == word.lower()
    assert length["Monday"] == 6
    vocabulary.renew()  # three words in one column: over the limit, every column emptied
    assert (len(lower), len(length)) == (0, 0)
    assert lower["Monday"] == "monday"
    vocabulary.renew()  # one word: kept
    assert dict(lower) == {"Monday": "monday"}
    assert repr(vocabulary) == "<Vocabulary: 2 columns, up to 1 words>"


@attrs.frozen(kw_only=True)
class _Word(Fact):
    """A word in lower case, as the vocabulary's column gives it."""

    lower: str


LOWER_CASE = Field("lower_case", _Word, "Words in lower case.")


class _LowerCasePlugin:
    """Finds every word, with its lower-case form read through the document's vocabulary."""

    __name__ = "lower_case"

    def __init__(self) -> None:
        self.vocabularies: list[Vocabulary] = []

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(LOWER_CASE, self.words)

    def words(self, document: Document, needed: FactMap, options: Any) -> list[_Word]:
        self.vocabularies.append(document.vocabulary)
        lower = document.vocabulary.column(str.lower)
        return [
            _Word.at(document.text, t.start, t.end, lower=lower[t.text]) for t in document.tokens
        ]


def test_an_extractor_shares_its_vocabulary_with_every_article() -> None:
    plugin = _LowerCasePlugin()
    extractor = newsfacts.Extractor(["lower_case"], extra_plugins=[plugin])
    first = extractor.extract("Officials met in Kyiv.")
    extractor.extract("Kyiv officials met.")
    newsfacts.Extractor(["lower_case"], extra_plugins=[plugin]).extract("Officials met.")
    assert [word.lower for word in first[LOWER_CASE]] == ["officials", "met", "in", "kyiv", "."]
    assert plugin.vocabularies[0] is plugin.vocabularies[1]
    assert plugin.vocabularies[2] is not plugin.vocabularies[0]
    assert dict(plugin.vocabularies[0].column(str.lower)) == {
        "Officials": "officials",
        "met": "met",
        "in": "in",
        "Kyiv": "kyiv",
        ".": ".",
        "officials": "officials",  # from the second article
    }


def test_a_document_made_on_its_own_has_a_vocabulary_of_its_own() -> None:
    first = Document.from_article(newsfacts.Article(text="Officials met."))
    second = Document.from_article(newsfacts.Article(text="Officials met."))
    assert first.vocabulary is not second.vocabulary
    assert first == second  # the vocabulary is a cache, not part of the document's value
