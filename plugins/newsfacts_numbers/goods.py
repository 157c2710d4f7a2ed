"""What a measure measures and the rate after what is counted: "1 million barrels of oil"
measures oil; "10,000 tests per day" is a count of tests in test per day, "800,000 barrels
of crude a day" a measure in barrel per day."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers import phrase_words as pw
from newsfacts_numbers.counted import counted
from newsfacts_numbers.measures import slash_per
from newsfacts_numbers.raw import Raw

# "of" after a measure's unit, before a word in lower case: "barrels of oil", "tonnes of
# wheat" (not "5 miles of the city", "of Boston": a place it is measured from)
_OF_GOODS = compiled(r"[ \t]++of(?=[ \t]++\p{Ll})")
# "within" before the measure, maybe with a qualifier: "within 30 days of taking office",
# "within about 5 miles of downtown" say how near, not what is measured
_WITHIN = compiled(r"(?i:\bwithin)[ \t]++(?:\p{Ll}++[ \t]++)?\Z")
_WITHIN_REACH = 20
_RATE_FIRST = frozenset(" \t-/")  # what RATE and SLASH_RATE start with
# The units of a measure that no goods follow: "10 years of age"
_NO_GOODS = frozenset(["year of age"])


def measured(text: str, raw: Raw, first_fates: dict[tuple[str, bool], str] | None) -> str | None:
    """The goods the measure ``raw`` is of ("1 million barrels of oil" → "oil"), read as a
    counted phrase after "of" (:func:`~newsfacts_numbers.counted.counted`), or None; a rate
    after them joins the unit ("800,000 barrels of crude a day": barrel per day)."""
    if raw.unit in _NO_GOODS or not text.startswith("of", raw.tail + 1):
        return None  # most measures: decided without the patterns
    of = _OF_GOODS.match(text, raw.tail, raw.tail + px.AFTER_REACH)
    if of is None or _WITHIN.search(text, max(0, raw.start - _WITHIN_REACH), raw.start):
        return None
    phrase, event, end = counted(text, raw, of, first_fates)
    if phrase is None or event is not None or _gerund(phrase.split()[0]):
        return None  # "36 hours of fighting", "two years of taking part"
    following = px.WORD.match(text, end)
    if following is not None and _gerund(following.group(px.W)):
        return None  # "one hour of psychological| counseling": its noun cut off
    phrase = _list_cut(phrase)
    rate_after(text, raw, phrase, end)
    return phrase


def _gerund(word: str) -> bool:
    """A word in lower case in -ing that is no noun of ``data/ing_nouns.txt``."""
    return word.endswith("ing") and word.islower() and word not in lx.ING_NOUNS


def _list_cut(phrase: str) -> str:
    """The goods before "and" after a plural: "tons of coal reserves| and multiple mines"
    lists two things ("tank and trench warfare" is one)."""
    before, joined, _ = phrase.partition(" and ")
    return before if joined and singular(before.split()[-1]) != before.split()[-1] else phrase


def rate_after(text: str, raw: Raw, phrase: str, phrase_end: int) -> None:
    """A rate after what a count counts or a measure measures joins its unit: "10,000 tests
    per day" is in test per day (the phrase in the singular), "300 flights a week" in flight
    per week, "800,000 barrels of crude a day" in barrel per day."""
    if text[phrase_end : phrase_end + 1] not in _RATE_FIRST:
        return  # the common case, decided without the patterns
    if raw.unit is not None and " per " in raw.unit:
        return  # "$5 a share per year"
    per = _per_at(text, phrase_end)
    if per is None:
        return
    if raw.kind == "measure":
        raw.unit = f"{raw.unit} per {per}"
    elif raw.unit is None and len(pw.head(phrase)) > 1:  # "0.5 R per day": a unit's symbol
        raw.unit = f"{singular_phrase(phrase)} per {per}"


# What follows "a share", "a day" that makes them an object, no rate: "gave its 200
# employees a share of the profits", "gave 10 workers a day off"
_OBJECT_AFTER = compiled(r"[ \t]++(?:of|off)\b")


def _per_at(text: str, position: int) -> str | None:
    """What a rate at ``position`` is per ("per day", "a week", "/day"), or None."""
    rate = px.RATE.match(text, position, None, px.CONCURRENT)
    if rate is not None:
        if (
            _OBJECT_AFTER.match(text, rate.end(), rate.end() + px.AFTER_REACH, px.CONCURRENT)
            is not None
        ):
            return None
        return lx.RATE_LOOKUP[lx.case_key(" ".join(rate.group("per").split()))]
    slash = px.SLASH_RATE.match(text, position, None, px.CONCURRENT)
    return None if slash is None else slash_per(slash)


def singular_phrase(phrase: str) -> str:
    """The phrase with its head noun (:func:`~newsfacts_numbers.phrase_words.head`) in the
    singular: "coronavirus tests" → "coronavirus test", "rounds of talks" → "round of
    talks"."""
    words = phrase.split()
    head = pw.head(phrase)
    index = len(words) - 1 - words[::-1].index(head)
    words[index] = singular(head)
    return " ".join(words)


# The endings of plurals that lose "es": "classes", "matches", "dishes", "boxes"
_ES_PLURALS = ("sses", "ches", "shes", "xes", "zzes")
# Words ending in "s" that are no plurals: "gas", "bus", "analysis", "glass"
_NOT_PLURALS = ("ss", "us", "is")


def singular(word: str) -> str:
    """A plural noun in the singular ("tests" → "test", "burglaries" → "burglary",
    "people" → "person"); another word as it is."""
    lowered = word.lower()
    if lowered in lx.IRREGULAR_PLURALS:
        return _cased(lx.IRREGULAR_PLURALS[lowered], word)
    if lowered.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lowered.endswith(_ES_PLURALS):
        return word[:-2]
    if lowered.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # "fishermen", "servicemen"
    if lowered.endswith("s") and not lowered.endswith(_NOT_PLURALS) and len(word) > 3:
        return word[:-1]
    if word.endswith("s") and word[:-1].isupper():
        return word[:-1]  # "CDs", "SUVs"
    return word


def _cased(singular_word: str, plural: str) -> str:
    """ "People" → "Person": the singular in the case of the plural's first letter."""
    return singular_word.capitalize() if plural[:1].isupper() else singular_word
