"""Side by side on gold corpora: newsfacts and its peers spaCy, dateparser, quantulum3, textacy.

    python benchmarks/peers.py GOLD.jsonl [GOLD.jsonl ...] [--limit N]
        [--peers spacy,dateparser,quantulum3,textacy] [--warm-up CORPUS.jsonl]

Every system runs on the same gold texts; its output is converted to prediction dicts in the
gold schema and scored by the same ``scoring.KindScore`` as ``accuracy.py``, for the kinds each
document lists in ``annotated`` (a peer only for the kinds it covers). Prints one table per kind:
strict and relaxed span F1, the kind's attribute figures ("—" where the system does not produce
the attribute, e.g. spaCy gives no date values or coordinates) and words per second of the
extraction alone, measured in this run (loading and a warm-up call are timed apart). Then the
best system per figure and speed ratios.

Words per second are those of a system's first pass over the documents, unless ``--warm-up``
names a corpus each system reads first, untimed and unscored (its first ``--warm-up-limit``
documents): a long run's steady state, in which the words and names of news have mostly been
met before. Without it, a small corpus of short documents (NewsQuant's sentences) measures
what a process builds once as it meets its first words (patterns and gazetteer entries read
when first asked for, each word's properties), more than its throughput. Take the warm-up
corpus apart from the measured ones. Peers are optional (``pip install '.[bench]'``): one
that is not installed is reported and skipped, as is a newsfacts field that is not installed.
"""

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from scoring import KindScore
from systems import (
    ALL_FIELDS,
    PEER_SYSTEMS,
    AllFields,
    Newsfacts,
    NotInstalled,
    Record,
    System,
)

PEERS = ("spacy", "dateparser", "quantulum3", "textacy")
OURS = ("newsfacts", ALL_FIELDS)
COLUMNS = {  # summary() key -> column heading, in table order
    "strict_f1": "strict F1", "relaxed_f1": "relaxed F1", "value_f1": "value F1",
    "value_accuracy": "value acc", "type_accuracy": "type acc", "value_unit_f1": "value+unit F1",
    "speaker_accuracy": "speaker acc", "speaker_named_accuracy": "named spk acc",
    "acc_161km": "acc@161km",
}  # fmt: skip


class Run:
    """One system on one kind: its scores and the time its extraction took."""

    def __init__(self, system: System, kind: str) -> None:
        self.system, self.kind, self.score = system, kind, KindScore(kind)
        self.words, self.seconds = 0, 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def figures(self) -> dict[str, float]:
        lacks = self.system.lacks
        return {k: v for k, v in self.score.summary().items() if f"{self.kind}.{k}" not in lacks}


def read_records(path: str, limit: int | None) -> list[Record]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()][:limit]


def run_system(
    system: System,
    corpora: dict[str, list[Record]],
    runs: dict[str, dict[str, Run]],
    warm_up: Sequence[Record] = (),
) -> None:
    if warm_up:
        system.predict(list(warm_up))  # untimed, unscored: what a long run has met before
    for records in corpora.values():
        covered = [r for r in records if system.kinds & set(r.get("annotated", ()))]
        if not covered:
            continue
        began = time.perf_counter()
        predictions = system.predict(covered)
        seconds = time.perf_counter() - began
        pairs = list(zip(covered, predictions, strict=True))
        for kind in sorted(system.kinds):
            scored = [(r, p) for r, p in pairs if kind in r.get("annotated", ())]
            if not scored:
                continue
            run = runs[kind].setdefault(system.name, Run(system, kind))
            for record, predicted in scored:
                golds = record.get("facts", {}).get(kind, [])
                run.score.add_document(record["text"], predicted.get(kind, []), golds)
            run.words += sum(len(record["text"].split()) for record, _ in scored)
            run.seconds += seconds


def table(kind: str, kind_runs: dict[str, Run]) -> list[str]:
    keys = [k for k in COLUMNS if any(k in run.score.summary() for run in kind_runs.values())]
    any_run = next(iter(kind_runs.values()))
    heads = [COLUMNS[k] for k in keys] + ["words/s"]
    lines = [f"\n{kind} ({any_run.score.docs} documents, {any_run.words:,} words)"]
    lines.append(f"  {'system':<12}" + "".join(f"{h:>15}" for h in heads))
    for name, run in kind_runs.items():
        figures = run.figures()
        cells = [f"{figures[k]:.3f}" if k in figures else "—" for k in keys]
        cells.append(f"{run.words_per_second:,.0f}")
        lines.append(f"  {name:<12}" + "".join(f"{c:>15}" for c in cells))
    return lines


