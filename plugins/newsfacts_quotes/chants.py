"""Words a crowd chants: a quote right after a noun of chanting ("their chants of “Ted!
Ted!”", "the angry chant “Vote them out!”", ``data/chant_nouns.txt``). The quote is speech
with no cue verb; who chants is the noun's owner ("their"), else the subject
of the verb the chant is the object of ("the crowd reprised the chant", "activists joined in
a chant of"), else no one the sentence names ("was met with chants of", "walked in to chants
of", "there were calls of")."""

from __future__ import annotations

import regex

from newsfacts.plugin import Segment, compiled
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.attribution import Attribution, Attributor
from newsfacts_quotes.marks import Span
from newsfacts_quotes.mentions import Speaker
from newsfacts_quotes.phrases import NOT_SPEAKERS, is_adverb, is_verb

_REACH = 120  # characters read before the opening mark for the noun and its verb
# The noun and "of" (only "chant" goes without it), then blanks and maybe a comma or colon,
# up to the opening mark. Read backwards from the mark (REVERSE, anchored there by \G): one
# attempt, not one at each character of the 120 before it.
_NOUNS = "|".join(sorted(lx.CHANT_NOUNS))
_BEFORE = compiled(
    rf"(?<![\p{{L}}\-’'])(?:(?P<noun>{_NOUNS})[ \u00a0]++of|(?P<noun>chant))"
    r"[ \u00a0]*+[,:]?[ \u00a0]*+\G",
    regex.REVERSE,
)
_LOWER = compiled(r"[\p{Ll}\-]++")
_MAX_ADJECTIVES = 2  # "the caustic chant", "loud, near-constant calls of"
_MAX_SUBJECT_WORDS = 3  # "the [crowd] reprised", "the [young supporters] joined in"
_OBJECT_PREPOSITIONS = frozenset(("in", "into", "with"))  # "joined in", "responded with"
_BE = frozenset(("am", "is", "are", "was", "were", "be", "been", "being"))


def chant(
    attributor: Attributor, span: Span, floor: int, sentence: Segment | None
) -> Attribution | None:
    """The attribution of a quote chanted (``sentence``: the one its opening mark stands
    in), or None if the quote is no chant."""
    text = attributor.text
    low = max(floor, span.open - _REACH)
    if sentence is not None:
        low = max(low, sentence.start)
    # (Most marks follow no "of" nor "chant", told by a slice's last letters for a fraction
    # of the pattern's match.)
    if not text[low : span.open].rstrip(" \u00a0,:").endswith(("of", "chant")):
        return None
    before = _BEFORE.match(text, low, span.open)
    if before is None:
        return None
    noun = before.group("noun")
    speaker = _chanter(attributor, low, before.start())
    return Attribution(noun, speaker, None, True)


def _chanter(attributor: Attributor, low: int, noun: int) -> Speaker | None:
    """Who chants, read back from the noun at ``noun`` over its adjectives and determiner:
    the owner, or the subject of an active verb the phrase is the object of."""
    text = attributor.text
    words = list(lx.WORD.finditer(text, low, noun))
    index = len(words) - 1
    adjectives = 0
    while index >= 0 and adjectives < _MAX_ADJECTIVES and _adjective(words[index].group()):
        index, adjectives = index - 1, adjectives + 1
    if index < 0:
        return None
    word = words[index].group()
    if word in lx.POSSESSIVES:  # "their chants of": the owner chants
        start, end = words[index].span()
        if word == "their":  # a crowd the fields do not name: the pronoun marks it
            return Speaker(None, start, end)
        return attributor.speakers.antecedents.pronoun(start, end, lx.POSSESSIVES[word])
    if word.lower() in lx.DETERMINERS:
        index -= 1
    if index >= 0 and words[index].group() in _OBJECT_PREPOSITIONS:
        index -= 1
    if index < 1:
        return None
    verb = words[index].group()
    if not verb.islower() or verb in _BE or verb in NOT_SPEAKERS or verb in lx.VERB_FILLERS:
        return None  # "there were calls of", "It wasn’t just the cries of"
    if not is_verb(verb):
        return None
    if words[index - 1].group().lower() in _BE:
        return None  # "was met with chants of": who hears them
    return attributor.speakers.subject(_subject_start(words, index, low), words[index].start())


def _subject_start(words: list[regex.Match[str]], verb: int, low: int) -> int:
    """Where the verb's subject starts: at a determiner opening the words in lower case right
    before it, adverbs aside ("and at one point [the crowd loudly] reprised"), else where
    the sentence's words read start."""
    index = verb - 1
    while index >= 0 and is_adverb(words[index].group()):
        index -= 1
    first, taken = index, 0
    while first >= 0 and taken < _MAX_SUBJECT_WORDS and _adjective(words[first].group()):
        first, taken = first - 1, taken + 1
    if taken and first >= 0 and words[first].group().lower() in lx.DETERMINERS:
        return words[first].start()
    return low


def _adjective(word: str) -> bool:
    """A word in lower case between a determiner and the noun: "caustic", "thunderous",
    "near-constant" (no determiner, preposition, verb in "-ed" or conjunction)."""
    return (
        word.islower()
        and word not in NOT_SPEAKERS
        and word not in lx.DETERMINERS
        and word not in _BE
        and not word.endswith("ed")
        and _LOWER.fullmatch(word) is not None
    )
