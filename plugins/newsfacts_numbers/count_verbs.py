"""Whether the word right after a count is the verb the count is the subject of, so that
the count counts no noun: "if one counts the tax" (the pronoun), "only 19 support the plan",
"the two worked quietly", "the one telling him to run". Asked by
:mod:`newsfacts_numbers.counted` of the first word after a count."""

from __future__ import annotations

import regex

from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers import phrase_words as pw
from newsfacts_numbers.raw import Raw


def verb_after_one(text: str, raw: Raw, position: int, match: regex.Match[str]) -> bool:
    """Whether a plural noun's form right after "one", with nothing between, is the verb of
    "one" the pronoun: "if one counts the tax", "one hopes", "one needs to" (not "one of its
    sons", "one or two cases", "one-liners", nor a plural that describes its noun: "one news
    report", ``data/plural_modifiers.txt``; nor after "1", no pronoun: "1 ballots" is a
    slip)."""
    if raw.kind != "count" or raw.value != 1 or raw.vague or position != raw.tail:
        return False
    if text[raw.start : raw.end].lower() != "one":
        return False
    if text[match.start()] == "-":
        return False
    word = match.group(px.W)
    return pw.plural_noun(word) and word not in lx.PLURAL_MODIFIERS


def verb_after_count(text: str, raw: Raw, position: int, match: regex.Match[str]) -> bool:
    """Whether the word right after a bare count above one, or a fraction, is the verb the
    count is the subject of: a verb of a plural subject, before a function word (not an
    auxiliary), a name that ends the phrase, its object, or no word
    (``data/after_plural_stops.txt``, ``data/counted_stops_after_noun.txt``: "only 19
    support the plan", "12 say they", "only 19 back Jane Doe ,", a poll's "about 6 in 10
    want a"; a count above one takes a plural noun, so a noun of that form after it
    describes the next noun: "two support staff", "11 call centers", "two support NATO
    missions")."""
    subject = raw.kind == "fraction" or (raw.kind == "count" and raw.value > 1)
    if not subject or position != raw.tail:
        return False
    word = match.group(px.W)
    if text[match.start()] == "-" or not word.islower() or pw.plural_noun(word):
        return False  # "in 18 starts but": a plural is what a count above one counts
    if word not in lx.AFTER_PLURAL_STOPS and word not in lx.COUNTED_STOPS_AFTER_NOUN:
        return False
    following = px.WORD.match(text, match.end())
    if following is None:
        return pw.no_word_next(text, match.end())  # not "three stolen 2019 Honda scooters"
    after = following.group(px.W)
    if after[:1].isupper():
        return pw.name_closes(text, following)  # "only 19 back Jane Doe ,": its object
    return after.lower() in lx.COUNTED_STOPS and after.lower() not in _AUXILIARIES


def past_after_count(text: str, raw: Raw, position: int, match: regex.Match[str]) -> bool:
    """Whether the -ed word right after a bare count is its verb, before an adverb in -ly, a
    function word or a number ("the two worked quietly", "the third failed completely"; not "two
    wounded", an event's, nor "12 trained nurses"), or the -ing word, before an adverb, a
    number or a pronoun ("300 working nightly", "the one telling him")."""
    if raw.kind not in ("count", "ordinal") or position != raw.tail or text[match.start()] == "-":
        return False  # "a six-pointed star": glued, a modifier
    word = match.group(px.W)
    ing = word.endswith("ing") and word.islower() and len(word) >= 6
    if (not pw.is_past_tense(word, "") and not ing) or word in lx.EVENTS or word in lx.ING_NOUNS:
        return False
    following = px.WORD.match(text, match.end())
    after = "" if following is None else following.group(px.W)
    if not after.islower():
        return False  # no word, or a name: "the two Reagan aides"
    if after.endswith("ly") or after in lx.NUMBER_WORDS or after in _PRONOUNS:
        return True
    return not ing and after in lx.COUNTED_STOPS  # "the first inning in": a noun in -ing may


# Pronouns after a verb in -ing: "the one telling him to run"
_PRONOUNS = frozenset(["you", "he", "she", "it", "we", "they", "him", "her", "them", "us"])


# Never right after a verb, but after its subject: "180,000 head were raised" counts the head
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can",
     "could", "may", "might", "shall", "should", "must", "do", "does", "did"}
)  # fmt: skip
