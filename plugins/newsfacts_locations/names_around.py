"""The checks of :data:`~newsfacts_locations.checks.CHECKS` that read the names around a
candidate: a storm's, a person's (a title or a capitalized word before it, a speech verb
after it), an organization's or a landmark's it is part of."""

from __future__ import annotations

from newsfacts.plugin import SPEECH_VERBS, VENUE_WORDS, tokenize
from newsfacts_locations import context, neighbours, word_checks, words
from newsfacts_locations.candidacy import Candidacy
from newsfacts_locations.headlines import common_word_before, title_case


def storm_name(c: Candidacy) -> bool | str:
    return c.candidate.key in words.STORM_WORDS and context.name_word(c.following) and c.following


def storm_named(c: Candidacy) -> bool | str:
    return c.candidate.key in c.article.storms and not c.qualifier and c.candidate.key


def product_named(c: Candidacy) -> bool | str:
    """A listed product's name alone where the article names the product with its noun
    ("Orion" after "the Orion spacecraft"), and nothing says place: no qualifier, no
    support ("in Phoenix" stays the city in a story of the Phoenix lander)."""
    key = c.candidate.key
    return key in c.article.products and not (c.qualifier or c.supported) and key


def celestial(c: Candidacy) -> bool | str:
    """A planet's or a moon's name in a sentence with a word of astronomy, or one the article
    reads so elsewhere (Article.planets), and no qualifier: "The Galileo craft orbited Jupiter"
    (not Jupiter, Florida); the word, or the name, as the evidence."""
    key = c.candidate.key
    if key not in words.CELESTIAL or c.qualifier:
        return False
    found = next((word for word in c.sentence.texts if word.lower() in words.ASTRONOMY_WORDS), None)
    return found or (key in c.article.planets and f"{key} elsewhere")


def event_name(c: Candidacy) -> bool | str:
    if c.following in words.EVENT_WORDS:
        return c.following
    second = words.EVENT_PAIRS.get(c.following)  # read only after "Grand": most have none
    after = c.candidate.last + 2
    if second is None or after >= len(c.sentence) or c.sentence.texts[after] != second:
        return False
    return f"{c.following} {second}"


def team(c: Candidacy) -> bool:
    """A ranking before it or a record after it: "No. 9 Alabama", "Texas (5-2)"; a ranked
    country is the country's ("the No. 1 U.S. auto maker")."""
    first, after = c.candidate.first, c.candidate.last + 1
    ranked = context.ranked_team(c.sentence.texts, first) and not c.traits.countries
    return ranked or context.team_record(c.sentence.texts, after)


def abbreviation_after_article(c: Candidacy) -> bool:
    """ "for the Mass.": a state's abbreviation never follows an article (initials do: "the
    U.S.")."""
    key = c.candidate.key
    return key.endswith(".") and "." not in key[:-1] and c.previous.lower() in ("the", "a", "an")


def vessel_name(c: Candidacy) -> bool | str:
    return c.previous in words.VESSEL_WORDS and not c.qualifier and c.previous


# Time zones named like places, before "time" ("8 p.m. Pacific time", "Eastern Standard
# Time"): a zone, no mention of the ocean or of a town of the name
TIME_ZONES = frozenset({"Pacific", "Mountain", "Central", "Eastern", "Atlantic"})
_TIME_WORDS = frozenset({"time", "Time", "Standard", "Daylight"})


def time_zone(c: Candidacy) -> bool | str:
    return c.candidate.key in TIME_ZONES and c.following in _TIME_WORDS and c.following


def person_title(c: Candidacy) -> bool | str:
    """ "Senator Graham", "Mr Graham", and a title with its abbreviation's point, which the
    tokens split off ("known as 'Mr. Arlington,'": "Mr" "." "Arlington"): a point inside the
    sentence after a title ends no sentence."""
    previous = c.previous
    if previous == ".":
        first, tokens = c.candidate.first, c.sentence
        if first < 2 or tokens.ends[first - 2] != tokens.starts[first - 1]:
            return False
        title = tokens.texts[first - 2]
        return title in words.PERSON_TITLES and title + "."
    return previous in words.PERSON_TITLES and previous


