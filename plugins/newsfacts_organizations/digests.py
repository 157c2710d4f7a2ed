"""The newspapers of a press digest: a wire's summary of the day's papers names each paper on
a line of its own, in capitals, before its stories ("PRESS DIGEST - Morocco - May 12 . ...
LE MATIN / - The central bank kept its rate ..."). Such a line is the paper's name, kind
``media``, whatever words it holds ("REPUBLIKA", "MEDIA INDONESIA", "LE TEMPS"); not the
digest's own title, a dateline ("TUNIS 1996-08-31": digits) nor a section's heading
(``data/digest_labels.txt``: "FRONT PAGE")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

import newsfacts
from newsfacts.plugin import Organization, compiled, read_words
from newsfacts_organizations.lexicon import PACKAGE

# What tells a press digest, near the text's start: its title, or the wire's warning that
# it has not checked the papers' stories ("Reuters has not verified these stories")
_DIGEST = compiled(
    r"""PRESS[ ]DIGEST
      | ha(?:s|ve)[ ]not[ ](?:verified|checked)[ ](?:these|the)[ ](?:stories|reports)""",
    flags=regex.VERBOSE,
)
# How far into the text the digest's marks are looked for
_DIGEST_REACH = 1000
# Words one of which every match of _DIGEST holds: looked for first, with str.find in C (the
# pattern read each of the opening characters of every article, nearly none a digest's).
_DIGEST_WORDS = ("PRESS DIGEST", "not verified", "not checked")
# A line of one to five words in capitals (letters, and "'", "&", "." or "-" inside a word):
# "KOMPAS", "JAKARTA POST", "LA PRESSE", "AL-AHRAM", "LE TEMPS" (not "TUNIS 1996-08-31")
_PAPER_LINE = compiled(
    r"""^[ \t]*+
      (?P<name>\p{Lu}[\p{Lu}'’&.-]*+(?:[ ]\p{Lu}[\p{Lu}'’&.-]*+){0,4})
      [ \t]*+$""",
    flags=regex.VERBOSE | regex.MULTILINE,
)
_LABELS = read_words(PACKAGE, "digest_labels.txt")


def paper_lines(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the papers' names on lines of their own in a press digest; none in
    any other text."""
    if not _may_be_digest(text):
        return  # nearly every article
    if _DIGEST.search(text, 0, _DIGEST_REACH) is None:
        return
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    for found in _PAPER_LINE.finditer(text, first_line_end + 1):
        words = found["name"].split()
        if _LABELS.isdisjoint(words):
            yield found.start("name"), found.end("name")


def _may_be_digest(text: str) -> bool:
    """Whether the opening of ``text`` holds a word of _DIGEST_WORDS: each looked for in C,
    mapped over them (a generator's step for each word cost more than its search)."""
    return any(map(text[:_DIGEST_REACH].__contains__, _DIGEST_WORDS))


def with_papers(text: str, facts: list[Organization]) -> list[Organization]:
    """``facts`` and the papers a press digest names on lines of their own that no fact
    covers: "LE TEMPS", "REPUBLIKA" (a listed paper, "KOMPAS", is found already)."""
    if not _may_be_digest(text):
        return facts  # nearly every article: no generator made for its lines
    lines = list(paper_lines(text))
    if not lines:
        return facts  # a digest's words, but no paper's line
    taken = newsfacts.SpanSet(facts)
    papers = [
        Organization.at(text, start, end, name=text[start:end], acronym=None, kind="media")
        for start, end in lines
        if not taken.overlaps(start, end)
    ]
    if not papers:
        return facts  # every paper of the digest found already
    return sorted([*facts, *papers], key=lambda fact: fact.start)
