"""A name a headline's line cut short, completed by the full name of a person the article
names in full: a run of capitalized words in a headline keeps its first two words ("Nora
Vance Wins Again" is Nora Vance), which cuts a name of three ("Ana de Lusa Wins" read as
"Ana de", "Lena Ray Brill Is Back" as "Lena Ray"), and keeps a verb before a full name
("Critics Slam Nora Vance" read as "Slam Nora"). Where the word after the mention
completes the name of a person named in full elsewhere, the mention is that name: "Lena
Ray" before "Brill" is Lena Ray Brill; "Slam Nora" before "Vance" is Nora Vance."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_people import name_forms as nf
from newsfacts_people.candidates import Mention

# The capitalized word right after a mention: "Brill" of "Lena Ray| Brill Is Back"
_NEXT_WORD = compiled(r"[ ](\p{Lu}[\p{L}'’-]*+)")


def completed_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, each of two words or more that the word after it makes the full name
    of a person named in full elsewhere ended or moved to that name."""
    full = {m.written for m in mentions if m.sure and len(m.words) > 1}
    if not full:
        return mentions  # no one named in full: no name to complete
    # (a capitalized word right after it, read first: most mentions have none)
    return [
        _completed(text, mention, full)
        if text[mention.end + 1 : mention.end + 2].isupper() and len(mention.words) > 1
        else mention
        for mention in mentions
    ]


def _completed(text: str, mention: Mention, full: set[str]) -> Mention:
    words = mention.words
    if len(words) < 2 or text[mention.start : mention.end] != mention.written:
        return mention  # (a name written with a title or across a line: as read)
    after = _NEXT_WORD.match(text, mention.end)
    if after is None:
        return mention
    word = after.group(1)
    if f"{mention.written} {word}" in full:  # "Lena Ray" + "Brill"
        return mention._replace(
            end=after.end(),
            words=(*words, word),
            written=f"{mention.written} {word}",
            known_context=None,
        )
    rest = " ".join((*words[1:], word))
    if len(words) == 2 and rest in full and not nf.is_given_name(words[0]):  # "Slam" + "Nora"
        start = mention.start + len(words[0]) + 1
        return mention._replace(
            start=start,
            end=after.end(),
            words=(*words[1:], word),
            written=rest,
            title=None,  # (a title read before the word is no title of this person)
            known_context=None,
        )
    return mention
