"""The states that public bodies' names place an article in.

"Wyoming Game and Fish Department", "Connecticut State Police", "the Texas Department of
Transportation": the organizations field claims the whole name, so the state in it is no place
mention of its own (see :class:`~newsfacts_locations.neighbours.Claims`); but a state's own
agency says where a local story is set as well as a mention would. Each such name is one vote
for its state in the article's locality (:mod:`newsfacts_locations.locality`), as one more
mention: "Jackson" in an article naming the Wyoming Game and Fish Department is Jackson,
Wyoming, not the capital of Mississippi.

Government, police and school bodies vote, and so do the associations, societies and
foundations a state's name opens ("the Nebraska State Bowling Association", "the Georgia
Association of Educators"), which serve that state's people: "Rochester" in a story of the
Minnesota association's tournament is Rochester, Minnesota; so do the hospitals, caucuses
and services whose kind the organizations field leaves open ("Tennessee Heart Hospital"),
and the teams, as a mention of the state would ("Tryouts for the Maine Mustangs ... at the
Milford Fire Department": Milford, Maine; a team's state, as a mention, tells
nothing of a well-known city's readings, and a national sports story's many states are a
national story's). A newspaper carries its home's name everywhere ("the Washington Post"),
and a firm's name says little of where a story is set: they do not vote.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import newsfacts
from newsfacts.plugin import COMPASS_WORDS
from newsfacts_locations.gazetteer import Gazetteer, Place

#: The kinds of organization whose names say where they serve (the organizations field's
#: kinds: "other" and "ngo" are its associations, societies, foundations and charities;
#: None, a body whose kind the field does not tell, is most often a hospital, a caucus or
#: a transit service named for the state it serves: "Southern Ohio Medical Center",
#: "Maryland Transit Administration"; and a team, whose state is a mention of it: "the
#: Maine Mustangs"; a firm or a paper has a kind of its own)
VOTING_KINDS = frozenset({"government", "education", "other", "ngo", None, "sports"})
#: The countries of the local papers whose towns the gazetteer lists (``TOWN_COUNTRIES`` of
#: ``tools/build_gazetteer.py``): elsewhere a body's first word is more often a town's
#: ("Berea Police Department" is Berea, Ohio's, not the district of Lesotho)
VOTING_COUNTRIES = frozenset({"US", "GB", "IE", "CA", "AU", "NZ"})
#: The longest state's name looked for at the start of a body's name, in words
LONGEST_STATE = 3


def state_votes(
    organizations: Sequence[newsfacts.Fact], gazetteer: Gazetteer
) -> Iterator[tuple[str, tuple[Place, ...]]]:
    """(name, readings) of the first-level division opening each voting body's name: its
    readings kept to the divisions ("Georgia Department of Revenue" is the US state, not
    the country), after a word of the compass too ("Northern Illinois University",
    "Southeastern Manitoba School Bus Services": a part of the state serves)."""
    for organization in organizations:
        if getattr(organization, "kind", None) not in VOTING_KINDS:
            continue
        words = organization.text.split(maxsplit=LONGEST_STATE + 1)
        found = _opening_state(words, gazetteer)
        if found is None and words[0].lower() in COMPASS_WORDS:
            found = _opening_state(words[1:], gazetteer)
        if found is not None:
            yield found


def _opening_state(words: list[str], gazetteer: Gazetteer) -> tuple[str, tuple[Place, ...]] | None:
    """The longest first-level division of :data:`VOTING_COUNTRIES` that ``words`` open
    with, before at least one more word, and its readings that are such divisions."""
    for size in range(min(LONGEST_STATE, len(words) - 1), 0, -1):
        name = " ".join(words[:size])
        states = tuple(
            place
            for place in gazetteer.lookup(name)
            if place.kind == "admin"
            and place.admin1
            and not place.admin2
            and place.country_code in VOTING_COUNTRIES
        )
        if states:
            return name, states
    return None
