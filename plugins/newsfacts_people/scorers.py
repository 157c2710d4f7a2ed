"""The scorers of a match report's results: a line labelled "Scorers:" lists people by their
names and the minutes of their goals ("Scorers: Shearer 12, Fowler 67 pen", "Scorer: Sergei
Rebrov (79th minute)"). A name there with a minute after it is a person's, a surname alone
too; a team's name before a dash is none ("Brazil - Giovanni (14th)"). And a pitcher's
record in brackets after a name of two words in a sports report, as baseball reports write
it: "Logan Gilbert (9-7) allowed three runs", "lefty Framber Valdez (13-6, 2.91 ERA)"."""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsfacts.plugin import compiled
from newsfacts_people import lexicon as lx
from newsfacts_people.candidates import Mention

# The label of a scorers' line, looked for from the line's start to the name: a scorer's
# name stands at most this many characters after it.
_REACH = 300
_LABEL = compiled(
    r"""
    (?<!\p{L})(?:
      (?:Goal)?[Ss]corers?[ ]*+[:\-]   # "Scorers:", "Goalscorer -", "scorers:"
      |Goals[ ]*+:                     # "Goals:"
    )
    """,
    regex.VERBOSE,
)
# A label alone on its line, and lines of scorers after it (no blank line) up to the name
_BLOCK = compiled(
    r"""
    (?<![\p{L}])(?:Goal)?[Ss]corers?[ ]*+:[ ]*+\n   # "Scorers :" ending its line
    (?:[^\n]++\n)*+                                 # the lines of scorers before the name's
    [^\n]*+\Z
    """,
    regex.VERBOSE,
)
# A goal's minute right after a scorer's name: "12", "(5th)", "(11th, 61st)", "81st minute",
# "90+2", "67'"; then a comma, a bracket, a full stop or the line's end, or "pen" or "og".
_MINUTE = compiled(
    r"""
    [ ]*+\(?[ ]*+
    \d{1,3}(?:\+\d{1,2})?(?:st|nd|rd|th|['’])?           # "12", "61st", "90+2", "67'"
    (?:[ ]*+min(?:ute)?s?\b)?                            # "81st minute"
    (?=[ ]*+(?:[,;()\n.]|pen\b|o\.?g\.?|\Z))
    """,
    regex.VERBOSE,
)


def scorers(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, those of a scorers' line with a minute after them made sure."""
    if "corer" not in text and "Goals" not in text:
        return mentions  # most articles: no scorers' line
    return [
        mention._replace(sure=True)
        if not mention.sure and not mention.not_a_person and _scored(text, mention)
        else mention
        for mention in mentions
    ]


# A pitcher's wins and losses in brackets right after his name, alone or before his earned run
# average: "(9-7)", "(11-8, 3.54 ERA)", "(13-6, 2.91)"; not a score in a sentence ("(2-1)"
# after a team of one word is its record too: a name of two words is asked).
_RECORD = compiled(r"[ ]\(\d{1,2}-\d{1,2}(?:\)|,[ ]\d\.\d\d(?:[ ]ERA)?\))")


def pitchers(
    text: str, mentions: list[Mention], sports_report: Callable[[], bool]
) -> list[Mention]:
    """The mentions, those of two words followed by a pitcher's record made sure in a sports
    report (see _RECORD); not a name opening with a place's word ("Seattle Mariners (80-70)":
    a team), nor one the article writes after "the" ("beat the Tacoma Tides")."""
    if " (" not in text or not sports_report():
        return mentions  # most articles: no bracket after a name, or no sports report
    return [
        mention._replace(sure=True)
        if not mention.sure
        and not mention.not_a_person
        and len(mention.words) == 2
        and mention.words[0] not in lx.PLACES
        and _RECORD.match(text, mention.end, mention.end + 20, lx.CONCURRENT) is not None
        and not _after_the(text, mention.written)
        else mention
        for mention in mentions
    ]


def _after_the(text: str, name: str) -> bool:
    return f"the {name}" in text or f"The {name}" in text


def _scored(text: str, mention: Mention) -> bool:
    """Whether ``mention`` stands in a scorers' line with a minute after it."""
    if _MINUTE.match(text, mention.end, mention.end + 24, lx.CONCURRENT) is None:
        return False
    low = max(0, mention.start - _REACH)
    line_start = text.rfind("\n", low, mention.start) + 1
    if _LABEL.search(text, max(low, line_start), mention.start, lx.CONCURRENT) is not None:
        return True
    # a label alone on a line above, each team's scorers on a line of their own: "Scorers
    # :\nPortugal - Rui Fontes ( 12th )\nAustria - Jonas Pichlmair ( 77th )"
    block = _BLOCK.search(text, low, mention.start, lx.CONCURRENT)
    return block is not None
