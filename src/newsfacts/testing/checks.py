"""The checks, one function each; every one fails with a :class:`FieldCheckError`."""

from __future__ import annotations

import functools
import gc
import importlib
import json
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from newsfacts import config as configuration
from newsfacts.article import Article
from newsfacts.document import Document
from newsfacts.errors import InvalidFactError
from newsfacts.facts import Fact, FactMap, Field, sorted_facts
from newsfacts.result import Result
from newsfacts.testing.subject import (
    FieldCheckError,
    FieldUnderTest,
    TextInput,
    as_article,
    excerpt,
    subject_of,
    verify_fact_types,
    verify_offsets,
)
from newsfacts.testing.texts import HOSTILE_TEXTS, NEWS_SAMPLES

#: The size of the smaller text :func:`check_bounded_growth` times, in characters.
GROWTH_BASE_SIZE = 1_000
#: How many times larger the larger text is.
GROWTH_FACTOR = 8
#: How much more than :data:`GROWTH_FACTOR` times slower the larger text may be: generous,
#: so that a linear plugin passes on a busy machine, while a quadratic one (64 times slower
#: on a text 8 times larger) fails.
GROWTH_SLACK = 4
# Under this many CPU seconds on the larger text a trend drowns in noise (a linear field took
# 0.07 ms on the smaller text and, once in a CI run, 5.8 ms at best of two on the larger), and
# no rule worse than linear is that fast at that size (a quadratic look-back: 66 ms).
_MEASURABLE_SECONDS = 0.02

#: What the checks accept as the field: a :class:`~newsfacts.Field`, a field name, or a
#: :class:`FieldUnderTest` already loaded.
Subject = Field[Any] | str | FieldUnderTest
#: A function raising :class:`FieldCheckError` for a record that does not fit the schema.
Validator = Callable[[Any], None]


class SkippedCheckWarning(UserWarning):
    """A check could not run here (the schema check without ``newsfacts.schema`` or
    ``jsonschema``); the warning says what is missing."""


def _first_difference(first: Sequence[Fact], second: Sequence[Fact]) -> str:
    for index, (one, other) in enumerate(zip(first, second, strict=False)):
        if one != other:
            return f"fact {index} was {one!r}, then {other!r}"
    return f"{len(first)} facts, then {len(second)}"


def verify_deterministic(subject: FieldUnderTest, article: Article, first: Result) -> None:
    """``first`` (the result of ``article``) comes again from a second run after another
    article, and from a direct call of the extract function."""
    subject.run(NEWS_SAMPLES[0])  # state left over from another article must not matter
    facts = first[subject.name]
    again = {
        "a second run, after another article,": subject.run(article)[subject.name],
        "a direct call of the extract function": sorted_facts(
            fact
            for fact in subject.call(Document.from_article(article), subject.needed(first))
            if isinstance(fact, Fact)
        ),
    }
    for how, other in again.items():
        if other != facts:
            raise FieldCheckError(
                f"field {subject.name!r} is not deterministic on {excerpt(article.text)}: "
                f"{how} gave other facts: {_first_difference(facts, other)}"
            )


def _verify_fact_round_trip(subject: FieldUnderTest, fact: Fact) -> None:
    try:
        encoded = json.dumps(fact.to_dict(), allow_nan=False)
    except (TypeError, ValueError) as error:
        raise FieldCheckError(
            f"field {subject.name!r}: {fact!r}.to_dict() is not JSON ({error}); give facts "
            "attributes of JSON-ready types (str, int, float, bool, None, tuples, dates, enums)"
        ) from None
    try:
        back = type(fact).from_dict(json.loads(encoded))
    except InvalidFactError as error:
        raise FieldCheckError(
            f"field {subject.name!r}: {fact!r} cannot be read back from JSON: {error}"
        ) from None
    if back != fact:
        changed = "; ".join(
            f"{a.name} {getattr(fact, a.name)!r} came back as {getattr(back, a.name)!r}"
            for a in attrs.fields(type(fact))
            if getattr(fact, a.name) != getattr(back, a.name)
        )
        raise FieldCheckError(
            f"field {subject.name!r}: {fact!r} changes through JSON: {changed}; annotate each "
            "attribute with the type it holds"
        )


