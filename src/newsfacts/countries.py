"""The countries of the world by name, the states of the United States and the words of the
compass: tables every field reads alike.

Several fields need to know that a word names a country: the organizations field ends a
company's name at a country's possessive ("Kenya's Safaricom" is "Safaricom"), the people
field ends a name candidate at a place ("Poland" is nobody's surname after "Tusk visited").
They read the same rows, :data:`COUNTRIES` (``newsfacts/data/countries.tsv``), so a country
added there is known to all of them; a field keeps in its own data only the places that are
its own (regions, states, cities, compass words).

Compass words join a place's name or stand before one ("Southern California", "in
northeastern Syria"): the locations field reads the place after one, the organizations
field reads a region, not a company, in "the western Atlantic", and the people field ends a
name at one; they read :data:`COMPASS_WORDS` (``newsfacts/data/compass_words.tsv``), the
four cardinal points' words :data:`CARDINAL_WORDS`, and the adjectives
:data:`COMPASS_ADJECTIVES`.

    >>> sorted(CARDINAL_WORDS & COMPASS_ADJECTIVES)
    ['eastern', 'northern', 'southern', 'western']

The states of the United States are written after a town by their postal codes ("Newark,
NJ"): the locations field reads the state there, and the organizations field no acronym of
a body; both read :data:`US_STATES`. The words of their names, :data:`US_STATE_WORDS`, end
a person's name for the people field ("Ohio" in "Sherrod Brown Ohio") and own a chamber for
the organizations field ("the Ohio Senate" is a state's).

    >>> sorted(US_STATE_WORDS)[:3], "New" in US_STATE_WORDS, "Dakota" in US_STATE_WORDS
    (['Alabama', 'Alaska', 'Arizona'], False, True)
    >>> COUNTRY_NAMES["Britain"].code, COUNTRY_NAMES["Britain"].name
    ('GB', 'United Kingdom')
    >>> COUNTRY_NAMES["Kenya"].adjectives
    ('Kenyan',)
    >>> "Kenyan" in COUNTRY_NAMES  # an adjective is no name
    False
    >>> US_STATES["NJ"]
    'New Jersey'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from newsfacts.tables import read_table


def _listed(cell: str) -> tuple[str, ...]:
    """The entries of a cell separated by "|" ("" has none)."""
    return tuple(filter(None, cell.split("|")))


@attrs.frozen
class Country:
    """A country as news names it: "United Kingdom", "GB", ("Britain", "Great Britain",
    "UK", "U.K."), ("British",)."""

    #: The name it is listed under ("United Kingdom", "Ivory Coast").
    name: str
    #: Its ISO 3166-1 alpha-2 code ("GB"; "XK" for Kosovo; the nations of the United Kingdom
    #: have the United Kingdom's).
    code: str
    #: The other names news writes for it ("Britain", "UK"; "America" for the United States).
    other_names: tuple[str, ...] = ()
    #: Its adjectives of nationality ("British"; "Argentine" and "Argentinian"); a few are two
    #: countries' ("Congolese", "Dominican", "Korean").
    adjectives: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Its name, then its other names."""
        return (self.name, *self.other_names)


#: Every country of ``newsfacts/data/countries.tsv``, in the table's order: the members of
#: the United Nations, the Vatican, Palestine, Kosovo, Taiwan, Hong Kong, Macau, Puerto Rico,
#: the territories with their own national teams (the Faroe Islands, Gibraltar, Greenland,
#: Bermuda) and the nations of the United Kingdom.
COUNTRIES: tuple[Country, ...] = tuple(
    Country(name, code, _listed(others), _listed(adjectives))
    for name, code, others, adjectives in read_table("newsfacts", "countries.tsv", columns=4)
)

#: Each name and other name of a country, as written ("Britain", "U.K.", "Czech Republic"),
#: -> the country.
COUNTRY_NAMES: Mapping[str, Country] = MappingProxyType(
    {name: country for country in COUNTRIES for name in country.names}
)

#: Nouns for a person of a country that are not its adjective of nationality, from
#: ``newsfacts/data/nationality_nouns.tsv`` ("Spaniard", "Briton", "Swede", "New Zealander")
#: -> the country: "the Spaniard said" is a speaker of Spain for the quotes field, "against
#: the Spaniard" a player, no team, for the organizations field.
NATIONALITY_NOUNS: Mapping[str, Country] = MappingProxyType(
    {
        noun: COUNTRY_NAMES[name]
        for noun, name in read_table("newsfacts", "nationality_nouns.tsv", columns=2)
    }
)

#: The states of the United States and the District of Columbia, from
#: ``newsfacts/data/us_states.tsv``: postal code ("NJ") -> name ("New Jersey").
US_STATES: Mapping[str, str] = MappingProxyType(
    {code: name for code, name in read_table("newsfacts", "us_states.tsv", columns=2)}
)

#: The words of the names of the fifty states but those that open other places' names too
#: ("New", "North", "South", "West"): "Ohio", "Carolina" (of "North Carolina"), "Jersey",
#: "Rhode", "Island". Many are a person's name too ("Virginia", "Jersey"): a field that reads
#: them ends or claims a name at one.
US_STATE_WORDS = frozenset(
    word for code, name in US_STATES.items() if code != "DC" for word in name.split()
) - {"New", "North", "South", "West"}

_COMPASS_ROWS = read_table("newsfacts", "compass_words.tsv", columns=3)
#: The sixteen words of the compass, lower case ("north", "northeast", "northern",
#: "southwestern").
COMPASS_WORDS = frozenset(word for word, _point, _kind in _COMPASS_ROWS)
#: The words of the four cardinal points and their adjectives ("north", "northern").
CARDINAL_WORDS = frozenset(
    word for word, point, _kind in _COMPASS_ROWS if point in ("north", "south", "east", "west")
)
#: The compass's adjectives ("northern", "southwestern").
COMPASS_ADJECTIVES = frozenset(word for word, _point, kind in _COMPASS_ROWS if kind == "adjective")