def peerage(c: Candidacy) -> bool | str:
    """ "the Duke of Norfolk", "the Princess of Wales": a title of nobility names the place,
    it is no mention of it (data/peerage_titles.txt)."""
    first = c.candidate.first
    if first < 2 or c.previous != "of":
        return False
    title = c.before_previous
    if title in words.PEERAGE_TITLES:
        return title
    full = f"{title} of {c.candidate.key}"
    return full in words.PEERAGE_TITLES and full


#: Words that end a landmark's or venue's name: "Airport" of "Dubai Airport".
LANDMARK_WORDS = words.STREET_WORDS | VENUE_WORDS


def landmark_head(c: Candidacy) -> bool | str:
    """ "Airport" in "Dubai Airport" or "Pulkovo 2 Airport", "Dome" in "Georgia Dome": a
    town's name that is a street, landmark or venue word, after a name or number it ends
    (streets.py reads the landmark)."""
    candidate, tokens = c.candidate, c.sentence
    return (
        candidate.first == candidate.last
        and candidate.first > 0
        and tokens.texts[candidate.first] in LANDMARK_WORDS
        and (context.name_word(c.previous) or c.previous.isdigit())
        and tokens.starts[candidate.first] - tokens.ends[candidate.first - 1] == 1
        and not c.qualifier
        and c.previous
    )


def compass_of_street(c: Candidacy) -> bool | str:
    """ "Northeast 8th Street", "Southwest 152nd Avenue": a compass word before a numbered
    street opens the street's name (streets.py reads the street), as in Portland, Miami or
    Washington addresses; it names no region there."""
    candidate, tokens = c.candidate, c.sentence
    after = candidate.last + 1
    return (
        candidate.first == candidate.last
        and tokens.texts[candidate.first] in words.DIRECTIONS
        and after + 2 < len(tokens)
        and tokens.texts[after].isdigit()
        and tokens.texts[after + 1] in ("st", "nd", "rd", "th")
        and tokens.texts[after + 2] in words.STREET_WORDS
        and tokens.texts[after + 2]
    )


# Buildings named after a saint, written with the saint's possessive: "St. Martin's Church"
_SAINTS_BUILDINGS = LANDMARK_WORDS | frozenset(
    ["Church", "School", "College", "Academy", "Abbey", "Parish", "Priory", "Cemetery"]
)
# A parish's or a school's people after a saint's possessive: "St. Michael's pupils"
_SAINTS_PEOPLE = frozenset(
    ["pupils", "parishioners", "congregation", "pastor", "priest", "rector", "vicar", "choir"]
)
# Words after a possessive that own nothing: a town's possessive is followed by what the town
# owns ("St. Cloud's mayor"), the saint's stands for the building ("to St. Michael's for")
_NOTHING_OWNED = frozenset(
    ["for", "in", "on", "at", "and", "or", "to", "with", "from", "by", "of", "is", "was", "has"]
)


def saints_building(c: Candidacy) -> bool | str:
    """ "St. Martin's Church", "St. Lucia's Cathedral", "St. Michael's Catholic School", "St
    Thomas' Hospital": a saint's possessive before a building's word (or a word and a
    building's word) names the saint the building is dedicated to, not the island or the
    town; so does one before a parish's or a school's people ("St. Michael's pupils"), or
    before no word it could own (a mark, the sentence's end, "for", "and": "move his sons
    to St. Brendan's for the year"), the building's word left out. A name the gazetteer
    holds with its possessive ("St. John's", Newfoundland) and a qualified one are towns."""
    candidate, tokens = c.candidate, c.sentence
    if tokens.texts[candidate.first] not in ("St.", "St", "Saint"):
        return False
    last = tokens.texts[candidate.last]
    if last.endswith(("'s", "’s")):
        after = candidate.last + 1
    elif (
        last.endswith("s")
        and c.following in _APOSTROPHES
        and tokens.starts[candidate.last + 1] == tokens.ends[candidate.last]
    ):
        after = candidate.last + 2  # "Thomas'": the tokens split the apostrophe off
    else:
        return False
    following = tokens.texts[after] if after < len(tokens) else ""
    if following in _SAINTS_BUILDINGS:
        return following
    two_on = tokens.texts[after + 1] if after + 1 < len(tokens) else ""
    if following[:1].isupper() and two_on in _SAINTS_BUILDINGS:
        return two_on
    if candidate.end == tokens.ends[candidate.last] or c.qualifier:
        return False  # "in St. John's, where": the gazetteer's name holds the possessive
    if following in _SAINTS_PEOPLE:
        return following
    owns_nothing = not following[:1].isalnum() or following in _NOTHING_OWNED
    return owns_nothing and "the building's word left out"


