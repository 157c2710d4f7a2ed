"""Hostile inputs take time in proportion to their size, and never fail a plugin.

Each generator of ``benchmarks/hostile_inputs.py`` (the table ``benchmarks/hostile.py``
times at 0.25, 1 and 4 MB) makes a small text and one four times as long; extracting the
long one must take well under 16 times as long, the growth of a quadratic path, in every
stage (the text layer and each plugin, as ``Extractor.extract(timings=...)`` gives them,
in CPU time) and in all. No wall-clock limit: the two sizes are compared in one test, and a
steep growth is measured again before it fails (each stage keeping its least time), so that
a busy machine does not fail the test.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from unittest import mock

import pytest

import newsfacts
from hostile_inputs import GENERATORS, news_text

SMALL = 20_000  # characters
LARGE = 4 * SMALL
# Linear work grows 4 times from SMALL to LARGE, quadratic work 16 times. Small inputs carry
# a fixed cost that hides some of the growth, so the bound sits in between.
MOST_GROWTH = 8.0
# Below this many seconds, a time is noise: a stage faster than this on LARGE is not judged.
FLOOR = 0.05
TRIES = 5  # a steep growth is measured again up to this many times before it fails
# Inputs whose quadratic paths show only on longer texts: how many times SMALL they start at.
# (Many people of one surname, each named alone: the search of all of them for every mention
# was cheap below 100,000 characters. Number words without "per" or "of" after them: a
# pattern's literal word looked for to the end of the text at every number.)
LONGER = {"namesakes": 4, "number words": 4}

EXTRACTOR = newsfacts.Extractor()
EXTRACTOR.extract("Data loaded (the gazetteer) on the first call in Paris, France.")
NEWS = news_text(max(LONGER.values()) * LARGE)


@pytest.fixture(autouse=True, scope="module")
def _frozen_heap() -> Iterator[None]:
    """The plugins' data (the gazetteer's 37,000 places...) out of the garbage collector's
    reach while these tests run: else a full collection, which walks all of it, lands inside
    one run and not the other, a tenth of a second charged to whichever stage it hit."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def _seconds(text: str) -> dict[str, float]:
    """CPU seconds per stage (each stage on its own) and in all.

    The extractor times its stages by the wall clock, which on a busy machine measures the
    other jobs as much as newsfacts: here its clock is the process's CPU time instead."""
    gc.collect()  # each run starts with the same garbage to collect: none
    timings: dict[str, float] = {}
    began = time.process_time()
    with mock.patch.object(time, "perf_counter", time.process_time):
        result = EXTRACTOR.extract(newsfacts.Article(text=text), timings=timings)
    timings["all stages (CPU)"] = time.process_time() - began
    assert not result.errors, result.errors
    return timings


def _steepest(small: dict[str, float], large: dict[str, float]) -> tuple[str, float]:
    """The stage whose time grew most, and how much (stages faster than FLOOR not judged)."""
    ratios = {
        stage: seconds / max(small[stage], FLOOR / 4)
        for stage, seconds in large.items()
        if seconds > FLOOR
    }
    return max(ratios.items(), key=lambda item: item[1], default=("-", 1.0))


def test_every_kind_of_input_is_here() -> None:
    names = " ".join(GENERATORS)
    for kind in ("dots", "names", "titles", "numbers", "currency", "quotes", "brackets"):
        assert kind in names
    for name in ("words in capitals", "news on one line", "random unicode", "news"):
        assert name in GENERATORS


@pytest.mark.parametrize("name", list(GENERATORS))
def test_time_grows_linearly(name: str) -> None:
    make = GENERATORS[name]
    scale = LONGER.get(name, 1)
    small, large = make(scale * SMALL, NEWS), make(scale * LARGE, NEWS)
    assert len(large) > 3 * len(small) > 0
    # A busy machine only adds time: each stage keeps its least over the tries, and a steep
    # growth is measured again before it fails.
    least_small: dict[str, float] = {}
    least_large: dict[str, float] = {}
    for _ in range(TRIES):
        for text, least in ((small, least_small), (large, least_large)):
            for stage, seconds in _seconds(text).items():
                least[stage] = min(seconds, least.get(stage, seconds))
        stage, ratio = _steepest(least_small, least_large)
        if ratio < MOST_GROWTH:
            return
    pytest.fail(f"{name}: {stage} took {ratio:.1f} times as long on {scale * LARGE} characters")
