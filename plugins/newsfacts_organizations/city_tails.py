"""A name after a cue that runs on through "in" or "at" into a financial centre's name ends
before it: "economists at Standard Chartered in Johannesburg said" names Standard Chartered,
in Johannesburg; "analysts at Zorbex Partners in London" have a head word that ends the name
already. Only where the words before "in" are capitalized, with no word joining a name's
complement ("Citizens for Responsibility and Ethics in Washington" is one name), and the
place is a city of ``data/market_places.txt``, not a country nor a continent, which a body may
be named for ("Human Rights in China", "Security and Cooperation in Europe")."""

from __future__ import annotations

from newsfacts.plugin import COUNTRY_NAMES
from newsfacts_organizations.lexicon import MARKET_PLACES
from newsfacts_organizations.runs import Sentence

# The continents among the market places ("European shares", "stocks in Asia")
_CONTINENTS = frozenset({"Europe", "Asia"})
#: The cities of the market places, by their words ("Hong Kong", "New York")
CITIES = frozenset(
    tuple(place.split()) for place in MARKET_PLACES - COUNTRY_NAMES.keys() - _CONTINENTS
)
_OPENERS = frozenset({"in", "at"})


def city_end(sentence: Sentence, first: int, last: int) -> int:
    """Where the name ``first``..``last`` ends: before "in" or "at" and a city ending it,
    after capitalized words only; else at ``last``."""
    texts, capital = sentence.texts, sentence.capital
    for index in range(first + 1, last - 1):
        if not capital[index]:
            if texts[index] in _OPENERS and tuple(texts[index + 1 : last]) in CITIES:
                return index
            return last  # "Citizens for ...": a joining word, the name's own
    return last
