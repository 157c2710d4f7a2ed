"""Word lists and patterns of the people plugin, read once from ``data/`` (what the words
next to a name say only of a person's is :mod:`newsfacts_people.person_cues`)."""

from __future__ import annotations

import re

import regex

from newsfacts.plugin import (
    CARDINAL_WORDS,
    COUNTRIES,
    GIVEN_NAME_MONTHS,
    KIN_NOUNS,
    MONTHS,
    NAME_PARTICLES,
    NATIONALITY_NOUNS,
    ORGANIZATION_HEADS,
    ORGANIZATION_NOUNS,
    PLACE_BODY_FIELDS,
    US_STATE_WORDS,
    WEEKDAYS,
    built,
    compiled,
    read_table,
    read_words,
)
from newsfacts.plugin import SPEECH_VERBS as CORE_SPEECH_VERBS

_PACKAGE = "newsfacts_people"

# The ``concurrent`` argument of the regex module's match, search and fullmatch (their
# fourth) for the patterns read at every candidate: False keeps the GIL through the match.
# By default the module lets go of it and takes it back around every match of a str, a
# third of the cost of matching the few characters read here (and no other thread could
# run in so short a time anyway).
CONCURRENT = False

_HONORIFIC_ROWS = read_table(_PACKAGE, "honorifics.tsv", columns=3)
HONORIFICS: dict[str, str] = {row[0]: row[1] for row in _HONORIFIC_ROWS}
# A plural honorific before a list of names is each one's singular: "Sens. Rand Paul and ..."
HONORIFIC_SINGULARS: dict[str, str] = {row[0]: row[2] for row in _HONORIFIC_ROWS if row[2]}
# "Sheikh" before a woman's given name: her name's first word (see family_name_first)
FAMILY_HONORIFICS = read_words(_PACKAGE, "family_honorifics.txt")
#: Names ending in "-ing" (``data/ing_names.txt``): no verb's form before a surname
ING_NAMES = read_words(_PACKAGE, "ing_names.txt")
# Titles that say a person's gender: "Queen Camilla"
TITLE_GENDERS: dict[str, str] = {
    title: gender for title, gender in read_table(_PACKAGE, "title_genders.tsv", columns=2)
}
# Nouns of a role or a kinship that say a person's gender: "her grandson, Caleb"
ROLE_GENDERS: dict[str, str] = {
    noun: gender for noun, gender in read_table(_PACKAGE, "role_genders.tsv", columns=2)
}


@built  # some 3,000 rows, half of this module's import: kept on disk
def _given_names() -> dict[str, str]:
    return {
        row[0]: row[1]
        for filename in ("census_given_names.tsv", "given_names.tsv")
        for row in read_table(_PACKAGE, filename, columns=2)
    }


