"""A plugin that misbehaves on request, for the tests of worker processes.

Its ``trouble`` field finds the word "OK"; an article containing FAIL makes it raise, SLOW
makes it sleep (a timer signal stops it), PAUSE makes it take half a second, STUCK makes it
loop swallowing every exception (only killing the process stops it) and CRASH ends its
process on the spot. Worker processes import this module by name (``parallel_plugins``, on
``sys.path`` under pytest), so the extractor factories below are picklable.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time

import attrs
import regex

import newsfacts
from newsfacts.plugin import Document, Fact, FactMap, Field, Register, hookimpl


@attrs.frozen(kw_only=True)
class Trouble(Fact):
    """The word OK."""


TROUBLE = Field("trouble", Trouble, "The word OK, or trouble on request.")
OK = regex.compile(r"\bOK\b")


def extract_trouble(document: Document, needed: FactMap, options: None) -> list[Trouble]:
    text = document.text
    if "FAIL" in text:
        raise ValueError("this article asked to fail")
    if "CRASH" in text:
        os._exit(3)
    if "SLOW" in text:
        time.sleep(600)
    if "PAUSE" in text:
        time.sleep(0.5)
    while "STUCK" in text:
        with contextlib.suppress(BaseException):  # on purpose: nothing stops it but a kill
            time.sleep(600)
    return [Trouble.at(text, match.start(), match.end()) for match in OK.finditer(text)]


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    register(TROUBLE, extract_trouble)


def trouble_extractor(strict: bool = False) -> newsfacts.Extractor:
    """An extractor of numbers (and the dates they need) and of the trouble field."""
    return newsfacts.Extractor(
        ["numbers", "trouble"], strict=strict, extra_plugins=[sys.modules[__name__]]
    )


def strict_trouble_extractor() -> newsfacts.Extractor:
    return trouble_extractor(strict=True)
