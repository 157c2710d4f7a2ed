"""Whether a word after a count ends the phrase it counts: the ordered checks
(:data:`WORD_CHECKS`) that :mod:`newsfacts_numbers.counted` asks of each word it reads ("397
Shahed and decoy drones launched": "and" joins two nouns, "launched" ends the phrase)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsfacts.plugin import IRREGULAR_PAST, SAME_FORM_VERBS, Check
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers import phrase_words as pw

VERB_ENDINGS = ("ed", "ing", "ly")  # what the verb's check reads the context after


class Word(NamedTuple):
    """A word after a count, and the counted phrase read so far (a named tuple: one is
    built for every word read)."""

    text: str
    match: regex.Match[str]
    word: str
    lowered: str
    words: Sequence[str]
    after_ordinal: bool  # the number is an ordinal


def _ordinal_after_ordinal(w: Word) -> bool:
    """The next item of a list of ranks: "first third fifth". Not "second", an ordinal only
    after a determiner (the scan's rule): "the first second baseman"; nor a rank joined by
    "and": "the first woman and first immigrant mayor"."""
    if not w.after_ordinal or (w.words and w.words[-1] in ("and", "or")):
        return False
    last = w.lowered.rpartition("-")[2]
    return last in lx.ORDINAL_WORDS and w.lowered != "second"


def _event_word(w: Word) -> bool:
    return w.lowered in lx.EVENTS and w.lowered not in lx.PEOPLE and not _modifies_noun(w)


def _modifies_noun(w: Word) -> bool:
    """An event noun in the singular (``data/modifying_events.txt``) before a noun in lower
    case is part of what the count counts: "40 death claims", "one protest leader"; not
    before a function word or a verb, "one death was reported", "one arrest made"."""
    if w.lowered not in lx.MODIFYING_EVENTS:
        return False
    following = px.WORD.match(w.text, w.match.end())
    if following is None:
        return False
    noun = following.group(px.W)
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in lx.COUNTED_STOPS
        and not noun.endswith(VERB_ENDINGS)
    )


def _joining_and(w: Word) -> bool:
    return (
        w.lowered == "and"
        and 0 < len(w.words) <= 2
        # "F-15 and F-16 fighter planes", not "general and former F-16 pilot"
        and (
            pw.phrase_goes_on(w.text, w.match.end(), digits=any(map(str.isdigit, w.words[-1])))
            or pw.plural_closes_list(w.text, w.match.end())
        )
        and not _name_after_common_noun(w)
    )


def _name_after_common_noun(w: Word) -> bool:
    """A capitalized word after "and" that follows a noun in lower case opens a name, the
    next item of a list: "72 seats and Reform UK five", "23 delegates and Jane Porter";
    not an adjective before a noun in lower case ("pastors and Christian leaders")."""
    following = px.WORD.match(w.text, w.match.end())
    if following is None or not w.words[-1].islower():
        return False
    word = following.group(px.W)
    if not word[:1].isupper():
        return False
    then = px.WORD.match(w.text, following.end())
    adjective = then is not None and then.group(px.W).islower() and not word.isupper()
    return not adjective


def _joining_of(w: Word) -> bool:
    """ "of" inside a name between capitalized words: "four University of Idaho students",
    "two Bank of America executives"."""
    if w.lowered != "of" or not w.words or not w.words[-1][:1].isupper():
        return False
    following = px.WORD.match(w.text, w.match.end())
    return following is not None and following.group(px.W)[:1].isupper()


def _of_complement(w: Word) -> bool:
    return (
        w.lowered == "of"
        and not w.after_ordinal
        and pw.of_complement(w.text, w.match.end(), w.words)
    )


def _name_after_complement(w: Word) -> bool:
    """A capitalized word after an "of" complement opens a clause's subject: "55,000 pages
    of emails Clinton sent" (not "University of Idaho students": a name's "of")."""
    return w.word[:1].isupper() and pw.complement_at(w.words) is not None


def _name_after_plural(w: Word) -> bool:
    """A capitalized word after a plural noun in lower case opens a clause, the noun's
    relative clause or the next one: "the 150 meetings Harris held", "the 30,000 phones
    Nokia sold", "30 games Spain's winning run" (not "four previous Senate votes": an
    adjective in -ous; "two Boston and Chicago teams": no noun before the name)."""
    return bool(w.words) and w.word[:1].isupper() and pw.plural_noun(w.words[-1])


def _name_after_clause_noun(w: Word) -> bool:
    """A capitalized word after a noun a clause without "that" follows
    (``data/clause_nouns.txt``) is the clause's subject: "the first time Garcia had won",
    "one reason Republicans give"."""
    return bool(w.words) and w.word[:1].isupper() and w.words[-1] in lx.CLAUSE_NOUNS


def _name_after_name_noun(w: Word) -> bool:
    """A capitalized word after a noun for one person or side (:data:`lexicon.NAME_NOUNS`)
    opens a name in apposition to it, when the name's capitalized words end the phrase (a
    mark, the end or a function word after them): "his second wife Jane Doe , a" counts
    "wife", "a first division side Almere , its" "division side"; not a name that describes
    the noun after it: "a rookie NFL quarterback"."""
    if not w.words or not w.word[:1].isupper() or w.words[-1] not in lx.NAME_NOUNS:
        return False
    return pw.name_closes(w.text, w.match)


def _subject_after_people(w: Word) -> bool:
    """A noun for people in lower case after a noun for people, before a verb in the past or
    one of saying, is the subject of a clause on the counted people: "four people police
    detained", "the two men officers shot", "four people officials say were hurt" (not "two
    women police officers", "three women police officers stopped": "police" describes the
    noun after it)."""
    if not w.words or not w.word.islower() or w.lowered not in lx.PEOPLE:
        return False
    last = w.words[-1]
    if not last.islower() or last not in lx.PEOPLE or last in _PEOPLE_MODIFIERS:
        return False
    following = px.WORD.match(w.text, w.match.end())
    if following is None:
        return False
    verb = following.group(px.W)
    return verb.islower() and (
        verb in _SAYING or verb in IRREGULAR_PAST or pw.is_past_tense(verb, w.word)
    )


# Nouns for people that describe a noun for people after them: "two police officers", "50
# staff members", "three crew members"
_PEOPLE_MODIFIERS = frozenset(["police", "staff", "crew"])
# Verbs of saying in the present that a clause on the counted people opens with: "two men
# police say were armed"
_SAYING = frozenset(["say", "says", "believe", "believes", "suspect", "suspects"])


def _superlative(w: Word) -> bool:
    """ "most" or "least" opening the phrase before an adjective: "one of the most
    expensive stadiums", "the three most popular apps" (not "most of them")."""
    if w.words or w.word not in pw.SUPERLATIVES:
        return False
    following = px.WORD.match(w.text, w.match.end())
    if following is None:
        return False
    word = following.group(px.W)
    return word.islower() and word not in lx.COUNTED_STOPS and word not in lx.NUMBER_WORDS


def _ranked_noun(w: Word) -> bool:
    """A past tense that is also a noun, first after a rank: "its third cut this year"."""
    return w.after_ordinal and not w.words and w.lowered in lx.RANKED_PASTS


def _stop_word(w: Word) -> bool | str:
    if w.word == "US":
        return False  # the country, not the pronoun: "2,000 US troops"
    if w.lowered in lx.COUNTED_STOPS or w.lowered in lx.NUMBER_WORDS:
        if w.words and f"{w.words[-1].lower()} {w.lowered}" in lx.STOP_CLOSED_COMPOUNDS:
            return False  # "five Super Tuesday primaries": a name the stop closes
        return not pw.opens_compound(w.text, w.match, w.lowered) and w.lowered
    return pw.is_contraction(w.lowered) and "a contraction"


def _time_of_day(w: Word) -> bool:
    """ "late" first after a number, before a time or a function word or at the end: when
    something happened, no count ("closed at 1.52 late Tuesday"; "two late goals" counts
    the goals)."""
    if w.words or w.lowered not in pw.TIME_OF_DAY:
        return False
    following = px.WORD.match(w.text, w.match.end())
    return following is None or following.group(px.W).lower() in lx.COUNTED_STOPS


def _stop_after_noun(w: Word) -> bool | str:
    return bool(w.words) and w.lowered in lx.COUNTED_STOPS_AFTER_NOUN and w.lowered


def _stop_after_plural(w: Word) -> bool:
    """A verb of a plural subject that is also a noun, or a word that follows its noun, after
    a plural noun in lower case (``data/after_plural_stops.txt``): "40 workers support the
    strike", "four cars long"; not after a plural that describes the noun after it
    (``data/plural_modifiers.txt``: "the first jobs report"); and after a nation's people
    ("8 million Americans use insulin", ``lexicon.NATION_PLURALS``)."""
    if not w.words or w.lowered not in lx.AFTER_PLURAL_STOPS or not w.word.islower():
        return False
    last = w.words[-1]
    if last in lx.NATION_PLURALS:
        return True
    return pw.plural_noun(last) and last not in lx.PLURAL_MODIFIERS


def _verb_after_plural(w: Word) -> bool:
    """A word in "-s" right after a plural noun in lower case is the verb of a subject before
    the number, not a second noun (a plural describes no noun but those of
    ``data/plural_modifiers.txt``: "jobs reports"): "Walk of 7,000 steps cuts risk", "Survey
    of 1,000 voters shows a tight race"."""
    if len(w.words) != 1 or not w.lowered.endswith("s") or not pw.plural_noun(w.word):
        return False
    last = w.words[-1]
    return pw.plural_noun(last) and last not in lx.PLURAL_MODIFIERS


def _past_tense(w: Word) -> bool:
    return bool(w.words) and pw.is_past_tense(w.word, w.words[-1]) and not _participle_of_noun(w)


def _participle_of_noun(w: Word) -> bool:
    """A participle of ``data/noun_participles.txt`` after a word that is no plural noun,
    before a plural noun in lower case, describes that noun: "800 Nevada registered voters",
    "scores of town elected officials" (not "two banks registered losses")."""
    if w.lowered not in lx.NOUN_PARTICIPLES:
        return False
    last = w.words[-1]
    if last.endswith("s") or pw.plural_noun(last):
        return False
    following = px.WORD.match(w.text, w.match.end())
    if following is None:
        return False
    noun = following.group(px.W)
    return noun.islower() and (noun.endswith("s") or pw.plural_noun(noun))


def _same_form_past(w: Word) -> bool:
    """A verb whose past is its base form (the core's ``SAME_FORM_VERBS``) right after a
    count of more than one, before a preposition, a particle, a determiner or a word of
    time (``data/after_same_form_pasts.txt``): a verb, no noun counted, which a count of
    more than one would have in the plural ("the record of 31 set last summer"; not "one
    set of rules", "two hit singles")."""
    if w.words or w.lowered not in SAME_FORM_VERBS or not w.word.islower() or w.after_ordinal:
        return False
    count = w.text[max(0, w.match.start() - 16) : w.match.start()].split()[-1:]
    following = px.WORD.match(w.text, w.match.end())
    return (
        count not in (["1"], ["one"], ["One"])
        and following is not None
        and following.group(px.W) in lx.AFTER_SAME_FORM_PASTS
    )


def _opens_money(w: Word) -> bool:
    return pw.currency_prefix(w.text, w.match.end(px.W))


def _verb(w: Word) -> bool:
    return (
        w.lowered.endswith(VERB_ENDINGS)
        and w.word.islower()
        and w.lowered not in lx.ING_NOUNS  # "a third straight meeting", "the ninth inning"
        and w.lowered not in lx.LY_NOUNS  # "one family in Ohio", "his first rally"
        and not (w.words and w.words[-1] in pw.SUPERLATIVES)  # "the most gifted and ..."
        and pw.verb_here(w.text, w.match, w.words)
    )


#: Does a word after a count end the phrase it counts? ``event``: an event word ("397
#: killed"): the count's event if it comes first, else the end of the phrase; ``join``: an
#: "and" that joins two nouns ("Shahed and decoy drones"); ``end``: the phrase ends before
#: the word; a word none holds for is taken into the phrase.
WORD_CHECKS: tuple[Check[Word], ...] = (
    Check(
        "ordinal-after-ordinal",
        _ordinal_after_ordinal,
        "end",
        'a rank after a rank: "first second"',
    ),
    Check("event-word", _event_word, "event", 'an event word: "killed", "protesters"'),
    Check("joining-and", _joining_and, "join", '"and" between two nouns: "Shahed and decoy"'),
    Check("joining-of", _joining_of, "join", '"of" inside a name: "University of Idaho"'),
    Check(
        "of-complement",
        _of_complement,
        "join",
        '"of" and a noun after the noun: "5,700 categories of products"',
    ),
    Check(
        "name-after-complement",
        _name_after_complement,
        "end",
        'a name after an "of" complement: "pages of emails Clinton sent"',
    ),
    Check(
        "name-after-plural",
        _name_after_plural,
        "end",
        'a name after a plural noun: "the 150 meetings Harris held"',
    ),
    Check(
        "name-after-clause-noun",
        _name_after_clause_noun,
        "end",
        'a name after a noun a clause follows: "the first time Garcia won"',
    ),
    Check(
        "name-after-name-noun",
        _name_after_name_noun,
        "end",
        'a name after a noun for one person: "his second wife Jane Doe"',
    ),
    Check(
        "subject-after-people",
        _subject_after_people,
        "end",
        'people before a verb, after people: "four people police detained"',
    ),
    Check("superlative", _superlative, "take", '"most" before an adjective: "most popular apps"'),
    Check("ranked-noun", _ranked_noun, "take", 'a noun after a rank: "its third cut"'),
    Check("stop-word", _stop_word, "end", "a function word, number word or contraction"),
    Check(
        "time-of-day",
        _time_of_day,
        "end",
        '"late" before a time: "1.52 late Tuesday"',
    ),
    Check(
        "stop-after-noun",
        _stop_after_noun,
        "end",
        'after a word, an adverb or verb that may open a phrase: "3,000 workers nationwide"',
    ),
    Check(
        "stop-after-plural",
        _stop_after_plural,
        "end",
        'a verb or a word that follows its noun after a plural: "40 workers support"',
    ),
    Check(
        "verb-after-plural",
        _verb_after_plural,
        "end",
        'a verb in "-s" after a plural: "7,000 steps cuts risk"',
    ),
    Check(
        "past-tense",
        _past_tense,
        "end",
        'a verb in the past after the noun: "the first time joined talks"',
    ),
    Check("verb", _verb, "end", 'an -ed/-ing/-ly verb: "397 drones launched"'),
    Check(
        "same-form-past",
        _same_form_past,
        "end",
        'a verb whose past is its base right after the count: "31 set last summer"',
    ),
    Check("opens-money", _opens_money, "end", 'a currency\'s prefix: "88 floors and HK$1.2"'),
)
