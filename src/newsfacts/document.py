"""The article as plugins see it: its text segmented once, shared by every plugin."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, TypeVar, cast, overload

import attrs

from newsfacts import genre
from newsfacts.article import Article
from newsfacts.home import Home, read_home
from newsfacts.paragraphs import paragraphs as split_paragraphs
from newsfacts.sentences import sentences as split_sentences
from newsfacts.text import Segment, covering
from newsfacts.tokens import Tokens
from newsfacts.vocabulary import Vocabulary

T = TypeVar("T")


class _kept_property(functools.cached_property[T]):
    """A :func:`functools.cached_property` without its lock: computed on first read and kept
    in the instance's dict, where every later read finds it. Python 3.10 and 3.11 take one
    lock for every instance of the class on each first read (some 5,000 instructions a
    property, several a document: a hundredth of a one-sentence item's extraction); 3.12
    dropped it. Two threads reading a property first at once may both compute it, as on 3.12:
    a document's properties are pure functions of its text, so either value is right."""

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> _kept_property[T]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> T: ...
    def __get__(self, instance: object, owner: type[Any] | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[cast("str", self.attrname)] = self.func(instance)
        return value


# No slots: attrs would give a slotted class a __getattr__ for its cached properties, through
# which every attribute read then goes (plugins read a document's text and tokens dozens of
# times an article); without slots they are kept in the instance's dict, read as any attribute.
@attrs.frozen(slots=False)
class Document:
    """An article with its paragraphs, sentences and tokens.

    Built once per article by the core and handed to every plugin; plugins never split the
    text themselves. All offsets index ``document.text`` (the article text as given).
    """

    #: The article, with its metadata.
    article: Article
    #: Paragraphs: non-blank lines, hard-wrapped lines joined.
    paragraphs: tuple[Segment, ...]
    #: Sentences, never crossing a paragraph, none longer than ``sentences.MAX_SENTENCE``
    #: characters.
    sentences: tuple[Segment, ...]
    #: Properties of words computed once per distinct word and shared from article to article
    #: (the extractor's; a document made on its own has one of its own).
    vocabulary: Vocabulary = attrs.field(factory=Vocabulary, eq=False, repr=False, kw_only=True)

    @classmethod
    def from_article(cls, article: Article, vocabulary: Vocabulary | None = None) -> Document:
        """Segment ``article`` into paragraphs, sentences and tokens (``vocabulary``: the
        words met in earlier articles, if any)."""
        paragraphs = split_paragraphs(article.text)
        sentences = split_sentences(article.text, paragraphs)
        if vocabulary is None:
            return cls(article, paragraphs, sentences)
        return cls(article, paragraphs, sentences, vocabulary=vocabulary)

    # Tokens are the costliest layer and not every plugin reads them: built on first use,
    # then shared.
    @_kept_property
    def tokens(self) -> Tokens:
        """Word, number and punctuation tokens of the whole text, in order (a run of four
        or more of one mark, "----", is one token): a sequence of segments, kept as columns
        of offsets (see :class:`~newsfacts.tokens.Tokens`)."""
        return Tokens(self.article.text)

    @_kept_property
    def lower_case_words(self) -> frozenset[str]:
        """The article's words written in lower case somewhere ("housing", "though"; not
        "lindsey"): a capitalized word among them is a common word in this article."""
        # An iterator, not a list of every token's text: a list would be a copy the length of
        # the text; and texts, not segments: a long text's segments would be made for this.
        return frozenset(filter(str.islower, self.tokens.texts()))

    @_kept_property
    def sports_report(self) -> bool:
        """Whether the article reads as a sports report, from the words of its opening (see
        :mod:`newsfacts.genre`): read once, for every field."""
        return genre.sports_report(self.tokens, self.vocabulary.column(str.lower).__getitem__)

    @_kept_property
    def home(self) -> Home | None:
        """The country the article is written in or about, by its dateline or else the
        country its text names most (see :mod:`newsfacts.home`): read once, for every field;
        None when neither says."""
        return read_home(self.text, self.sentences, self.tokens)

    # Start offsets, for bisecting: derived, and made on the first look-up (some articles
    # have none).
    @_kept_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    @_kept_property
    def _paragraph_starts(self) -> list[int]:
        return [paragraph.start for paragraph in self.paragraphs]

    # Kept after the first read, as the properties above: plugins read a document's text
    # dozens of times an article, each read of a property a call.
    @_kept_property
    def text(self) -> str:
        """The article text, exactly as given."""
        return self.article.text

    @_kept_property
    def published(self) -> dt.date | None:
        """The publication day, the anchor of relative dates; None when unknown."""
        return self.article.published_date

    def sentence_at(self, offset: int) -> Segment | None:
        """The sentence containing character ``offset``, if any."""
        return covering(self.sentences, self._sentence_starts, offset)

    def paragraph_at(self, offset: int) -> Segment | None:
        """The paragraph containing character ``offset``, if any."""
        return covering(self.paragraphs, self._paragraph_starts, offset)

    def tokens_between(self, start: int, end: int) -> tuple[Segment, ...]:
        """The tokens lying wholly inside ``start``..``end`` (a sentence's tokens, say)."""
        return self.tokens.between(start, end)
