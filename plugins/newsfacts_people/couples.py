"""Two people named by their given names joined by "and" before the surname they share:
"founded by Mary and John Smith", "donors Bill and Melinda Gates". The first given name,
written alone, is the first person's, named in full with the surname after the second."""

from __future__ import annotations

from newsfacts_people import lexicon as lx
from newsfacts_people.candidates import Mention

_AND = (" and ", " & ")


def couples(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a given name alone right before "and" and a full name of two words
    whose first is a given name too made that person's full name ("Mary" of "Mary and John
    Smith" is Mary Smith; its offsets stay on "Mary"), unless a person the article names in
    full bears that word."""
    if " and " not in text and " & " not in text:
        return mentions  # most texts: no "and" between names at all
    # A word of a person the article names in full elsewhere is that person's: "Senator Ruth
    # Calder ... thanked Ruth and Dale Harmon" (Ruth Calder)
    named = {word for m in mentions if m.sure and len(m.words) > 1 for word in m.words}
    found = list(mentions)
    for index in range(len(mentions) - 1):
        alone, full = mentions[index], mentions[index + 1]
        if (
            len(alone.words) == 1
            and not alone.not_a_person
            and alone.words[0] in lx.GIVEN_NAMES
            and alone.words[0] not in named
            and len(full.words) == 2
            and full.sure
            and full.words[0] in lx.GIVEN_NAMES
            and text[alone.end : full.start] in _AND
        ):
            surname = full.words[1]
            found[index] = alone._replace(
                words=(alone.words[0], surname), written=f"{alone.written} {surname}", sure=True
            )
    return found
