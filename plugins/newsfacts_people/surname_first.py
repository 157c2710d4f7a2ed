"""Names written family name first, without a title: Chinese ("Wang Yi held talks", "Li
Qiang chaired the meeting"), Korean ("Park Geun-hye was impeached") and Vietnamese ("Pham
Minh Chinh visited Hanoi"). A common family name of the custom
(``data/surnames_first.tsv``) before a given name spelled as that custom spells them is a
person's name: no list could hold these given names, but their spelling tells them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import regex

from newsfacts.plugin import compiled, read_table, read_words

Custom = Literal["chinese", "korean", "vietnamese"]


def _customs() -> dict[str, frozenset[str]]:
    customs: dict[str, frozenset[str]] = {}
    for name, custom in read_table("newsfacts_people", "surnames_first.tsv", columns=2):
        customs[name] = customs.get(name, frozenset()) | {custom}
    return customs


#: family name -> the customs it is of ("Kang": Chinese and Korean)
CUSTOMS = _customs()

# One pinyin syllable: an initial (or none) and a final, longest first. "Xuexiang" is
# x-ue x-iang, "Lijian" l-i j-ian, "Qiang" q-iang, "Yi" y-i.
_SYLLABLE = r"""
    (?: zh | ch | sh | [bpmfdtnlgkhjqxrzcsyw] )?
    (?: iang | iong | uang | ueng | ang | eng | ing | ong | ian | iao | uai | uan | van
      | ai | ei | ao | ou | an | en | in | un | ia | ie | iu | ua | uo | ue | ui | er
      | a | o | e | i | u | v )
"""
# A Chinese given name: one or two pinyin syllables, capitalized ("Yi", "Jinping").
_PINYIN = compiled(rf"(?=[A-Z][a-z]+$) (?i: (?:{_SYLLABLE}){{1,2}} )", flags=regex.VERBOSE)
# A Korean given name: two syllables joined by a hyphen ("Geun-hye", "Sang-mok", "Jae-in").
_HYPHENED = compiled(r"\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}")
# A word of a Vietnamese name: one syllable ("Minh", "Phú", "Trọng").
_SYLLABLE_WORD = compiled(r"\p{Lu}\p{Ll}{1,4}")


def _fits(custom: str, given: Sequence[str]) -> bool:
    """Whether ``given`` (the words after the family name) are spelled as ``custom`` spells
    given names."""
    if custom == "chinese":
        return len(given) == 1 and len(given[0]) >= 2 and bool(_PINYIN.fullmatch(given[0]))
    if custom == "korean":
        return len(given) == 1 and bool(_HYPHENED.fullmatch(given[0]))
    return len(given) == 2 and all(_SYLLABLE_WORD.fullmatch(word) for word in given)


def surname_first(words: Sequence[str]) -> Custom | None:
    """The custom of a name written family name first ("Wang Yi": "chinese"), or None."""
    for custom in sorted(CUSTOMS.get(words[0], ())) if len(words) > 1 else ():
        if _fits(custom, words[1:]):
            return custom  # type: ignore[return-value]
    return None


#: Vietnamese family names spelled as English function words ("To" of "To Lam")
FAMILY_FUNCTION_WORDS = read_words("newsfacts_people", "family_function_words.txt")


def function_word_opens(words: Sequence[str], index: int) -> bool:
    """Whether the function word at ``index`` is the family name opening a Vietnamese name
    of two words, the run's last two: "President To Lam" (Tô Lâm), not "To Kill a ..." nor
    "Heads To Rome" (a word of six letters or more, or capitalized as no syllable is)."""
    return (
        index == len(words) - 2
        and words[index] in FAMILY_FUNCTION_WORDS
        and bool(_SYLLABLE_WORD.fullmatch(words[-1]))
    )
