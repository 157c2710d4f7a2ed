"""All cores: the worker pool gives the answers of one process, whatever goes wrong."""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import multiprocessing
import os
import pickle
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsfacts
from newsfacts import (
    InvalidArticleError,
    PluginError,
    PluginFailure,
    TimeLimitError,
    UnknownPluginError,
    WorkerError,
)
from newsfacts.batches import BATCH_CHARACTERS, BATCH_SIZE
from newsfacts.parallel import (
    DEFAULT_CHUNKSIZE,
    WINDOW_CHUNKS_PER_WORKER,
    extract_parallel,
    extractor_factory,
)
from parallel_plugins import strict_trouble_extractor, trouble_extractor

ARTICLES_PATH = Path(__file__).parent / "data" / "articles.jsonl"
ARTICLES = [json.loads(line) for line in ARTICLES_PATH.read_text(encoding="utf-8").splitlines()]
ALL_FIELDS = functools.partial(newsfacts.Extractor)


def in_one_process(make: Any, articles: list[Any]) -> list[newsfacts.Result]:
    extractor = make()
    return [extractor.extract(article) for article in articles]


def trouble(*texts: str) -> list[dict[str, str]]:
    return [{"id": f"t{index}", "text": text} for index, text in enumerate(texts)]


def no_workers_left() -> bool:
    return not [p for p in multiprocessing.active_children() if p.name == "newsfacts-worker"]


