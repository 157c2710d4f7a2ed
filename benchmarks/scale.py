"""Scale-out benchmark: words/s in one process, in the worker pool and on a Dask LocalCluster.

    python benchmarks/scale.py [--data DIR] [--articles 5000] [--workers 2] [--no-dask]

Builds a corpus at run time from the dev gold sets (``../shared/data/dev/*.jsonl``: groups of
consecutive lines of at least ``--min-words`` words, taken in turn from each set; nothing is
written to the repository), then runs each mode in a fresh process, start-up included (the
import, plugin loading and worker start), and prints in one table: seconds, words/s, the
speed-up over one process against its target, and the peak memory of the parent process.
Also: the start-up check (``workers=2`` over 20 one-sentence articles against one process,
best of 3, target < 2x) and the identical-results check (every fact of the first ``--check``
articles compared between the three modes, fact counts on the whole corpus).

Figures depend on the machine being otherwise idle: the load average is printed with them.
A shared machine's speed drifts by 10% or more within a minute, so the modes run in turn,
``--rounds`` times (single, pool, Dask, the ceiling; then again), and the speed-up printed is
the median of each round's ratio to that round's single process.

The modes, each run in a process of its own, are in ``scale_modes.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import zip_longest
from pathlib import Path
from typing import Any

from memory import peak_rss_mib
from scale_modes import CHILDREN, cpu_seconds

TARGETS = {"pool": 1.7, "dask": 1.5}
STARTUP_TARGET = 2.0
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "dev"


# ---- the corpus ----------------------------------------------------------------------------


def pieces(path: Path, min_words: int) -> Iterator[dict[str, Any]]:
    """Groups of consecutive lines of one gold set, each of at least ``min_words`` words."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            group: list[str] = []
            for text_line in record["text"].splitlines():
                group.append(text_line)
                if len(" ".join(group).split()) >= min_words:
                    text = "\n".join(group).strip()
                    yield {
                        "id": f"{record['id']}#{len(group)}",
                        "text": text,
                        "published": record.get("published"),
                    }
                    group = []


def build_corpus(data: Path, count: int, min_words: int) -> list[dict[str, Any]]:
    sources = [list(pieces(path, min_words)) for path in sorted(data.glob("*.jsonl"))]
    mixed = [p for group in zip_longest(*sources) for p in group if p is not None]
    if not mixed:
        raise SystemExit(f"no articles in {data}/*.jsonl")
    corpus = [
        dict(mixed[n % len(mixed)], id=f"{n}:{mixed[n % len(mixed)]['id']}") for n in range(count)
    ]
    return corpus


# ---- running the modes (scale_modes.py), each in a process of its own -------------------


def ceiling(path: Path, args: argparse.Namespace) -> float:
    """Seconds for ``workers`` independent processes, each on its share of the corpus.

    No parallel scheme can beat this: it says what the machine's cores give at the moment
    (busy or shared cores, or cores that are threads of one physical core, give less).
    """
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    shares = [path.with_name(f"share{n}.jsonl") for n in range(args.workers)]
    for n, share in enumerate(shares):
        share.write_text("".join(lines[n :: args.workers]), encoding="utf-8")
    began = time.perf_counter()
    running = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", "single", "--corpus", str(share)],
            stdout=subprocess.DEVNULL,
        )
        for share in shares
    ]
    if any(process.wait() != 0 for process in running):
        raise SystemExit("an independent process failed")
    return time.perf_counter() - began


def child(mode: str, path: Path, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", mode, "--corpus", str(path)]
    command += ["--workers", str(args.workers), "--chunksize", str(args.chunksize)]
    command += ["--no-dask"] if args.no_dask else []
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {mode} run failed:\n{done.stderr}")
    report: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return report


# ---- the report ----------------------------------------------------------------------------


def verdict(value: float, target: float, *, below: bool = False) -> str:
    passed = value < target if below else value >= target
    return ("pass" if passed else "FAIL") + f" (target {'<' if below else '>='} {target}x)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl")
    parser.add_argument("--articles", type=int, default=5000, help="corpus size (>= 5000)")
    parser.add_argument("--min-words", type=int, default=60, help="words per built article")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--chunksize", type=int, default=8, help="articles per chunk (pool)")
    parser.add_argument("--check", type=int, default=300, help="articles compared fact by fact")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask runs")
    parser.add_argument("--rounds", type=int, default=3, help="times each mode runs, in turn")
    parser.add_argument("--child", choices=CHILDREN, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        outcome = CHILDREN[args.child](args.corpus, args)
        parent_cpu, cpu = cpu_seconds()
        outcome = {"rss_mb": peak_rss_mib(), "cpu": cpu, "parent cpu": parent_cpu} | outcome
        print(json.dumps(outcome))
        return 0

    cores, load = os.cpu_count(), os.getloadavg()[0]
    print(
        f"machine: {cores} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}; load average {load:.2f}"
    )
    if load > 0.25 * (cores or 1):
        print("  warning: the machine is busy; speed-ups measured now understate the real ones")
    corpus = build_corpus(args.data, args.articles, args.min_words)
    words = sum(len(article["text"].split()) for article in corpus)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in corpus), encoding="utf-8")
        check_path = Path(folder) / "check.jsonl"
        check_path.write_text("".join(json.dumps(a) + "\n" for a in corpus[: args.check]))
        print(
            f"corpus: {len(corpus):,} articles ({args.min_words}+ words each, built from "
            f"{args.data}), {words:,} words"
        )
        modes = ["single", "pool"] + ([] if args.no_dask else ["dask"])
        rounds = []
        for _ in range(max(args.rounds, 1)):
            runs = {mode: child(mode, path, args) for mode in modes}
            runs["ceiling"] = {"seconds": ceiling(path, args)}
            rounds.append(runs)
        startups = {
            mode: min(child(mode, path, args)["seconds"] for _ in range(3))
            for mode in ("startup-single", "startup-pool")
        }
        check = child("check", check_path, args)
    report(args, rounds, startups, check, words)
    return 0


