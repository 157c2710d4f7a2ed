"""A ship named after a person: "the carrier Harry Truman left port", "the aircraft
carrier Charles de Gaulle sailed" name the ship (``data/vessel_nouns.txt``); so do a navy's
prefix and a royal title: "HMS Queen Elizabeth docked" (``data/vessel_prefixes.txt``)."""

from __future__ import annotations

from newsfacts.plugin import read_words

VESSEL_NOUNS = read_words("newsfacts_people", "vessel_nouns.txt")
#: The nouns with the space after them, as they end the text before a ship's name
ENDINGS = tuple(f"{noun} " for noun in sorted(VESSEL_NOUNS))
_REACH = 1 + max(map(len, ENDINGS))  # the noun, its space and the character before it
#: A navy's prefix with the space after it ("HMS ")
PREFIXES = tuple(
    f"{prefix} " for prefix in sorted(read_words("newsfacts_people", "vessel_prefixes.txt"))
)
_PREFIX_REACH = max(map(len, PREFIXES))
#: The prefixes' last two characters ("S " of "HMS "), which stand right before a name
#: after one
PREFIX_ENDS = frozenset(prefix[-2:] for prefix in PREFIXES)


def vessel_before(text: str, start: int) -> bool:
    """Whether a ship's noun stands right before the name at ``start`` ("the frigate ...")."""
    low = max(0, start - _REACH)
    if not text.endswith(ENDINGS, low, start):
        return False
    before = text[low:start].rstrip()
    noun_start = before.rfind(" ") + 1
    # the whole word: "the carrier", not "Ferrycarrier"
    return before[noun_start:] in VESSEL_NOUNS


def ship_prefixed(text: str, start: int, prefix_before: bool = True) -> bool:
    """Whether a navy's prefix opens the run at ``start`` or stands right before it, a word of
    its own ("HMS Queen Elizabeth"; not "THMS Queen"). ``prefix_before``: false if the
    caller has read that the characters before ``start`` end no prefix (see
    :data:`PREFIX_ENDS`)."""
    if text.startswith(PREFIXES, start):
        return True
    # One C-level test first: nearly every run has no prefix before it.
    if not (prefix_before and text.endswith(PREFIXES, max(0, start - _PREFIX_REACH), start)):
        return False
    for prefix in PREFIXES:
        low = start - len(prefix)
        if low >= 0 and text.startswith(prefix, low) and (low == 0 or not text[low - 1].isalnum()):
            return True
    return False
