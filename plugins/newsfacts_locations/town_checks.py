"""Checks of :data:`newsfacts_locations.checks.CHECKS` on towns: villages and small towns,
which local news places by formulas of its own, and towns named in another language.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts_locations import names_around, words
from newsfacts_locations.candidacy import Candidacy
from newsfacts_locations.neighbourhoods import GROUP_WORDS

_ROMAN = "IVXLC"


def numeral(word: str) -> bool:
    """A number that numbers a name: digits ("40", "230") or a Roman numeral of two letters
    or more ("IX"; not "I", a pronoun)."""
    return word[:1].isdigit() or (len(word) > 1 and not word.strip(_ROMAN))


def numbered(c: Candidacy) -> bool:
    """A village right before a number, no qualifier and no support: a rule's, a clause's
    or a form's number names it, as a capitalised common noun ("Rule 40",
    "Section 8"); a village so small is named for its place ("a mile from Rule", "Rule,
    Texas"), not numbered. (The number after a hyphenated word follows the whole word:
    "Newcastle-under-Lyme 212 Keele Road".)"""
    return (
        c.village
        and numeral(c.following)
        and not c.candidate.compound
        and not c.qualifier
        and not c.supported
    )


#: Lower-case words after a nationality that go on with the sentence, not with a noun it
#: qualifies: "hit Canadian on Monday", "Canadian and Pampa"
_JOINING_WORDS = frozenset({"and", "or", "but", "on"})


def nationality(c: Candidacy) -> bool:
    """A town named like a nationality (``demonyms.txt``: Canadian, Texas; Welsh, Louisiana)
    or a people or faith (``group_words.txt``: Latina, Italy) right before a lower-case word
    that is no preposition nor a noun of divisions, and not after a preposition of place: the
    adjective of a noun ("a Canadian trade lawyer", "Welsh officials", "the second Latina
    mayor"), not the town ("flooding in Canadian", "the Somali region")."""
    following = c.following
    return (
        c.candidate.key in GROUP_WORDS
        and following.isalpha()
        and following.islower()
        and following not in words.PREPOSITIONS
        and following not in _JOINING_WORDS
        and following not in words.DIVISION_NOUNS
        and c.previous.lower() not in words.PREPOSITIONS
    )


def leader_named(c: Candidacy) -> bool:
    """A town named like a leader whom news names by the surname alone (``leaders.txt``:
    "Obama", a town of Japan; "Bush", of Egypt), without a qualifier: the person ("a memoir
    that attacks Obama", "next to Obama", "the Kennedy years"), whom a preposition or a noun
    after the name does not make a place; kept pending, it stands where the article points
    to the town's state."""
    return c.candidate.key in words.LEADERS and not c.qualifier


#: What may follow a venue's name after "the": a clause's end or a verb ("The Webster was a
#: theater", "her family sold the Webster.")
VENUE_FOLLOWERS = frozenset({".", "!", "?", ";", "is", "was", "has", "had", "will", "would"})


def venue(c: Candidacy) -> bool | str:
    """A town's name of one word after "the", no support around it, before a clause's end
    or a verb: a theater's, a hotel's or a house model's name ("The Webster was the oldest
    movie house", "The Dorchester has a two-car garage"); no town takes "the" but those
    whose name holds it ("The Hague", "the Bronx"), and a common noun is a feature ("here in
    the Valley.")."""
    candidate = c.candidate
    return (
        c.previous.lower() == "the"
        and c.following in VENUE_FOLLOWERS
        and candidate.first == candidate.last
        and candidate.key not in words.FEATURE_WORDS
        and not c.supported
        and all(p.kind == "city" and not p.name.startswith("The ") for p in candidate.places)
        and c.following
    )


def without_its_article(c: Candidacy) -> bool:
    """A town whose own name opens with "The" ("The Villages", "The Colony", "The Beaches"),
    named without the article and unqualified: a common noun that opens a sentence or a
    name ("Villages were flooded", "Colony collapse hit bees"). News names such a town
    with its article; only a well-known one goes without ("Bronx residents", "Hague
    talks")."""
    return (
        c.previous.lower() != "the"
        and all(place.name.startswith("The ") for place in c.candidate.places)
        and not c.known
        and c.qualifier is None
    )


def village_common_word(c: Candidacy) -> bool:
    return c.village and c.candidate.key.lower() in c.article.lower_case and not c.qualifier


def village_at_home(c: Candidacy) -> bool | str:
    """A village where local news says someone lives or something stands: after a street and
    a comma ("Main Street, Tipperary", "508 Cumberland St., Lebanon"), after a name, an age
    and "of" or "from" ("Ian Jett, 30, of Platte City") or a comma ("Dale Higgins, 41,
    Grapeland"), or right after a person's name and "of" ("Betty Kneasel of Myerstown")."""
    tokens, first = c.sentence, c.candidate.first
    if not c.village or first < 2 or tokens.texts[first - 1] not in (",", "of", "from"):
        return False
    before = tokens.texts[first - 2]
    if tokens.texts[first - 1] == "of" and tokens.ends[first - 2] in c.claims.people_ends:
        return "resident"
    third = tokens.texts[first - 3] if first > 2 else ""
    if tokens.texts[first - 1] == ",":
        street = before == "." and third in words.ABBREVIATED_STREETS
        if street or before in words.STREET_WORDS:
            return "address"
        return _blotter_age(c) and "age"
    return after_an_age(c) and "age"


def _blotter_age(c: Candidacy) -> bool:
    """After a name, an age and a comma, as a police blotter lists the arrested: "Dale
    Robert Higgins, 41, Grapeland, date of arrest"."""
    tokens, first = c.sentence, c.candidate.first
    return (
        first > 3
        and tokens.texts[first - 2].isdigit()
        and tokens.texts[first - 3] == ","
        and tokens.texts[first - 4][:1].isupper()  # a name's last word: not "rooms 40, 41,"
    )


def after_an_age(c: Candidacy) -> bool:
    """After a name, an age and "of" or "from": "Kevin Alvarez, 41, of Bend"."""
    texts, first = c.sentence.texts, c.candidate.first
    return (
        first > 2
        and texts[first - 1] in ("of", "from")
        and texts[first - 2] == ","
        and texts[first - 3].isdigit()
    )


def village_pending(c: Candidacy) -> bool:
    """A village without a qualifier, but for one named with a body of its own right after
    it ("Sarita Volunteer Fire Department", "Sarita Fire Chief"): only a town has
    one, so it is the place."""
    return c.village and not c.qualifier and not _named_with_body(c)


def _named_with_body(c: Candidacy) -> bool:
    """The two words right after the name open a town's body (``village_bodies.txt``)."""
    after = c.candidate.last + 1
    return " ".join(c.sentence.texts[after : after + 2]) in words.VILLAGE_BODIES


def small_town(c: Candidacy) -> bool | str:
    places = c.candidate.places
    if not c.traits.minor_town or c.supported:
        return False
    largest = f"{max(place.population for place in places):,} people"
    return f"{largest} (the largest of {len(places)} towns)" if len(places) > 1 else largest


def renamed(c: Candidacy) -> bool:
    """After "the" ("the Tempi train crash", "The Brujas, a crew") or a capitalized word
    ("the New York Mets"), before "&" ("Lilo & Stitch"), or a word the article writes in
    lower case ("a Vine video")."""
    return (
        c.traits.renamed
        and (
            c.previous.lower() == "the"
            # "the New York Mets"; not a place's possessive: "Uttar Pradesh's Bahraich district"
            or (
                c.previous[:1].isupper()
                and c.previous not in words.DIRECTIONS
                and not names_around.owner_before(c)
            )
            or c.following == "&"  # "Lilo & Stitch" (Lille)
            or (not c.supported and c.candidate.key.lower() in c.article.lower_case)
        )
    )


#: What joins the names of a list ("Lee, Moore and Grant", "Lee & Co"): see names_listed
_LIST_JOINS = frozenset({",", "and", "or", "&"})
#: How many names a list must hold for :func:`names_listed` to read it
LISTED_NAMES = 3


def names_listed(c: Candidacy) -> bool:
    """A name whose only support is its list, in a list of three names or more, no
    preposition of place before it nor a noun in lower case after it, more than half of whose
    other names are people's (the people field's) or names the gazetteer does not know: a
    list of people, of players or of casinos whose names are towns by chance ("her children,
    Talia, Dover, Laurence and Amy"). A list of places goes on ("in Lewisburg, Ronceverte and
    Alderson", "hit Breisig, Kehl, Lahr and Offenburg"), a list before its noun names places'
    bodies ("Lovejoy, Jonesboro and Riverdale high schools"), and a well-known place stands."""
    if c.previous != "," or c.support != "list" or c.traits.known:
        return False
    texts = c.sentence.texts
    names, opener, head = _list_around(texts, c.candidate.first, c.candidate.last + 1)
    if len(names) < LISTED_NAMES or opener.lower() in words.PREPOSITIONS or head.islower():
        return False
    places, people, starts = c.gazetteer.places, c.claims.people_starts, c.sentence.starts
    others = [
        starts[first] in people or " ".join(texts[first:end]) not in places
        for first, end in names[1:]
    ]
    return 2 * sum(others) > len(others)


def _list_around(
    texts: Sequence[str], first: int, end: int
) -> tuple[list[tuple[int, int]], str, str]:
    """The names of the list a name (tokens ``first`` to ``end``) stands in, itself first, as
    (first, end) token spans of capitalized words joined by commas, "and", "or" or "&"; and
    the words before and after the list."""
    names = [(first, end)]
    join = first - 1
    while join > 0 and texts[join] in _LIST_JOINS:
        start = join
        while start > 0 and texts[start - 1][:1].isupper():
            start -= 1
        if start == join:
            break
        names.append((start, join))
        join = start - 1
    opener = texts[join] if join >= 0 and texts[join] not in _LIST_JOINS else ""
    while end < len(texts) and texts[end] in _LIST_JOINS:
        stop = end + 1
        while stop < len(texts) and texts[stop][:1].isupper():
            stop += 1
        if stop == end + 1:
            break
        names.append((end + 1, stop))
        end = stop
    return names, opener, texts[end] if end < len(texts) else ""
