"""The extraction API: run the plugins' fields over articles and combine their facts."""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import time
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from typing import Any

import attrs
import pluggy

from newsfacts.article import Article
from newsfacts.document import Document
from newsfacts.errors import InvalidArticleError, PluginError, UnknownPluginError
from newsfacts.facts import Fact, Field, sorted_facts
from newsfacts.plugins import PluginFailure, declared_fields, load_plugins

ArticleInput = Article | str | Mapping[str, Any]

# Result attributes that a field name may not shadow.
RESERVED_NAMES = frozenset({"article", "facts", "errors", "fields", "to_dict", "get", "keys"})


@attrs.frozen
class Result:
    """The facts of one article: one tuple of facts per field, in text order.

    Fields read as attributes (``result.numbers``) or by name (``result["numbers"]``).
    ``errors`` lists the plugins that failed on this article (empty when all went well).
    """

    article: Article
    facts: Mapping[str, tuple[Fact, ...]]
    errors: tuple[PluginFailure, ...] = ()

    def __getattr__(self, name: str) -> tuple[Fact, ...]:
        try:
            return self.facts[name]
        except KeyError:
            raise AttributeError(f"no field named {name!r} in this result") from None

    def __getitem__(self, name: str) -> tuple[Fact, ...]:
        try:
            return self.facts[name]
        except KeyError:
            raise KeyError(f"no field named {name!r}; fields: {', '.join(self.facts)}") from None

    def __contains__(self, name: object) -> bool:
        return name in self.facts

    def keys(self) -> Iterable[str]:
        """The field names, in extraction order."""
        return self.facts.keys()

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """JSON-ready facts: one key per field, each a list of the facts' dicts."""
        return {name: [fact.to_dict() for fact in facts] for name, facts in self.facts.items()}


def to_article(item: ArticleInput, *, published: dt.date | str | None = None) -> Article:
    """Coerce an article, a text or a JSON object to an :class:`Article`."""
    if isinstance(item, Article):
        return item if published is None else attrs.evolve(item, published=published)
    if isinstance(item, str):
        return Article(text=item, published=published)
    if isinstance(item, Mapping):
        article = Article.from_dict(item)
        return article if published is None else attrs.evolve(article, published=published)
    raise InvalidArticleError(
        "article", f"expected an Article, a str or a mapping, got {type(item).__name__}"
    )


@attrs.frozen
class _Step:
    plugin: str
    field: Field
    call: pluggy.HookCaller


def _order(fields: dict[str, tuple[str, Field]]) -> list[str]:
    """Field names ordered so that every field comes after the fields it needs."""
    waiting = {name: {n for n in field.needs if n in fields} for name, (_, field) in fields.items()}
    ready = [name for name, needs in waiting.items() if not needs]
    heapq.heapify(ready)
    order = []
    while ready:
        name = heapq.heappop(ready)
        order.append(name)
        for other, needs in waiting.items():
            if name in needs:
                needs.discard(name)
                if not needs:
                    heapq.heappush(ready, other)
    if len(order) < len(fields):
        cycle = sorted(set(fields) - set(order))
        raise PluginError(fields[cycle[0]][0], f"fields need each other in a cycle: {cycle}")
    return order


