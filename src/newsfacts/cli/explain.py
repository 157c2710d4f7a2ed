"""``newsfacts explain``: why each candidate of a field was found, or not.

Runs the extractor with ``trace=True`` (see :mod:`newsfacts.explain`) and prints, for each
candidate the field's plugin decided about, the checks of its decision tables in order, held
or failed, with their evidence, and the outcome; then whether the field reports a fact there.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from newsfacts.cli.options import add_extractor_arguments, add_input_arguments, extractor_from_args
from newsfacts.cli.progress import Report
from newsfacts.errors import NewsfactsError
from newsfacts.explain import DEFAULT_REASON, Decision
from newsfacts.facts import Fact
from newsfacts.published import parse_published
from newsfacts.readers import read_items
from newsfacts.result import Result

_CONTEXT = 30  # characters of text shown on either side of a candidate


def add_command(commands: Any) -> None:
    """Add the ``explain`` sub-parser to ``commands`` (an argparse sub-parsers action)."""
    explain = commands.add_parser(
        "explain",
        help="show why each candidate of a field was found, or not",
        description=(
            "Extract one field from articles with tracing on and print, for each candidate "
            "the field's plugin decided about, the ordered checks it passed or failed, each "
            "with its reason code and evidence, the decision, and whether the field reports "
            "a fact there. PATH is read as by 'newsfacts extract'. Plugins that decide "
            "without check tables record nothing."
        ),
    )
    add_input_arguments(explain)
    explain.add_argument(
        "--field", required=True, help="the field to explain: locations, people, numbers ..."
    )
    explain.add_argument(
        "--span",
        metavar="TEXT",
        help="only the candidates whose text is TEXT (or, if none is, contains it)",
    )
    explain.add_argument(
        "--json",
        action="store_true",
        help="print JSON Lines: one decision object per line, with the article's place",
    )
    add_extractor_arguments(explain)
    explain.set_defaults(handler=run)


def selected(decisions: Sequence[Decision], span: str | None) -> list[Decision]:
    """The decisions about ``span``: those whose text equals it, or else contains it."""
    if span is None:
        return list(decisions)
    equal = [d for d in decisions if d.text == span]
    return equal or [d for d in decisions if span in d.text]


def run(args: argparse.Namespace) -> int:
    published = parse_published(args.published, date_order=args.date_order)
    extractor = extractor_from_args(args, plugins=[args.field], trace=True)
    if args.field not in {field.name for field in extractor.fields}:
        raise NewsfactsError(f"no field named {args.field!r} is extracted; see 'newsfacts plugins'")
    items = read_items(
        args.files or ["-"],
        input_format=None if args.input_format == "auto" else args.input_format,
        date_order=args.date_order,
    )
    report = Report(quiet=True)
    explained = 0
    try:
        for item in items:
            report.item(item)
            if item.article is None:
                continue
            article = item.article
            if published is not None:
                article = attrs.evolve(article, published=published)
            result = extractor.extract(article)
            decisions = selected([d for d in result.trace if d.field == args.field], args.span)
            explained += len(decisions)
            if args.json:
                for decision in decisions:
                    line = {"article": item.where, **decision.to_dict()}
                    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(explanation(result, args.field, decisions))
    finally:
        report.close()
    if not explained:
        report.say(f"newsfacts: no decision of {args.field} to show")
    return report.exit_code(allow_plugin_errors=True)


def explanation(result: Result, field: str, decisions: Iterable[Decision]) -> str:
    """The plain-text layout of ``newsfacts explain``: a block per candidate."""
    text = result.article.text
    facts = result[field]
    blocks: list[str] = []
    width = max((len(s.check) for d in decisions for s in d.steps), default=0)
    for span, group in _by_span(decisions):
        start, end = span
        before, after = _context(text, start, end)
        lines = [f"{text[start:end]!r} at {start}-{end}: {before}[{text[start:end]}]{after}"]
        for decision in group:
            for step in decision.steps:
                mark = "held  " if step.held else "failed"
                line = f"    {step.check:<{width}}  {mark}  {step.evidence or ''}"
                lines.append(line.rstrip())
            if decision.reason == DEFAULT_REASON:
                lines.append(f"  -> {decision.outcome} (no check held)")
            else:
                lines.append(f"  -> {decision.outcome} ({decision.reason}): {decision.why}")
        lines.append(f"  {_found(facts, start, end)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Whole words of the candidate's line on either side, up to :data:`_CONTEXT` characters."""
    before = text[max(0, start - _CONTEXT) : start].rsplit("\n", 1)[-1]
    if start - len(before) > 0 and text[start - len(before) - 1] not in " \n":
        before = before.partition(" ")[2]  # a word cut short
    after = text[end : end + _CONTEXT].split("\n", 1)[0]
    if end + len(after) < len(text) and text[end + len(after)] not in " \n":
        after = after.rpartition(" ")[0]
    first, last = start - len(before), end + len(after)
    opening = "" if first == 0 or text[first - 1] == "\n" else "…"
    closing = "" if last == len(text) or text[last] == "\n" else "…"
    return opening + before, after + closing


def _by_span(decisions: Iterable[Decision]) -> list[tuple[tuple[int, int], list[Decision]]]:
    groups: dict[tuple[int, int], list[Decision]] = {}
    for decision in decisions:
        groups.setdefault((decision.start, decision.end), []).append(decision)
    return sorted(groups.items(), key=lambda item: item[0])


def _found(facts: Sequence[Fact], start: int, end: int) -> str:
    """Whether the field reports a fact over the candidate, and which."""
    over = [fact for fact in facts if fact.start < end and start < fact.end]
    if not over:
        return "= not found"
    return "= found: " + "; ".join(_describe(fact) for fact in over)


def _describe(fact: Fact) -> str:
    details = {
        key: value
        for key, value in fact.to_dict().items()
        if key not in ("text", "start", "end") and value not in (None, False, "", [])
    }
    shown = ", ".join(f"{key}={value}" for key, value in list(details.items())[:4])
    return f"{fact.text!r} ({shown})" if shown else repr(fact.text)
