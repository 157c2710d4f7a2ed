"""The noun phrase a count counts: "397 Shahed and decoy drones" → "Shahed and decoy drones".

The phrase is read word by word after the number; the checks of
:mod:`newsfacts_numbers.phrase_checks` decide where it ends.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts.plugin import KIN_NOUNS, compiled, decide
from newsfacts_numbers import count_verbs, sports
from newsfacts_numbers import event_patterns as ex
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import patterns as px
from newsfacts_numbers import phrase_words as pw
from newsfacts_numbers.phrase_checks import VERB_ENDINGS, WORD_CHECKS, Word
from newsfacts_numbers.raw import Raw

# The phrase's reach: its end is told by the words after it (a function word, a verb, a
# time), and this many words are enough for a name or a complement in news ("18,000 Camry
# and Corolla sedans", "the 5th District's Lincoln Club Hall of Fame")
_MAX_COUNTED_WORDS = 7
# Not skipped after a fraction without "of": "by a third this year" counts no year
_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
# The whole a part is counted of: "28 of [35] economists", "two of the [three] men", "two of
# the [first nine] races", "three of his [last five] starts"
_SMALL_NUMBERS = "|".join(
    w for w, (_, role) in lx.NUMBER_WORDS.items() if role in ("digit", "teen")
)
_WHOLE = compiled(
    r"[ \t]+(?:(?i:first|last|next|past|top|final|previous|other)[ \t]+)?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})*+|(?i:{_SMALL_NUMBERS}))(?=[ \t]+\p{{L}})"
)


# The word glued by a hyphen before a number, read backwards from it: "par" of "par-five"
_GLUED_BEFORE = compiled(r"(?<!\p{L})(?P<w>\p{L}+)[-‑]\G", flags=regex.REVERSE)
_RATING_REACH = 12  # characters: the longest rating word and its hyphen, with room


def _rating(text: str, start: int) -> bool:
    """Whether the number at ``start`` is glued to a rating word before it
    (:data:`lexicon.RATING_WORDS`: "par-five", "category-five", "stage-four"), or to a
    parent's "of" (the core's kin nouns: "a father-of-two", "Mother-of-one Jane Doe, 34,":
    the children, whom no word after it names)."""
    if text[start - 1 : start] not in ("-", "‑"):
        return False  # the common case, decided without the regex
    glued = _GLUED_BEFORE.search(text, max(0, start - _RATING_REACH), start)
    if glued is None:
        return False
    if glued["w"] == "of":
        parent = _GLUED_BEFORE.search(text, max(0, glued.start() - _RATING_REACH), glued.start())
        return parent is not None and parent["w"].lower() in KIN_NOUNS
    return glued["w"].lower() in lx.RATING_WORDS


# A parent's noun and "of" before a number, read backwards from it: "father of " of "a father
# of four", "mother-of-" of "a mother-of-two"
_PARENT_OF = compiled(r"(?<!\p{L})(?P<w>\p{L}+)[ \t\-‑]of[ \t\-‑]\G", flags=regex.REVERSE)
_PARENT_REACH = 16  # characters: the longest parent's noun, "of" and the blanks, with room


def _children(text: str, raw: Raw) -> str | None:
    """What a count after a parent's noun and "of" counts when no noun follows it
    (``data/parent_nouns.tsv``): "a father of four" counts four children, "a mother-of-one"
    her child, "a grandmother of nine" grandchildren; None after any other word."""
    if raw.kind != "count" or text[raw.start - 3 : raw.start - 1].lower() != "of":
        return None  # the common case, decided without the regex
    parent = _PARENT_OF.search(text, max(0, raw.start - _PARENT_REACH), raw.start)
    kin = None if parent is None else lx.PARENT_NOUNS.get(parent["w"].lower())
    if kin is None:
        return None
    return kin[0] if raw.value == 1 else kin[1]  # "a mother-of-one": her child


def parents_children(text: str, raw: Raw, phrase: str | None) -> bool:
    """Whether the count ``raw`` counts a parent's children with no noun after it, as read
    from the parent's noun before it (``phrase`` is then theirs): "a mother of two was
    killed", "a father-of-three has been jailed", where what the clause tells happened to
    the parent. Not "the parents of two soldiers killed in the raid" (a noun after it)."""
    if phrase is None or _children(text, raw) != phrase:
        return False
    return not text[raw.end : raw.end + len(phrase) + 2].lstrip(" \t-‑").startswith(phrase)


def _or_children(text: str, raw: Raw, read: str | None) -> str | None:
    """The counted phrase ``read``, or none read, a parent's children: "a father of four,
    who" counts his children."""
    return read if read is not None else _children(text, raw)


