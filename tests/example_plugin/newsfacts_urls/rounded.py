"""A plugin replacing the built-in ``numbers`` field: every number rounded to tens.

Not registered as an entry point (that would replace numbers for everyone who installs the
example); ``docs/plugins.rst`` uses it with ``Extractor(extra_plugins=[rounded])``.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import NUMBERS, Document, FactMap, Quantity, Register, hookimpl

DIGITS = regex.compile(r"\d++")


def rounded_numbers(document: Document, needed: FactMap, options: None) -> list[Quantity]:
    return [
        Quantity.at(document.text, m.start(), m.end(), value=round(int(m.group()), -1))
        for m in DIGITS.finditer(document.text)
    ]


@hookimpl
def newsfacts_register_fields(register: Register) -> None:
    register(NUMBERS, rounded_numbers, replaces=True)
