"""Ages told by their decade: "a man in his 40s", "a woman in her early 30s".

The scan reads no number glued to a letter ("40s") nor a decade written with an apostrophe
("40's", ``data/identifiers.tsv``), and the dates plugin reads a decade of years only with its
century or an apostrophe before it ("the 1990s", "the '90s"): a decade after a possessive
pronoun is a person's age, in years, from its first year to its last ("40s": 40 to
49; "early 30s": 30 to 33, "mid-30s" 34 to 36, "late 30s" 37 to 39).
"""

from __future__ import annotations

import regex

from newsfacts.plugin import Quantity, compiled

_AGE_DECADE = compiled(
    r"""
    # whose age ("his", "her", "their"), and where in the decade ("early", "mid", "late")
    (?<=\b(?i:his|her|their)[ \t]+(?:(?P<part>early|mid|late)[- \t]?)?)
    (?P<decade>[1-9]0)['’]?s\b  # "40s", "40's"
    """,
    flags=regex.VERBOSE,
)
# The years of a decade a word before it names: "early 30s" are 30 to 33
_PARTS = {"": (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def age_decades(text: str) -> list[Quantity]:
    """The ages of ``text`` told by their decade, each in years of age from its first year
    to its last."""
    if "0s" not in text and "0's" not in text and "0’s" not in text:
        return []  # most texts: no decade written (the quick tests, in C)
    found = []
    for match in _AGE_DECADE.finditer(text):
        decade = int(match.group("decade"))
        first, last = _PARTS[(match.group("part") or "").lower()]
        found.append(
            Quantity.at(
                text,
                match.start(),
                match.end(),
                value=decade + first,
                low=decade + first,
                high=decade + last,
                kind="measure",
                unit="year of age",
            )
        )
    return found