# The stop of a title abbreviated before a name ("Mr. Obama's"): a space and a capital after
_TITLE_STOP = compiled(r"\.(?=[ \t]\p{Lu})")
# A model's number after a numbered name in a counted phrase ("Switch 2", "PlayStation 5")
_MODEL_NUMBER = compiled(r"[ \t]+(\d{1,4})(?![\d.,]\d)")


def counted(
    text: str,
    raw: Raw,
    after: regex.Match[str] | None,
    first_fates: dict[tuple[str, bool], str] | None = None,
) -> tuple[str | None, str | None, int]:
    """The noun phrase a count counts, an event word found right after the number, and where
    the phrase ends: "397 Shahed and decoy drones" → "Shahed and decoy drones". ``after``:
    the qualifier after the number (:func:`qualifier_after`). Each word's fate is decided by
    :data:`~newsfacts_numbers.phrase_checks.WORD_CHECKS`; ``first_fates``: those of first
    words decided so far in the text, kept where :func:`_first_fate` may keep them (None
    while decisions are traced)."""
    if _rating(text, raw.start):
        # "a par-five hole": a hole's par, no five holes; "a father-of-two": children
        return _children(text, raw), None, raw.tail
    end = opening = _phrase_start(text, raw, after)
    position, match = _first_word(text, raw, end)
    # "a two-shot lead": a word glued to the number by a hyphen is what it counts, never an
    # event ("two shot" is).
    glued = match is not None and text[match.start()] == "-"
    # "within one shot of the lead", "we have one shot at it": a noun, a stroke or a try
    noun_first = glued or sports.shot_noun(text, raw.start, match)
    words: list[str] = []
    ends: list[int] = []  # where each word of ``words`` ends
    after_ordinal = raw.kind == "ordinal"
    while len(words) < _MAX_COUNTED_WORDS:
        if words:
            match = px.WORD.match(text, position, None, px.CONCURRENT)
            if match is None and _adjectives_only(words):
                position, match = _model_after_adjectives(text, position, words)
        if match is None:
            break
        start, stop = match.span(px.W)
        word = text[start:stop]
        if not words and first_fates is not None:
            fate = _first_fate(text, match, word, after_ordinal, first_fates)
        else:
            subject = Word(text, match, word, word.lower(), words, after_ordinal)
            fate = decide(WORD_CHECKS, subject, default="take", start=start, end=stop)
        if fate == "event" and noun_first and not words:
            fate = "take"
        if fate == "event" and not words:
            return _event_first(text, raw, match, word)
        if fate == "event" and _describe_event_noun(words, word):
            # "645 heat-related deaths", "two minor injuries": the words describe the event's
            # noun
            phrase = " ".join([*words, word])
            return phrase, _event_at(text, match, word.lower()), stop
        if fate in ("event", "end"):
            break
        if glued and words and (word[:1].isupper() or "-" in word) and words[0].islower():
            # "the 630-seat Bundestag", "a 75-seat directly-elected chamber": a name or a
            # compound after the glued noun is what it describes
            break
        word, position = _past_title_stop(text, word, match.end())
        words.append(word)
        if word in lx.NUMBERED_NAMES:
            model = _MODEL_NUMBER.match(text, position, None, px.CONCURRENT)
            if model is not None:  # "3.5 million Switch 2 consoles": the model's number
                ends.append(position)
                words.append(model.group(1))
                position = model.end()
        ends.append(position)
        if fate == "take":  # not a joining "and", which needs words after it
            end = position
    read, _, end = _read_phrase(text, raw, words, (ends, end, opening))
    read, end = pw.superlative_domain(text, read, end)  # "oldest ballparks in America"
    return _or_children(text, raw, read), None, end


