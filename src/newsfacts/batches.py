"""Extracting a batch of articles field by field: the first field's plugin over every article
of the batch, then the next field's, and so on.

Why field by field: an extractor runs six plugins, each with its own code, tables and word
lists. Article by article, a short article (a sentence or two) switches from one plugin to
the next before any has warmed the processor's caches, and spends more of its time on that
switch than on its words. Running one plugin over a batch of articles before the next keeps
its code and data warm: on one-sentence articles (NewsQuant), a third more words per second;
on articles of some hundreds of words (PolNeAR), a few per cent. See :doc:`benchmarks`.

What does not change: each article's result is the one :meth:`Extractor.extract
<newsfacts.Extractor.extract>` gives it, because :meth:`~newsfacts.Extractor.extract` runs
a batch of one through the same code. An article's fields run in extraction order, each
reading the facts of the fields it needs in that article; a plugin failing on one article
fails that article's field only; the time limit is each article's own, counted over its
pieces of work (:func:`newsfacts.deadline.pieces`); in strict mode the error
is raised after the results of the articles before it, and the articles after it are dropped
(as if never read). The cyclic garbage collector is paused for the batch and resumed between
batches (:mod:`newsfacts.collector`); the vocabulary is renewed before each batch
(:mod:`newsfacts.vocabulary`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence

import attrs

from newsfacts import collector, deadline, running
from newsfacts.article import Article, ArticleInput, to_article
from newsfacts.document import Document
from newsfacts.errors import PluginError, TimeLimitError
from newsfacts.explain import Decision
from newsfacts.facts import Fact, FactMap
from newsfacts.manager import PluginFailure
from newsfacts.result import Result
from newsfacts.vocabulary import Vocabulary

#: Articles per batch of :meth:`Extractor.extract_many <newsfacts.Extractor.extract_many>`:
#: enough for one-sentence articles to gain nearly all there is to gain (see :doc:`benchmarks`),
#: few enough that results come out soon and the batch's documents take little memory.
BATCH_SIZE = 32
#: A batch ends early once its texts reach this many characters (some 30,000 words): long
#: articles gain little from batching, and a batch of them would hold their tokens at once.
BATCH_CHARACTERS = 200_000
#: The plugin name of failures that belong to no plugin (the time limit).
CORE = "newsfacts"


@attrs.frozen(repr=False, eq=False)
class Plan:
    """What an extractor runs on each article, and how."""

    #: The fields' steps, in extraction order.
    steps: tuple[running.FieldStep, ...]
    #: Plugins that failed to load, register or configure: in every result's ``errors``.
    failures: tuple[PluginFailure, ...]
    #: The words met so far, shared by the articles' documents.
    vocabulary: Vocabulary = attrs.field(eq=False)
    strict: bool = False
    #: Each article's time limit in seconds, or None.
    seconds: float | None = None
    trace: bool = False


@attrs.define(repr=False, eq=False)
class _Work:
    """One article's progress through its batch (changed as its fields run)."""

    article: Article
    errors: list[PluginFailure]
    document: Document | None = None
    facts: dict[str, tuple[Fact, ...]] = attrs.Factory(dict)
    trace: list[Decision] = attrs.Factory(list)
    #: Seconds of its time limit used so far.
    spent: float = 0.0
    #: Set when the article ran out of time: its result is then empty.
    stopped: TimeLimitError | None = None


#: A batch's results, in order, and the error strict mode raises after them (at the article
#: after the last of them), if any.
Outcome = tuple[list[Result], Exception | None]


def read(articles: Iterable[ArticleInput], size: int) -> Iterator[list[Article]]:
    """The articles in batches of ``size`` (fewer when their texts reach
    :data:`BATCH_CHARACTERS`), read no further ahead than the batch. An input that cannot be
    read (an invalid article, a reader's error) ends its batch: the error is raised when the
    batch before it has been taken."""
    source = iter(articles)
    batch: list[Article] = []
    characters = 0
    failed: Exception | None = None
    while True:
        try:
            article = to_article(next(source))
        except StopIteration:
            break
        except Exception as error:
            failed = error
            break
        batch.append(article)
        characters += len(article.text)
        if len(batch) >= size or characters >= BATCH_CHARACTERS:
            yield batch
            batch, characters = [], 0
    if batch:
        yield batch
    if failed is not None:
        raise failed