def summary(runs: dict[str, dict[str, Run]]) -> list[str]:
    lines = ["\nsummary"] + ([] if runs else ["  no system ran"])
    for kind, kind_runs in runs.items():
        best = []
        for key, head in COLUMNS.items():
            scored = {n: r.figures()[key] for n, r in kind_runs.items() if key in r.figures()}
            if scored:
                name = max(scored, key=lambda n: scored[n])
                best.append(f"{head} {name} {scored[name]:.3f}")
        lines.append(f"  {kind}: best " + "; ".join(best))
        for ours in OURS:
            lines.extend(_speed_ratios(kind, kind_runs, ours))
    return lines


def _speed_ratios(kind: str, kind_runs: dict[str, Run], ours_name: str) -> list[str]:
    """How much faster newsfacts (one field, or all fields together) is than each peer."""
    ours = kind_runs.get(ours_name)
    if ours is None or not ours.words_per_second:
        return []
    lines = []
    for name, run in kind_runs.items():
        if name in OURS or not run.words_per_second:
            continue
        ratio = ours.words_per_second / run.words_per_second
        faster = f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.1f}x slower"
        who = "newsfacts" if ours_name == "newsfacts" else f"newsfacts ({ours_name})"
        lines.append(f"    {who} is {faster} than {name} on {kind} in this run")
    return lines


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", help="gold corpus files (JSON Lines)")
    parser.add_argument("--limit", type=int, help="first N documents of each file (slow peers)")
    parser.add_argument("--peers", default=",".join(PEERS), help="comma-separated peers to run")
    parser.add_argument(
        "--warm-up", help="a corpus every system reads first, untimed (JSON Lines with text)"
    )
    parser.add_argument(
        "--warm-up-limit", type=int, default=200, help="documents of the warm-up corpus read"
    )
    args = parser.parse_args(None if argv is None else list(argv))
    peers = [p.strip().lower() for p in args.peers.split(",") if p.strip()]
    unknown = [p for p in peers if p not in PEER_SYSTEMS]
    if unknown:
        parser.error(f"unknown peer(s) {', '.join(unknown)}; known: {', '.join(PEERS)}")
    try:
        corpora = {path: read_records(path, args.limit) for path in args.gold}
        warm_up = read_records(args.warm_up, args.warm_up_limit) if args.warm_up else []
    except OSError as error:
        print(f"peers.py: {error}", file=sys.stderr)
        return 2
    kinds = list(
        dict.fromkeys(k for rs in corpora.values() for r in rs for k in r.get("annotated", ()))
    )
    kinds = [k for k in kinds if k != "people"]  # no gold set annotates people
    systems: list[System] = [Newsfacts(kind) for kind in kinds]
    systems += [AllFields(kinds)] + [PEER_SYSTEMS[p]() for p in peers]

    names = ", ".join(f"{Path(p).name} ({len(rs)} docs)" for p, rs in corpora.items())
    print(f"gold: {names}; kinds: {', '.join(kinds)}")
    if warm_up:
        words = sum(len(record["text"].split()) for record in warm_up)
        print(f"warm-up, read first by every system: {Path(args.warm_up).name} ", end="")
        print(f"({len(warm_up)} docs, {words:,} words; untimed, unscored)")
    print("loading (not counted in words/s):")
    runs: dict[str, dict[str, Run]] = {kind: {} for kind in kinds}
    for system in systems:
        if not system.kinds & set(kinds):
            continue
        began = time.perf_counter()
        try:
            described = system.load()
        except NotInstalled as error:
            print(f"  {system.name:<12} not installed ({error}): skipped")
            continue
        print(f"  {system.name:<12} {time.perf_counter() - began:6.2f} s  {described}")
        run_system(system, corpora, runs, warm_up)
        if system.note():
            print(f"  {system.name:<12} {system.note()}")
    for kind, kind_runs in runs.items():
        if kind_runs:
            print("\n".join(table(kind, kind_runs)))
    print("\n".join(summary({k: r for k, r in runs.items() if r})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
