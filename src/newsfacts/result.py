"""The output: the facts of one article, by field, with the plugin failures on the way."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar, overload

import attrs

from newsfacts.article import Article
from newsfacts.errors import InvalidFactError
from newsfacts.explain import Decision
from newsfacts.facts import Fact, FactMap, Field
from newsfacts.fields import (
    BUILT_IN_FIELDS,
    DATES,
    LOCATIONS,
    NUMBERS,
    ORGANIZATIONS,
    PEOPLE,
    QUOTES,
    Location,
    Organization,
    Person,
    Quantity,
    Quote,
    TimeExpression,
)
from newsfacts.manager import PluginFailure, installed_fields

F = TypeVar("F", bound=Fact)
# A frozen class's attributes are set through object's __setattr__, as attrs' __init__ does.
_SET = object.__setattr__


def _fact_map(facts: Mapping[str, Iterable[Fact]]) -> FactMap:
    return facts if isinstance(facts, FactMap) else FactMap(facts)


def _failures(errors: Iterable[PluginFailure]) -> tuple[PluginFailure, ...]:
    return tuple(errors)


def _decisions(decisions: Iterable[Decision]) -> tuple[Decision, ...]:
    return tuple(decisions)


@attrs.frozen(repr=False)
class Result(Mapping[str, tuple[Fact, ...]]):
    """The facts of one article: one tuple of facts per field, in text order.

    A result is a read-only mapping from field name to facts. Look fields up by their
    :class:`~newsfacts.Field` for typed facts (``result[NUMBERS]`` is a
    ``tuple[Quantity, ...]``), by name (``result["numbers"]``), or, for the built-in fields,
    as attributes (``result.numbers``). ``errors`` lists the plugins that failed on this
    article (empty when all went well).
    """

    #: The article the facts were extracted from; offsets index ``article.text``.
    article: Article
    #: The facts by field name, in extraction order.
    facts: FactMap = attrs.field(converter=_fact_map)
    #: The plugins that failed on this article (or to load), in order.
    errors: tuple[PluginFailure, ...] = attrs.field(default=(), converter=_failures)
    #: Why each candidate was kept or dropped, when the extractor traces
    #: (``Extractor(trace=True)``): per field in extraction order, in text order; else empty.
    trace: tuple[Decision, ...] = attrs.field(default=(), converter=_decisions)

    @classmethod
    def _of(
        cls,
        article: Article,
        facts: FactMap,
        errors: tuple[PluginFailure, ...],
        trace: tuple[Decision, ...],
    ) -> Result:
        """A result of values in their types already, not converted again: for the core,
        which makes one for every article (attrs' __init__ and its three converters cost
        as much as the rest of a one-sentence item's core)."""
        made = object.__new__(cls)
        _SET(made, "article", article)
        _SET(made, "facts", facts)
        _SET(made, "errors", errors)
        _SET(made, "trace", trace)
        return made

    @overload
    def __getitem__(self, key: Field[F]) -> tuple[F, ...]: ...
    @overload
    def __getitem__(self, key: str) -> tuple[Fact, ...]: ...
    def __getitem__(self, key: Field[Any] | str) -> tuple[Any, ...]:
        name = key.name if isinstance(key, Field) else key
        if name not in self.facts:
            raise KeyError(f"no field named {name!r} in this result; fields: {', '.join(self)}")
        return self.facts[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def __repr__(self) -> str:
        text = self.article.text
        shown = text if len(text) <= 40 else text[:40] + "…"
        counts = " ".join(f"{name}={len(facts)}" for name, facts in self.facts.items())
        return f"<Result {shown!r} ({len(text)} chars) {counts} errors={len(self.errors)}>"

    def _built_in(self, field: Field[F]) -> tuple[F, ...]:
        try:
            return self[field]
        except KeyError as error:
            raise AttributeError(error.args[0]) from None

    @property
    def dates(self) -> tuple[TimeExpression, ...]:
        """The facts of the built-in ``dates`` field (``result[DATES]``)."""
        return self._built_in(DATES)

    @property
    def numbers(self) -> tuple[Quantity, ...]:
        """The facts of the built-in ``numbers`` field (``result[NUMBERS]``)."""
        return self._built_in(NUMBERS)

    @property
    def people(self) -> tuple[Person, ...]:
        """The facts of the built-in ``people`` field (``result[PEOPLE]``)."""
        return self._built_in(PEOPLE)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """The facts of the built-in ``quotes`` field (``result[QUOTES]``)."""
        return self._built_in(QUOTES)

    @property
    def locations(self) -> tuple[Location, ...]:
        """The facts of the built-in ``locations`` field (``result[LOCATIONS]``)."""
        return self._built_in(LOCATIONS)

    @property
    def organizations(self) -> tuple[Organization, ...]:
        """The facts of the built-in ``organizations`` field (``result[ORGANIZATIONS]``)."""
        return self._built_in(ORGANIZATIONS)

    def _repr_html_(self) -> str:
        """The result drawn with its facts highlighted, for Jupyter (:func:`newsfacts.render`)."""
        # The view loads on first use, not by every `import newsfacts` (see newsfacts.__init__).
        from newsfacts.view import repr_html

        return repr_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The result as a JSON-ready record: ``article``, ``facts`` by field, ``errors``,
        and ``trace`` when the result has one (a traced extraction).

        The shape of one object of ``newsfacts extract``'s JSON output; :meth:`from_dict`
        reads it back.
        """
        record: dict[str, Any] = {
            "article": self.article.to_dict(),
            "facts": {name: [fact.to_dict() for fact in facts] for name, facts in self.items()},
            "errors": [error.to_dict() for error in self.errors],
        }
        if self.trace:
            record["trace"] = [decision.to_dict() for decision in self.trace]
        return record

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, fields: Iterable[Field[Any]] | None = None
    ) -> Result:
        """Read back a record of :meth:`to_dict` (a line of JSON output) as a typed result.

        ``fields`` gives the fact class of each field; by default the built-in fields and
        those of the installed plugins. Bad records raise
        :class:`~newsfacts.InvalidFactError` (or :class:`~newsfacts.InvalidArticleError`
        for the article).
        """
        if not isinstance(data, Mapping):
            raise InvalidFactError("result", f"expected a JSON object, got {type(data).__name__}")
        article = Article.from_dict(data.get("article") or {})
        known = {field.name: field for field in fields or BUILT_IN_FIELDS}
        facts: dict[str, tuple[Fact, ...]] = {}
        raw_facts = data.get("facts") or {}
        if not isinstance(raw_facts, Mapping):
            raise InvalidFactError("facts", "expected an object of fields")
        for name, items in raw_facts.items():
            if name not in known and fields is None:
                known.update((field.name, field) for field in installed_fields())
            if name not in known:
                raise InvalidFactError(name, "unknown field: pass its Field in fields=")
            if not isinstance(items, list):
                raise InvalidFactError(name, "expected a list of facts")
            facts[name] = tuple(known[name].fact_type.from_dict(item) for item in items)
            for fact in facts[name]:
                if article.text[fact.start : fact.end] != fact.text:
                    raise InvalidFactError(name, f"{fact.text!r} does not match the text")
        errors = [_failure(item) for item in data.get("errors") or []]
        trace = data.get("trace") or []
        if not isinstance(trace, list):
            raise InvalidFactError("trace", "expected a list of decisions")
        return cls(article, facts, errors, [Decision.from_dict(item) for item in trace])


def _failure(data: Any) -> PluginFailure:
    if not isinstance(data, Mapping) or not {"plugin", "error_type", "message"} <= set(data):
        raise InvalidFactError("errors", f"not a plugin failure: {data!r}")
    return PluginFailure(
        str(data["plugin"]),
        str(data["error_type"]),
        str(data["message"]),
        data.get("field"),
        data.get("stage") or "extract",
    )