def _past_title_stop(text: str, word: str, end: int) -> tuple[str, int]:
    """A title abbreviated before a name with its stop, and where it ends: "Mr." of "one of
    Mr. Obama's advisers" (``data/name_titles.txt``); else the word as it is."""
    if word in lx.NAME_TITLES and _TITLE_STOP.match(text, end) is not None:
        return f"{word}.", end + 1
    return word, end


def glued_noun(text: str, raw: Raw, phrase: str) -> str:
    """What a count glued to its noun by a hyphen counts: "a 42-page ruling" counts pages,
    "a four-cylinder engine" cylinders; the words after the glued noun (and the event, read
    from the whole phrase) say what the count describes. Not a participle or a superlative
    ("sixth-seeded", "second-largest"), a compound ("5-to-4") or a modifier of the noun
    after it (:data:`lexicon.GLUED_MODIFIERS`). Any other ``phrase`` is returned as it is."""
    first, space, _ = phrase.partition(" ")
    if not space or not text.startswith("-" + first, raw.tail):
        return phrase
    lower = first.lower()
    if not first.isalpha() or lower.endswith(("ed", "est")) or lower in lx.GLUED_MODIFIERS:
        return phrase
    return first


def _read_phrase(
    text: str, raw: Raw, words: list[str], where: tuple[Sequence[int], int, int]
) -> tuple[str | None, None, int]:
    """The phrase of ``words`` read after the count ``raw``, no event word, and where it
    ends. ``where``: where each word ends, where the phrase ends, and where it would have
    started (returned when none is counted)."""
    ends, end, opening = where
    possessor = pw.possessor(words)
    if possessor is not None:
        return possessor, None, ends[0]  # "the two firms' owners": the firms
    complement = pw.complement_at(words)
    if complement is not None and len(words) == _MAX_COUNTED_WORDS:
        # "five distinct batches of quietly altered travel expense claim forms": a
        # complement the phrase's reach cuts short is left out
        words, end = words[:complement], ends[complement - 1]
    while words and words[-1].lower() in ("and", "of"):
        words.pop()  # a joining word with nothing after it in the phrase's reach
    if pw.superlative_alone(words) or pw.adverb_alone(words):
        # "one of the most respected in the league", "dozens quietly gathered": no noun
        return None, None, opening
    if pw.adverb_and_predicate(words, raw.value is not None and raw.value > 1):
        return None, None, opening  # "the two often disagree", "the two sharply differ"
    if words and sports.result_name(text, raw, words, end):
        return None, None, opening  # "Pohang 3 Ulsan 2": a result's side, no count of it
    return (" ".join(words) or None), None, end


# A model's number after the adjectives of a counted phrase, before the model's name: "two
# new 737 Max jets" count the jets, not "new"
_MODEL_BEFORE_NAME = compiled(r"[ \t]+(\d{2,4})(?=[ \t]+\p{Lu})")


def _adjectives_only(words: Sequence[str]) -> bool:
    """Words in lower case, none a plural noun nor a compound: "new", "used" (not "people",
    nor a golf score's "under-par" before "63")."""
    return all(word.islower() and not word.endswith("s") and "-" not in word for word in words)


