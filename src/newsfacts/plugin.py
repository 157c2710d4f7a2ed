"""Everything a plugin may use: import from here (or the ``newsfacts`` package) and nothing else.

A plugin reads the article through the :class:`Document` the core built once (paragraphs,
sentences, tokens as :class:`Segment`), builds facts of a :class:`Fact` subclass, reads the
facts of the fields it needs from a :class:`FactMap` with the built-in :class:`Field` keys,
keeps its word lists in ``data/`` read with :func:`read_words` and :func:`read_table` (and
compiles its patterns on first use: :class:`Patterns`, :func:`compiled`; writes a word list
into them as a trie: :func:`alternation`; keeps the tables it builds of them on disk:
:func:`built`), and
writes its decisions as ordered tables of named :class:`Check` rows run by :func:`decide`
(which ``newsfacts explain`` shows; :func:`tracing` says whether it is showing them; a
:class:`Screen` cuts a long table down to the checks that may hold).
An import-linter contract (``tox -e lint``) holds the built-in plugins to this module, and
keeps them from importing each other.
"""

from __future__ import annotations

from newsfacts.alternations import alternation
from newsfacts.calendar_names import GIVEN_NAME_MONTHS, MONTH_NAMES, MONTHS, WEEKDAYS
from newsfacts.countries import (
    CARDINAL_WORDS,
    COMPASS_ADJECTIVES,
    COMPASS_WORDS,
    COUNTRIES,
    COUNTRY_NAMES,
    NATIONALITY_NOUNS,
    US_STATE_WORDS,
    US_STATES,
    Country,
)
from newsfacts.datelines import dateline, dateline_of, prefixed_title
from newsfacts.document import Document
from newsfacts.errors import NewsfactsError
from newsfacts.explain import Check, Gate, Screen, decide, tracing
from newsfacts.facts import Fact, FactMap, Field, SpanSet, sorted_facts
from newsfacts.fields import (
    BUILT_IN_FIELDS,
    DATES,
    LOCATIONS,
    NUMBERS,
    ORGANIZATIONS,
    PEOPLE,
    QUOTES,
    Location,
    Organization,
    Person,
    Quantity,
    Quote,
    TimeExpression,
)
from newsfacts.genre import SPORTS_WORDS, VENUE_WORDS
from newsfacts.home import Home
from newsfacts.hookspecs import hookimpl
from newsfacts.names import (
    KIN_NOUNS,
    NAME_PARTICLES,
    NICKNAME,
    PEOPLE_NOUNS,
    PERSON_INITIALS,
    POST_NOMINALS,
    SPEECH_VERBS,
)
from newsfacts.numerals import NUMBER_WORDS, ORDINAL_WORDS, NumberWord
from newsfacts.organization_heads import (
    ORGANIZATION_HEADS,
    ORGANIZATION_NOUNS,
    PLACE_BODY_FIELDS,
    OrganizationHead,
)
from newsfacts.providers import ExtractFunction, Register
from newsfacts.tablecache import built
from newsfacts.tables import Patterns, compiled, read_bytes, read_lines, read_table, read_words
from newsfacts.text import Segment, starts_of
from newsfacts.text import tokens as tokenize
from newsfacts.tokens import Tokens
from newsfacts.verbs import (
    IRREGULAR_PAST,
    IRREGULAR_VERBS,
    SAME_FORM_PASTS,
    SAME_FORM_VERBS,
    IrregularVerb,
)
from newsfacts.vocabulary import Vocabulary, WordColumn

__all__ = [
    "BUILT_IN_FIELDS",
    "CARDINAL_WORDS",
    "COMPASS_ADJECTIVES",
    "COMPASS_WORDS",
    "COUNTRIES",
    "COUNTRY_NAMES",
    "DATES",
    "GIVEN_NAME_MONTHS",
    "IRREGULAR_PAST",
    "IRREGULAR_VERBS",
    "KIN_NOUNS",
    "LOCATIONS",
    "MONTHS",
    "MONTH_NAMES",
    "NAME_PARTICLES",
    "NATIONALITY_NOUNS",
    "NICKNAME",
    "NUMBERS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "ORGANIZATIONS",
    "ORGANIZATION_HEADS",
    "ORGANIZATION_NOUNS",
    "PEOPLE",
    "PEOPLE_NOUNS",
    "PERSON_INITIALS",
    "PLACE_BODY_FIELDS",
    "POST_NOMINALS",
    "QUOTES",
    "SAME_FORM_PASTS",
    "SAME_FORM_VERBS",
    "SPEECH_VERBS",
    "SPORTS_WORDS",
    "US_STATES",
    "US_STATE_WORDS",
    "VENUE_WORDS",
    "WEEKDAYS",
    "Check",
    "Country",
    "Document",
    "ExtractFunction",
    "Fact",
    "FactMap",
    "Field",
    "Gate",
    "Home",
    "IrregularVerb",
    "Location",
    "NewsfactsError",
    "NumberWord",
    "Organization",
    "OrganizationHead",
    "Patterns",
    "Person",
    "Quantity",
    "Quote",
    "Register",
    "Screen",
    "Segment",
    "SpanSet",
    "TimeExpression",
    "Tokens",
    "Vocabulary",
    "WordColumn",
    "alternation",
    "built",
    "compiled",
    "dateline",
    "dateline_of",
    "decide",
    "hookimpl",
    "prefixed_title",
    "read_bytes",
    "read_lines",
    "read_table",
    "read_words",
    "sorted_facts",
    "starts_of",
    "tokenize",
    "tracing",
]
