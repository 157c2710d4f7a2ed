"""A plugin that misbehaves on request, for the tests of worker processes.

Its ``trouble`` field finds the word "OK"; an article containing FAIL makes it raise, SLOW
makes it sleep (a timer signal stops it), STUCK makes it loop swallowing every exception
(only killing the process stops it) and CRASH ends its process on the spot. Worker processes
import this module by name (``parallel_plugins``, on ``sys.path`` under pytest), so the
extractor factories below are picklable.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Mapping, Sequence

import attrs
import regex

import newsfacts


@attrs.frozen(kw_only=True)
class Trouble(newsfacts.Fact):
    """The word OK."""


FIELD = newsfacts.Field("trouble", Trouble, "The word OK, or trouble on request.")
OK = regex.compile(r"\bOK\b")


@newsfacts.hookimpl
def newsfacts_fields() -> Sequence[newsfacts.Field]:
    return [FIELD]


@newsfacts.hookimpl
def newsfacts_extract(
    document: newsfacts.Document,
    field: newsfacts.Field,
    facts: Mapping[str, Sequence[newsfacts.Fact]],
) -> Sequence[newsfacts.Fact] | None:
    if field.name != FIELD.name:
        return None
    text = document.text
    if "FAIL" in text:
        raise ValueError("this article asked to fail")
    if "CRASH" in text:
        os._exit(3)
    if "SLOW" in text:
        time.sleep(600)
    while "STUCK" in text:
        with contextlib.suppress(BaseException):  # on purpose: nothing stops it but a kill
            time.sleep(600)
    return [Trouble.at(text, match.start(), match.end()) for match in OK.finditer(text)]


def trouble_extractor(strict: bool = False) -> newsfacts.Extractor:
    """An extractor of numbers (and the dates they need) and of the trouble field."""
    return newsfacts.Extractor(
        ["numbers", "trouble"], strict=strict, extra_plugins=[sys.modules[__name__]]
    )


def strict_trouble_extractor() -> newsfacts.Extractor:
    return trouble_extractor(strict=True)
