"""Hostile and huge inputs: time per stage and plugin, peak memory and growth with size.

    python benchmarks/hostile.py [--sizes 0.25,1,4] [--only TEXT] [--corpus GOLD.jsonl ...]
        [--repeat N] [--timeout SECONDS] [--rst] [--json FILE]
    python benchmarks/hostile.py --real-mb 20 [--corpus GOLD.jsonl ...]

Every generator of ``hostile_inputs.GENERATORS`` (runs of each punctuation mark, repeated
names and titles, numbers, money, quotes and brackets, capitals, one long line, random
unicode, real news...) makes a text of each size (in millions of characters), and one
extractor running every installed plugin extracts its facts, each input in a fresh process
so that the peak memory printed is that input's. Printed per input and size: the seconds of
the shared text layer (segmentation) and of each plugin (``Extractor.extract(timings=...)``,
wall-clock), the total in wall-clock and in CPU seconds, and the peak RSS; then per input the
growth ratio CPU time(largest size) / CPU time(the size before), which stays near the size
ratio (4) when every stage is linear. An input that runs longer than ``--timeout`` is
reported as not finished (DNF).

The limits checked: under 5 CPU seconds at 1 MB, growth at most 4.5. CPU seconds, because
on a shared machine wall-clock time measures the other jobs as much as newsfacts; the
reference loop printed first says how fast the machine was (0.2 to 0.25 s when quiet).
One run of an input may take a quarter longer than the next on a shared machine: with
``--repeat 3`` each input and size runs three times and the least CPU time counts (as
``timeit`` reports), the figures to judge the limits by.

News text comes from ``--corpus`` (JSON Lines gold corpora, default
``../shared/data/dev/*.jsonl`` next to the checkout), concatenated at run time and never
stored; without it, a short built-in sample is repeated.

``--real-mb N`` extracts N million characters of real news (and 1 million, for the ratio)
and prints time and peak RSS: the limits are a peak RSS under 1 GB and at most 22 times the
CPU time of 1 MB for 20 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from hostile_inputs import GENERATORS, MB, SIZES_MB, news_text
from memory import peak_rss_mib

_HERE = Path(__file__).resolve().parent
_DEFAULT_CORPUS = _HERE.parent.parent / "shared" / "data" / "dev"
_STAGES = ("segmentation", "dates", "numbers", "people", "organizations", "locations", "quotes")
# The acceptance of issue 10: 1 MB of any input in under 5 s, growth 4 MB / 1 MB at most 4.5,
# and 20 MB of news under 1 GB in at most 22 times the time of 1 MB.
_LIMIT_1MB = 5.0
_LIMIT_GROWTH = 4.5
_LIMIT_RSS_MIB = 1024
_LIMIT_REAL_RATIO = 22.0


def reference_loop() -> float:
    """CPU seconds of a fixed pure-Python loop: how fast this machine runs Python now."""
    began = time.process_time()
    total = 0
    for number in range(5_000_000):
        total += number & 7
    return time.process_time() - began


def _child(name: str, size_mb: float, corpus: list[Path]) -> dict[str, Any]:
    """Extract one generated input in this process; the figures as a JSON-ready dict."""
    import newsfacts  # imported here: the parent process never loads the plugins

    size = int(size_mb * MB)
    text = GENERATORS[name](size, news_text(size, corpus))
    extractor = newsfacts.Extractor()
    # The first article pays for lazily loaded data (the gazetteer): not this input's cost.
    extractor.extract(newsfacts.Article(text="Warm up in Paris, France, on Monday."))
    timings: dict[str, float] = {}
    began, cpu_began = time.perf_counter(), time.process_time()
    result = extractor.extract(newsfacts.Article(text=text), timings=timings)
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    return {
        "name": name,
        "mb": size_mb,
        "chars": len(text),
        "wall": wall,
        "cpu": cpu,
        "timings": timings,
        "facts": sum(len(facts) for facts in result.facts.values()),
        "errors": [f"{e.plugin}: {e.error_type}: {e.message[:200]}" for e in result.errors],
        "rss_mib": peak_rss_mib(),
    }


def _measure(name: str, size_mb: float, corpus: list[Path], timeout: float) -> dict[str, Any]:
    """Run :func:`_child` in a fresh process; ``{"dnf": True}`` when it outlasts ``timeout``."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name, str(size_mb)]
    command += [arg for path in corpus for arg in ("--corpus", str(path))]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"name": name, "mb": size_mb, "dnf": True}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"name": name, "mb": size_mb, "failed": tail[0]}
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def _best(
    name: str, size_mb: float, corpus: list[Path], args: argparse.Namespace
) -> dict[str, Any]:
    """The run of least CPU time of ``--repeat`` fresh processes (the first that does not
    finish ends the tries): on a shared machine one run may be a quarter slower than the next,
    and the least time is the one least disturbed, as ``timeit`` reports."""
    runs = []
    for _ in range(args.repeat):
        figures = _measure(name, size_mb, corpus, args.timeout)
        runs.append(figures)
        if "cpu" not in figures:
            return figures
    return min(runs, key=lambda run: float(run["cpu"]))