def medians(rounds: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Each mode's run with the median of every figure over the rounds, and its median
    speed-up: of each round's ratio to that round's single process."""
    merged: dict[str, dict[str, Any]] = {}
    for mode, first in rounds[0].items():
        runs = [each[mode] for each in rounds]
        merged[mode] = dict(first) | {
            key: statistics.median(run[key] for run in runs)
            for key, value in first.items()
            if isinstance(value, float)
        }
        pairs = zip(rounds, runs, strict=True)
        ratios = [each["single"]["seconds"] / run["seconds"] for each, run in pairs]
        merged[mode]["speed-up"] = statistics.median(ratios)
        merged[mode]["speed-ups"] = ratios
    return merged


def report(
    args: argparse.Namespace,
    rounds: list[dict[str, dict[str, Any]]],
    startups: dict[str, float],
    check: dict[str, Any],
    words: int,
) -> None:
    runs = medians(rounds)
    print(f"{len(rounds)} rounds; medians (speed-up: of the rounds' ratios, each listed after it)")
    labels = {
        "single": "1 process",
        "pool": f"workers={args.workers} (pool, {runs['pool']['start method']})",
        "dask": f"Dask LocalCluster, {args.workers} workers",
    }
    print(
        f"{'mode':<36} {'seconds':>8} {'words/s':>10} {'speed-up':>9} {'CPU s (parent)':>15} "
        f"{'parent peak RSS':>15}"
    )
    for mode, run in runs.items():
        if mode == "ceiling":
            continue
        ratio = run["speed-up"]
        target = f"  {verdict(ratio, TARGETS[mode])}" if mode in TARGETS else ""
        if len(rounds) > 1 and mode != "single":
            target += "  [" + " ".join(f"{each:.2f}" for each in run["speed-ups"]) + "]"
        print(
            f"{labels[mode]:<36} {run['seconds']:>8.2f} {words / run['seconds']:>10,.0f} "
            f"{ratio:>8.2f}x {run['cpu']:>7.1f} ({run['parent cpu']:>5.1f}) "
            f"{run['rss_mb']:>12.0f} MB{target}"
        )
    print("  (CPU s: the run's processes together, and its parent alone. On a busy Linux machine")
    print("   the processes of one session share one scheduling group's CPU (autogroup), so")
    print("   wall-clock speed-ups need idle cores; the CPU figures do not: expected on idle")
    print("   cores, about workers x 1-process CPU / parallel CPU:", end="")
    for mode in ("pool", "dask"):
        if mode in runs:
            expected = args.workers * runs["single"]["cpu"] / runs[mode]["cpu"]
            print(f" {'pool' if mode == 'pool' else 'Dask'} {expected:.2f}x", end="")
    print(")")
    limit = runs["ceiling"]["seconds"]
    print(
        f"machine ceiling: {args.workers} independent processes, each on 1/{args.workers} of the "
        f"corpus, {limit:.2f} s: {runs['ceiling']['speed-up']:.2f}x (what the cores give now; "
        "no parallel run can do better)"
    )
    if "dask" in runs:
        dask = runs["dask"]
        print(
            f"  (Dask: cluster start {dask['cluster start']:.2f} s not counted; "
            f"{dask['partitions']} partitions)"
        )
    single, pool = startups["startup-single"], startups["startup-pool"]
    print(
        f"start-up, 20 one-sentence articles (best of 3): 1 process {single:.2f} s, "
        f"workers={args.workers} {pool:.2f} s: {pool / single:.2f}x "
        f"{verdict(pool / single, STARTUP_TARGET, below=True)}"
    )
    counts = {
        f"{mode} {n}": run["counts"]
        for n, each in enumerate(rounds)
        for mode, run in each.items()
        if "counts" in run
    }
    counts["single"] = runs["single"]["counts"]
    equal_counts = all(c == counts["single"] for c in counts.values())
    total = sum(facts for facts, _ in counts["single"])
    print(
        f"fact and error counts per article, all {len(counts['single']):,} articles, "
        f"{total:,} facts: {'identical' if equal_counts else 'DIFFERENT'} in every mode"
    )
    same = " and ".join(f"{mode}: {'yes' if ok else 'NO'}" for mode, ok in check["same"].items())
    print(
        f"identical facts, fact by fact, first {check['articles']} articles "
        f"({check['facts']:,} facts) against 1 process: {same}"
    )


if __name__ == "__main__":
    sys.exit(main())
