"""Where the dates field's values and a gold corpus's values disagree, by class.

    python benchmarks/date_values.py GOLD.jsonl [GOLD.jsonl ...] [--examples N]

``accuracy.py`` prints value F1 the TempEval-3 way: a value counts only when it is the gold's
string exactly. This script sorts every disagreement on a matched span into ordered classes
(the first that holds wins) and prints, per class, how many there are, the value F1 if that
class and those above it were counted as right, and examples. It shows how much of the gap
is notation or an unresolved gold value rather than a wrong reading of the text:

- ``same value, other notation``: the two strings name the same time ("1949" and "1949-XX",
  "2000-W07" and "2000-W7", the decade "196" and "196X", the century "19" and "19XX");
- ``gold unresolved``: the gold leaves digits open ("1989-WXX" for "last week") that the
  publication date fixes, and the prediction fills them;
- ``a whole week apart``: both are full dates (or weeks) on the same weekday, a whole number
  of weeks apart — the two readings anchor the same expression to different weeks;
- ``type differs``: one is a point, the other a duration or a set;
- ``other``: any other value.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

import newsfacts
from scoring import KindScore, match_relaxed

Fact = dict[str, Any]

# Spellings of one value: an ISO week without its zero, a year or decade padded with "X".
_WEEK_WITHOUT_ZERO = re.compile(r"-W(\d)\b")
_PADDED_YEAR = re.compile(r"^(\d{4})(?:-XX)+$")
_PADDED_DECADE_OR_CENTURY = re.compile(r"^(\d{2,3})X+$")


# TimeML's units of ten, a hundred and a thousand years ("P1E" is "P10Y"); a time on the
# hour with or without its minutes ("T17" is "T17:00").
_YEARS_IN = {"E": 10, "C": 100, "L": 1000}
_DECADES_CENTURIES_MILLENNIA = re.compile(r"^P(\d+)([ECL])$")
_ON_THE_HOUR = re.compile(r"(T\d\d):00$")


def _plain(value: str) -> str:
    value = _WEEK_WITHOUT_ZERO.sub(r"-W0\1", value)
    value = _PADDED_YEAR.sub(r"\1", value)
    value = _PADDED_DECADE_OR_CENTURY.sub(r"\1", value)
    value = _DECADES_CENTURIES_MILLENNIA.sub(lambda m: f"P{int(m[1]) * _YEARS_IN[m[2]]}Y", value)
    return _ON_THE_HOUR.sub(r"\1", value)


def same_value_other_notation(pred: Fact, gold: Fact) -> bool:
    return _plain(pred["value"]) == _plain(gold["value"])


def gold_unresolved(pred: Fact, gold: Fact) -> bool:
    if "X" not in gold["value"]:
        return False
    open_digits = re.escape(_plain(gold["value"])).replace("X", "[0-9]")
    return re.fullmatch(open_digits, _plain(pred["value"])) is not None


def _day_or_week(value: str) -> int | None:
    """Days since year 1 of a date or of an ISO week's Monday; None for anything else."""
    try:
        if re.fullmatch(r"\d{4}-W\d\d", value):
            return datetime.date.fromisocalendar(int(value[:4]), int(value[6:]), 1).toordinal()
        return datetime.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def a_whole_week_apart(pred: Fact, gold: Fact) -> bool:
    days = [_day_or_week(_plain(f["value"])) for f in (pred, gold)]
    if days[0] is None or days[1] is None:
        return False
    return days[0] != days[1] and (days[0] - days[1]) % 7 == 0


def type_differs(pred: Fact, gold: Fact) -> bool:
    return bool(pred["type"] != gold["type"])


def other(pred: Fact, gold: Fact) -> bool:
    return True


CLASSES: list[tuple[str, Callable[[Fact, Fact], bool]]] = [
    ("same value, other notation", same_value_other_notation),
    ("gold unresolved", gold_unresolved),
    ("a whole week apart", a_whole_week_apart),
    ("type differs", type_differs),
    ("other", other),
]


def disagreement(pred: Fact, gold: Fact) -> str:
    """The first class of CLASSES that holds for a predicted and a gold value that differ."""
    return next(name for name, holds in CLASSES if holds(pred, gold))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args(argv)
    extractor = newsfacts.Extractor(["dates"])
    score = KindScore("dates")
    classes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for path in args.gold:
        with open(path, encoding="utf-8") as lines:
            for record in map(json.loads, filter(str.strip, lines)):
                if "dates" not in record.get("annotated", []):
                    continue
                article = {"text": record["text"], "published": record.get("published")}
                preds = extractor.extract(article).to_dict()["facts"]["dates"]
                golds = record["facts"].get("dates", [])
                score.add_document(record["text"], preds, golds)
                required = [g for g in golds if not g.get("optional")]
                for p, g in match_relaxed(preds, required):
                    pred, gold = preds[p], required[g]
                    if not gold.get("value") or pred["value"] == gold["value"]:
                        continue
                    name = disagreement(pred, gold)
                    classes[name] += 1
                    examples[name].append(
                        f"{gold['text']!r}: {pred['value']} for gold {gold['value']}"
                        f" ({record.get('id')})"
                    )
    base = score.value_f1
    print(base.line("value F1").strip())
    counted = base.tp
    for name, _ in CLASSES:
        counted += classes[name]
        f1 = 2 * counted / (base.pred + base.gold) if base.pred + base.gold else 0.0
        print(f"{name:28} {classes[name]:5}   value F1 if counted too: {f1:.4f}")
        for line in examples[name][: args.examples]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