def extract(
    plan: Plan,
    articles: Sequence[Article],
    timings: MutableMapping[str, float] | None = None,
    *,
    started: Callable[[int], object] | None = None,
) -> Outcome:
    """The results of ``articles``, field by field, and the error strict mode raises, if any
    (the results are then those of the articles before the one it was raised at).

    ``timings`` adds up seconds as :meth:`Extractor.extract <newsfacts.Extractor.extract>`
    describes. ``started``, if given, is called with an article's index in ``articles`` as
    each piece of its work starts (a worker process tells its parent's watchdog so)."""
    work = [_Work(article, list(plan.failures)) for article in articles]
    with collector.paused():
        plan.vocabulary.renew()
        if plan.seconds is None:  # no timer, no deadline per piece (nearly every batch)
            end, raised = _pieces(plan, work, None, timings, started)
        else:
            with deadline.pieces(plan.seconds) as piece:
                end, raised = _pieces(plan, work, piece, timings, started)
    return [_result(plan, item) for item in work[:end]], raised


def _pieces(
    plan: Plan,
    work: list[_Work],
    piece: deadline.Piece | None,
    timings: MutableMapping[str, float] | None,
    started: Callable[[int], object] | None,
) -> tuple[int, Exception | None]:
    """Every piece of the batch's work, field by field: how many articles have results
    (fewer when strict mode raised), and the error raised."""
    end, raised = len(work), None
    for step in (None, *plan.steps):  # None: the documents, segmented
        index = 0
        while index < end:  # an error in strict mode ends the batch at its article
            if work[index].stopped is None:
                if started is not None:
                    started(index)
                try:
                    _run(plan, step, work[index], piece, timings)
                except Exception as error:
                    end, raised = index, error
            index += 1
    return end, raised


def _run(
    plan: Plan,
    step: running.FieldStep | None,
    item: _Work,
    piece: deadline.Piece | None,
    timings: MutableMapping[str, float] | None,
) -> None:
    """One piece of an article's work, within what is left of its time limit (``piece``;
    None: no limit): its document made (``step`` None), or one field's facts found. Raises
    what strict mode raises."""
    # Nothing timed (no limit, no timings: nearly every extraction): no clock read, and a
    # field's facts found straight, with no frame of _work between.
    timed = piece is not None or timings is not None
    began = time.perf_counter() if timed else 0.0
    try:
        if piece is not None:
            with piece(item.spent) as limit:
                limit.check()  # between pieces, where no signal can interrupt
                _work(plan, step, item, timings)
        elif step is not None and timings is None:
            _find(plan, step, item)
        else:
            _work(plan, step, item, timings)
    except TimeLimitError as error:
        if plan.strict:
            raise
        item.stopped = error
    finally:
        if timed:
            seconds = time.perf_counter() - began
            item.spent += seconds
            if timings is not None:
                name = "segmentation" if step is None else step.provider.field.name
                timings[name] = timings.get(name, 0.0) + seconds


def _work(
    plan: Plan,
    step: running.FieldStep | None,
    item: _Work,
    timings: MutableMapping[str, float] | None,
) -> None:
    if step is None:
        item.document = Document.from_article(item.article, plan.vocabulary)
        if timings is not None:
            _ = item.document.tokens[:1]  # built lazily otherwise, charged to a plugin
    else:
        _find(plan, step, item)


def _find(plan: Plan, step: running.FieldStep, item: _Work) -> None:
    """One field's facts in the article, checked; a failure recorded, or raised in strict
    mode."""
    assert item.document is not None  # made by the first piece
    name = step.provider.field.name
    try:
        needs = step.provider.needs  # (most fields need none: the empty map shared)
        needed = FactMap._of({n: item.facts.get(n, ()) for n in needs}) if needs else _NONE
        if plan.trace:
            item.facts[name], problem = running.traced(step, item.document, needed, item.trace)
        else:
            item.facts[name], problem = running.run(step, item.document, needed)
    except TimeLimitError:
        raise
    except Exception as error:
        if plan.strict:
            message = f"{type(error).__name__}: {error}"
            raise PluginError(step.provider.plugin, message, field=name) from error
        item.errors.append(PluginFailure.from_exception(step.provider.plugin, error, name))
        item.facts[name] = ()
        return
    if problem:
        if plan.strict:
            raise PluginError(step.provider.plugin, problem, field=name)
        item.errors.append(PluginFailure(step.provider.plugin, "PluginError", problem, name))


def _result(plan: Plan, item: _Work) -> Result:
    if item.stopped is not None:  # no facts of an article stopped half-way
        failure = PluginFailure.from_exception(CORE, item.stopped)
        empty = {step.provider.field.name: () for step in plan.steps}
        return Result(item.article, empty, (*plan.failures, failure))
    return Result._of(item.article, FactMap._of(item.facts), tuple(item.errors), tuple(item.trace))


#: The facts handed to a field that needs none (a map no one can change: shared).
_NONE = FactMap()
