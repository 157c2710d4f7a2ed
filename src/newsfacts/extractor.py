"""The extraction API: pick one provider per field (:mod:`newsfacts.resolution`), then run
them over articles (:mod:`newsfacts.running`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import time
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from typing import Any

from newsfacts import collector, deadline, explain, resolution, running
from newsfacts import config as configuration
from newsfacts.article import Article, ArticleInput, to_article
from newsfacts.document import Document
from newsfacts.errors import ConfigError, PluginError, TimeLimitError
from newsfacts.facts import Fact, FactMap, Field
from newsfacts.manager import PluginFailure, installation, load_plugins
from newsfacts.providers import Provider
from newsfacts.result import Result
from newsfacts.vocabulary import Vocabulary


class Extractor:
    """Loads the plugins once, then extracts facts from many articles.

    ``plugins`` names the plugins or fields to run (with the fields they need); None runs
    all installed. ``disable`` names plugins or fields never to run (to replace a built-in,
    say). ``config`` maps field (or plugin) names to their options
    (``{"locations": {"adjectival": True}}``), checked against what each plugin declares.
    ``extra_plugins`` registers plugin objects not installed as distributions (a module with
    hook implementations, handy in tests). With ``strict=True`` a failing plugin raises
    :class:`~newsfacts.PluginError`; otherwise its failure is recorded in results' ``errors``.
    ``time_limit`` bounds the seconds one article may take: an article over it gets an empty
    result whose ``errors`` hold a :class:`~newsfacts.TimeLimitError` (raised in strict
    mode), and the run goes on (see :mod:`newsfacts.deadline`). With ``trace=True`` each
    result's ``trace`` says why each candidate was kept or dropped (see
    :mod:`newsfacts.explain`).
    """

    def __init__(
        self,
        plugins: Iterable[str] | None = None,
        *,
        disable: Iterable[str] = (),
        config: configuration.Config | None = None,
        strict: bool = False,
        time_limit: float | None = None,
        extra_plugins: Iterable[object] = (),
        trace: bool = False,
    ) -> None:
        wanted = [plugins] if isinstance(plugins, str) else plugins
        selection = list(wanted) if wanted is not None else None
        disabled = frozenset([disable] if isinstance(disable, str) else disable)
        #: Whether a failing plugin raises instead of being recorded.
        self.strict = strict
        #: The seconds one article may take, or None.
        self.time_limit = None if time_limit is None else deadline.checked_seconds(time_limit)
        #: Whether results carry the decisions of the plugins' check tables (``trace``).
        self.trace = bool(trace)
        #: What an equivalent extractor is built from, in a worker process (not
        #: ``extra_plugins``: objects of this process, which another cannot find again).
        self.arguments: dict[str, Any] = {
            "plugins": selection,
            "disable": tuple(sorted(disabled)),
            "config": config,
            "strict": strict,
            "time_limit": self.time_limit,
            "trace": self.trace,
        }
        # Loading the plugins imports them, and they build their tables: hundreds of thousands
        # of objects kept for the process, none garbage; the collector walked them again and
        # again (1% of a cold start's instructions). Paused as for an article.
        with collector.paused():
            loaded = load_plugins(extra_plugins)
        # A plugin that failed to load matters only if it was asked for (or all were).
        failures = [f for f in loaded.failures if selection is None or f.plugin in selection]
        self._raise_in_strict_mode(failures)
        candidates: dict[str, list[Provider]] = {}
        for provider in loaded.providers:
            if provider.field.name in resolution.RESERVED_NAMES:
                failures.append(resolution.reserved(provider))
            elif not resolution.disabled(provider, disabled):
                candidates.setdefault(provider.field.name, []).append(provider)
        self._raise_in_strict_mode(failures)
        failed = {failure.plugin for failure in failures}
        names = resolution.select(selection, candidates, failed)
        chosen: dict[str, Provider] = {}
        while names:  # the selected fields and, transitively, the fields they need
            name = names.pop()
            if name not in chosen:
                chosen[name] = resolution.choose(name, candidates[name], loaded)
                names.extend(n for n in chosen[name].needs if n in candidates)
        sections = configuration.sections_for(loaded.providers, config or {})
        steps: list[running.FieldStep] = []
        for name in resolution.order(chosen):
            try:
                options = configuration.build_options(chosen[name], sections.get(name, {}))
            except ConfigError:
                raise
            except Exception as error:  # the plugin's own options code failed
                failures.append(
                    PluginFailure.from_exception(chosen[name].plugin, error, name, "configure")
                )
                self._raise_in_strict_mode(failures)
                continue
            steps.append(running.FieldStep(chosen[name], options))
        self._steps = tuple(steps)
        self._failures = tuple(failures)
        # Words met in one article are met again in the next: their properties are shared
        # (see newsfacts.vocabulary).
        self._vocabulary = Vocabulary()
        self._unlimited = deadline.Deadline(None)

    def _raise_in_strict_mode(self, failures: Sequence[PluginFailure]) -> None:
        if self.strict and failures:
            failure = failures[0]
            raise PluginError(
                failure.plugin, f"{failure.error_type}: {failure.message}", field=failure.field
            )

    @property
    def fields(self) -> tuple[Field[Any], ...]:
        """The fields this extractor fills, in extraction order."""
        return tuple(step.provider.field for step in self._steps)

    @property
    def providers(self) -> tuple[Provider, ...]:
        """Who fills each field, in extraction order."""
        return tuple(step.provider for step in self._steps)

    @property
    def failures(self) -> tuple[PluginFailure, ...]:
        """Plugins that failed to load, register or configure (copied into every result)."""
        return self._failures

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
        plugin (``benchmarks/speed.py`` uses it to time each plugin on its own). The cyclic
        garbage collector is paused meanwhile (see :mod:`newsfacts.collector`).
        """
        article = to_article(article, published=published)
        try:
            with collector.paused(), self._time_limit() as limit:
                return self._extract(article, limit, timings)
        except TimeLimitError as error:
            if self.strict:
                raise
            failure = PluginFailure.from_exception("newsfacts", error)
            return Result(article, {f.name: () for f in self.fields}, (*self._failures, failure))

    def _time_limit(self) -> contextlib.AbstractContextManager[deadline.Deadline]:
        """The time limit of one article: without one, no timer to arm and no deadline to
        make per article (:func:`newsfacts.deadline.time_limit` would make one of each)."""
        if self.time_limit is None:
            return contextlib.nullcontext(self._unlimited)
        return deadline.time_limit(self.time_limit)

    def _extract(
        self,
        article: Article,
        limit: deadline.Deadline,
        timings: MutableMapping[str, float] | None,
    ) -> Result:
        clock = time.perf_counter
        began = clock()
        self._vocabulary.renew()
        document = Document.from_article(article, self._vocabulary)
        if timings is not None:
            _ = document.tokens[:1]  # built lazily otherwise, and charged to the first reader
            timings["segmentation"] = timings.get("segmentation", 0.0) + clock() - began
        facts: dict[str, tuple[Fact, ...]] = {}
        errors = list(self._failures)
        trace: list[explain.Decision] = []
        for step in self._steps:
            name = step.provider.field.name
            limit.check()  # between plugins, where no signal can interrupt
            began = clock()
            try:
                needs = step.provider.needs  # (most fields need none: the empty map shared)
                needed = FactMap._of({n: facts.get(n, ()) for n in needs}) if needs else _NONE
                if self.trace:
                    facts[name], problem = running.traced(step, document, needed, trace)
                else:
                    facts[name], problem = running.run(step, document, needed)
            except TimeLimitError:
                raise
            except Exception as error:
                if self.strict:
                    message = f"{type(error).__name__}: {error}"
                    raise PluginError(step.provider.plugin, message, field=name) from error
                errors.append(PluginFailure.from_exception(step.provider.plugin, error, name))
                facts[name] = ()
                continue
            finally:
                if timings is not None:
                    timings[name] = timings.get(name, 0.0) + clock() - began
            if problem:
                if self.strict:
                    raise PluginError(step.provider.plugin, problem, field=name)
                errors.append(PluginFailure(step.provider.plugin, "PluginError", problem, name))
        return Result(article, FactMap._of(facts), errors, trace)

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
        # multiprocessing and the pool load only for workers: not by every `import newsfacts`
        from newsfacts.parallel import extract_parallel, extractor_factory

        return extract_parallel(
            extractor_factory(self),
            articles,
            workers=workers,
            ordered=ordered,
            chunksize=chunksize,
            time_limit=self.time_limit,
        )


