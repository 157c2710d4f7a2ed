"""Words around people's names that every field reads alike.

A person's full name may be followed by letters for an office, a rank of counsel or an
honour: "Crown prosecutor Sally Dowling SC", "Lord Pannick KC", "Jane Smith OBE". The
people field ends the name before them, and the organizations field reads none of them as an
organization; both ask :data:`POST_NOMINALS`, so they never disagree on what the letters are.

    >>> "KC" in POST_NOMINALS, "NATO" in POST_NOMINALS
    (True, False)

A nickname in double quotes may stand inside a name: 'House Speaker Emanuel "Chris" Welch'.
The people field reads the name across it, and the quotes field does not take its marks for
a quotation's between a quote and its speaker; both ask :data:`NICKNAME`.

    >>> text = 'Emanuel "Chris" Welch said'
    >>> NICKNAME.search(text).group()
    '"Chris"'

Nouns for people ("officials", "rescuers", "residents") count people for the numbers field
("five rescuers") and, capitalized at a sentence's start, name no organization for the
organizations field ("Officials reported 25 deaths"); both ask :data:`PEOPLE_NOUNS`.

    >>> "rescuers" in PEOPLE_NOUNS, "reuters" in PEOPLE_NOUNS
    (True, False)

A person's name may hold lower-case particles ("Charles de Gaulle", "Ursula von der Leyen",
"Ahmed bin Ali"): the people field reads the name across them, and the locations field reads
a place's name between two capitalized words around one as a person's ("Ludwig van
Beethoven"); both ask :data:`NAME_PARTICLES`.

    >>> "von" in NAME_PARTICLES, "of" in NAME_PARTICLES
    (True, False)

Next to a verb of speech a run of capitalized words is someone speaking ("Tymur Tkachenko
said", "Jordan told reporters"): the people field reads a name there, the locations field
no place (unless the article knows it as one), and the quotes field a cue; they ask
:data:`SPEECH_VERBS`.

    >>> "tweeted" in SPEECH_VERBS, "walked" in SPEECH_VERBS
    (True, False)

Nouns of a person's family and partners ("daughter", "widow", "fiancée") tell that a name
near them is a person's: the people field reads one before a name as the person's relation
("his wife Jane"), the locations field reads a name set off by commas after one as a person
whatever place bears it ("her daughter, Brittany,"), and the quotes field reads "the
victim's mother" as a speaker described by whom she belongs to; they ask :data:`KIN_NOUNS`.

    >>> "niece" in KIN_NOUNS, "neighbor" in KIN_NOUNS
    (True, False)

Some people the news names by their initials ("AMLO", "MBS", "RFK Jr."): the people field
names the person, and the organizations field never reads the initials as an organization;
both ask :data:`PERSON_INITIALS`.

    >>> PERSON_INITIALS["AMLO"]
    ('Andrés Manuel López Obrador', True)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import regex

from newsfacts.tables import compiled, read_table, read_words

#: Post-nominal letters ("KC", "QC", "MP", "OBE"), from ``newsfacts/data/post_nominals.txt``:
#: after a name of two words or more they are neither part of it nor an organization.
POST_NOMINALS = read_words("newsfacts", "post_nominals.txt")

#: Lower-case nouns for people, singular and plural ("officials", "rescuers", "man"), from
#: ``newsfacts/data/people_nouns.txt``.
PEOPLE_NOUNS = read_words("newsfacts", "people_nouns.txt")

#: Lower-case particles inside a person's name ("de", "von", "bin", "y"), from
#: ``newsfacts/data/name_particles.txt``.
NAME_PARTICLES = read_words("newsfacts", "name_particles.txt")

#: Verbs of speech in the forms news writes next to a speaker ("said", "says", "told",
#: "tweeted"), from ``newsfacts/data/speech_verbs.txt``.
SPEECH_VERBS = read_words("newsfacts", "speech_verbs.txt")

#: Lower-case nouns of a person's family and partners, singular ("daughter", "widower",
#: "fiancée"), from ``newsfacts/data/kin_nouns.txt``.
KIN_NOUNS = read_words("newsfacts", "kin_nouns.txt")

#: People named by their initials, from ``newsfacts/data/person_initials.tsv``: the initials
#: as written ("MBS", "RFK Jr.") -> the person's full name ("Mohammed bin Salman"), and
#: whether the initials name that person even in an article that does not name them in full
#: (True for "AMLO"; "MBS" are mortgage-backed securities too). Never an organization.
PERSON_INITIALS: Mapping[str, tuple[str, bool]] = MappingProxyType(
    {
        initials: (name, alone == "alone")
        for initials, name, alone in read_table("newsfacts", "person_initials.tsv", columns=3)
    }
)

#: A nickname: one capitalized word or initials in double quotes between two capitalized
#: words ('Emanuel "Chris" Welch', 'Elvin "E.R." Mordell'), its marks included; not a
#: quoted word ending a sentence ('rated it “True.” The news service').
NICKNAME = compiled(
    r"""
    (?<=\b\p{Lu}[\p{L}.'’\-]*[ \u00a0]+)        # a capitalized word before it
    ["“]\p{Lu}(?:[\p{L}'’\-]*+|\.(?:\p{Lu}\.)++)["”]   # "Chris", "E.R."
    (?=[ \u00a0]+\p{Lu})                          # and one after it
    """,
    regex.VERBOSE,
)