def _cell(figures: dict[str, Any], key: str) -> str:
    if figures.get("dnf"):
        return "DNF"
    if "failed" in figures:
        return "failed"
    if key in ("wall", "cpu"):
        return f"{figures[key]:.2f}"
    if key == "rss":
        return f"{figures['rss_mib']:.0f}"
    seconds = figures["timings"].get(key)
    return "-" if seconds is None else f"{seconds:.2f}"


def _print_table(title: str, header: list[str], rows: list[list[str]], rst: bool) -> None:
    if rst:
        print(f".. list-table:: {title}\n   :header-rows: 1\n")
        for row in [header, *rows]:
            print("\n".join(f"   {'*' if i == 0 else ' '} - {c}" for i, c in enumerate(row)))
        print()
        return
    print(title)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        pairs = enumerate(zip(row, widths, strict=True))
        print("  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in pairs))
    print()


def _growth(runs: list[dict[str, Any]]) -> float | None:
    """CPU time of the largest size / that of the size before, None if either did not finish."""
    if len(runs) < 2 or any("cpu" not in run for run in runs[-2:]):
        return None
    low, high = runs[-2]["cpu"], runs[-1]["cpu"]
    return high / low if low > 0 else None


def run_table(args: argparse.Namespace, corpus: list[Path]) -> int:
    sizes = [float(size) for size in args.sizes.split(",")]
    names = [n for n in GENERATORS if not args.only or any(o in n for o in args.only)]
    print(f"reference loop: {reference_loop():.2f} CPU s (0.2 to 0.25 when the machine is quiet)")
    print(f"each input and size: the least CPU time of {args.repeat} fresh process(es)\n")
    detail: list[list[str]] = []
    summary: list[list[str]] = []
    measured: list[dict[str, Any]] = []
    failures = 0
    for name in names:
        runs = []
        for size in sizes:
            figures = _best(name, size, corpus, args)
            runs.append(figures)
            measured.append(figures)
            cells = [_cell(figures, key) for key in (*_STAGES, "wall", "cpu", "rss")]
            detail.append([name, f"{size:g}", *cells])
            for error in figures.get("errors", ()):
                print(f"  {name} {size:g} MB: {error}", file=sys.stderr)
            print(f"  {name} {size:g} MB: {cells[-2]} CPU s", file=sys.stderr, flush=True)
            if "cpu" not in figures:
                break  # a larger size would not finish either
        growth = _growth(runs)
        at_1mb = next((run for run in runs if run["mb"] == 1.0), None)
        slow = at_1mb is not None and at_1mb.get("cpu", float("inf")) >= _LIMIT_1MB
        # One size asked for: no growth to judge; two or more: a run that did not finish
        # has no growth, and fails.
        steep = len(sizes) > 1 and (growth is None or growth > _LIMIT_GROWTH)
        failed = slow or steep or any(run.get("errors") for run in runs)
        failures += failed
        summary.append(
            [
                name,
                *(_cell(run, "cpu") for run in runs),
                *("-" for _ in range(len(sizes) - len(runs))),
                "-" if growth is None else f"{growth:.2f}",
                _cell(runs[-1], "rss"),
                "FAILS" if failed else "ok",
            ]
        )
    header = ["input", "MB", *_STAGES, "total s", "CPU s", "peak RSS MiB"]
    _print_table("Seconds per stage and plugin (wall-clock), total, CPU", header, detail, args.rst)
    growth_label = f"growth {sizes[-1]:g}/{sizes[-2]:g}" if len(sizes) > 1 else "growth"
    header = ["input", *(f"{size:g} MB CPU s" for size in sizes), growth_label, "peak RSS MiB", ""]
    _print_table("CPU seconds and growth", header, summary, args.rst)
    print(f"{len(summary) - failures} of {len(summary)} inputs within the limits")
    if args.json:
        args.json.write_text(json.dumps(measured, indent=1), encoding="utf-8")
    return 1 if failures else 0


def run_real(args: argparse.Namespace, corpus: list[Path]) -> int:
    print(f"reference loop: {reference_loop():.2f} CPU s (0.2 to 0.25 when the machine is quiet)")
    one = _measure("news", 1.0, corpus, args.timeout)
    big = _measure("news", args.real_mb, corpus, args.timeout * args.real_mb)
    for figures in (one, big):
        print(
            f"real news {figures['mb']:g} MB: {_cell(figures, 'cpu')} CPU s, "
            f"{_cell(figures, 'wall')} s wall-clock, peak RSS {_cell(figures, 'rss')} MiB; "
            + ", ".join(f"{stage} {_cell(figures, stage)}" for stage in _STAGES)
        )
        for error in figures.get("errors", ()):
            print(f"  error: {error}")
    if "cpu" not in one or "cpu" not in big:
        return 1
    ratio = big["cpu"] / one["cpu"]
    print(f"CPU time {args.real_mb:g} MB / 1 MB: {ratio:.1f} (sizes {args.real_mb:g} to 1)")
    limit = _LIMIT_REAL_RATIO * args.real_mb / 20
    checks = {
        f"peak RSS under {_LIMIT_RSS_MIB} MiB": big["rss_mib"] < _LIMIT_RSS_MIB,
        f"CPU time at most {limit:g} times 1 MB's": ratio <= limit,
        "no errors": not big["errors"],
    }
    for check, held in checks.items():
        print(f"{'pass' if held else 'FAIL'}: {check}")
    return 0 if all(checks.values()) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(f"{s:g}" for s in SIZES_MB), help="in MB")
    parser.add_argument("--only", action="append", help="inputs whose name contains TEXT")
    parser.add_argument("--corpus", action="append", type=Path, help="JSON Lines news corpus")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per input")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs of each input and size; the least CPU time"
    )
    parser.add_argument("--rst", action="store_true", help="print the tables as reST")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--real-mb", type=float, help="time N MB of real news instead")
    parser.add_argument("--child", nargs=2, metavar=("NAME", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = args.corpus
    if corpus is None:
        corpus = sorted(_DEFAULT_CORPUS.glob("*.jsonl")) if _DEFAULT_CORPUS.is_dir() else []
    if args.child:
        print(json.dumps(_child(args.child[0], float(args.child[1]), corpus)))
        return 0
    if not corpus:
        print("no --corpus given or found: news inputs repeat a short sample", file=sys.stderr)
    if args.real_mb:
        return run_real(args, corpus)
    return run_table(args, corpus)


if __name__ == "__main__":
    sys.exit(main())
