"""Accuracy of newsfacts on gold corpora (the schema of ``../shared/data/README.md``).

    python benchmarks/accuracy.py GOLD.jsonl [GOLD.jsonl ...] [--plugins dates] [--limit N]
        [--errors N] [--json] [-o FIELD.OPTION=VALUE ...]

Prints, per fact kind the gold documents annotate: strict and relaxed span P/R/F1, attribute
accuracy on relaxed matches (date type and value, number value, quote speaker, location
coordinates within 161 km) and value F1 (dates: TempEval-3 style; numbers: span-free value
and value+unit F1). ``--errors N`` also prints N missed gold facts and N false positives per
kind, to see what to improve. Only the kinds a document lists in ``annotated`` are scored.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsfacts
import newsfacts.config
from scoring import KindScore, match_relaxed, speaker_matches


def read_gold(paths: list[str], limit: int | None) -> Iterator[dict[str, Any]]:
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if limit is not None and number >= limit:
                    break
                if line.strip():
                    yield json.loads(line)


def _brief(fact: dict[str, Any], text: str) -> str:
    context = text[max(0, fact["start"] - 40) : fact["end"] + 40].replace("\n", " ")
    details = {k: v for k, v in fact.items() if k not in ("start", "end", "text", "optional")}
    return f"{fact.get('text')!r} {json.dumps(details, ensure_ascii=False)[:160]}  …{context}…"


def collect_errors(
    text: str, preds: list[dict[str, Any]], golds: list[dict[str, Any]], found: dict[str, list[str]]
) -> None:
    required = [g for g in golds if not g.get("optional")]
    pairs = match_relaxed(preds, golds)
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    found["missed"] += [
        _brief(g, text) for i, g in enumerate(golds) if i not in matched_g and g in required
    ]
    found["false positives"] += [_brief(p, text) for i, p in enumerate(preds) if i not in matched_p]
    for p, g in pairs:
        if golds[g].get("speaker") and not speaker_matches(preds[p], golds[g]):
            found["wrong speaker"].append(
                f"{preds[p].get('speaker')!r} for gold {_brief(golds[g], text)}"
            )
        for key in ("value", "type"):
            gold_value = golds[g].get(key)
            if gold_value in (None, "") or key not in preds[p]:
                continue
            if str(preds[p][key]) != str(gold_value):
                found[f"wrong {key}"].append(
                    f"{preds[p].get(key)!r} for gold {_brief(golds[g], text)}"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", help="gold corpus files (JSON Lines)")
    parser.add_argument("--plugins", help="comma-separated plugins/fields to run (default: all)")
    parser.add_argument("--limit", type=int, help="score only the first N documents of each file")
    parser.add_argument("--errors", type=int, default=0, help="print N misses/false positives")
    parser.add_argument("--json", action="store_true", help="print the headline figures as JSON")
    parser.add_argument(
        "-o",
        "--option",
        action="append",
        default=[],
        metavar="FIELD.OPTION=VALUE",
        help="a field's option, as on the newsfacts command line (repeatable)",
    )
    args = parser.parse_args(argv)

    plugins = args.plugins.split(",") if args.plugins else None
    try:
        config = newsfacts.config.parse_assignments(args.option)
        extractor = newsfacts.Extractor(plugins, config=config)
    except newsfacts.NewsfactsError as error:
        print(f"accuracy.py: {error}", file=sys.stderr)
        return 2
    scores: dict[str, KindScore] = {}
    errors: dict[str, dict[str, list[str]]] = {}
    words = 0
    elapsed = 0.0
    for record in read_gold(args.gold, args.limit):
        kinds = [k for k in record.get("annotated", []) if k in extractor_fields(extractor)]
        if not kinds:
            continue
        text = record["text"]
        began = time.perf_counter()
        result = extractor.extract({"text": text, "published": record.get("published")})
        elapsed += time.perf_counter() - began
        words += len(text.split())
        predicted = result.to_dict()["facts"]
        for kind in kinds:
            golds = record.get("facts", {}).get(kind, [])
            scores.setdefault(kind, KindScore(kind)).add_document(text, predicted[kind], golds)
            if args.errors:
                collect_errors(text, predicted[kind], golds, errors.setdefault(kind, _lists()))
        for failure in result.errors:
            print(f"{record.get('id')}: {failure.plugin}: {failure.message}", file=sys.stderr)

    if args.json:
        figures = {kind: score.summary() for kind, score in scores.items()}
        figures["words_per_second"] = {"all": words / elapsed if elapsed else 0.0}
        print(json.dumps(figures, indent=2))
        return 0
    print(f"gold: {', '.join(Path(p).name for p in args.gold)}")
    for score in scores.values():
        print("\n".join(score.report()))
    if elapsed:
        print(f"speed: {words:,} words in {elapsed:.2f} s = {words / elapsed:,.0f} words/s")
    rng = random.Random(0)  # the same sample on every run, to compare changes
    for kind, found in errors.items():
        for label, items in found.items():
            sample = rng.sample(items, min(args.errors, len(items)))
            print(f"\n{kind}: {label} ({len(items)}), e.g.:")
            for item in sample:
                print(f"  {item}")
    return 0


def _lists() -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    found["missed"], found["false positives"] = [], []
    return found


def extractor_fields(extractor: newsfacts.Extractor) -> set[str]:
    return {field.name for field in extractor.fields}


if __name__ == "__main__":
    sys.exit(main())
