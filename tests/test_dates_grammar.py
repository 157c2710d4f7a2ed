"""The dates grammar writes each word list as a trie (``newsfacts.plugin.alternation``):
"sept|september|saturday" as "s(?:aturday|ept(?:ember|))", where the regex module then tries
one entry per first letter where the plain alternation tried every word. It must match what
the plain alternation of the same words, longest first, matches: the same stretch, at the
same place, in any case.
"""

from __future__ import annotations

import pytest
import regex

from newsfacts.plugin import alternation
from newsfacts_dates.grammar import LISTS, _expand


def _plain(ordered: list[str]) -> str:
    return "(?:" + "|".join(regex.escape(word).replace(r"\ ", " ") for word in ordered) + ")"


def _texts(words: list[str]) -> list[str]:
    """Each word as written in news (as it is, capitalized, in capitals), cut short, run on
    into a longer word, and followed by the words a rule reads next."""
    texts = ["", "the government said", "Wednesday's vote", "over 18 years", "in mid-2025"]
    for word in words:
        for written in (word, word.capitalize(), word.upper()):
            texts += [written, written[:-1], written + "s", written + " of 2025", written + "-"]
    return texts


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_word_list_matches_as_its_plain_alternation(name: str) -> None:
    ordered = LISTS[name]
    pattern = alternation(ordered, fold=True, any_space=False)
    grouped = regex.compile("(?:" + pattern + ")(?!\\w)", regex.IGNORECASE)
    plain = regex.compile(_plain(ordered) + "(?!\\w)", regex.IGNORECASE)
    for text in _texts(ordered):
        found, expected = grouped.match(text), plain.match(text)
        assert (found and found.span()) == (expected and expected.span()), text


# "around" read as "about" (PMOD) and "over" as "more than" (DURATION_MOD) but after the words
# that make them a particle or a preposition, read back from after the word: at the word, the
# stretch of the macro's match (None: no match).
_AROUND_AND_OVER = [
    ("PMOD", "They met around Wednesday.", "around"),
    ("PMOD", "Landlords found a way to get around Wednesday's order.", None),
    ("PMOD", "LANDLORDS FOUND A WAY TO GET AROUND WEDNESDAY'S ORDER.", None),
    ("PMOD", "Nobody got around to it.", None),
    ("PMOD", "There is no way around March 1.", None),
    ("PMOD", "The budget target around March 1.", "around"),
    ("PMOD", "He forgot around March 1.", "around"),
    ("DURATION_MOD", "He has worked there for over two years.", "over"),
    ("DURATION_MOD", "He has worked there FOR OVER two years.", "OVER"),
    ("DURATION_MOD", "The hearing lasted just over an hour.", "over"),
    ("DURATION_MOD", "The gas tax rises over three years.", None),
    ("DURATION_MOD", "The wait was over the years.", None),
    ("DURATION_MOD", "Talks dragged on over 18 years of age.", "over"),
]


@pytest.mark.parametrize(("macro", "text", "expected"), _AROUND_AND_OVER)
def test_around_and_over_are_read_after_the_word_before(
    macro: str, text: str, expected: str | None
) -> None:
    pattern = regex.compile(_expand("{" + macro + "}"), regex.IGNORECASE)
    start = regex.search(r"(?i)\b(?:around|over)\b", text).start()  # type: ignore[union-attr]
    found = pattern.match(text, start)
    assert (found and found.group()) == expected
