"""Teams listed with a team: "promotion rivals Kent , Durham and Surrey all slipped",
"v Hampshire or Kent or Sussex ( four days )".

In a sports report, the phrasing around a list of sides names one of them ("promotion rivals
Kent"), not each: the names listed with a team, set apart from it by a comma, "and" or "or"
only, are teams too. A list is joined by "and" or "or" once at least: a comma alone sets off
a clause or a place ("At Hove , Sussex captain Tom Ward", "Beyond Cairo , Liverpool
have academies"). A name the rules set aside (a player's bracketed country, a nationality)
is no part of a list, and breaks it.
"""

from __future__ import annotations

from collections.abc import Sequence

# What stands between two names of one list: ",", "and", "or", ", and", ", or"
_LINKS = frozenset(((",",), ("and",), ("or",), (",", "and"), (",", "or")))
_COMMA = (",",)
_JOINS = frozenset(("and", "or"))


def listed_with_teams(
    lowered: Sequence[str], parts: Sequence[tuple[int, int]], teams: Sequence[bool]
) -> list[bool]:
    """Which of ``parts`` (the names of a sentence, as units first to last, in order; its
    words ``lowered``) are teams: those ``teams`` says, and those listed with one of them."""
    found = list(teams)
    group: list[int] = []  # the parts of the list read so far
    joined = False  # whether "and" or "or" links two of them
    for index, (first, last) in enumerate(parts):
        # "and" inside a name's part: "Derbyshire and Surrey" (a run of names holds it)
        inner = not _JOINS.isdisjoint(lowered[first:last])
        link = tuple(lowered[parts[group[-1]][1] : first]) if group else None
        if link in _LINKS:
            group.append(index)
            joined = joined or inner or link != _COMMA
            continue
        _spread(found, group, joined)
        group, joined = [index], inner
    _spread(found, group, joined)
    return found


def _spread(found: list[bool], group: list[int], joined: bool) -> None:
    """A list joined by "and" or "or" holding a team: all of it teams."""
    if joined and any(found[index] for index in group):
        for index in group:
            found[index] = True