def verify_round_trip(subject: FieldUnderTest, result: Result) -> None:
    """Each fact of the field, and the whole result, come back equal from JSON."""
    for fact in result[subject.name]:
        _verify_fact_round_trip(subject, fact)
    record = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    try:
        back = Result.from_dict(record, fields=subject.extractor.fields)
    except InvalidFactError as error:
        raise FieldCheckError(f"the result of {excerpt(result.article.text)}: {error}") from None
    if back != result:
        raise FieldCheckError(
            f"the result of {excerpt(result.article.text)} changes through "
            f"Result.from_dict(result.to_dict()): {result!r} came back as {back!r}"
        )


@functools.cache
def schema_support() -> tuple[Any, Any] | str:
    """``newsfacts.schema`` and ``jsonschema``, or why the schema check cannot run.

    Looked up once per process, and the reason warned about once (a
    :class:`SkippedCheckWarning`), not at every text a hypothesis test checks.
    """
    try:
        schema = importlib.import_module("newsfacts.schema")
        jsonschema = importlib.import_module("jsonschema")
    except ImportError as error:
        missing = (
            "jsonschema is not installed (pip install jsonschema)"
            if error.name == "jsonschema"
            else "this version of newsfacts has no newsfacts.schema"
        )
        reason = f"schema check skipped: {missing}"
        warnings.warn(reason, SkippedCheckWarning, stacklevel=4)
        return reason
    return schema, jsonschema


def schema_validator(subject: FieldUnderTest) -> Validator | None:
    """A function validating a record against ``newsfacts.schema.json_schema(fields)``; None
    when :func:`schema_support` says the check cannot run here."""
    support = schema_support()
    if isinstance(support, str):
        return None
    schema, jsonschema = support
    return _validator(subject, schema.json_schema(subject.extractor.fields), jsonschema)


def _validator(subject: FieldUnderTest, document: Any, jsonschema: Any) -> Validator:
    validator_class = jsonschema.validators.validator_for(document)
    validator = validator_class(document, format_checker=validator_class.FORMAT_CHECKER)

    def validate(record: Any) -> None:
        problems = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
        if problems:
            path = "/".join(str(part) for part in problems[0].absolute_path) or "the top"
            raise FieldCheckError(
                f"field {subject.name!r}: the record of "
                f"{excerpt(record['article'].get('text', ''))} does not fit "
                f"newsfacts.schema.json_schema() at {path}: {problems[0].message}"
            )

    return validate


def _field_seconds(subject: FieldUnderTest, text: str, repeats: int) -> float:
    """The best of ``repeats`` timings of the field's own extract function on ``text``: not
    the segmentation, not the fields it needs (extracted once, beforehand).

    CPU time of this process, not wall-clock time: other processes on a busy machine (a CI
    runner, other tests run in parallel) then hardly disturb the ratio. The garbage collector
    is paused while the field runs: a collection of what earlier tests left behind would be
    charged to whichever run it fell in.
    """
    article = Article(text=text)
    needed = subject.needed(subject.run(article)) if subject.provider.needs else FactMap()
    document = Document.from_article(article)
    _ = document.tokens  # built lazily: not to be charged to the field
    best = float("inf")
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            began = time.process_time()
            subject.call(document, needed)
            best = min(best, time.process_time() - began)
    finally:
        if collecting:
            gc.enable()
    return best


