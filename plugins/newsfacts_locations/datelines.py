"""The checks of :data:`~newsfacts_locations.checks.CHECKS` that read a name in capitals
or in a dateline: "BOSTON (Reuters) -", "PLEASANTON, Calif", a headline, a section label
("RUGBY UNION - ...")."""

from __future__ import annotations

from newsfacts.plugin import SPORTS_WORDS
from newsfacts_locations import capitals, words
from newsfacts_locations.candidacy import Candidacy


def village_without_state(c: Candidacy) -> bool:
    return c.village and (c.candidate.shouted or c.dated) and not c.qualifier and not opens_prose(c)


def opens_prose(c: Candidacy) -> bool:
    """A dateline before a sentence in lower case ("CALDWELL -- Crews were ..."): the
    place the story comes from; not a label ("CRICKET - England won ...", "JEWELL: Boyd
    Carney and ...")."""
    return (
        c.dated
        and c.following in DATELINE_ENDS
        and not section_label(c)
        and not capitals.shouted(c.sentence.texts)
    )


#: "\x96" and "\x97" are the en and em dash of a Windows-1252 page read as Latin-1, and "_"
#: the dash of a wire's plain-text copy, as the core's dateline reads them
#: (newsfacts.datelines.DATELINE_STOPS).
DATELINE_ENDS = frozenset(("-", "--", "–", "—", "(", ",", "_", "\x96", "\x97"))


def shouted_dateline(c: Candidacy) -> bool:
    return c.candidate.shouted and c.dated and not section_label(c)


def section_label(c: Candidacy) -> bool:
    """A sport's name opening a headline is its section, not a town: "RUGBY UNION - ..."."""
    return c.candidate.key.lower() in SPORTS_WORDS


def shouted_not_well_known(c: Candidacy) -> bool | str:
    if not c.candidate.shouted:
        return False
    if not c.known:
        return "no well-known reading"
    return c.candidate.key in words.AMBIGUOUS and not c.supported and "ambiguous, unsupported"


def shouted(c: Candidacy) -> bool:
    return c.candidate.shouted


def dateline(c: Candidacy) -> bool:
    return c.dated and not section_label(c)
