"""The town that closes an institution's name: "Trinity College Dublin", "Queen's University
Belfast", "University Hospital Limerick". Irish, British and Commonwealth universities and
hospitals write their town after the head word, with no comma nor preposition; a name
ended at the head ("Trinity College") read half of it. The town is one capitalized word
with no capitalized word after it (a comma, a verb or a word in lower case: "Trinity
College Dublin, where ...", "Queen's University Belfast said"), after a head of
``data/place_tail_heads.txt``; not a weekday or a month ("Yale University Monday"), not a
head word of its own, an acronym or an abbreviation ("a Stanford University Ph.D."), nor a
thing or an office of the institution (``data/place_tail_stops.txt``: "Suffolk University
Poll")."""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_organizations.lexicon import HEAD_FORMS, PACKAGE, POSSESSIVE_ENDINGS, STOPWORDS
from newsfacts_organizations.runs import Sentence

PLACE_TAIL_HEADS = read_words(PACKAGE, "place_tail_heads.txt")
#: Words of an institution's things, people and offices, which no town is ("Suffolk
#: University Poll")
PLACE_TAIL_STOPS = read_words(PACKAGE, "place_tail_stops.txt")


def place_tail_end(sentence: Sentence, head: int, right: int, run_end: int) -> int:
    """Where a name headed at ``head`` ends: after the town at ``right`` when it closes the
    run right after the head (see the module's doc); else at ``right``."""
    texts = sentence.texts
    if right != head + 1 or right >= run_end or texts[head] not in PLACE_TAIL_HEADS:
        return right
    if right + 1 < run_end and sentence.capital[right + 1]:
        return right  # "Harvard University President Alan Garber": no town
    word = texts[right]
    if (
        word in STOPWORDS
        or word in PLACE_TAIL_STOPS
        or word in HEAD_FORMS
        or word.isupper()
        or "." in word
        or not word[:1].isupper()
        or word.endswith(POSSESSIVE_ENDINGS)
        or _abbreviated(sentence, right)
    ):
        return right
    return right + 1


def _abbreviated(sentence: Sentence, index: int) -> bool:
    """Whether the word at ``index`` opens an abbreviation: a full stop right after it and
    a word right after that, with no space ("Ph.D."; not the sentence's full stop)."""
    texts, starts, ends = sentence.texts, sentence.starts, sentence.ends
    if index + 2 >= len(texts) or texts[index + 1] != ".":
        return False
    return starts[index + 1] == ends[index] and starts[index + 2] == ends[index + 1]
