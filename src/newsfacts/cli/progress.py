"""What ``newsfacts extract`` tells on stderr: problems as they come, progress, a summary.

Every bad item gets one line (``newsfacts: error: corpus.jsonl:17: text: missing``), every
caveat one warning line, every distinct plugin failure one line; skipped records are counted.
A progress bar (tqdm) is drawn only when stderr is a terminal, and the summary line closes the
run unless ``--quiet``.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

from newsfacts.items import ReadItem
from newsfacts.result import Result

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_PLUGIN_FAILURE = 3

#: Seconds between two redraws of the progress bar.
PROGRESS_INTERVAL = 0.5


class Report:
    """Counts and messages of one run (a mutable tally, owned by that run alone)."""

    def __init__(self, fields: Iterable[str] = (), *, quiet: bool = False) -> None:
        self.quiet = quiet
        self.began = time.perf_counter()
        self.articles = self.words = self.errors = self.skipped = self.warnings = 0
        self.plugin_failures = 0
        self.facts: Counter[str] = Counter(dict.fromkeys(fields, 0))
        self._told_failures: set[tuple[str, str | None, str, str]] = set()
        self._bar: Any = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm  # only when there is a terminal to draw on

            self._bar = tqdm(
                unit=" articles",
                file=sys.stderr,
                mininterval=PROGRESS_INTERVAL,
                dynamic_ncols=True,
                leave=False,
            )

    def say(self, line: str) -> None:
        """One line on stderr, kept clear of the progress bar."""
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            sys.stderr.write(line + "\n")

    def item(self, item: ReadItem) -> None:
        """Tell and count what the reader found besides an article."""
        if item.warning:
            self.warnings += 1
            self.say(f"newsfacts: warning: {item.where}: {item.warning}")
        if item.error is not None:
            self.errors += 1
            self.say(f"newsfacts: error: {item.error}")
        elif item.skipped is not None:
            self.skipped += 1

    def result(self, where: str, result: Result) -> None:
        """Count an article's words and facts; tell its plugin failures (each kind once)."""
        self.articles += 1
        self.words += len(result.article.text.split())
        for name, facts in result.facts.items():
            self.facts[name] += len(facts)
        for failure in result.errors:
            self.plugin_failures += 1
            key = (failure.plugin, failure.field, failure.error_type, failure.message)
            if key not in self._told_failures:
                self._told_failures.add(key)
                field = f" (field {failure.field})" if failure.field else ""
                self.say(
                    f"newsfacts: plugin error: {where}: {failure.plugin}{field}: "
                    f"{failure.error_type}: {failure.message}"
                )
        if self._bar is not None:
            rate = self.words / max(time.perf_counter() - self.began, 1e-9)
            self._bar.set_postfix_str(f"{rate:,.0f} words/s, {self.errors} errors", refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        """Remove the progress bar and write the summary line (unless quiet)."""
        if self._bar is not None:
            self._bar.close()
        if not self.quiet:
            self.say(f"newsfacts: {self.summary()}")

    def summary(self) -> str:
        """Articles, words, seconds, facts per field, errors, skipped, warnings, failures."""
        seconds = time.perf_counter() - self.began
        facts = ", ".join(f"{name} {count:,}" for name, count in self.facts.items()) or "none"
        failures = f", {_count(self.plugin_failures, 'plugin failure')}"
        return (
            f"{_count(self.articles, 'article')} ({_count(self.words, 'word')}) in "
            f"{seconds:.1f} s; facts: {facts}; {_count(self.errors, 'error')}, "
            f"{self.skipped:,} skipped, {_count(self.warnings, 'warning')}"
            + (failures if self.plugin_failures else "")
        )

    def exit_code(self, *, allow_plugin_errors: bool) -> int:
        """1 when an item could not be read, else 3 on plugin failures not allowed, else 0."""
        if self.errors:
            return EXIT_BAD_INPUT
        if self.plugin_failures and not allow_plugin_errors:
            return EXIT_PLUGIN_FAILURE
        return EXIT_OK


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")