class Extractor:
    """Loads the plugins once, then extracts facts from many articles.

    ``plugins`` names the plugins or fields to run (with the fields they need); None runs all
    installed. ``extra_plugins`` registers plugin objects not installed as distributions (a
    module with hook implementations, handy in tests). With ``strict=True`` a failing plugin
    raises :class:`~newsfacts.PluginError`; otherwise its failure is recorded in the result.
    """

    def __init__(
        self,
        plugins: Iterable[str] | None = None,
        *,
        strict: bool = False,
        extra_plugins: Iterable[object] = (),
    ) -> None:
        if isinstance(plugins, str):
            plugins = [plugins]
        plugins = list(plugins) if plugins is not None else None
        loaded = load_plugins(extra_plugins)
        self.strict = strict
        # A plugin that failed to load matters only if it was asked for (or all were).
        self._load_failures = tuple(
            failure for failure in loaded.failures if plugins is None or failure.plugin in plugins
        )
        if strict and self._load_failures:
            failure = self._load_failures[0]
            raise PluginError(failure.plugin, f"{failure.error_type}: {failure.message}")
        manager = loaded.manager
        owners: dict[str, tuple[str, Field]] = {}
        for plugin, fields in declared_fields(manager).items():
            for field in fields:
                if field.name in RESERVED_NAMES:
                    raise PluginError(plugin, f"field name {field.name!r} is reserved")
                if field.name in owners:
                    other = owners[field.name][0]
                    raise PluginError(plugin, f"field {field.name!r} is also declared by {other!r}")
                owners[field.name] = (plugin, field)
        if plugins is None:
            selected = set(owners)
        else:  # a plugin that failed to load is reported in results, not as unknown
            failed = {failure.plugin for failure in self._load_failures}
            selected = self._select([p for p in plugins if p not in failed], owners)
        wanted = {name: owners[name] for name in selected}
        self._steps = tuple(
            _Step(
                wanted[name][0],
                wanted[name][1],
                manager.subset_hook_caller(
                    "newsfacts_extract",
                    [p for n, p in manager.list_name_plugin() if n != wanted[name][0]],
                ),
            )
            for name in _order(wanted)
        )

    @staticmethod
    def _select(names: Iterable[str], owners: dict[str, tuple[str, Field]]) -> set[str]:
        selected: set[str] = set()
        for name in names:
            matches = {f for f, (plugin, _) in owners.items() if name in (f, plugin)}
            if not matches:
                known = sorted(set(owners) | {plugin for plugin, _ in owners.values()})
                raise UnknownPluginError(
                    f"no installed plugin or field named {name!r}; installed: {', '.join(known)}"
                )
            selected |= matches
        todo = list(selected)
        while todo:  # add the fields the selected ones need
            for need in owners[todo.pop()][1].needs:
                if need in owners and need not in selected:
                    selected.add(need)
                    todo.append(need)
        return selected

    @property
    def fields(self) -> tuple[Field, ...]:
        """The fields this extractor fills, in extraction order."""
        return tuple(step.field for step in self._steps)

    def extract(
        self,
        article: ArticleInput,
        *,
        published: dt.date | str | None = None,
        timings: MutableMapping[str, float] | None = None,
    ) -> Result:
        """Extract every field's facts from one article (or text, or JSON object).

        ``timings``, when given, is a mapping to which the seconds spent are added: under
        ``"segmentation"`` for the shared text layer and under each field's name for its
        plugin (``benchmarks/speed.py`` uses it to time each plugin on its own).
        """
        clock = time.perf_counter
        article = to_article(article, published=published)
        began = clock()
        document = Document.from_article(article)
        if timings is not None:
            _ = document.tokens  # built lazily otherwise, and charged to the first reader
            timings["segmentation"] = timings.get("segmentation", 0.0) + clock() - began
        facts: dict[str, tuple[Fact, ...]] = {}
        errors = list(self._load_failures)
        for step in self._steps:
            needed = {name: facts.get(name, ()) for name in step.field.needs}
            began = clock()
            try:
                found = step.call(document=document, field=step.field, facts=needed)
                facts[step.field.name], problem = self._checked(article.text, step, found)
            except Exception as error:
                if self.strict:
                    raise PluginError(
                        step.plugin, f"{type(error).__name__}: {error}", field=step.field.name
                    ) from error
                errors.append(PluginFailure.from_exception(step.plugin, error, step.field.name))
                facts[step.field.name] = ()
                continue
            finally:
                if timings is not None:
                    name = step.field.name
                    timings[name] = timings.get(name, 0.0) + clock() - began
            if problem:
                if self.strict:
                    raise PluginError(step.plugin, problem, field=step.field.name)
                errors.append(PluginFailure(step.plugin, "PluginError", problem, step.field.name))
        return Result(article, facts, tuple(errors))

    def extract_many(
        self,
        articles: Iterable[ArticleInput],
        *,
        workers: int = 1,
        ordered: bool = True,
        chunksize: int | None = None,
    ) -> Iterator[Result]:
        """Extract from each article, lazily (an iterator over a stream).

        ``workers=1`` extracts in turn, in this process. More use that many worker processes
        (:func:`newsfacts.parallel.extract_parallel`, where ``ordered`` and ``chunksize`` are
        described), each with an extractor of the same fields.
        """
        if workers == 1:
            return map(self.extract, articles)
        from newsfacts.parallel import extract_parallel, extractor_factory

        return extract_parallel(
            extractor_factory(self),
            articles,
            workers=workers,
            ordered=ordered,
            chunksize=chunksize,
            time_limit=getattr(self, "time_limit", None),
        )

    @staticmethod
    def _checked(
        text: str, step: _Step, found: Sequence[Fact] | None
    ) -> tuple[tuple[Fact, ...], str | None]:
        """Keep the facts that honour the contract; describe those that do not."""
        if found is None:
            return (), f"newsfacts_extract returned None for its own field {step.field.name!r}"
        kept: list[Fact] = []
        bad: list[Fact] = []
        for fact in found:
            valid = (
                isinstance(fact, step.field.fact_type)
                and 0 <= fact.start <= fact.end <= len(text)
                and text[fact.start : fact.end] == fact.text
            )
            (kept if valid else bad).append(fact)
        problem = None
        if bad:
            problem = f"dropped {len(bad)} fact(s) not matching the text or type, e.g. {bad[0]!r}"
        return sorted_facts(kept), problem


@functools.lru_cache(maxsize=8)
def _cached_extractor(plugins: tuple[str, ...] | None, strict: bool) -> Extractor:
    return Extractor(plugins, strict=strict)


def extract(
    article: ArticleInput,
    *,
    plugins: Iterable[str] | None = None,
    strict: bool = False,
    published: dt.date | str | None = None,
) -> Result:
    """Extract facts from one article with the installed plugins.

    ``article`` is an :class:`Article`, a plain text or a JSON-like mapping; ``published``
    sets or overrides its publication date. The plugins are loaded once and reused across
    calls; use an :class:`Extractor` to control that yourself.
    """
    if isinstance(plugins, str):
        plugins = [plugins]
    key = tuple(sorted(plugins)) if plugins is not None else None
    return _cached_extractor(key, strict).extract(article, published=published)