def _model_after_adjectives(
    text: str, position: int, words: list[str]
) -> tuple[int, regex.Match[str] | None]:
    """Past a model's number after the adjectives ``words`` (appended to them), and the word
    after it: "two new| 737 Max jets"."""
    model = _MODEL_BEFORE_NAME.match(text, position)
    if model is None:
        return position, None
    words.append(model.group(1))
    return model.end(), px.WORD.match(text, model.end())


def _first_fate(
    text: str,
    match: regex.Match[str],
    word: str,
    after_ordinal: bool,
    fates: dict[tuple[str, bool], str],
) -> str:
    """The fate of the first word of a counted phrase (``match``), by
    :data:`~newsfacts_numbers.phrase_checks.WORD_CHECKS`, decided once per spelling of the
    word (and kind of number) in a text, in ``fates``: a text of numbers follows each with the
    same few words ("one two three ..."). Before the phrase has a word, only the checks of
    the verb (an -ed/-ing/-ly word in lower case), the superlative, the time of day
    ("late") and a compound's first word ("no votes") read the text around the word: the
    fate of such a word is decided each time."""
    key = (word, after_ordinal)
    fate = fates.get(key)
    if fate is None:
        start, stop = match.span(px.W)
        lowered = word.lower()
        subject = Word(text, match, word, lowered, (), after_ordinal)
        fate = decide(WORD_CHECKS, subject, default="take", start=start, end=stop)
        if not (
            (word.islower() and lowered.endswith(VERB_ENDINGS))
            or word in pw.SUPERLATIVES
            or lowered in pw.TIME_OF_DAY
            or lowered in lx.STOP_COMPOUND_OPENERS
        ):
            fates[key] = fate
    return fate


def _phrase_start(text: str, raw: Raw, after: regex.Match[str] | None) -> int:
    """Where the counted phrase may start: after a qualifier ("50 or more students") and the
    "of" of a vague amount ("dozens of"), and a determiner or a possessive after it, as after
    a count's "of" ("dozens of their supporters", "thousands of the city's residents")."""
    position = raw.tail if after is None else after.end()
    if raw.vague:
        of = px.OF.match(text, position, position + px.AFTER_REACH)
        if of is not None:
            position = pw.after_determiner(text, of.end())
    return position


def _describe_event_noun(words: Sequence[str], event: str) -> bool:
    """Whether ``words`` before the event word ``event`` describe it: compound adjectives in
    lower case ("heat-related", "drug-fuelled" deaths), or any words in lower case before an
    event's noun in the plural ("minor", "animal"; ``data/event_nouns.txt``)."""
    if all(word.islower() and "-" in word[1:-1] for word in words):
        return True
    return event.lower() in lx.EVENT_NOUNS and all(
        word.isalpha() and word.islower() for word in words
    )


def _doers(text: str, match: regex.Match[str], word: str) -> bool:
    """Whether the event word ``word`` right after a count (``match``) is an active verb
    with an object, the counted people its doers: "Four hunters killed a bear" (not "two
    killed in a crash"), "Dozens held banners", "the two held talks" (not "Five held after a
    raid", "three held hostage")."""
    if word == "held":
        return ex.HELD_THING.match(text, match.end()) is not None
    return word in lx.ACTIVE_EVENTS and ex.ACTIVE_OBJECT.match(text, match.end()) is not None


def _event_first(
    text: str, raw: Raw, match: regex.Match[str], word: str
) -> tuple[str | None, str | None, int]:
    """What a count followed right by an event word counts, its event and where its phrase
    ends: nothing and the event ("two died", "two shot dead"); after a parent's noun, the
    children and no event ("a mother of two died": she did, not they)."""
    children = _children(text, raw)
    if children is not None:
        return children, None, raw.tail
    return None, _event_at(text, match, word.lower()), raw.tail


