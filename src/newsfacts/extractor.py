"""The extraction API: pick one provider per field (:mod:`newsfacts.resolution`), then run
them over batches of articles, field by field (:mod:`newsfacts.batches`; one article is a
batch of one), each field's provider checked as it runs (:mod:`newsfacts.running`)."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from typing import Any

import attrs

from newsfacts import batches, collector, deadline, patterncache, resolution, running
from newsfacts import config as configuration
from newsfacts.article import Article, ArticleInput, to_article
from newsfacts.errors import ConfigError, PluginError
from newsfacts.facts import Field
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
        # Loading the plugins imports them, and they and their options build tables (the
        # gazetteer...): tens of thousands of objects kept for the process, none garbage, which
        # the collector would walk again and again: paused as for an article (see
        # newsfacts.collector; a library freezes nothing of its host's). The caches' directory
        # is found once for them all (newsfacts.patterncache.settled).
        with collector.paused(), patterncache.settled():
            self._steps, self._failures = self._load(selection, disabled, config, extra_plugins)
        # Words met in one article are met again in the next: their properties are shared
        # (see newsfacts.vocabulary).
        self._vocabulary = Vocabulary()
        # The plan of the last extraction, reused while the settings it was made with stay
        # (a plan is some 9,500 instructions to make: a sixth of a one-sentence item's core).
        self._last_plan: batches.Plan | None = None

    def _load(
        self,
        selection: list[str] | None,
        disabled: frozenset[str],
        config: configuration.Config | None,
        extra_plugins: Iterable[object],
    ) -> tuple[tuple[running.FieldStep, ...], tuple[PluginFailure, ...]]:
        """The steps of the selected fields (and those they need), with their options, and the
        failures met loading and configuring the plugins."""
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
        return tuple(steps), tuple(failures)

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
        # A batch of one: the code extract_many runs on its batches.
        results, raised = batches.extract(
            self._plan(), [to_article(article, published=published)], timings
        )
        if raised is not None:
            raise raised
        return results[0]

    def _plan(self) -> batches.Plan:
        """How each article is extracted, with the settings as they are now (they are public
        and may change between extractions: a plan made with others is made again)."""
        plan = self._last_plan
        if (
            plan is None
            or plan.strict is not self.strict
            or plan.seconds is not self.time_limit
            or plan.trace is not self.trace
        ):
            plan = self._last_plan = batches.Plan(
                self._steps,
                self._failures,
                self._vocabulary,
                strict=self.strict,
                seconds=self.time_limit,
                trace=self.trace,
            )
        return plan

    def extract_many(
        self,
        articles: Iterable[ArticleInput],
        *,
        workers: int = 1,
        ordered: bool = True,
        chunksize: int | None = None,
        batch_size: int = batches.BATCH_SIZE,
        timings: MutableMapping[str, float] | None = None,
    ) -> Iterator[Result]:
        """Extract from each article, lazily (an iterator over a stream), in input order.

        ``workers=1`` extracts in this process, ``batch_size`` articles at a time, field by
        field: each field's plugin over the batch, then the next field's (faster on short
        articles: see :mod:`newsfacts.batches`). Each result is the one :meth:`extract` gives
        its article, failures and time limit included; ``timings`` add up as there. The input
        is read a batch ahead of the results; ``batch_size=1`` extracts article by article,
        for a stream whose articles arrive slowly and are wanted as soon as each is done. In
        strict mode, the error is raised after the results of the articles before it.

        More workers use that many worker processes, each with an extractor of the same
        fields, each extracting the chunks of articles it is sent as batches
        (:func:`newsfacts.parallel.extract_parallel`, where ``ordered`` and ``chunksize`` are
        described; ``batch_size`` is then not used).
        """
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
        if workers == 1:
            return self._extract_batches(articles, batch_size, timings)
        if timings is not None:
            raise ValueError("timings are added up in this process only: use workers=1")
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

    def _extract_batch(
        self,
        articles: Sequence[Article],
        time_limit: float | None,
        started: Callable[[int], object],
    ) -> batches.Outcome:
        """One batch's results, field by field, for a worker process of
        :mod:`newsfacts.parallel`: each article within this extractor's time limit, or
        ``time_limit`` if it has none; ``started`` hears which article each piece of work is
        for."""
        plan = self._plan()
        if plan.seconds is None:
            plan = attrs.evolve(plan, seconds=time_limit)
        return batches.extract(plan, articles, started=started)

    def _extract_batches(
        self,
        articles: Iterable[ArticleInput],
        size: int,
        timings: MutableMapping[str, float] | None,
    ) -> Iterator[Result]:
        for batch in batches.read(articles, size):
            results, raised = batches.extract(self._plan(), batch, timings)
            yield from results
            if raised is not None:
                raise raised


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