_APOSTROPHES = frozenset({"'", "’"})


def name_before_it(c: Candidacy) -> bool | str:
    first, lower_case = c.candidate.first, c.article.lower_case
    return (
        not c.direction
        and not c.lifted
        and neighbours.name_before(c.gazetteer, c.sentence, first, c.article)
        and not (c.known and neighbours.marked(c.candidate, c.sentence))
        and not owner_before(c)
        # a well-known place after a headline's verb: "Official Visits Georgia" (not "More
        # Than", "It Goes": common words the gazetteer holds as villages)
        and not (c.known and common_word_before(c.sentence.texts, first, lower_case))
        # "the UN Syria envoy": a body's initials, no first name
        and not (c.known and neighbours.body_initials(c.sentence, first - 1, c.claims))
        and c.sentence.texts[first - 1]
    )


def owner_before(c: Candidacy) -> bool:
    """A possessive before it whose owner another field names, a well-known place, a day or
    a month: "India's Kerala state", "Elian's Miami relatives", "Tuesday's Iowa caucus"
    (not "Martha's Vineyard", one name)."""
    at, tokens = c.candidate.first - 1, c.sentence  # the possessive's token
    if not tokens.texts[at].endswith(("'s", "’s")):
        return False
    owner = tokens.texts[at][:-2]
    return (
        c.claims.spans.overlaps(tokens.starts[at], tokens.ends[at] - 2)
        or owner in words.ROLE_WORDS
        or context.well_known_name(c.gazetteer, owner)
        or _well_known_owner(c, owner)
    )


LONGEST_OWNER = 3  # words: "Uttar Pradesh's", "New South Wales's"


def _well_known_owner(c: Candidacy, last: str) -> bool:
    """A well-known place of two or three words before the possessive ``last`` closes:
    "Uttar Pradesh's Bahraich district", "New South Wales's Hunter region"."""
    first = c.candidate.first - 1  # the possessive's token
    name = last
    for index in range(first - 1, max(first - LONGEST_OWNER, -1), -1):
        word = c.sentence.texts[index]
        if not word[:1].isupper():
            return False
        name = f"{word} {name}"
        if context.well_known_name(c.gazetteer, name):
            return True
    return False


def name_after_it(c: Candidacy) -> bool | str:
    candidate, tokens = c.candidate, c.sentence
    if candidate.compound:
        return _name_joined_after(c)
    whole_token = not candidate.compound and candidate.end == tokens.ends[candidate.last]
    # a country's name starts many other names ("U.S. Labor Day", "U.S. Treasury"): the
    # organizations field claims those it knows, the rest mention the country; but not a
    # venue's ("Emirates Stadium", read as a landmark)
    country = c.traits.countries and not neighbours.opens_venue(tokens, candidate.last)
    return (
        whole_token
        and not (country or c.inside or c.lifted or neighbours.self_evident(candidate, tokens))
        and (
            neighbours.name_after(c.gazetteer, tokens, candidate.last)
            # a town's name heading a longer one: "the Summit of the Americas"
            or (not c.known and neighbours.of_name(tokens, candidate.last))
        )
        # a well-known place before a portfolio and a role names the office's place:
        # "Kerala Revenue Minister", "Ohio Agriculture Commissioner"
        and not (c.known and neighbours.portfolio(tokens, candidate.last + 1))
        # "New York State", "Lagos State": the division of a name also a town's
        and not context.division_named(c.following, candidate.places)
        # a person's name starting after a supported place is no part of its own:
        # "ambassador to Egypt Ruth Adler" (not "Officer Sam Pruitt")
        and not (tokens.starts[candidate.last + 1] in c.claims.people_starts and c.supported)
        # a headline in title case capitalizes its verb too: "Georgia Jails Two
        # Activists on Fraud Charges", "Denver Transit Plan Finally Wins ..." (not a
        # street's or a building's word: "Webster Theatre Sold To ...")
        and not (
            candidate.first == 0
            and c.following not in words.STREET_WORDS
            and title_case(tokens.texts)
        )
        # an acronym after a name in lower case is a body's or a thing's of the place, no
        # word of its name: "Nova Scotia RCMP said", "Covington PD", "the Denver FBI office"
        and not _acronym_after(c)
        and c.following
    )