@contextlib.contextmanager
def hang_fails(seconds: int = 60) -> Iterator[None]:
    """A run that hangs fails its test after ``seconds``, instead of stalling the whole suite."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"no end after {seconds} s: the run hangs")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# Two workers, a chunk of one article each: a window of 8 results waits behind a slow article.
FULL_WINDOW = 2 * 1 * WINDOW_CHUNKS_PER_WORKER


@pytest.fixture(scope="module")
def expected() -> list[newsfacts.Result]:
    return in_one_process(ALL_FIELDS, ARTICLES)


def test_two_workers_give_the_facts_of_one_process_in_input_order(
    expected: list[newsfacts.Result],
) -> None:
    results = list(extract_parallel(ALL_FIELDS, ARTICLES, workers=2, chunksize=3))
    assert [r.article.id for r in results] == [a["id"] for a in ARTICLES]
    assert sum(len(facts) for r in results for facts in r.facts.values()) > 150
    for got, want in zip(results, expected, strict=True):
        assert got.facts == want.facts  # fact by fact, every attribute
        assert got == want
    assert no_workers_left()


def test_chunks_of_the_default_size_run_as_batches_with_the_same_facts(
    expected: list[newsfacts.Result],
) -> None:
    """A worker extracts its chunk field by field, as one batch: the results do not change."""
    assert DEFAULT_CHUNKSIZE == BATCH_SIZE
    assert list(extract_parallel(ALL_FIELDS, ARTICLES, workers=2)) == expected


def test_a_chunk_closes_once_its_texts_are_long() -> None:
    """Long articles travel a few at a time, as batches close: each gets its own result."""
    long_text = "OK. " * (BATCH_CHARACTERS // 8)  # two of them fill a chunk
    articles = trouble(long_text, long_text, long_text, "OK, short.")
    results = list(extract_parallel(trouble_extractor, articles, workers=2))
    assert [len(r["trouble"]) for r in results] == [BATCH_CHARACTERS // 8] * 3 + [1]


def test_unordered_results_come_as_they_finish_and_are_the_same(
    expected: list[newsfacts.Result],
) -> None:
    results = list(extract_parallel(ALL_FIELDS, ARTICLES, workers=2, chunksize=2, ordered=False))
    assert sorted(results, key=lambda r: str(r.article.id)) == expected


def test_spawned_workers_give_the_same_facts(expected: list[newsfacts.Result]) -> None:
    """The start method of macOS and Windows: everything reaches the workers by pickling."""
    results = list(extract_parallel(ALL_FIELDS, ARTICLES[:8], workers=2, start_method="spawn"))
    assert results == expected[:8]


def test_extract_many_with_workers_rebuilds_the_same_extractor_in_each_worker(
    expected: list[newsfacts.Result],
) -> None:
    extractor = newsfacts.Extractor(["numbers", "locations"], strict=True)
    factory = extractor_factory(extractor)
    assert pickle.loads(pickle.dumps(factory))().fields == extractor.fields
    pooled = list(extractor.extract_many(ARTICLES[:10], workers=2, chunksize=2))
    assert pooled == list(extractor.extract_many(ARTICLES[:10]))
    assert [r.article.id for r in pooled] == [a["id"] for a in ARTICLES[:10]]


def test_a_failing_plugin_gives_the_article_its_errors_and_the_run_goes_on() -> None:
    articles = trouble("OK then.", "Please FAIL with 3 errors.", "OK, 12 more.", "OK.")
    results = list(extract_parallel(trouble_extractor, articles, workers=2, chunksize=2))
    assert [len(r["trouble"]) for r in results] == [1, 0, 1, 1]
    assert [n.value for n in results[1].numbers] == [3]
    assert results[1].errors == (
        PluginFailure("parallel_plugins", "ValueError", "this article asked to fail", "trouble"),
    )
    assert [r.errors for r in results if r is not results[1]] == [(), (), ()]


def test_in_strict_mode_the_plugin_error_is_raised_after_the_results_before_it() -> None:
    articles = trouble("OK 1.", "OK 2.", "OK 3.", "Now FAIL.", "OK 5.", "OK 6.")
    seen = []
    with pytest.raises(PluginError) as raised:
        for result in extract_parallel(strict_trouble_extractor, articles, workers=2, chunksize=1):
            seen.append(result.article.text)
    assert seen == ["OK 1.", "OK 2.", "OK 3."]
    assert str(raised.value) == (
        "plugin 'parallel_plugins' (field 'trouble'): ValueError: this article asked to fail"
    )
    assert raised.value.field == "trouble"
    assert "this article asked to fail" in str(raised.value.__cause__)  # the worker's traceback
    assert no_workers_left()


def test_a_crashing_worker_is_replaced_and_only_its_article_is_lost() -> None:
    articles = trouble("OK a.", "OK b.", "CRASH now.", "OK d.", "OK e.", "OK f.", "OK g.")
    results = list(extract_parallel(trouble_extractor, articles, workers=2, chunksize=4))
    assert [r.article.text for r in results] == [a["text"] for a in articles]
    crashed = results[2]
    assert dict(crashed) == {"dates": (), "numbers": (), "trouble": ()}
    assert crashed.errors == (
        PluginFailure(
            "newsfacts",
            "WorkerError",
            "the worker process stopped (exit code 3) during this article",
        ),
    )
    assert [len(r["trouble"]) for r in results] == [1, 1, 0, 1, 1, 1, 1]
    assert no_workers_left()


def test_an_article_over_the_time_limit_gets_the_error_and_the_run_goes_on() -> None:
    articles = trouble("OK 1.", "SLOW one.", "OK 3.")
    results = list(extract_parallel(trouble_extractor, articles, workers=2, time_limit=0.3))
    assert [len(r["trouble"]) for r in results] == [1, 0, 1]
    [error] = results[1].errors
    assert (error.error_type, error.message) == (
        "TimeLimitError",
        "article exceeded the time limit of 0.3 s",
    )
    assert results[0].errors == results[2].errors == ()


def test_a_worker_stuck_past_the_limit_is_killed_and_its_chunk_runs_again() -> None:
    articles = trouble("OK 1.", "OK 2.", "STUCK here.", "OK 4.", "OK 5.")
    results = list(
        extract_parallel(trouble_extractor, articles, workers=2, chunksize=5, time_limit=0.2)
    )
    assert [len(r["trouble"]) for r in results] == [1, 1, 0, 1, 1]
    assert results[2].errors == (
        PluginFailure("newsfacts", "TimeLimitError", "article exceeded the time limit of 0.2 s"),
    )
    assert [r.errors for r in results if r is not results[2]] == [(), (), (), ()]
    assert no_workers_left()


def test_invalid_input_is_raised_at_its_place_in_the_stream() -> None:
    articles = [*ARTICLES[:5], {"title": "no text"}, *ARTICLES[5:]]
    seen = []
    with pytest.raises(InvalidArticleError, match="text: missing"):
        for result in extract_parallel(ALL_FIELDS, articles, workers=2, chunksize=2):
            seen.append(result.article.id)
    assert seen == ["a00", "a01", "a02", "a03", "a04"]
    assert no_workers_left()


def test_a_worker_that_cannot_build_its_extractor_raises_its_error() -> None:
    make = functools.partial(newsfacts.Extractor, ["no such field"])
    with pytest.raises(UnknownPluginError, match="no installed plugin or field named"):
        list(extract_parallel(make, ["Some text."], workers=2))
    assert no_workers_left()


def test_the_factory_must_be_picklable() -> None:
    with pytest.raises(TypeError, match="make_extractor must be picklable"):
        extract_parallel(lambda: newsfacts.Extractor(), ["text"], workers=2)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": 0}, "workers must be a positive integer, got 0"),
        ({"workers": 2, "chunksize": 0}, "chunksize must be a positive integer, got 0"),
        ({"workers": 2, "time_limit": -1}, "positive, finite number of seconds"),
    ],
)
def test_bad_settings_are_refused_before_any_work(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        extract_parallel(ALL_FIELDS, ["text"], **options)


def test_no_articles_start_no_workers() -> None:
    assert list(extract_parallel(ALL_FIELDS, [], workers=2)) == []
    assert no_workers_left()


def test_a_stream_is_read_lazily_and_leaving_early_stops_the_workers() -> None:
    read = itertools.count()

    def endless() -> Iterator[str]:
        for n in read:
            yield f"Article {n} reports {n} new cases."

    results = extract_parallel(trouble_extractor, endless(), workers=2, chunksize=4)
    first = list(itertools.islice(results, 50))
    assert [r.numbers[-1].value for r in first] == list(range(50))
    results.close()  # type: ignore[attr-defined]
    # At most a window of 4 chunks per worker ahead of what was taken, plus a chunk per worker.
    assert next(read) <= 50 + 2 * 4 * 4 + 2 * 4
    assert no_workers_left()


def test_a_slow_article_holds_back_a_window_of_results_then_the_run_goes_on() -> None:
    """In input order, the other worker stops a few chunks ahead, and starts again after."""
    articles = trouble("A PAUSE of 1.", *(f"OK {n}." for n in range(2, 40)))
    with hang_fails():
        results = list(extract_parallel(trouble_extractor, articles, workers=2, chunksize=1))
    assert [r.article.text for r in results] == [a["text"] for a in articles]
    assert [len(r["trouble"]) for r in results] == [0] + [1] * 38


def test_a_run_whose_window_is_full_up_to_its_last_article_ends() -> None:
    """The input's end is found only after the slow article's result takes the window off."""
    articles = trouble("A PAUSE of 1.", *(f"OK {n}." for n in range(2, FULL_WINDOW + 1)))
    with hang_fails():
        results = list(extract_parallel(trouble_extractor, articles, workers=2, chunksize=1))
    assert [r.article.id for r in results] == [f"t{n}" for n in range(FULL_WINDOW)]
    assert no_workers_left()


def test_invalid_input_right_after_a_full_window_is_raised_in_turn() -> None:
    articles = [
        *trouble("A PAUSE of 1.", *(f"OK {n}." for n in range(2, FULL_WINDOW + 1))),
        {"title": "no text"},
    ]
    seen = []
    with hang_fails(), pytest.raises(InvalidArticleError, match="text: missing"):
        for result in extract_parallel(trouble_extractor, articles, workers=2, chunksize=1):
            seen.append(result.article.id)
    assert seen == [f"t{n}" for n in range(FULL_WINDOW)]
    assert no_workers_left()


def test_results_and_errors_pickle_with_their_attributes(
    expected: list[newsfacts.Result],
) -> None:
    assert pickle.loads(pickle.dumps(expected)) == expected
    for error in [
        PluginError("dates", "boom", field="dates"),
        InvalidArticleError("text", "missing"),
        TimeLimitError(2.5),
        WorkerError("the worker process stopped"),
    ]:
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), str(copy), vars(copy)) == (type(error), str(error), vars(error))


def test_the_cluster_page_pool_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "cluster.rst").read_text("utf-8")
    [example] = re.findall(r"   :name: worker-pool\n\n(.*?)\n\S", page, re.S)
    (tmp_path / "corpus.jsonl").write_text(
        "".join(json.dumps(article) + "\n" for article in ARTICLES[:6]), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    exec(compile(textwrap.dedent(example), "cluster.rst", "exec"), {"__name__": "__main__"})
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [a["id"] for a in ARTICLES[:6]]
    assert lines[0] == "a00 4 ()"  # 31, 12, two (libraries), £1.2 million; no errors


CTRL_C_SCRIPT = textwrap.dedent(
    """
    import itertools, multiprocessing, sys
    import newsfacts
    from newsfacts.parallel import extract_parallel, extractor_factory

    if __name__ == "__main__":
        texts = (f"Article {n} reports {n} cases." for n in itertools.count())
        try:
            for n, result in enumerate(extract_parallel(newsfacts.Extractor, texts, workers=2)):
                if n == 0:
                    print("started", flush=True)
        except KeyboardInterrupt:
            sys.exit(130)
    """
)


def descendants(pid: int) -> set[int]:
    """The processes under ``pid``, from /proc (Linux)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        children = {child for child, ppid in parents.items() if ppid == parent}
        found |= children
        todo.extend(children)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("start_method", ["fork", "forkserver"])
def test_ctrl_c_stops_every_worker(start_method: str) -> None:
    script = CTRL_C_SCRIPT.replace("workers=2", f"workers=2, start_method={start_method!r}")
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "started\n"
        workers = descendants(child.pid)
        assert len(workers) >= 2
        os.killpg(child.pid, signal.SIGINT)  # what Ctrl-C sends: the whole group
        assert child.wait(timeout=30) == 130
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if alive(pid)]
