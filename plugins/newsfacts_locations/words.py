"""The word lists the location rules read, all kept as data in ``data/``."""

from __future__ import annotations

import regex

from newsfacts.plugin import (
    COMPASS_ADJECTIVES,
    COMPASS_WORDS,
    COUNTRIES,
    GIVEN_NAME_MONTHS,
    MONTH_NAMES,
    WEEKDAYS,
    compiled,
    read_table,
    read_words,
)
from newsfacts.plugin import NUMBER_WORDS as CORE_NUMBER_WORDS

PACKAGE = "newsfacts_locations"

AMBIGUOUS = read_words(PACKAGE, "ambiguous.txt") | read_words(PACKAGE, "person_like.txt")
# The core's weekdays and months, capitalized as they stand before or after a place ("Paris
# Monday", "In January Paris"); a place after a month that is a given name too may be part of
# a person's name ("June Carter").
_WEEKDAYS = frozenset(day.capitalize() for day in WEEKDAYS)
_MONTHS = frozenset(month.capitalize() for month in MONTH_NAMES)
_NOT_GIVEN_NAMES = frozenset(month.capitalize() for month in MONTH_NAMES - GIVEN_NAME_MONTHS)
NOT_PLACES = read_words(PACKAGE, "not_places.txt") | _WEEKDAYS
PREPOSITIONS = read_words(PACKAGE, "prepositions.txt")
NAME_WORDS = read_words(PACKAGE, "name_words.txt") | _WEEKDAYS | _NOT_GIVEN_NAMES
ROLE_WORDS = read_words(PACKAGE, "role_words.txt") | _WEEKDAYS | _MONTHS
PLACE_NOUNS = read_words(PACKAGE, "place_nouns.txt")
SEAT_HOLDERS = read_words(PACKAGE, "seat_holders.txt")
STATE_OFFICE_TITLES = read_words(PACKAGE, "state_office_titles.txt")
CITY_BODIES = read_words(PACKAGE, "city_bodies.txt")
PERSON_TITLES = read_words(PACKAGE, "person_titles.txt")
PEERAGE_TITLES = read_words(PACKAGE, "peerage_titles.txt")
STORM_WORDS = read_words(PACKAGE, "storm_words.txt")
# A storm's name after its storm word: "Hurricane Milton", "Tropical Storm Helene"
_STORM_NAME = compiled(
    rf"\b(?:{'|'.join(map(regex.escape, sorted(STORM_WORDS)))})[ \t]+(\p{{Lu}}\p{{Ll}}+)\b"
)


def storm_names(text: str) -> frozenset[str]:
    """The storms a text names ("Hurricane Milton"): the name alone is the storm there too
    ("Milton would be the second major hurricane")."""
    if all(word not in text for word in STORM_WORDS):  # most texts: a few scans in C
        return frozenset()
    return frozenset(match.group(1) for match in _STORM_NAME.finditer(text))