def _acronym_after(c: Candidacy) -> bool:
    """An acronym after a name in lower case, not a saint's possessive (a hospital's or a
    school's: "St. John's ER")."""
    key = c.candidate.key
    return (
        neighbours.acronym(c.following)
        and not c.candidate.shouted
        and not key.endswith(("'s", "’s"))
    )


def _name_joined_after(c: Candidacy) -> bool | str:
    """A town that is not well known, joined by a hyphen to a capitalized word that names no
    place: a double name ("the Hanson-Runsvold Funeral Home"; not "Israel-Hamas", nor
    "Dallas-Fort Worth", whose halves are both places)."""
    tail = c.sentence.texts[c.candidate.last].partition("-")[2]
    return (
        tail[:1].isupper()
        and not c.known
        and not c.gazetteer.lookup(" ".join(t.text for t in tokenize(tail)))
        and tail
    )


def speaker(c: Candidacy) -> bool | str:
    """A name before a speech verb, not a well-known place nor supported: a person's ("Dole
    said"); but not the second of two names right after a preposition of place, which the
    verb's subject holds ("elevators in Great Bend and Dodge City said")."""
    return (
        c.following.lower() in SPEECH_VERBS
        and not c.known
        and not c.supported
        and not word_checks.paired_after_preposition(c)
        and c.following
    )


def own_age(c: Candidacy) -> bool | str:
    """A name of one word with an age set off by commas after it, and no well-known place:
    a person's ("whose son, Parker, 8, has ...")."""
    texts, last = c.sentence.texts, c.candidate.last
    return (
        c.candidate.first == last
        and not c.known
        and last + 3 < len(texts)
        and texts[last + 1] == ","
        and texts[last + 2].isdigit()
        and len(texts[last + 2]) <= 3
        and texts[last + 3] == ","
        and texts[last + 2]
    )


# Abbreviations of states that are also titles before a name: "Del." (a delegate).
TITLE_ABBREVIATIONS = frozenset({"Del."})


def title_before_person(c: Candidacy) -> bool | str:
    """ "former Del. Brian J. Moran": a delegate's title before a person's name, no state."""
    text = c.candidate.key.replace(" ", "")  # the key's tokens: "Del ."
    after = c.candidate.last + 1
    return (
        text in TITLE_ABBREVIATIONS
        and after < len(c.sentence)
        and c.sentence.starts[after] in c.claims.people_starts
        and c.previous != ","
        and text
    )


# Words of a state's formal name: "the Republic of Ireland" names a country (or its team)
STATE_FORMS = frozenset({"Republic", "Kingdom", "Principality", "Commonwealth", "Federation"})


def club_home(c: Candidacy) -> bool:
    """A well-known place after "of" and a capitalized name: a club's home, as sports news
    tells clubs apart ("Karlsruhe of Germany", "Benetton of Italy", "Espanyol of
    Barcelona"); not after an event's word ("the Cup of Nations") nor in a state's formal
    name ("the Republic of Ireland")."""
    tokens, first = c.sentence, c.candidate.first
    if first < 2 or tokens.texts[first - 1] != "of" or not c.known:
        return False
    club = tokens.texts[first - 2]
    return (
        club[:1].isupper()
        and not club.isupper()
        and club not in words.EVENT_WORDS
        and club not in STATE_FORMS
    )


def state_of_office(c: Candidacy) -> bool:
    """A name after a person titled with a state's office and "of": the state ("Sen. Rosa
    Lind of New York", not the city); or before an office of two words of the state's
    government (``state_party_words.txt``): "New York Attorney General Letitia James",
    "Washington's attorney general" (not "a New York attorney")."""
    first, after = c.candidate.first, c.candidate.last + 2
    texts = c.sentence.texts  # (read from the columns: every name kept asks)
    if after < len(texts):  # "the New York attorney general's office" too
        second = texts[after].removesuffix("'s").removesuffix("’s")
        if f"{c.following} {second}" in words.STATE_PARTY_WORDS:
            return any(context.us_state(place) for place in c.candidate.places)
    return (
        c.previous == "of"
        and first > 1
        and c.sentence.ends[first - 2] in c.claims.state_office_ends
        and any(context.us_state(place) for place in c.candidate.places)
    )
