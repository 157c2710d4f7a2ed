"""A common word before the name of a person the article names in full ("Chasing Vance was
harder", "Debating Vance's record", a headline's "Top Vance aide quits", "Vote Jo Reyes"):
the rest names that person; the word is no given name.

The word is no known given name (``data/given_names.tsv``) and is either a verb's "-ing"
form or a word the article also writes in lower case ("top", "vote"), and no name's particle
("Van der Berg"): a name the article never writes so ("Tagg Romney" beside "Mitt Romney")
is a relative's own. Before a full name, though, any such word is no part of the name (an
epithet or a word of the sentence: "Dodgy Jo Reyes", "Vermonter Jo Reyes"): a relative is
named by a given name and the surname, not a given name and a full name.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.plugin import NAME_PARTICLES
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people.candidates import Mention

# The shortest "-ing" form read as a verb: shorter words are names ("King", "Ming", "Jing")
_SHORTEST = 6


def verb_form(word: str) -> bool:
    return len(word) >= _SHORTEST and word.endswith("ing") and word not in lx.ING_NAMES


def surnames_after_common_words(
    text: str, mentions: list[Mention], lower_case: Callable[[], frozenset[str]]
) -> list[Mention]:
    """``mentions``, each that a common word opens before the name or the surname of a
    person named in full elsewhere cut to that name or surname; unless the article writes
    the whole as a person's name on its own evidence ("Irving Thalberg, the producer")."""
    full = [m for m in mentions if m.sure and len(m.words) > 1]
    if not full:
        return mentions  # no one named in full: no surname to read
    surnames = {m.words[-1] for m in full}
    names = {m.written for m in full}
    written_lower: frozenset[str] | None = None
    found = []
    for mention in mentions:
        rest = _rest(mention, surnames, names)
        if rest:
            if written_lower is None:
                written_lower = lower_case()  # asked only here: few articles get this far
            if _common_word(mention.words[0], written_lower) or _before_full_name(mention):
                mention = _cut_to(text, mention, rest)
        found.append(mention)
    return found


def _rest(mention: Mention, surnames: set[str], names: set[str]) -> str:
    """The words after the first, where they are the surname or the full name of a person
    named in full, and the mention is no such name itself ("" otherwise)."""
    words = mention.words
    if len(words) < 2 or mention.sure or mention.title is not None or mention.written in names:
        return ""
    rest = " ".join(words[1:])
    return rest if rest in names or (len(words) == 2 and words[1] in surnames) else ""


def _common_word(word: str, written_lower: frozenset[str]) -> bool:
    """No given name nor a name's particle ("Van der Westhuizen", "Al Ashry"), and a verb's
    "-ing" form or a word the article writes in lower case."""
    if not word[1:].islower() or nf.is_given_name(word) or word.lower() in NAME_PARTICLES:
        return False
    return verb_form(word) or word.lower() in written_lower


def _before_full_name(mention: Mention) -> bool:
    """A word that is no given name nor a name's particle, before the full name of a person
    named in full: an epithet or a word of the sentence ("Dodgy Nora Vance", "Vermonter
    Nora Vance"), as no one's name is a full name after one more word."""
    word = mention.words[0]
    return (
        len(mention.words) > 2
        and word[1:].islower()
        and not nf.is_given_name(word)
        and word.lower() not in NAME_PARTICLES
    )


def _cut_to(text: str, mention: Mention, rest: str) -> Mention:
    start = mention.end - len(rest)
    if not text.startswith(rest, start):
        return mention  # (a name written across a line's end or a bracket: left as read)
    return mention._replace(start=start, words=mention.words[1:], written=rest, known_context=None)