def verify_bounded_growth(subject: FieldUnderTest, text: str) -> None:
    """``text``, repeated to two sizes, takes about proportionally longer at the larger."""
    if not text.strip():
        return
    copies = -(-GROWTH_BASE_SIZE // len(text))  # at least GROWTH_BASE_SIZE characters
    small_text = " ".join([text] * copies)
    large_text = " ".join([small_text] * GROWTH_FACTOR)
    small = _field_seconds(subject, small_text, repeats=3)
    large = _field_seconds(subject, large_text, repeats=3)
    allowed = GROWTH_FACTOR * GROWTH_SLACK
    if large > _MEASURABLE_SECONDS and large > allowed * small:
        raise FieldCheckError(
            f"field {subject.name!r} does not run in linear time on {excerpt(text)}: "
            f"{GROWTH_FACTOR} times the text ({len(small_text)} to {len(large_text)} chars) "
            f"took {large / max(small, 1e-9):.0f} times as long ({small * 1000:.2f} to "
            f"{large * 1000:.2f} ms of CPU; allowed: {allowed} times)"
        )


# --- the public checks --------------------------------------------------------------------


def check_offsets(
    field: Subject,
    text: TextInput,
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """Every fact the field's extract function returns for ``text`` is a
    :class:`~newsfacts.Fact` inside the text with ``text[fact.start:fact.end] == fact.text``.
    """
    subject = subject_of(field, extra_plugins, config)
    verify_offsets(subject, as_article(text).text, subject.raw_facts(text))


def check_fact_types(
    field: Subject,
    text: TextInput,
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """Every fact the field's extract function returns for ``text`` is an instance of the
    field's declared ``fact_type``."""
    subject = subject_of(field, extra_plugins, config)
    verify_fact_types(subject, as_article(text).text, subject.raw_facts(text))


def check_deterministic(
    field: Subject,
    text: TextInput,
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """The field gives the same facts for ``text`` every time: run again after another
    article, and called directly."""
    subject = subject_of(field, extra_plugins, config)
    article = as_article(text)
    verify_deterministic(subject, article, subject.run(article))


def check_no_exception(
    field: Subject,
    texts: Iterable[TextInput] | None = None,
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """The field, and every field it needs, extracts from each of ``texts`` (by default the
    texts of :data:`HOSTILE_TEXTS`) without an exception and without a fact the core drops."""
    subject = subject_of(field, extra_plugins, config)
    for text in [hostile.text for hostile in HOSTILE_TEXTS] if texts is None else texts:
        subject.run(text)


def check_bounded_growth(
    field: Subject,
    text: TextInput,
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """The field's time grows about linearly with the size of the text.

    ``text`` repeated to :data:`GROWTH_BASE_SIZE` characters, and to :data:`GROWTH_FACTOR`
    times that, may take at most ``GROWTH_FACTOR * GROWTH_SLACK`` times as long. There is no
    time limit: only the CPU times of the field's extract function at the two sizes are
    compared (the best of three runs each), and a field taking under 20 ms
    on the larger text passes.
    """
    subject = subject_of(field, extra_plugins, config)
    verify_bounded_growth(subject, as_article(text).text)


def check_json_round_trip(
    field: Subject,
    text: TextInput,
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """Each fact of the field on ``text`` survives ``to_dict`` → JSON → ``from_dict``
    unchanged, and so does the whole result:
    ``Result.from_dict(result.to_dict(), fields=...) == result``."""
    subject = subject_of(field, extra_plugins, config)
    verify_round_trip(subject, subject.run(text))


def check_schema(
    field: Subject,
    text: TextInput,
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """The JSON record of ``text``'s result validates against
    ``newsfacts.schema.json_schema(fields)``. Skipped, with a :class:`SkippedCheckWarning`,
    when ``newsfacts.schema`` or ``jsonschema`` is not installed."""
    subject = subject_of(field, extra_plugins, config)
    validate = schema_validator(subject)
    if validate is None:  # asked for by name: say so every time
        warnings.warn(str(schema_support()), SkippedCheckWarning, stacklevel=2)
        return
    validate(json.loads(json.dumps(subject.run(text).to_dict())))