# The names of people in the news of many countries, by hand, and the most common US given
# names the 1990 census lists (written by tools/census_given_names.py)
GIVEN_NAMES = _given_names()
PRONOUNS: dict[str, str] = {
    row[0]: row[1] for row in read_table(_PACKAGE, "pronouns.tsv", columns=2)
}
TITLES = read_words(_PACKAGE, "titles.txt")
LOWER_TITLES = frozenset(title.lower() for title in TITLES)
#: Nouns of a person's situation (data/situation_roles.txt): roles, and never a title
SITUATION_ROLES = read_words(_PACKAGE, "situation_roles.txt")
#: Nouns that head a role phrase: the field's own (data/roles.txt), the nouns of situations
#: and the core's nouns of family and partners ("his wife Jane").
ROLE_HEADS = read_words(_PACKAGE, "roles.txt") | KIN_NOUNS | SITUATION_ROLES
#: Nouns of a relation to another set off by commas before a name: the field's own
#: (data/relations.txt: "neighbor", "friend") and the core's nouns of family and partners.
RELATIONS = read_words(_PACKAGE, "relations.txt") | KIN_NOUNS
ROLE_MODIFIERS = read_words(_PACKAGE, "role_modifiers.txt")
#: Months' names that are given names too ("April", "June"), capitalized: the core's.
MONTH_GIVEN_NAMES = frozenset(month.capitalize() for month in GIVEN_NAME_MONTHS)
#: Capitalized words never part of a person's name: the field's own (data/not_names.txt), the
#: core's weekdays and months with their abbreviations, but the months that are given names,
#: and its nouns for a country's people but given names ("Spaniard Carlos Alcaraz"; "Finn").
NOT_NAMES = (
    read_words(_PACKAGE, "not_names.txt")
    | frozenset(NATIONALITY_NOUNS).difference(GIVEN_NAMES)
    | frozenset(day.capitalize() for day in WEEKDAYS)
    | frozenset(month.capitalize() for month in MONTHS).difference(MONTH_GIVEN_NAMES)
)
# Companies and bodies named like people, by their first two words ("Eli Lilly", "Red Cross")
COMPANY_NAMES = frozenset(
    tuple(name.split()[:2]) for name in read_words(_PACKAGE, "company_names.txt")
)
COMPOUND_TAILS = read_words(_PACKAGE, "compound_tails.txt")
FUNCTION_WORDS = read_words(_PACKAGE, "function_words.txt")
#: The words that end a name's words (names._name_end), in one set, as that loop reads every
#: word of a run: those never part of a name, the function words, and the verbs a headline
#: in title case writes right after a name ("Jo Reyes Says ...", "Mr. Reyes Is ...";
#: data/verbs_after_names.txt; not a name's first word: "Had Reyes won, ...")
VERBS_AFTER_NAMES = read_words(_PACKAGE, "verbs_after_names.txt")
NAME_ENDS = NOT_NAMES | FUNCTION_WORDS | VERBS_AFTER_NAMES
#: Words of organizations, buildings and works in a name (not a person's): the field's own
#: (data/org_words.txt: "Tower", "Bowl") and the core's heads of organizations' names
#: (ORGANIZATION_HEADS: "Administration", "Electronics"), but those that are people's names
#: too (data/name_heads.txt: "Danielle Steel")
ORG_WORDS = read_words(_PACKAGE, "org_words.txt") | (
    frozenset(ORGANIZATION_HEADS) - read_words(_PACKAGE, "name_heads.txt")
)
#: The fields of government and utilities written before the place whose body they name, by
#: their words (the core's PLACE_BODY_FIELDS: "Parks", "Tourism", "Public Health"): such a
#: field and one word more are a body's name ("Parks Victoria", "Tourism Victoria"), not a
#: person's, though the place is a given name
PLACE_BODY_FIELDS_BEFORE = frozenset(
    tuple(words.split()) for words, side, _kind in PLACE_BODY_FIELDS if side == "before"
)
#: Verbs and adverbs of slogans before a surname: "Stop", "Never" (the check "slogan")
SLOGAN_WORDS = read_words(_PACKAGE, "slogan_words.txt")
#: Verbs opening a campaign group's name: "Save", "Protect" (the check "campaign")
CAMPAIGN_WORDS = read_words(_PACKAGE, "campaign_words.txt")
_SENTENCE_WORDS = read_words(_PACKAGE, "sentence_words.txt")
SENTENCE_WORDS = frozenset(word.lstrip("?") for word in _SENTENCE_WORDS)
#: Those that are no one's given name ("?" marks "Will", "Do", "Can"): before one word,
#: at a run's start, no part of the name ("Neither Lebrun nor ...")
NO_GIVEN_SENTENCE_WORDS = frozenset(word for word in _SENTENCE_WORDS if word[0] != "?")
#: Words of places (data/places.txt), the countries' names of one word (the core's
#: COUNTRIES: "Poland", "UK"), the words of the states' names (US_STATE_WORDS: "Ohio",
#: "Carolina"; not "Rhode", which the field never listed: reading it gains a dev person,
#: "Rhode Island Gov. Ann Corliss", a change to measure on its own) and the words of the
#: four cardinal points ("North", "Western")
PLACES = (
    read_words(_PACKAGE, "places.txt")
    | frozenset(name for country in COUNTRIES for name in country.names if " " not in name)
    | (US_STATE_WORDS - {"Rhode"})
    | frozenset(word.capitalize() for word in CARDINAL_WORDS)
)
WORD_SURNAMES = read_words(_PACKAGE, "word_surnames.txt")
PARTICLES = NAME_PARTICLES
#: Verbs of speech next to which a run of capitalized words is a person: the core's.
SPEECH_VERBS = CORE_SPEECH_VERBS
#: Their first three letters ("sai" of "said"; all have three or more): a word after a name
#: that starts otherwise is none, told without a pattern (two letters let "said" and "same",
#: "told" and "today" through alike).
SPEECH_VERB_STARTS = frozenset(verb[:3] for verb in SPEECH_VERBS)
_PLACE_HEADS = read_words(_PACKAGE, "place_heads.txt")
PLACE_HEADS = frozenset(word.lstrip("?") for word in _PLACE_HEADS)
INNER_PLACE_HEADS = frozenset(word for word in _PLACE_HEADS if not word.startswith("?"))
# Places named like a person, by their words ("Byron Bay": tools/feature_places.py)
PLACE_NAMES = frozenset(tuple(name.split()) for name in read_words(_PACKAGE, "place_names.txt"))
PLACE_PREFIXES = read_words(_PACKAGE, "place_prefixes.txt")
# Words written with a full stop before a name: "Mr. Obama", "St. Louis"; not the whole
# words among them ("Lord", "Fort"), whose full stop ends a sentence
ABBREVIATED = (frozenset(HONORIFICS) | PLACE_PREFIXES) - read_words(
    _PACKAGE, "whole_word_prefixes.txt"
)
TITLE_MODIFIERS = read_words(_PACKAGE, "title_modifiers.txt")
# Titles of two words whose first is no title alone ("First Lady", "Under Secretary")
TITLE_PAIRS = frozenset(
    (first, second) for first, second in read_table(_PACKAGE, "title_pairs.tsv", columns=2)
)
# Bodies whose names are written in their officers' titles ("White House Press Secretary"),
# by their words
OFFICE_BODIES = frozenset(tuple(body.split()) for body in read_words(_PACKAGE, "office_bodies.txt"))
PLACE_PORTFOLIO_TITLES = read_words(_PACKAGE, "place_portfolio_titles.txt")
NATION_ABBREVIATIONS = read_words(_PACKAGE, "nation_abbreviations.txt")
ORG_AFTER_NOUNS = read_words(_PACKAGE, "org_after_nouns.txt")
ORG_BEFORE_PHRASES = read_words(_PACKAGE, "org_before_phrases.txt")
TRADE_NOUNS_OF_BOTH = read_words(_PACKAGE, "trade_nouns_of_both.txt")
PLACE_OF_NOUNS = read_words(_PACKAGE, "place_of_nouns.txt")
HEADLINE_LOWER_WORDS = read_words(_PACKAGE, "headline_lower_words.txt")
NAME_SUFFIXES = read_words(_PACKAGE, "name_suffixes.txt")
PATRONYMICS = read_words(_PACKAGE, "patronymics.txt")
STORM_WORDS = read_words(_PACKAGE, "storm_words.txt")
EVENT_PERIODS = read_words(_PACKAGE, "event_periods.txt")

