"""The forms a gazetteer name is looked up in: a word in capitals in title case ("NEW YORK"),
its possessive ending stripped ("Ukraine's"), the head of a compound ("Washington-based").

(Split from :mod:`newsfacts_locations.matching`, whose matcher looks these forms up.)
"""

from __future__ import annotations

from collections.abc import Container
from itertools import compress

from newsfacts.plugin import prefixed_title
from newsfacts_locations.leads import hyphened_title, letters, lower_case_form, title_form

POSSESSIVES = ("’s", "'s", "’", "'")

# Small words inside names, in lower case in the gazetteer's keys ("Isle of Palms",
# "Trinidad and Tobago"): in capitals, looked up as such ("ISLE OF PALMS --").
INNER_WORDS = frozenset({"OF", "AND", "ON", "UPON"})


def lookup_form(text: str, caps: bool) -> str:
    """The form to look up: title case for a word in capitals ("NEW YORK", "ITALY"), after
    its prefix in a sentence or a dateline in capitals ("DeKALB", "McALLEN")."""
    if caps and text in INNER_WORDS:
        return text.lower()
    if ((caps and len(text) > 1) or len(text) > 3) and text.isupper() and letters(text):
        return title_form(text)
    if caps and text[-1:].isupper() and not text.isupper():
        return prefixed_title(text) or text
    if caps and "-" in text and text.isupper():
        return hyphened_title(text)
    return text


def strip_possessive(text: str) -> str:
    """``text`` without its possessive ending ("Ukraine's", "Texas'"), where a word is left."""
    lowered = text.lower()
    for ending in POSSESSIVES:
        if lowered.endswith(ending) and len(text) > len(ending) + 1:
            return text[: -len(ending)]
    return text


def lookup_forms(
    texts: list[str], caps: bool, caps_until: int, keys: Container[str] = ()
) -> list[str]:
    """The forms to look up, one for each token's text (see :func:`lookup_form`); a word in
    capitals that is one of ``keys`` as written stays so in a sentence in lower case ("the
    DPRK and the United States", not "Dprk")."""
    if caps:
        return [lookup_form(text, True) for text in texts]
    # lookup_form(text, False) for the words in capitals only: the rest are their own forms
    found = texts.copy()
    for index in compress(range(len(texts)), map(str.isupper, texts)):
        found[index] = lower_case_form(texts[index], keys)
    for index in range(min(caps_until, len(texts))):
        found[index] = lookup_form(texts[index], True)
    return found


def variants(word: str) -> list[tuple[str, bool]]:
    """The word, then its possessive-less and its hyphen-head forms (with "is a compound"),
    for a word with a possessive or a hyphen to strip ("Ukraine's", "Washington-based")."""
    forms = [(word, False)]
    stripped = strip_possessive(word)
    if stripped != word:
        forms.append((stripped, False))
    if "-" in word[1:]:
        forms.append((word.split("-", 1)[0], True))
    return forms
