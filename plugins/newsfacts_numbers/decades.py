"""Ages and temperatures told by their decade: "a man in his 40s", "a woman in her early
30s", "highs in the low 80s".

The scan reads no number glued to a letter ("40s") nor a decade written with an apostrophe
("40's", ``data/identifiers.tsv``), and the dates plugin reads a decade of years only with its
century or an apostrophe before it ("the 1990s", "the '90s"): a decade after a possessive
pronoun is a person's age, in years, from its first year to its last ("40s": 40 to
49; "early 30s": 30 to 33, "mid-30s" 34 to 36, "late 30s" 37 to 39). So is a decade after
"the" a few words after a word of temperature ("highs", "lows", "temperatures"), in degrees:
"highs in the low 80s" are 80 to 83, "lows in the upper 20s" 27 to 29.
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
# A temperature's decade: a word of temperature, up to 40 characters of its sentence, a
# word leading to the value and "the" ("Highs will climb into the mid-60s", "lows in the
# upper 20s", "temperatures will struggle to reach the low 20s"); read backwards from the
# decade (REVERSE, anchored by \G), which _DECADE finds first: the look back is tried at the
# few decades of a text only.
_TEMPERATURE_BEFORE = compiled(
    r"""\b(?i:highs?|lows?|temperatures?|readings|the[ \t]mercury|wind[ \t]chills?)\b
    [^.;!?\n]{0,40}?
    \b(?i:in|into|to|near|around|reach|hit|top)[ \t]+the[ \t]+
    (?:(?P<part>(?i:low|lower|mid|middle|upper|high))[- \t]?)?\G""",
    flags=regex.VERBOSE | regex.REVERSE,
)
# A decade of degrees: one or two digits before the "0" ("80s", "100s"; not "the 1990s")
_DECADE = compiled(r"(?<![\d.,'’])(?P<decade>(?:1[0-2]|[1-9])0)s\b")
_TEMPERATURE_REACH = 96
# The units of a decade a word before it names: "early 30s" are 30 to 33, "upper 20s" 27 to
# 29
_PARTS = {
    "": (0, 9),
    "early": (0, 3),
    "low": (0, 3),
    "lower": (0, 3),
    "mid": (4, 6),
    "middle": (4, 6),
    "late": (7, 9),
    "upper": (7, 9),
    "high": (7, 9),
}


def decade_measures(text: str) -> list[Quantity]:
    """The ages of ``text`` told by their decade, each in years of age from its first year
    to its last, and its temperatures so told, in degrees."""
    if "0s" not in text and "0's" not in text and "0’s" not in text:
        return []  # most texts: no decade written (the quick tests, in C)
    found = [
        _decade(text, match, match.group("part"), "year of age")
        for match in _AGE_DECADE.finditer(text)
    ]
    for match in _DECADE.finditer(text):
        start = match.start()
        led = _TEMPERATURE_BEFORE.search(text, max(0, start - _TEMPERATURE_REACH), start)
        if led is not None:
            found.append(_decade(text, match, led.group("part"), "degree"))
    return sorted(found, key=lambda quantity: quantity.start)


def _decade(text: str, match: regex.Match[str], part: str | None, unit: str) -> Quantity:
    """The measure of the decade ``match`` names (``part`` of it: "early", "mid"...), from
    its first unit to its last."""
    decade = int(match.group("decade"))
    first, last = _PARTS[(part or "").lower()]
    return Quantity.at(
        text,
        match.start("decade"),
        match.end(),
        value=decade + first,
        low=decade + first,
        high=decade + last,
        kind="measure",
        unit=unit,
    )
