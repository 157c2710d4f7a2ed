"""Chinese names written surname first in pinyin, without a title: "Wang Yi held talks",
"Li Qiang chaired the meeting". A common surname (``data/chinese_surnames.txt``) before a
given name of one or two pinyin syllables is a person's name; a given-name list could never
hold the thousands of Chinese given names, but their spelling tells them."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts.plugin import compiled, read_words

SURNAMES = read_words("newsfacts_people", "chinese_surnames.txt")

# One pinyin syllable: an initial (or none) and a final, longest first. "Xuexiang" is
# x-ue x-iang, "Lijian" l-i j-ian, "Qiang" q-iang, "Yi" y-i.
_SYLLABLE = r"""
    (?: zh | ch | sh | [bpmfdtnlgkhjqxrzcsyw] )?
    (?: iang | iong | uang | ueng | ang | eng | ing | ong | ian | iao | uai | uan | van
      | ai | ei | ao | ou | an | en | in | un | ia | ie | iu | ua | uo | ue | ui | er
      | a | o | e | i | u | v )
"""
# A given name: one or two syllables, capitalized ("Yi", "Jinping"), letters only.
_GIVEN_NAME = compiled(rf"(?=[A-Z][a-z]+$) (?i: (?:{_SYLLABLE}){{1,2}} )", flags=regex.VERBOSE)


def chinese_name(words: Sequence[str]) -> bool:
    """Whether two words are a Chinese surname and a pinyin given name: "Wang Yi"."""
    return (
        len(words) == 2
        and words[0] in SURNAMES
        and len(words[1]) >= 2
        and _GIVEN_NAME.fullmatch(words[1]) is not None
    )
