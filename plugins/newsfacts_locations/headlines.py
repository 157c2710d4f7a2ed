"""A headline's capitalized common word before a well-known place is no part of its name.

A headline in title case capitalizes its verbs and nouns too: "Senior Official Visits
Georgia", "Storm Hits Texas Coast"; and a headline's first word may be a verb's "-ing" form:
"Rethinking Chile-Peru relations". The check ``name-before``
(:func:`newsfacts_locations.names_around.name_before_it`) reads a capitalized word before a
place as the start of a longer name ("Lindsey Graham"); before a well-known place (a
country, a state, a city above 100,000 people: not "More Than", "It Goes", common words the
gazetteer holds as villages), these words are not:

* in a sentence in title case (:func:`title_case`), a word the article writes in lower case
  elsewhere, as written or as its base: "Visits" beside "visit", "Hits" beside "hit",
  "Thanks" beside "thanked";
* a sentence's first word in "-ing" of six letters or more ("Rethinking", "Remembering"): a
  verb, not a given name (the names of this shape, "Sterling", "Manning", are surnames,
  which do not stand before a place's name).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

#: How many words of four letters or more a sentence must have, all capitalized, to be a
#: headline in title case: not a photo's credit ("Tampa Tribune via Getty Images") nor
#: a short list of names ("Maple Street or Maple Lane?")
TITLE_CASE_WORDS = 5
#: Endings a verb or a plural takes, stripped to find the base written in lower case
#: ("visits" -> "visit", "wishes" -> "wish", "thanked" -> "thank", "visiting" -> "visit")
_ENDINGS = ("s", "es", "ed", "d", "ing")
#: The shortest "-ing" word opening a sentence read as a verb ("Saving", not "King")
_SHORTEST_GERUND = 6


def title_case(texts: Sequence[str]) -> bool:
    """Whether a sentence is written in title case, as headlines are: every word of four
    letters or more capitalized, and at least :data:`TITLE_CASE_WORDS` of them."""
    long = [word for word in texts if len(word) >= 4 and word.isalpha()]
    return len(long) >= TITLE_CASE_WORDS and all(word[0].isupper() for word in long)


def _written_lower(word: str, lower_case: Set[str]) -> bool:
    """Whether the article writes ``word``, or its base, in lower case."""
    lower = word.lower()
    if lower in lower_case:
        return True
    return any(
        lower.endswith(ending) and lower[: -len(ending)] in lower_case for ending in _ENDINGS
    )


def _gerund(word: str) -> bool:
    return len(word) >= _SHORTEST_GERUND and word.endswith("ing") and word[1:].islower()


def common_word_before(texts: Sequence[str], first: int, lower_case: Set[str]) -> bool:
    """Whether the word before the name at ``first`` is a headline's common word, not the
    start of a longer name (see the module's text)."""
    if first == 0:
        return False
    previous = texts[first - 1]
    if first == 1 and _gerund(previous):
        return True
    return title_case(texts) and _written_lower(previous, lower_case)