# A capitalized word ("O’Malley", "Jean-Claude", "al-Assad": an Arabic article before it;
# "deGravelles", "deGrom": a particle written onto the name; a possessive "’s" is left out), or
# a run of initials ("J.", "U.S."). Possessive quantifiers keep it linear. A particle (in
# lower case) is a last branch of its own, not an optional part tried first at every word:
# a word opening with a capital matches as before, and most words fail the branches before
# it at their first letter (a tenth of the scan's cost).
_NAME = r"\p{Lu}[\p{L}\p{M}]*+(?:[’'\-](?!s\b)[\p{L}\p{M}]++)*+"
_NAME_WORD = (
    rf"(?<![\p{{L}}\p{{M}}\d’'\-])(?:(?:\p{{Lu}}\.)++|{_NAME}"
    rf"|(?:[ae]l-|(?:d[aeiu]|l[ae]|v[ao]n)(?=\p{{Lu}}\p{{Ll}})){_NAME})"
)
NAME_WORD = compiled(_NAME_WORD)
# NAME_WORD for a text of ASCII characters alone, for the standard library's re: there a
# letter is [A-Za-z], no character a mark, and \b, \d the same as the regex module's. The
# regex module looks up each character's Unicode properties, try after try (the scan of 100
# CoNLL articles, all ASCII, is a quarter of the plugin). Written so that it opens with a
# class of characters, the first letter of every branch: re then skips in C to the next
# character that may open a match, where a pattern opening with a look-behind is tried at
# every character (the scan of those 100 articles takes half as long). The look-behind
# reads the character before that first one; the branches are NAME_WORD's, in its order,
# each after its first letter. NAME_WORD's possessive quantifiers are greedy ones here (re has
# none before Python 3.11): nothing after them in the pattern can fail, so no match
# backtracks into them, and the matches are the same (tests/test_people_patterns.py). Its
# classes leave NAME_WORD's "’" out, which an ASCII text never holds: for a class with a
# character past Latin-1, re's compiler builds a table of all 65,536 (a cold start's 1 %).
_ASCII_NAME_REST = r"[A-Za-z]*(?:['\-](?!s\b)[A-Za-z]+)*"  # "...ohn", "...'Malley"
_ASCII_PARTICLE_NAME = rf"(?=[A-Z][a-z])[A-Z]{_ASCII_NAME_REST}"  # "Grom" of "deGrom"
ASCII_NAME_WORD = re.compile(
    rf"""
    [A-Zadelv](?<![A-Za-z\d'\-].)             # a first letter, no letter nor digit before it
    (?:
        (?<=[A-Z])(?:\.(?:[A-Z]\.)*            # initials: "J.", "U.S."
                   |{_ASCII_NAME_REST})        # a capitalized word: "Kyiv", "O'Malley"
      | (?<=[ae])l-[A-Z]{_ASCII_NAME_REST}      # "al-Assad", "el-Sisi"
      | (?<=d)[aeiu]{_ASCII_PARTICLE_NAME}      # "deGrom", "diNapoli"
      | (?<=l)[ae]{_ASCII_PARTICLE_NAME}        # "leBlanc"
      | (?<=v)[ao]n{_ASCII_PARTICLE_NAME}       # "vanDyke", "vonTrapp"
    )
    """,
    flags=re.ASCII | re.VERBOSE,
)


