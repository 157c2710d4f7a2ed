"""The modes of ``scale.py``, each run in a process of its own (``python scale.py --child
MODE ...``), which prints what it measured as one JSON line: one process, the worker pool,
Dask, the start-up check and the identical-results check."""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from collections.abc import Iterator
from typing import Any

ONE_SENTENCE = "The council approved {n} new homes in Leeds on Tuesday, the mayor said."


def read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_seconds() -> tuple[float, float]:
    """CPU time of this process, and of it and its worker processes (once they have ended)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    parent = own.ru_utime + own.ru_stime
    return parent, parent + workers.ru_utime + workers.ru_stime


def summary(record_or_result: Any) -> tuple[int, int]:
    """(facts, errors) of a result or of a result record."""
    if isinstance(record_or_result, dict):
        facts, errors = record_or_result["facts"], record_or_result["errors"]
    else:
        facts, errors = record_or_result.facts, record_or_result.errors
    return sum(len(found) for found in facts.values()), len(errors)


def run_single(path: str, args: argparse.Namespace) -> dict[str, Any]:
    began = time.perf_counter()
    import newsfacts

    extractor = newsfacts.Extractor()
    counts = [summary(extractor.extract(article)) for article in read_jsonl(path)]
    return {"seconds": time.perf_counter() - began, "counts": counts}


def run_pool(path: str, args: argparse.Namespace) -> dict[str, Any]:
    began = time.perf_counter()
    import newsfacts
    from newsfacts.parallel import _context, extract_parallel

    method = _context(None).get_start_method()
    results = extract_parallel(
        newsfacts.Extractor, read_jsonl(path), workers=args.workers, chunksize=args.chunksize
    )
    counts = [summary(result) for result in results]
    return {"seconds": time.perf_counter() - began, "counts": counts, "start method": method}


def run_dask(path: str, args: argparse.Namespace) -> dict[str, Any]:
    began = time.perf_counter()
    import dask
    from dask.distributed import Client, LocalCluster

    import newsfacts.dask

    # As docs/cluster.rst recommends: the workers' statistical profiler costs a fifth of the
    # CPU of a pure-Python task.
    dask.config.set({"distributed.worker.profile.enabled": False})
    with (
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter()
        before = sum(client.run(own_cpu_seconds).values()), own_cpu_seconds()
        blocksize = max(os.path.getsize(path) // (args.workers * 16), 1)
        bag = newsfacts.dask.read_articles_bag(path, blocksize=blocksize)
        counts = newsfacts.dask.extract_bag(bag).map(summary).compute()
        done = time.perf_counter()
        after = sum(client.run(own_cpu_seconds).values()), own_cpu_seconds()
    parent = after[1] - before[1]
    return {
        "seconds": done - started,
        "cluster start": started - began,
        "counts": [tuple(c) for c in counts],
        "partitions": bag.npartitions,
        # The cluster's start is not counted: CPU of the workers and of this process meanwhile.
        "cpu": after[0] - before[0] + parent,
        "parent cpu": parent,
    }


def run_startup(path: str, args: argparse.Namespace) -> dict[str, Any]:
    began = time.perf_counter()
    import newsfacts
    from newsfacts.parallel import extract_parallel

    texts = [ONE_SENTENCE.format(n=n) for n in range(20)]
    if args.child == "startup-single":
        extractor = newsfacts.Extractor()
        results = [extractor.extract(text) for text in texts]
    else:
        results = list(extract_parallel(newsfacts.Extractor, texts, workers=args.workers))
    assert len(results) == 20
    return {"seconds": time.perf_counter() - began}


def run_check(path: str, args: argparse.Namespace) -> dict[str, Any]:
    """Every fact of the first articles, compared between the three modes."""
    import newsfacts
    from newsfacts.parallel import extract_parallel

    articles = list(read_jsonl(path))
    extractor = newsfacts.Extractor()
    single = [extractor.extract(article).to_dict() for article in articles]
    pooled = extract_parallel(newsfacts.Extractor, articles, workers=args.workers)
    same = {"workers": single == [result.to_dict() for result in pooled]}
    if not args.no_dask:
        from dask.distributed import Client, LocalCluster

        import newsfacts.dask

        with (
            LocalCluster(n_workers=args.workers, processes=True, dashboard_address=None) as cluster,
            Client(cluster),
        ):
            bag = newsfacts.dask.read_articles_bag(
                path, blocksize=max(os.path.getsize(path) // 8, 1)
            )
            same["dask"] = single == newsfacts.dask.extract_bag(bag).compute()
    facts = sum(summary(record)[0] for record in single)
    return {"same": same, "articles": len(single), "facts": facts}


CHILDREN = {
    "single": run_single,
    "pool": run_pool,
    "dask": run_dask,
    "startup-single": run_startup,
    "startup-pool": run_startup,
    "check": run_check,
}
