"""Unknown acronyms that name a program, not a body: "the state's HALO grant", "districts
get BRIDGE funds", "TAP programs". A word in lower case for a program's money or the program
itself right after one mention of the acronym says so for every mention in the article ("HALO
paid for the new buses"), as a thing defined with its acronym does (see resolve.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsfacts.plugin import compiled
from newsfacts_organizations.name_tables import Entry
from newsfacts_organizations.rules import ACRONYM_RULE, Candidate

# The kind of an unknown acronym read as a program's name: no fact is made of its mentions.
PROGRAM = "program"

# After the acronym and one space or tab: not a possessive ("the NAACP's program" is the
# body's own), nor a word only opening the noun ("programmer").
_PROGRAM_AFTER = compiled(r"[ \t]+(?:programs?|grants?|funds|funding)\b")

# After a mention, what only a body has: an owner's "'s", a voice, an officer ("the NAACP
# program" in an article where "the NAACP said" stays the body).
_BODY_AFTER = compiled(
    r"['’]s\b|[ \t]+(?:said|says|spokesman|spokeswoman|president|chairman|director)\b"
)


def program_acronyms(text: str, chosen: Iterable[Candidate]) -> set[tuple[str, ...]]:
    """The keys of the unknown acronyms among ``chosen`` that one of their mentions shows to
    name a program and none to be a body: a word in capitals the unknown-acronym rule read,
    with no kind and no long form (a listed or defined body keeps its mentions: "UN funds",
    "NATO programs")."""
    programs: set[tuple[str, ...]] = set()
    bodies: set[tuple[str, ...]] = set()
    for candidate in chosen:
        entry = candidate.entry
        if candidate.rule != ACRONYM_RULE or entry.kind is not None or entry.name != entry.acronym:
            continue
        if _BODY_AFTER.match(text, candidate.end):
            bodies.add(candidate.key)
        elif _PROGRAM_AFTER.match(text, candidate.end):
            programs.add(candidate.key)
    return programs - bodies


def program_entries(text: str, chosen: Sequence[Candidate]) -> dict[tuple[str, ...], Entry]:
    """The entries of the program acronyms among ``chosen``, of kind :data:`PROGRAM`."""
    return {key: Entry(key[0], key[0], PROGRAM) for key in program_acronyms(text, chosen)}
