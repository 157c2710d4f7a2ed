"""A portfolio of words joined by "and" and commas before a title, as British and
Australian news writes a minister's: "Work and Pensions Secretary", "Culture, Media and Sport
Secretary", and the possessive "State's Attorney". Read by
:func:`newsfacts_people.candidates.group_mentions` (before a name) and
:func:`newsfacts_people.roles.apposed_before` (set off by commas: "The Work and Pensions
Secretary, Liz Kendall, said")."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_people import lexicon as lx

# How many words back the portfolio may start
_REACH = 10

# A portfolio word and what joins it to the next, read backwards: "Work| and |Pensions
# Secretary", "Culture|, |Media and Sport Secretary", "Energy| |Security and Trade", and
# a possessive: "State|'s |Attorney"
_PORTFOLIO_STEP = compiled(
    r"""
    \b(?P<word>\p{Lu}[\p{L}'’-]*)
    (?P<join>,[ ]and[ ]|,[ ]|[ ]and[ ]|['’]s[ ]|[ ])
    \G
    """,
    flags=regex.REVERSE | regex.VERBOSE,
)

# The joins that do not join a portfolio's last word to the title: the title's own words,
# read already ("Health| |Secretary"), and a comma setting the title off
_NOT_LAST_JOINS = frozenset({" ", ", "})


def portfolio_start(text: str, start: int, first: str) -> int:
    """Where a portfolio of words joined by "and" and commas starts, when a title at
    ``start`` ends it: "Work and| Pensions Secretary", "Culture, Media and| Sport Secretary";
    ``start`` if none. Every word read back is a portfolio's (``data/title_modifiers.txt``),
    and so is the title's first word, ``first``: not "Starmer and| Health Secretary Wes
    Streeting", two people, nor "the Senate and| President Barack Obama", two offices; and
    the last is joined by "and": not "the Senate|, Chief Ike Ekweremadu"."""
    found = start
    position = start
    for index in range(_REACH):
        step = _PORTFOLIO_STEP.search(text, max(0, position - 40), position)
        if step is None or step["word"] not in lx.TITLE_MODIFIERS:
            break
        join = step["join"]
        if index == 0 and (
            join in _NOT_LAST_JOINS or (first not in lx.TITLE_MODIFIERS and join[1:] != "s ")
        ):
            break  # the title's own words, read already; a comma setting off the title
        if join[1:] == "s ":
            # "State's Attorney Dan Wright", as Illinois and Maryland name their
            # prosecutors: a possessive right before the title only, and the portfolio's
            # first word
            return step.start() if index == 0 else found
        position = found = step.start()
    return found
