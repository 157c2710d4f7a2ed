"""The field under test: its plugin loaded once, run through the core and called directly."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from newsfacts import config as configuration
from newsfacts.article import Article
from newsfacts.document import Document
from newsfacts.errors import UnknownPluginError
from newsfacts.extractor import Extractor
from newsfacts.facts import Fact, FactMap, Field
from newsfacts.providers import Provider
from newsfacts.result import Result

#: A text to check: a plain text, or an :class:`~newsfacts.Article` (for its ``published``).
TextInput = str | Article


class FieldCheckError(AssertionError):
    """A field failed a check of :mod:`newsfacts.testing`; the message says which and where.

    An :class:`AssertionError`, so that pytest reports it as a test failure.
    """


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` shortened for a message, with its length."""
    return repr(text if len(text) <= limit else text[:limit] + "…") + f" ({len(text)} chars)"


def as_article(text: TextInput) -> Article:
    """``text`` as an :class:`~newsfacts.Article`."""
    return text if isinstance(text, Article) else Article(text=text)


@attrs.frozen
class FieldUnderTest:
    """A field's plugin loaded for checking: the extractor that runs it (with the fields it
    needs), who fills it and with which options.

    Every check accepts one in place of the field, to load the plugins once for many checks
    (in a hypothesis test, say): ``URLS_UNDER_TEST = FieldUnderTest.load(URLS)``.
    """

    #: The field as the caller named it: facts must be of its ``fact_type``.
    field: Field[Any]
    #: An extractor running the field and the fields it needs.
    extractor: Extractor
    #: Who fills the field, as registered.
    provider: Provider
    #: The options instance the field's extract function receives (None without options).
    options: Any = None

    @classmethod
    def load(
        cls,
        field: Field[Any] | str,
        *,
        extra_plugins: Iterable[object] = (),
        config: configuration.Config | None = None,
    ) -> FieldUnderTest:
        """Load the installed plugins and ``extra_plugins`` (plugin objects not installed as
        a distribution, such as a module with the hook), and find who fills ``field``.

        ``config`` is the configuration to run with, as for :class:`~newsfacts.Extractor`.
        """
        name = field.name if isinstance(field, Field) else field
        try:
            extractor = Extractor([name], config=config, extra_plugins=list(extra_plugins))
        except UnknownPluginError as error:
            raise FieldCheckError(
                f"{error}; pass a plugin that is not installed as extra_plugins=[module]"
            ) from None
        if extractor.failures:
            failure = extractor.failures[0]
            raise FieldCheckError(
                f"plugin {failure.plugin!r} failed to {failure.stage}: "
                f"{failure.error_type}: {failure.message}"
            )
        found = [p for p in extractor.providers if p.field.name == name]
        if not found:
            raise FieldCheckError(f"{name!r} names a plugin: check each of its fields by name")
        provider = found[0]
        declared = field if isinstance(field, Field) else provider.field
        if provider.field.fact_type is not declared.fact_type:
            raise FieldCheckError(
                f"field {name!r} is registered by plugin {provider.plugin!r} with fact class "
                f"{provider.field.fact_type.__name__}, not {declared.fact_type.__name__}"
            )
        # The extractor has checked the configuration; the same options, for direct calls.
        wanted = {k: v for k, v in (config or {}).items() if k in (name, provider.plugin)}
        section = configuration.sections_for([provider], wanted).get(name, {})
        return cls(declared, extractor, provider, configuration.build_options(provider, section))

    @property
    def name(self) -> str:
        """The field's name."""
        return self.field.name

    def run(self, text: TextInput) -> Result:
        """Extract from ``text`` through the core; a plugin failure is a
        :class:`FieldCheckError` (with the plugin's exception chained, for this field)."""
        article = as_article(text)
        result = self.extractor.extract(article)
        if not result.errors:
            return result
        failure = result.errors[0]
        if failure.field == self.name:
            # Run the extract function again, directly, for the exception with its traceback
            # or for the faulty fact: the core kept only a message.
            facts = self.call(Document.from_article(article), self.needed(result))
            verify_offsets(self, article.text, facts)
            verify_fact_types(self, article.text, facts)
        raise FieldCheckError(
            f"on {excerpt(article.text)}: plugin {failure.plugin!r} (field {failure.field!r}) "
            f"failed: {failure.error_type}: {failure.message}"
        )

    def needed(self, result: Result) -> FactMap:
        """The facts of the fields the field needs, from ``result``."""
        return FactMap({need: result.facts.get(need, ()) for need in self.provider.needs})

    def raw_facts(self, text: TextInput) -> list[object]:
        """What the field's extract function itself returns for ``text``, before the core
        checks and sorts it (the fields it needs extracted first, through the core)."""
        article = as_article(text)
        needed = self.needed(self.run(article)) if self.provider.needs else FactMap()
        return self.call(Document.from_article(article), needed)

    def call(self, document: Document, needed: FactMap) -> list[object]:
        """Call the field's extract function; an exception is a :class:`FieldCheckError`."""
        try:
            found = self.provider.extract(document, needed, self.options)
        except Exception as error:
            raise FieldCheckError(
                f"field {self.name!r} raised {type(error).__name__} on "
                f"{excerpt(document.text)}: {error}"
            ) from error
        if found is None:
            raise FieldCheckError(
                f"field {self.name!r}: extract returned None on {excerpt(document.text)}; "
                "return an empty list when there is nothing to find"
            )
        return list(found)


def subject_of(
    field: Field[Any] | str | FieldUnderTest,
    extra_plugins: Iterable[object],
    config: configuration.Config | None,
) -> FieldUnderTest:
    """The :class:`FieldUnderTest` a check was given, or loads."""
    if isinstance(field, FieldUnderTest):
        return field
    return FieldUnderTest.load(field, extra_plugins=extra_plugins, config=config)


def verify_offsets(subject: FieldUnderTest, text: str, facts: Iterable[object]) -> None:
    """Each of ``facts`` is a Fact whose offsets lie inside ``text`` and span its text."""
    for index, fact in enumerate(facts):
        where = f"field {subject.name!r}, fact {index} on {excerpt(text)}"
        if not isinstance(fact, Fact):
            raise FieldCheckError(f"{where}: {fact!r} is not a newsfacts.Fact")
        if not 0 <= fact.start <= fact.end <= len(text):
            raise FieldCheckError(
                f"{where}: offsets {fact.start}..{fact.end} of {fact.text!r} lie outside the text"
            )
        if text[fact.start : fact.end] != fact.text:
            raise FieldCheckError(
                f"{where}: {fact.text!r} at {fact.start}..{fact.end}, but the text there is "
                f"{text[fact.start : fact.end]!r}; build facts with "
                f"{type(fact).__name__}.at(document.text, start, end, ...)"
            )


def verify_fact_types(subject: FieldUnderTest, text: str, facts: Iterable[object]) -> None:
    """Each of ``facts`` is an instance of the field's declared fact class."""
    declared = subject.field.fact_type
    for index, fact in enumerate(facts):
        if not isinstance(fact, declared):
            raise FieldCheckError(
                f"field {subject.name!r}, fact {index} on {excerpt(text)}: {fact!r} is a "
                f"{type(fact).__name__}, but the field declares {declared.__name__}"
            )