# What may stand between two words of one name: spaces, a closing bracket of an editorial
# insertion ("(Russian President Vladimir) Putin": the name is read across it, the mentions
# are split at it), name particles ("de", "von der"), and the double quotes around a
# nickname of one word ('Earvin "Magic" Johnson').
_PARTICLE_ALTERNATION = "|".join(
    sorted(map(regex.escape, PARTICLES), key=lambda word: (-len(word), word))
)
NAME_GAP = compiled(
    rf"""
    [")”]?                                  # a closing bracket, or a nickname's closing quote
    [ \u00a0]+
    (?:(?:{_PARTICLE_ALTERNATION})[ \u00a0]+)*+
    ["“]?                                   # a nickname's opening quote
    """,
    regex.VERBOSE,
)


def verb_before(verbs: frozenset[str]) -> regex.Pattern[str]:
    """A pattern of one of ``verbs`` right before a position, read backwards from it
    (REVERSE, anchored there by \\G): one attempt with ``search(text, low, position)``, not a
    search from every position of the window ("appointed |Ngozi", "arrested |Tavi")."""
    return compiled(
        r"\b(?:" + "|".join(sorted(map(regex.escape, verbs))) + r")[ \u00a0]++\G",
        flags=regex.REVERSE,
    )


def verb_endings(verbs: frozenset[str]) -> frozenset[str]:
    """The last two letters of ``verbs`` (words of two or more): a word right before a name
    that ends otherwise is none of them, told without :func:`verb_before`'s pattern ("said
    |Jan Smith" ends in "id", no appointment verb's ending)."""
    return frozenset(verb[-2:] for verb in verbs)


# A phrase of ORG_BEFORE_PHRASES right before a name ("analysts at Morgan Stanley"), read
# backwards from it (REVERSE, anchored there by \G): one attempt, not a search.
FIRM_BEFORE = compiled(
    r"\b(?i:"
    + "|".join(
        r"[ \u00a0]++".join(map(regex.escape, phrase.split()))
        for phrase in sorted(ORG_BEFORE_PHRASES)
    )
    + r")[ \u00a0]++\G",
    flags=regex.REVERSE,
)

# A noun of towns and "of" right before a name ("the town of Mai Mahiu"), read backwards from
# it (REVERSE, anchored there by \G): one attempt, not a search.
PLACE_OF = compiled(
    r"\b(?:" + "|".join(sorted(map(regex.escape, PLACE_OF_NOUNS))) + r")[ \u00a0]++of[ \u00a0]++\G",
    flags=regex.REVERSE,
)

# The same noun before a list of places that ends in "and" before the name, read backwards
# from it: "the cities of Dunmore and| Lake Forest", "the towns of Avon, Bly and| Glen Park"
# (each place one to three capitalized words, "St." or "Ft." among them; no possessive
# quantifier on a word: read backwards, it would take the capital too)
PLACES_LISTED_OF = compiled(
    r"""
    \b(?:"""
    + "|".join(sorted(map(regex.escape, PLACE_OF_NOUNS)))
    + r""")[ ]of[ ]
    (?:\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2},[ ]){0,6}  # "Avon, Bly "
    \p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,2}              # "Dunmore"
    ,?[ ]and[ ]\G
    """,
    flags=regex.REVERSE | regex.VERBOSE,
)