#: The facts handed to a field that needs none (a map no one can change: shared).
_NONE = FactMap()


@functools.lru_cache(maxsize=8)
def _cached_extractor(
    plugins: tuple[str, ...] | None,
    disable: tuple[str, ...],
    config: str,
    strict: bool,
    trace: bool,
    installation: tuple[tuple[str, int], ...],
) -> Extractor:
    config_map = json.loads(config)
    return Extractor(plugins, disable=disable, config=config_map, strict=strict, trace=trace)


def extract(
    article: ArticleInput,
    *,
    plugins: Iterable[str] | None = None,
    disable: Iterable[str] = (),
    config: configuration.Config | None = None,
    strict: bool = False,
    published: dt.date | str | None = None,
    trace: bool = False,
) -> Result:
    """Extract facts from one article with the installed plugins.

    ``article`` is an :class:`Article`, a plain text or a JSON-like mapping; ``published``
    sets or overrides its publication date; ``plugins``, ``disable``, ``config``, ``strict``
    and ``trace`` are as for :class:`Extractor`. The plugins are loaded once and reused across
    calls (again after a plugin is installed or removed); use an :class:`Extractor` to
    control that yourself.
    """
    names = [plugins] if isinstance(plugins, str) else plugins
    key = tuple(sorted(names)) if names is not None else None
    off = tuple(sorted([disable] if isinstance(disable, str) else disable))
    try:
        frozen_config = json.dumps(config or {}, sort_keys=True)
    except TypeError as error:
        raise ConfigError("config", None, f"not JSON-like: {error}") from None
    extractor = _cached_extractor(key, off, frozen_config, strict, trace, installation())
    return extractor.extract(article, published=published)
