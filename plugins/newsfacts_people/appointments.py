"""An office given to a name: "named Sri Mulyani Indrawati finance minister", "appointed
Ngozi Okonjo-Iweala as director-general", "elected Jane Mwangi chairwoman". The verb before
and the role noun after make the name a person's, and the role phrase is the person's role."""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_people import lexicon as lx

_VERBS = read_words("newsfacts_people", "appointment_verbs.txt")
# Roles firms hold too, and words that make a role a firm's ("lead manager")
_FIRM_ROLES = read_words("newsfacts_people", "firm_roles.txt")

# An appointment verb right before the name, read backwards from it (REVERSE, anchored there
# by \G): one attempt, not a search.
_VERB_BEFORE = lx.verb_before(_VERBS)
_VERB_ENDINGS = lx.verb_endings(_VERBS)  # read before the pattern
# What may stand between the name and the role words: "as", an article or a possessive
# pronoun, "new" ("named Oyvind Haaland its new manager", "elected X as the first chair").
_LEADERS = frozenset({"as", "the", "a", "an", "its", "their", "his", "her", "new", "first"})
# How far the role phrase is read after the name (characters; a phrase of a few words)
_REACH = 60


def appointed_role(text: str, start: int, end: int) -> str | None:
    """The role an appointment verb before ``start`` gives the name ending at ``end``: "finance
    minister" of "named Sri Mulyani Indrawati finance minister"; None when there is none (a
    firm's role, "hired Lazard as adviser", is none)."""
    if text[start - 1 : start] not in (" ", "\u00a0") or not text.startswith(" ", end):
        return None  # what is read first: most names end a clause or stand after no verb
    low = start - 16 if start > 16 else 0
    if text[low:start].rstrip(" \u00a0")[-2:] not in _VERB_ENDINGS:
        return None  # the word before ends as no appointment verb does ("said", "of")
    if _VERB_BEFORE.search(text, low, start, lx.CONCURRENT) is None:
        return None
    words = text[end : end + _REACH].split()
    index = 0
    while index < len(words) and words[index] in _LEADERS:
        index += 1
    return _role_words(words[index : index + 4])


def _role_words(words: list[str]) -> str | None:
    """The role phrase opening ``words``: modifiers and role nouns in lower case up to the last
    role noun ("chief executive officer", "finance minister", "director-general")."""
    last = -1
    for index, written in enumerate(words):
        word = written.rstrip(",.;:")
        if not word.islower() or word in _FIRM_ROLES:
            break
        if word in lx.ROLE_HEADS:
            last = index
        elif word not in lx.ROLE_MODIFIERS:
            break
        if word != written:
            break  # a comma or full stop ends the phrase
    if last < 0:
        return None
    return " ".join(written.rstrip(",.;:") for written in words[: last + 1])
