"""The names of the months and weekdays, one table every field reads alike.

The dates field reads a month's or a weekday's name as a date ("Sept. 9", "on Monday");
the other fields must read none of them as part of a name: the organizations field trims
them off a name's ends ("Monday Acme said"), the people field ends a name before one
("Ruiz Monday"), the locations field reads none as a place and the numbers field none as
what a number counts ("two Mondays" aside). They read the same rows, :data:`MONTHS`
(``newsfacts/data/months.tsv``) and :data:`WEEKDAYS` (``newsfacts/data/weekdays.tsv``); a
field keeps in its own data only the names it reads otherwise. Four months are given names
too, :data:`GIVEN_NAME_MONTHS`: the people field opens a name with one after a title ("Judge
April Perry"), and the locations field reads a place's name after one as maybe a person's
("June Carter"), not as surely a place, as it does after the other months ("In January
Paris").

    >>> MONTHS["sept"], MONTHS["may"], WEEKDAYS["sunday"]
    (9, 5, 7)
    >>> sorted(MONTH_NAMES)[:3], sorted(GIVEN_NAME_MONTHS)
    (['april', 'august', 'december'], ['april', 'august', 'june', 'may'])
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from newsfacts.tables import read_table, read_words

_MONTH_ROWS = read_table("newsfacts", "months.tsv", columns=3)

#: Each month's name and abbreviation, lower case ("january", "jan", "sept") -> its number.
MONTHS: Mapping[str, int] = MappingProxyType(
    {name: int(number) for name, number, _kind in _MONTH_ROWS}
)

#: The twelve months' names, lower case, without their abbreviations ("january", "may").
MONTH_NAMES = frozenset(name for name, _number, kind in _MONTH_ROWS if kind == "name")

#: Each weekday's name, lower case ("monday") -> its ISO number (Monday = 1).
WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {name: int(number) for name, number in read_table("newsfacts", "weekdays.tsv", columns=2)}
)

#: The months' names that are given names too, lower case ("april", "may", "june", "august"),
#: from ``newsfacts/data/month_given_names.txt``.
GIVEN_NAME_MONTHS = read_words("newsfacts", "month_given_names.txt")
