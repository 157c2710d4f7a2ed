"""The fact type of the ``people`` field."""

from __future__ import annotations

import attrs

import newsfacts


@attrs.frozen(kw_only=True)
class Person(newsfacts.Fact):
    """One mention of a person.

    ``name`` is the fullest form of the person's name found anywhere in the article, shared
    by every mention of that person: "Mr Starmer" and "Starmer" both carry "Keir Starmer"
    when the article names him in full once. ``title`` is an honorific or title written
    with the mention ("Mr", "president"); ``role`` a describing phrase next to a mention of
    the person ("Kremlin spokesperson", "head of the Kyiv Regional Administration"), shared
    by all mentions of that person.
    """

    name: str
    title: str | None = None
    role: str | None = None
