"""The checks of :data:`~newsfacts_locations.checks.CHECKS` that read a name in sport: a
fixture ("England v Pakistan"), a results table ("Norwich 1 Wolves 0") and a sentence of a
sports report, whose teams are named after places ("Leeds beat Chelsea"), unless support,
a ground ("at Headingley"), a country written as its player's owner ("Spain's Carlos
Alcaraz"), a club's home or a club's or a ground's noun after it ("the Kazan club") says it
is the place. A country standing alone is the place
whatever it plays: its national side is named after it ("Italy beat France"), and every
corpus marks it, as no club is named after a country alone."""

from __future__ import annotations

from newsfacts_locations import context, names_around, words
from newsfacts_locations.candidacy import Candidacy


def fixture(c: Candidacy) -> bool | str:
    if c.previous in words.FIXTURE_WORDS:
        return c.previous
    return c.following in words.FIXTURE_WORDS and c.following


def table_cell(c: Candidacy) -> bool:
    return not c.dated and context.table_cell(c.sentence.texts, c.candidate.last + 1)


def sports_unsupported(c: Candidacy) -> bool:
    return (
        c.sporty
        and not c.supported
        and not _country_as_owner(c)
        and not _country_alone(c)
        and not _ground(c)
        and not names_around.club_home(c)
        and not _home_of(c)
    )


#: Nouns in lower case of a club or its ground, after the name of the town it plays in
HOME_NOUNS = frozenset({"club", "stadium"})


def _home_of(c: Candidacy) -> bool:
    """A town named as the home of a club or a ground the sentence names by its noun in
    lower case: "the Kazan club", "a north Lyon club", "the old Vienna stadium". A team is
    named after its town alone ("Kazan beat Lyon") or before another noun ("the Kazan
    side"), not before such a noun. (The organizations field claims "the Kazan club" where
    a verb of transfer makes it the team: "joined the Kazan club".)"""
    return c.following in HOME_NOUNS


def _country_alone(c: Candidacy) -> bool:
    """A country's name that opens no longer name: "Italy beat France", "sent Ghana to the
    finals", "a U.S. citizen since 2010", "Britain's Andy Murray" name the countries, but
    "the U.S. Open" and "a third U.S. Amateur title" are events (a capitalized word right
    after the country, not after its possessive)."""
    possessive = c.sentence.texts[c.candidate.last].endswith(("'s", "’s"))
    return (possessive or not c.following[:1].isupper()) and any(
        place.kind == "country" for place in c.candidate.places
    )


def _ground(c: Candidacy) -> bool:
    """A name one of whose readings is a ground or another feature (the others often small
    towns abroad: a Headingley in Canada): "beat Pakistan at Headingley" names no team. A
    team named after a feature is the organizations field's claim ("the Rockies")."""
    return any(place.kind == "feature" for place in c.candidate.places)


def _country_as_owner(c: Candidacy) -> bool:
    """A country's possessive right before a person's name: "Spain's Carlos Alcaraz beat
    Italy's Jannik Sinner" names the players' countries, not teams; or before a word in lower
    case: "India's cricket board", "South Korea's worsening air pollution" (the country's
    own)."""
    texts, following = c.sentence.texts, c.candidate.last + 1
    marks = texts[following : following + 2]
    if marks[:1] in (["'s"], ["’s"]):
        following += 1  # "Spain 's Carlos Alcaraz", as some corpora split it
    elif marks in (["'", "s"], ["’", "s"]):
        following += 2  # "Jamaica 's Michael Green": the tokens split that "'s" in two
    elif not texts[c.candidate.last].endswith(("'s", "’s")):
        return False
    return (
        following < len(texts)
        and (
            c.sentence.starts[following] in c.claims.people_starts
            or (texts[following].isalpha() and texts[following].islower())
        )
        and any(place.kind == "country" for place in c.candidate.places)
    )
