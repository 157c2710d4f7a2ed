"""Score predicted facts against gold facts, the way ``../shared/data/README.md`` describes.

Shared by ``accuracy.py`` (newsfacts) and ``peers.py`` (other tools on the same texts), so that
every system is judged by the same rules. Predictions and gold facts are plain dicts with
``start``/``end`` and the attributes of their kind.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

Fact = dict[str, Any]

PRONOUNS = frozenset(
    ("i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "who")
)
QUOTE_MARKS = "\"'“”‘’«»„‟‹›`"
EARTH_RADIUS_KM = 6371.0
NEAR_KM = 161.0

# Light unit normalization: the spellings a gold unit and a predicted unit may differ by.
UNIT_ALIASES = {
    "$": "usd",
    "us$": "usd",
    "dollar": "usd",
    "us dollar": "usd",
    "united states dollar": "usd",
    "£": "gbp",
    "pound sterling": "gbp",
    "sterling": "gbp",
    "€": "eur",
    "euro": "eur",
    "%": "percent",
    "per cent": "percent",
    "percentage": "percent",
    "percentage point": "percent",
    "kilometre": "km",
    "kilometer": "km",
    "metre": "m",
    "meter": "m",
    "kilogram": "kg",
    "mile": "mile",
    "yen": "jpy",
    "¥": "jpy",
    "rupee": "inr",
    "yuan": "cny",
    # one unit under two names
    "metric ton": "tonne",
    "gigaton": "gigatonne",
    "pound-mass": "pound",
    "foot pound-force": "pound-foot",
}
# Plurals not made with "s" ("square feet", "165 pence"); "-men" is "-man" ("fishermen").
IRREGULAR_PLURALS = {"feet": "foot", "pence": "penny", "children": "child", "teeth": "tooth"}


def normalize_unit(unit: str | None) -> str:
    """The unit in lower case, its alias if it has one (also for its plural in "s")."""
    if not unit:
        return ""
    unit = unit.strip().lower()
    if unit in UNIT_ALIASES:
        return UNIT_ALIASES[unit]
    if unit.endswith("s") and len(unit) > 3:
        return UNIT_ALIASES.get(unit[:-1], unit)
    return unit


def _word_forms(word: str) -> set[str]:
    """The word and what its singular may be, each with its alias: "countries" gives
    "country", "bosses" "boss", "viruses" "virus", "fishermen" "fisherman", "3s" "3" (and
    some wrong stems, "countrie", which match nothing a unit is).
    """
    forms = {word, IRREGULAR_PLURALS.get(word, word)}
    if word.endswith("s") and (len(word) > 3 or word[:-1].isdigit()):  # "Model 3s"
        forms.add(word[:-1])
    if word.endswith("es") and len(word) > 4:
        forms.add(word[:-2])
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    if word.endswith("men") and len(word) > 4:
        forms.add(word[:-3] + "man")
    return forms | {UNIT_ALIASES.get(form, form) for form in forms}


def _words_agree(a: str, b: str) -> bool:
    return bool(_word_forms(a) & _word_forms(b))


def units_agree(a: str, b: str) -> bool:
    """Two units are one after light normalization: case, aliases ("$", "dollar", "USD"),
    hyphens ("parts-per-billion") and plurals of each word ("revolutions per minute",
    "square feet").
    """
    a, b = normalize_unit(a), normalize_unit(b)
    if a == b:
        return True
    words_a, words_b = a.replace("-", " ").split(), b.replace("-", " ").split()
    return len(words_a) == len(words_b) and all(map(_words_agree, words_a, words_b))


class Counts:
    """True positives, predictions and gold facts, with P/R/F1."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def line(self, label: str) -> str:
        p, r, f = self.prf()
        counts = f"tp {self.tp}, pred {self.pred}, gold {self.gold}"
        return f"  {label:<18} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({counts})"


def _inside(fact: Fact, text: str) -> bool:
    start, end = fact.get("start"), fact.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)


def _overlap(a: Fact, b: Fact) -> int:
    end: int = min(a["end"], b["end"])
    start: int = max(a["start"], b["start"])
    return max(0, end - start)


