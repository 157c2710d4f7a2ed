"""A verb's "-ing" form before the surname of a person the article names in full ("Chasing
Vance was harder", "Debating Vance's record"): the surname alone names that person; the verb
is no given name."""

from __future__ import annotations

from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people.candidates import Mention

# The shortest "-ing" form read as a verb: shorter words are names ("King", "Ming", "Jing")
_SHORTEST = 6


def _verb_form(word: str) -> bool:
    return (
        len(word) >= _SHORTEST
        and word.endswith("ing")
        and word[1:].islower()
        and not nf.is_given_name(word)
        and word not in lx.ING_NAMES
    )


def surnames_after_verbs(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, each of two words that a verb's "-ing" form opens before the surname of
    a person named in full elsewhere cut to that surname; unless the article writes these
    two words as a person's name on their own evidence ("Irving Thalberg, the producer")."""
    full = [m for m in mentions if m.sure and len(m.words) > 1]
    if not full:
        return mentions  # no one named in full: no surname to read
    surnames = {m.words[-1] for m in full}
    names = {m.written for m in full}
    return [
        _surname_of(text, m)
        if len(m.words) == 2
        and not m.sure
        and m.title is None
        and m.words[1] in surnames
        and m.written not in names
        and _verb_form(m.words[0])
        else m
        for m in mentions
    ]


def _surname_of(text: str, mention: Mention) -> Mention:
    surname = mention.words[1]
    start = mention.end - len(surname)
    if not text.startswith(surname, start):
        return mention  # (a name written across a line's end or a bracket: left as read)
    return mention._replace(start=start, words=(surname,), written=surname, known_context=None)