VESSEL_WORDS = read_words(PACKAGE, "vessel_words.txt")
CELESTIAL = read_words(PACKAGE, "celestial.txt")
ASTRONOMY_WORDS = read_words(PACKAGE, "astronomy_words.txt")
_EVENT_NAMES = read_words(PACKAGE, "event_words.txt")
# An event's word after a place ("Open"), or the first of two ("Grand" of "Grand Prix")
EVENT_WORDS = frozenset(name for name in _EVENT_NAMES if " " not in name)
EVENT_PAIRS = {name.split()[0]: name.split()[1] for name in _EVENT_NAMES if " " in name}
PLACE_SUFFIXES = frozenset({"based", "born", "bred", "headquartered", "area", "bound"})
FIXTURE_WORDS = frozenset({"v", "V", "vs", "VS", "v.", "vs."})
# Number words opening a sentence before a place: "Four Harlan County farmers were
# fined", "Two Lincoln County deputies" (not in name_words.txt: they open towns' names,
# "Two Rivers", which the gazetteer holds whole): the core's spelled-out numbers from one to
# ninety, capitalized, and the field's own plurals
NUMBER_WORDS = frozenset(
    word.capitalize()
    for word, number in CORE_NUMBER_WORDS.items()
    if number.role in ("digit", "teen", "tens") and number.value
) | {"Hundreds", "Thousands", "Dozens"}
COMPASS_INITIALS = frozenset({"N", "S", "E", "W"})  # "N. Main", "W. Va": not a person's initial
# The countries' adjectives the field reads (data/demonyms.txt: "Ukrainian") -> the code of
# their country in the core's COUNTRIES ("UA")
_DEMONYMS = read_words(PACKAGE, "demonyms.txt")
DEMONYMS = {
    adjective: country.code
    for country in COUNTRIES
    for adjective in country.adjectives
    if adjective in _DEMONYMS
}
# The field's own words before a place (data/directions.txt: "Greater") and the core's words
# of the compass, capitalized ("Southern California")
DIRECTIONS = read_words(PACKAGE, "directions.txt") | frozenset(
    word.capitalize() for word in COMPASS_WORDS
)
# Words of a past age or a regime that join a well-known place's name after them, as compass
# words do (data/era_words.txt: "Nazi Germany", "Imperial Japan", "Ancient Egypt")
ERA_WORDS = read_words(PACKAGE, "era_words.txt")
# The field's own words between "in" and a country (data/region_words.txt: "rural") and the
# core's adjectives of the compass ("in southwestern Jamaica")
REGION_WORDS = read_words(PACKAGE, "region_words.txt") | COMPASS_ADJECTIVES
PUBLIC_BODIES = read_words(PACKAGE, "public_bodies.txt")
VILLAGE_BODIES = read_words(PACKAGE, "village_bodies.txt")
PERSON_NAMESAKES = read_words(PACKAGE, "person_namesakes.txt")
# Leaders news names by the surname alone, named like towns ("Obama", "Bush": leaders.txt)
LEADERS = read_words(PACKAGE, "leaders.txt")
# Place names that are as often a person's: common given names and surnames (ambiguous.txt,
# person_like.txt) and the people schools and airports are named after (person_namesakes.txt:
# "Kennedy")
SURNAME_LIKE = AMBIGUOUS | PERSON_NAMESAKES
# The words after a school's name: "Lincoln Elementary", "Kennedy High", "Grant Middle School"
SCHOOL_WORDS = frozenset({"Elementary", "Middle", "High", "School", "Intermediate", "Junior"})
LOCAL_NOUNS = read_words(PACKAGE, "local_nouns.txt")
RESIDENT_NOUNS = read_words(PACKAGE, "resident_nouns.txt")
# Those capitalized, opening a local body's or a school's name ("Vienna Police", "Dublin
# High School"): the forms of a local paper, where a wire writes "Vienna police"
LOCAL_BODY_HEADS = frozenset(word for word in RESIDENT_NOUNS if word[:1].isupper())
# Nouns of divisions written in lower case after a name: "Katsina state", "Idlib province",
# "Cagayan and Isabela provinces"
_DIVISION_NOUNS = ("state", "province", "region", "governorate", "oblast", "prefecture", "district")
DIVISION_NOUNS = frozenset(_DIVISION_NOUNS) | {noun + "s" for noun in _DIVISION_NOUNS}
# The same nouns capitalized after a division's name are part of its name: "Enugu State",
# "Garissa County", "Kandahar Province" (not "district": "Jakarta District Court")
DIVISION_TITLES = frozenset({"State", "County", "Province", "Region", "Governorate", "Oblast"})
DIVISION_TITLES |= {"Prefecture"}
# Countries where such a noun after a division's name names something else: a university
# ("Ohio State"), a club or a council ("Derby County", "Kent County Council"; Ireland writes
# "County Kerry"); the US counties are the gazetteer's own names ("Laurel County").
UNTITLED_DIVISIONS = frozenset({"US", "GB", "IE"})
PARTY_PREFIXES = read_words(PACKAGE, "party_prefixes.txt")
STATE_PARTY_WORDS = read_words(PACKAGE, "state_party_words.txt")
# "Boulder City Manager", "Dublin City Hall": "City" and a word of a town's offices
CITY_OFFICES = frozenset({"Manager", "Hall", "Attorney", "Administrator", "Engineer"})
COARSE_DIVISIONS = read_words(PACKAGE, "coarse_divisions.txt")
# products named like places ("Falcon 9", "the Phoenix lander", "Samsung Mobile"), and the
# words of institutions' names ("Harvard University"): see newsfacts_locations.products
PRODUCTS = read_words(PACKAGE, "products.txt")
PRODUCT_NOUNS = {noun: after for noun, after in read_table(PACKAGE, "product_nouns.tsv", columns=2)}
# the nouns of a product's kind, which make a listed product's name alone the product too
# (a tax or a poll named like a town is no product: products_named)
PRODUCT_KIND_NOUNS = frozenset(noun for noun, after in PRODUCT_NOUNS.items() if after != "town")
PRODUCT_LINES = read_words(PACKAGE, "product_lines.txt")
# platforms whose releases are named after places: "macOS Sonoma"
VERSIONED_PLATFORMS = read_words(PACKAGE, "versioned_platforms.txt")
# A listed product's name before a product noun, maybe after its model's designator: "the
# Orion spacecraft", "a Falcon 9 rocket", "the Atlas V launcher", "a Tacoma pickup"; or set
# off by a comma before one with its owner or an article: "Orion, Lockheed Martin's capsule,",
# "Atlas, the company's rocket". Compiled when first read (a few articles in a hundred name a
# product noun), not at import.
_PRODUCT_NOUN = "|".join(map(regex.escape, sorted(PRODUCT_KIND_NOUNS)))
_PRODUCT_NAMED = rf"""
    \b({"|".join(map(regex.escape, sorted(PRODUCTS)))})       # "Orion", "Falcon"
    (?:
        (?: [ \t]+ (?:\d{{1,2}}|[IVX]{{1,4}}|[A-Z]\d{{0,3}}) )? # "9", "V", "C"
        [ \t]+ (?:{_PRODUCT_NOUN}) (?:['’]s)? \b               # "spacecraft", "capsule's"
      | , [ \t]+ (?: the | a | an | its | their                 # ", the", ", its"
                   | (?:\p{{Lu}}[\w.&-]*[ \t]+){{0,2}}           # ", Lockheed Martin's"
                     \p{{Lu}}[\w.&-]* ['’]s )
        (?: [ \t]+ [\w'’-]+ ){{0,2}}                            # "company's new"
        [ \t]+ (?:{_PRODUCT_NOUN}) [ \t]* [,.;)]                # "rocket,": the apposition ends
    )
    """