def _event_at(text: str, match: regex.Match[str], word: str) -> str | None:
    """The event an event word right after a number opens, read with the word after it:
    "two shot" are wounded, "two shot dead" killed; none where the counted people are its
    doers (:func:`_doers`: the clause's event is looked for again)."""
    if _doers(text, match, word):
        return None
    if word == "captured" and ex.CAPTURED_BY_CAMERA_AFTER.match(text, match.end()) is not None:
        return None  # "one captured on video": a camera's, no one seized
    following = px.WORD.match(text, match.end())
    if following is not None:
        pair = f"{word} {following.group(px.W).lower()}"
        if pair in lx.EVENTS:
            return lx.EVENTS[pair]
    return lx.EVENTS[word]


# Words after an ordinal that are part of its rank: "first-ever", "second-to-last"
_RANK_WORDS = frozenset(["ever", "to-last"])
# Words between a number and what it counts that say it is a difference: "eight more picks"
_MORE_OR_FEWER = frozenset(["more", "fewer", "additional", "extra"])


def _first_word(text: str, raw: Raw, position: int) -> tuple[int, regex.Match[str] | None]:
    """Where the counted phrase starts, past "of" and a determiner, and its first word."""
    match = (
        px.FIRST_WORD.match(text, position, None, px.CONCURRENT)
        if _word_may_follow(text, position)
        else None
    )
    first = "" if match is None else match.group(px.W).lower()
    fraction = raw.kind == "fraction"
    if first == "of" and raw.kind in ("count", "fraction"):
        # "one of the students", "35m of its devices", "a third of the population": the
        # phrase after "of" and a determiner
        position = pw.after_determiner(text, match.end() if match else position, fraction)
        whole = _WHOLE.match(
            text, position, None, px.CONCURRENT
        )  # "28 of 35 economists", "48 of the 70 seats"
        if whole is not None:
            position = whole.end()
        match = px.FIRST_WORD.match(text, position, None, px.CONCURRENT)
    elif fraction and first in pw.FRACTION_DETERMINERS - _DEMONSTRATIVES:  # "half the condos"
        position = pw.after_determiner(text, position, fraction)
        match = px.FIRST_WORD.match(text, position, None, px.CONCURRENT)
    elif first in _MORE_OR_FEWER and match is not None and pw.phrase_goes_on(text, match.end(), 1):
        # "eight more picks", "5 fewer seats": the picks, the seats are counted; "5 more
        # than" stays without a phrase
        position = match.end()
        match = px.WORD.match(text, position, None, px.CONCURRENT)
    elif first in _RANK_WORDS and raw.kind == "ordinal" and match is not None:
        # "the first-ever summit", "the second ever woman", "the second-to-last debate": the
        # word is the rank's, the noun after it is what is ranked
        position = match.end()
        match = px.WORD.match(text, position, None, px.CONCURRENT)
    if match is not None and count_verbs.verb_after_one(text, raw, position, match):
        return position, None  # "if one counts", "one needs to": the pronoun, no count
    if match is not None and count_verbs.verb_after_count(text, raw, position, match):
        return position, None  # "only 19 support the plan": the count is the subject
    if match is not None and count_verbs.past_after_count(text, raw, position, match):
        return position, None  # "the two worked quietly": the count is the subject
    return position, match


def _word_may_follow(text: str, position: int) -> bool:
    """Whether FIRST_WORD may match at ``position``: white space or a hyphen there, then a
    letter or more white space (a character outside ASCII is left to the pattern), or a
    number of one or two digits glued to a kind ("seven 3-pointers"). A text of numbers
    follows most with a digit and no hyphen ("12 345"): decided without the pattern."""
    if text[position : position + 1] not in _WORD_OPENERS:
        return False
    follow = text[position + 1 : position + 2]
    if follow.isdecimal():
        return "-" in text[position + 2 : position + 4]
    return follow.isalpha() or follow in _WORD_OPENERS or not follow.isascii()


_WORD_OPENERS = frozenset(" \t-")  # what FIRST_WORD starts with