# A lower-case noun right after a name: "Zycie Warszawy daily".
NEXT_LOWER = compiled(r"[ \u00a0]++(\p{Ll}++)")
# An appositive describing an organization: ", a group founded by", ", a company based in",
# ", a conservative nonprofit that" (up to two words before the noun, none a preposition;
# after it, no more of the noun phrase: not ", a union leader").
ORGANIZATION_APPOSITIVE = compiled(
    r"""
    ,[ \u00a0]++(?:a|an|the)[ \u00a0]++
    (?:(?!(?:for|of|at|with|in|to|from|on|by)\b)[\p{L}\-]++[ \u00a0]++){0,2}?
    (?:"""
    + "|".join(
        # longest first, then alphabetical: the same pattern in every process (the cache's)
        sorted(
            read_words(_PACKAGE, "organization_appositives.txt") | ORGANIZATION_NOUNS.keys(),
            key=lambda w: (-len(w), w),
        )
    )
    + r""")
    (?=[,.;]|[ \u00a0](?:that|which|whose|founded|based|created|formed|run|led|backed|owned
                         |with|in|of|for|known)\b)
    """,
    regex.VERBOSE,
)
# An appositive describing a place (data/place_appositives.txt): ", the capital of Quang Binh
# province", ", a fishing village on the coast", ", the county seat of Polk County"
PLACE_APPOSITIVE = compiled(
    r"""
    ,[ \u00a0]++(?:a|an|the)[ \u00a0]++
    (?:[\p{Ll}\-]++[ \u00a0]++){0,2}?          # "fishing", "provincial", "county"
    (?:"""
    + "|".join(sorted(read_words(_PACKAGE, "place_appositives.txt"), key=lambda w: (-len(w), w)))
    + r""")
    [ \u00a0]++(?:of|in|near|on|outside)\b
    """,
    regex.VERBOSE,
)
# A firm named after people: "Edward D. Jones & Co", "Johnson & Sons", "Smith and Partners".
FIRM_AFTER = compiled(
    r"[ \u00a0]*+(?:&|and)[ \u00a0]++(?:Co|Company|Sons|Partners|Associates)(?![\p{L}\d])"
)


# An appositive after a mention: ", a retired general and ...," / ", head of the ...". It
# ends at a full stop, but not one of an initial ("U.S.", "John F. Kennedy"); an acronym's
# ends it ("chief economist at KPMG. Traders ...").
# An abbreviation's full stop before a name, which ends no sentence: "St. Mary's Hospital".
# The full stop is looked for first: APPOSITIVE tests this at every character it reads, and
# the look-behind's list of abbreviations, tried at each, made it the people field's
# costliest pattern.
_ABBREVIATION_STOP = (
    r"(?=\.)(?<=(?:^|[^\p{L}])(?:"
    + "|".join(sorted(ABBREVIATED, key=lambda w: (-len(w), w)))
    + r"))\.(?=[ \u00a0]\p{Lu})"
)
# One character of an appositive: any but its closing marks, quotes and line breaks, or a
# full stop that ends no sentence (an initial's is none: "a partner at J. P. Morgan", nor an
# abbreviation's before a name: "a nurse at St. Mary's Hospital").
_APPOSITIVE_STOP = r"\.(?!\s)|(?<=(?:^|[^\p{L}])\p{Lu})\.|" + _ABBREVIATION_STOP
#: The longest appositive APPOSITIVE's phrase may be, in characters: the caller tests it
#: (see APPOSITIVE).
APPOSITIVE_LONGEST = 140
APPOSITIVE = compiled(
    r""",[ \u00a0]++
    # no sentence's full stop inside: "Susan Doyle, 62. Justice Ann Murray ..."
    (
      (?:[^,;:!?()“”"\n.]|"""
    + _APPOSITIVE_STOP
    + r"""){3}                       # three characters at least: ", 62,"
      # then the rest up to the first closing mark or sentence's stop, the characters between
      # two full stops read a run at a time (possessive: no closing mark is in a run, so
      # the phrase ends where it would one character at a time, for a fifth of the cost).
      # Its length is not bounded here: a count of runs is none of characters.
      (?:[^,;:!?()“”"\n.]++|"""
    + _APPOSITIVE_STOP
    + r""")*?
    )
    (?=[,;:!?()]|(?<![^\p{L}]\p{Lu})(?!"""
    + _ABBREVIATION_STOP
    + r""")\.(?:\s|$)|$)""",
    regex.VERBOSE,
)
APPOSITIVE_WORD = compiled(r"[\p{L}’'\-]+")
# The opening words of a relative clause that gives a role: "who is" of ", who is the
# country's finance minister," (data/relative_role_openers.txt).
RELATIVE_ROLE_OPENER = compiled(
    r"(?:"
    + "|".join(
        sorted(
            (
                opener.replace(" ", "[ \u00a0]++")
                for opener in read_words(_PACKAGE, "relative_role_openers.txt")
            ),
            key=len,
            reverse=True,
        )
    )
    + r")[ \u00a0]++"
)
# The first word of such an appositive: an article, a possessive or a role noun (see
# roles.after for the words before a role noun: "managing partner at Deepwater").
APPOSITIVE_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its"}) | ROLE_HEADS