def match_relaxed(preds: Sequence[Fact], golds: Sequence[Fact]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) with any overlap, greedy by largest overlap."""
    golds_by_start = sorted(range(len(golds)), key=lambda g: golds[g]["start"])
    candidates = []
    for p, pred in enumerate(preds):
        for g in golds_by_start:
            if golds[g]["start"] >= pred["end"]:
                break
            size = _overlap(pred, golds[g])
            if size:
                candidates.append((-size, p, g))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, p, g in candidates:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs


def match_strict(preds: Sequence[Fact], golds: Sequence[Fact]) -> list[tuple[int, int]]:
    """One-to-one pairs with exactly the same offsets."""
    free: dict[tuple[int, int], list[int]] = defaultdict(list)
    for g, gold in enumerate(golds):
        free[(gold["start"], gold["end"])].append(g)
    pairs = []
    for p, pred in enumerate(preds):
        slot = free.get((pred["start"], pred["end"]))
        if slot:
            pairs.append((p, slot.pop(0)))
    return pairs


def _strip_quote_marks(fact: Fact, text: str) -> Fact:
    start, end = fact["start"], fact["end"]
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return {**fact, "start": start, "end": end}


def _haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _coordinates(fact: Fact) -> tuple[float, float] | None:
    lat = fact.get("lat", fact.get("latitude"))
    lon = fact.get("lon", fact.get("longitude"))
    if lat is None or lon is None:
        return None
    return float(lat), float(lon)


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def number_value_matches(pred: Fact, gold: Fact) -> bool:
    """A gold range matches low+high, or a value equal to its low end; else values equal."""
    if gold.get("value") is None and gold.get("low") is not None:
        both = _close(pred.get("low"), gold["low"]) and _close(pred.get("high"), gold.get("high"))
        return both or _close(pred.get("value"), gold["low"])
    return _close(pred.get("value"), gold.get("value"))


def number_unit_matches(pred: Fact, gold: Fact) -> bool:
    gold_unit = normalize_unit(gold.get("unit"))
    if not gold_unit:
        return True
    for unit in (pred.get("unit"), pred.get("currency")):
        if unit and units_agree(unit, gold_unit):
            return True
    counted = (pred.get("counted") or "").lower().split()
    last_word = gold_unit.replace("-", " ").split()[-1]
    return any(_words_agree(word, last_word) for word in counted)


def _multiset_matches(preds: Sequence[Fact], golds: Sequence[Fact], with_unit: bool) -> int:
    used: set[int] = set()
    tp = 0
    for gold in golds:
        for p, pred in enumerate(preds):
            if p in used or not number_value_matches(pred, gold):
                continue
            if with_unit and not number_unit_matches(pred, gold):
                continue
            used.add(p)
            tp += 1
            break
    return tp


class KindScore:
    """Every figure of one fact kind over a corpus."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.docs = 0
        self.strict = Counts()
        self.relaxed = Counts()
        self.attribute_hits: Counter[str] = Counter()
        self.attribute_totals: Counter[str] = Counter()
        self.value_f1 = Counts()  # dates: TempEval-3 value F1; numbers: span-free value F1
        self.value_unit_f1 = Counts()
        self.distances: list[float] = []
        self.matched_with_gold_coordinates = 0

    def _hit(self, name: str, ok: bool) -> None:
        self.attribute_totals[name] += 1
        self.attribute_hits[name] += int(ok)

    def add_document(self, text: str, preds: Iterable[Fact], golds: Sequence[Fact]) -> None:
        self.docs += 1
        preds = [p for p in preds if not (self.kind == "numbers" and p.get("kind") == "ordinal")]
        # A prediction outside the text is kept as a false positive that overlaps nothing.
        preds = [p if _inside(p, text) else {"start": -2, "end": -1} for p in preds]
        if self.kind == "quotes":
            preds = [_strip_quote_marks(p, text) if p["start"] >= 0 else p for p in preds]
            golds = [_strip_quote_marks(g, text) for g in golds]
        required = [g for g in golds if not g.get("optional")]
        optional = [g for g in golds if g.get("optional")]
        relaxed = match_relaxed(preds, required)
        strict = match_strict(preds, required)
        ignored = self._ignored(preds, {p for p, _ in relaxed}, optional)
        self.relaxed.add(len(relaxed), len(preds) - len(ignored), len(required))
        strict_ignored = self._ignored(preds, {p for p, _ in strict}, optional)
        self.strict.add(len(strict), len(preds) - len(strict_ignored), len(required))
        for p, g in relaxed:
            self._score_attributes(preds[p], required[g])
        if self.kind == "dates":
            good = sum(1 for p, g in relaxed if preds[p].get("value") == required[g].get("value"))
            self.value_f1.add(good, len(preds) - len(ignored), len(required))
        if (
            self.kind == "numbers"
            and required
            and all(g.get("value") is not None or g.get("low") is not None for g in required)
        ):
            self.value_f1.add(_multiset_matches(preds, required, False), len(preds), len(required))
            self.value_unit_f1.add(
                _multiset_matches(preds, required, True), len(preds), len(required)
            )

    @staticmethod
    def _ignored(preds: Sequence[Fact], matched: set[int], optional: Sequence[Fact]) -> set[int]:
        return {
            p
            for p, pred in enumerate(preds)
            if p not in matched and any(_overlap(pred, o) for o in optional)
        }

    def _score_attributes(self, pred: Fact, gold: Fact) -> None:
        if self.kind == "dates":
            if gold.get("type"):
                self._hit("type", pred.get("type") == gold["type"])
            if gold.get("value"):
                self._hit("value", pred.get("value") == gold["value"])
        elif self.kind == "numbers":
            if gold.get("value") is not None or gold.get("low") is not None:
                self._hit("value", number_value_matches(pred, gold))
        elif self.kind == "quotes" and gold.get("speaker"):
            ok = speaker_matches(pred, gold)
            self._hit("speaker", ok)
            if gold["speaker"].strip().lower() not in PRONOUNS:
                self._hit("speaker_named", ok)
        elif self.kind == "locations":
            gold_xy, pred_xy = _coordinates(gold), _coordinates(pred)
            if gold_xy is not None:
                self.matched_with_gold_coordinates += 1
                if pred_xy is not None:
                    self.distances.append(_haversine_km(pred_xy, gold_xy))

    def report(self) -> list[str]:
        lines = [f"{self.kind} ({self.docs} documents)"]
        lines.append(self.strict.line("strict span"))
        lines.append(self.relaxed.line("relaxed span"))
        for name in sorted(self.attribute_totals):
            hits, total = self.attribute_hits[name], self.attribute_totals[name]
            lines.append(f"  {name + ' accuracy':<18} {hits / total:.3f}  ({hits}/{total} matched)")
        if self.kind == "dates":
            lines.append(self.value_f1.line("value F1"))
        if self.kind == "numbers" and self.value_f1.gold:
            lines.append(self.value_f1.line("value F1"))
            lines.append(self.value_unit_f1.line("value+unit F1"))
        if self.kind == "locations" and self.distances:
            near = sum(1 for d in self.distances if d <= NEAR_KM)
            pointed, total = len(self.distances), self.matched_with_gold_coordinates
            lines.append(
                f"  {'acc@161km':<18} {near / pointed:.3f}  ({near}/{pointed} matched, both "
                f"with coordinates; {near / total:.3f} if a match without them is wrong)"
            )
            median = statistics.median(self.distances)
            share = pointed / total
            lines.append(f"  {'median error km':<18} {median:.1f}  (with coordinates {share:.3f})")
        return lines

    def summary(self) -> dict[str, float]:
        """The headline figures, for comparing systems in one table."""
        figures = {"strict_f1": self.strict.prf()[2], "relaxed_f1": self.relaxed.prf()[2]}
        for name in self.attribute_totals:
            figures[f"{name}_accuracy"] = self.attribute_hits[name] / self.attribute_totals[name]
        if self.value_f1.gold:
            figures["value_f1"] = self.value_f1.prf()[2]
        if self.value_unit_f1.gold:
            figures["value_unit_f1"] = self.value_unit_f1.prf()[2]
        if self.distances:
            near = sum(1 for d in self.distances if d <= NEAR_KM)
            figures["acc_161km"] = near / len(self.distances)
        return figures


def speaker_matches(pred: Fact, gold: Fact) -> bool:
    """Words contain one another, or end with the same word, or speaker offsets overlap."""
    gold_words = gold["speaker"].lower().split()
    pred_words = (pred.get("speaker") or "").lower().split()
    if pred_words and gold_words:
        pred_set, gold_set = set(pred_words), set(gold_words)
        if pred_set <= gold_set or gold_set <= pred_set or pred_words[-1] == gold_words[-1]:
            return True
    ps, pe = pred.get("speaker_start"), pred.get("speaker_end")
    gs, ge = gold.get("speaker_start"), gold.get("speaker_end")
    if ps is None or pe is None or gs is None or ge is None:
        return False
    return bool(min(pe, ge) > max(ps, gs))
