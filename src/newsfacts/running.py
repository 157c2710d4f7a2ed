"""Running one field's provider over a document: its facts checked against the contract
(each a fact of the field's type whose text is the document's between its offsets), and the
decisions it made recorded when tracing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from newsfacts import explain
from newsfacts.document import Document
from newsfacts.facts import Fact, FactMap, sorted_facts
from newsfacts.providers import Provider


@attrs.frozen(repr=False, eq=False)
class FieldStep:
    """One field to extract: who provides it and with which options."""

    provider: Provider
    options: Any


# The facts of a field that honour the contract, and what was wrong with the others.
Checked = tuple[tuple[Fact, ...], str | None]


def run(step: FieldStep, document: Document, needed: FactMap) -> Checked:
    """One field's facts in ``document``, checked."""
    # an extract function may be a generator: it runs while checked reads it
    found = step.provider.extract(document, needed, step.options)
    if found.__class__ is list and not found:  # most fields of a short article: no call more
        return _NOTHING
    return checked(document.article.text, step.provider, found)


_NOTHING: Checked = ((), None)


def traced(
    step: FieldStep, document: Document, needed: FactMap, trace: list[explain.Decision]
) -> Checked:
    """As :func:`run`, adding the decisions made to ``trace``, in text order. (Not tracing,
    the extractor calls :func:`run` itself: no recorder to set and reset, nothing to sort,
    for each field of each article.)"""
    with explain.recording(step.provider.field.name, document.text) as decisions:
        outcome = run(step, document, needed)
    trace.extend(explain.in_text_order(decisions))
    return outcome


def checked(text: str, provider: Provider, found: Iterable[Fact] | None) -> Checked:
    """Keep the facts that honour the contract; describe those that do not."""
    if found is None:
        return (), f"extract returned None for field {provider.field.name!r}"
    if isinstance(found, list) and not found:  # most fields of a short article: nothing to sort
        return (), None
    kept: list[Fact] = []
    bad: list[Any] = []
    fact_type = provider.field.fact_type
    for fact in found:
        valid = (
            isinstance(fact, fact_type)
            and 0 <= fact.start <= fact.end <= len(text)
            and text[fact.start : fact.end] == fact.text
        )
        (kept if valid else bad).append(fact)
    problem = None
    if bad:
        problem = f"dropped {len(bad)} fact(s) not matching the text or type, e.g. {bad[0]!r}"
    return sorted_facts(kept), problem