# the product nouns as the article's words in lower case hold them ("capsule", "capsule's")
_NOUN_WORDS = PRODUCT_KIND_NOUNS | {
    f"{noun}{mark}s" for noun in PRODUCT_KIND_NOUNS for mark in "'’"
}


def products_named(text: str, lower_case: frozenset[str]) -> frozenset[str]:
    """The listed products a text names with a product noun ("the Orion spacecraft"): the
    name alone is the product there too ("Orion will carry four astronauts");
    ``lower_case``: the text's words in lower case (no product noun: no scan of the text)."""
    if _NOUN_WORDS.isdisjoint(lower_case):  # most texts: one set test in C
        return frozenset()
    named = compiled(_PRODUCT_NAMED, regex.VERBOSE)
    return frozenset(match.group(1) for match in named.finditer(text))


INSTITUTION_HEADS = read_words(PACKAGE, "institution_heads.txt")
COMPANY_WORDS = read_words(PACKAGE, "company_words.txt")
# Countries' short forms that take "the": without it, a company's name ("Emirates said")
THE_SHORT_FORMS = read_words(PACKAGE, "the_short_forms.txt")
COUNTY_NAMES = frozenset({"County", "Parish", "Borough", "Township"})
# A hospital's last words: the organizations field's claim on its whole name leaves the
# landmark standing (extract._hospital)
HOSPITAL_HEADS = frozenset({"Hospital", "Infirmary"})
_STREETS = read_words(PACKAGE, "street_words.txt")
_FEATURES = read_words(PACKAGE, "feature_words.txt")
_LAST_WORDS = frozenset(word for word in _STREETS | _FEATURES if word[:1] not in "!>+")
# "St." is listed with its full stop, which the tokenizer splits off: the word is "St".
STREET_WORDS = frozenset(word.lstrip("?").rstrip(".") for word in _LAST_WORDS)
SURNAME_STREETS = frozenset(word[1:].rstrip(".") for word in _LAST_WORDS if word[:1] == "?")
ABBREVIATED_STREETS = frozenset(word.lstrip("?")[:-1] for word in _STREETS if word.endswith("."))
# Natural features: placed in a country, never at a town's point.
FEATURE_WORDS = frozenset(word.lstrip("?") for word in _FEATURES if word[:1] != ">")
# Words that open a natural feature's name ("Lake Lanier"); "Mt" is written "Mt.".
FEATURE_HEADS = frozenset(word.lstrip(">?").rstrip(".") for word in _FEATURES if word[:1] == ">")
FIRST_NAME_HEADS = frozenset(word[2:] for word in _FEATURES if word[:2] == ">?")
ABBREVIATED_HEADS = frozenset(
    word[1:-1] for word in _FEATURES if word[:1] == ">" and word[-1] == "."
)
NOT_STREETS = frozenset(word[1:] for word in _STREETS if word.startswith("!"))
# Plurals that end a list of streets: "Lakeview and Harrison streets".
PLURAL_STREETS = frozenset(word[1:] for word in _STREETS if word[:1] == "+")
# The first and last words of the two-word endings of a wild area's name ("National
# Seashore", "Wildlife Refuge"): a last word ends one only after its first (see
# streets.streets), and a sentence is read for one only with both ("the Federal Reserve"
# names none).
PAIR_FIRSTS = frozenset(word.split()[0] for word in FEATURE_WORDS if " " in word)
PAIR_ENDS = frozenset(word.split()[-1] for word in FEATURE_WORDS if " " in word)
# A sentence with none of these names no street and no feature (but for a wild area's
# two-word ending, PAIR_FIRSTS and PAIR_ENDS).
STREET_TRIGGERS = STREET_WORDS | FEATURE_HEADS | PLURAL_STREETS
