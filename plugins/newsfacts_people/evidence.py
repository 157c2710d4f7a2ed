"""Evidence across mentions that a name of two words without evidence of its own is a
person's: one of its words speaks alone elsewhere as a person ("Jansher said that he"), or it
stands in a list between people's names ("starring Scarlett Johansson, Mahershala Ali and
Jonathan Bailey"); and a place's name alone is the surname of a person named in full when it
speaks ("Tim Houston ... Houston told reporters"). Read by
:func:`newsfacts_people.resolve.resolve` before it links mentions.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import regex

from newsfacts.plugin import compiled
from newsfacts_people import lexicon as lx
from newsfacts_people import person_cues as cues
from newsfacts_people.candidates import Mention
from newsfacts_people.name_shapes import name_shaped, name_word, opens_sentence
from newsfacts_people.particulars import AFTER_OPENERS, age_after
from newsfacts_people.surroundings import (
    SPEECH_BLANKS,
    SPEECH_REACH,
    in_title_case_line,
    near_speech,
)

# "Jansher said that he ...": a personal pronoun in the words that follow the speech verb
# ("Dow said it ..." is a company's).
_PERSONAL_AFTER = compiled(r"[^.!?\n]*?\b(?:he|she|his|her|him)\b")
# '“I still need time,” Sinner said': the name speaks a quote in the first person singular
# right before it (a company's quotes say "we"). Read back from the name to the quote's
# opening mark, over at most QUOTE_REACH characters.
_QUOTE_CLOSED_BEFORE = compiled(r"[,.!?][”\"’'][ \u00a0]\Z")
_FIRST_PERSON = compiled(r"\b(?:I|I['’](?:m|ve|ll|d)|me|my|myself)\b")
_OPENING_MARKS = '“"'
QUOTE_REACH = 300


def _quoted_in_first_person(text: str, start: int) -> bool:
    """Whether a quote in the first person singular closes right before ``start``."""
    if _QUOTE_CLOSED_BEFORE.search(text, max(0, start - 3), start) is None:
        return False
    low = max(0, start - QUOTE_REACH)
    opening = max(text.rfind(mark, low, start - 3) for mark in _OPENING_MARKS)
    return opening >= 0 and _FIRST_PERSON.search(text, opening, start - 3) is not None


def _speaks_as_a_person(
    text: str, mention: Mention, may_age: bool = True, verb_next: bool | None = None
) -> bool:
    """A single word that speaks as only a person does: a personal pronoun after its speech
    verb ("Jansher said that he"), or a quote of its own in the first person before it.
    ``may_age`` (false: no comma nor bracket after the word) and ``verb_next``
    (surroundings.may_speak_next), if the caller has read the text after the word."""
    if may_age and age_after(text, mention.end) is not None:
        return True  # "Mamdani, 33, a state assemblyman": an age set off after it
    return near_speech(text, mention.start, mention.end, verb_next) and (
        _PERSONAL_AFTER.match(text, mention.end, mention.end + 40, lx.CONCURRENT) is not None
        or _quoted_in_first_person(text, mention.start)
    )


def spoken_of(
    text: str, mentions: list[Mention], lower_case: Callable[[], frozenset[str]]
) -> list[Mention]:
    """A name of two words without evidence of its own is a person's when one of its words
    speaks alone elsewhere, as a person: "called Jansher Khan a cheat" ... "Jansher said that
    he"; "Jannik Sinner beat ..." ... '“I still need time,” Sinner said'; or when its second
    word speaks alone at all (:func:`_speaking_surnames`)."""
    # Only the words of such names need reading for speech (most single words are of none).
    unsure = {word for m in mentions if not m.sure and len(m.words) == 2 for word in m.words}
    if not unsure:
        return mentions  # no such name: no need to list the words of all the known ones
    # A word of a name already known speaks for that person: "Donald Trump" ... "Trump
    # said" ... "the Trump Shuttle".
    unsure -= {word for m in mentions if m.sure and len(m.words) > 1 for word in m.words}
    speaking = {
        mention.words[0]
        for mention in mentions
        if len(mention.words) == 1
        and mention.words[0] in unsure
        and _speaks_as_a_person(text, mention)
    }
    surnames = _speaking_surnames(text, mentions, unsure - speaking)
    if not speaking and not surnames:
        return mentions
    # The other word never stands alone: "Lebed ... Chechnya" is not a name.
    alone = {mention.words[0] for mention in mentions if len(mention.words) == 1}
    return [
        mention._replace(sure=True)
        if not mention.sure
        and len(mention.words) == 2
        and (
            (
                any(
                    word in speaking and other not in alone
                    for word, other in (mention.words, mention.words[::-1])
                )
                and (not opens_sentence(text, mention.start) or name_word(mention, lower_case))
            )
            # (a surname's pair must be of no common word wherever it stands, and open with
            # no speech verb: 'Added Marwood, “We ...')
            or (
                mention.words[1] in surnames
                and mention.words[0] not in alone
                and mention.words[0].lower() not in lx.SPEECH_VERBS
                and name_word(mention, lower_case)
            )
        )
        and not in_title_case_line(text, mention.start, mention.end)
        else mention
        for mention in mentions
    ]


def _speaking_surnames(text: str, mentions: list[Mention], unsure: set[str]) -> set[str]:
    """The second words of names of two words that stand alone elsewhere by a speech verb,
    as a person is called after the first mention: "a survey run by Orvanne Marwood" ...
    "Marwood said the figures", '“It held,” said Marwood.' A word shaped as no name alone
    is left out: a plural is a team's or a firm's ("the Green Herons ... Herons said")."""
    second = {m.words[1] for m in mentions if not m.sure and len(m.words) == 2} & unsure
    return {
        mention.words[0]
        for mention in mentions
        if len(mention.words) == 1
        and mention.words[0] in second
        and not mention.not_a_person
        and name_shaped(mention.words[0])
        and near_speech(text, mention.start, mention.end)
    }


# A relative "who" right after one word: "said Moreno, who trained with Baptiste".
_WHO_AFTER = compiled(r",[ \u00a0]++who\b")
# Words before a lone name that make it a place's, a group's or a thing's ("voters in Texas,
# who", "the Lakers, who", "among Latinos, who"), or the object of a verb ("told Politico
# that he", "asked Wedbush whether he").
_NOT_BEFORE_A_LONE_NAME = frozenset(
    {"a", "an", "the", "of", "in", "from", "for", "at", "on", "to", "by", "with", "among"}
    | {"told", "tell", "tells", "asked", "ask", "asks", "urged", "warned", "thanked"}
)
# What stands right before a lone name: a word, maybe with a comma after it, or "&"
_BEFORE = compiled(r"(\p{L}++|&)(,?)[ \u00a0]++\G", flags=regex.REVERSE)


def lone_names(
    text: str,
    mentions: list[Mention],
    lower_case: Callable[[], frozenset[str]],
    sports_report: Callable[[], bool] = bool,
) -> list[Mention]:
    """A single word that names no one else of the article is a person's when it speaks as
    only a person does ("Vance told reporters he would vote no", "said Moreno, who trained
    with Baptiste", "Smith, who has coached the team since 2019, said"). See
    :func:`_lone_name` for what it must not be. In a sports report ", who" is evidence only
    with a speech verb next to the word ("said Holt, who"): British papers write it of teams
    ("Arsenal, who finished two points behind")."""
    named = {word for mention in mentions if mention.sure for word in mention.words}
    speaking = {
        index
        for index, mention in enumerate(mentions)
        if not mention.sure
        and len(mention.words) == 1
        and mention.words[0] not in named
        and _lone_name(text, mention, lower_case, sports_report)
    }
    if not speaking:
        return mentions  # most articles: no such word, and no compounds to list
    # "Hewlett" of "Hewlett-Packard Co.": a short name of a compound is no one's (the
    # compounds listed in one scan: a search of the text for each word is quadratic).
    compounds = set(_COMPOUND_HEAD.findall(text))
    return [
        mention._replace(sure=True)
        if index in speaking and mention.words[0] not in compounds
        else mention
        for index, mention in enumerate(mentions)
    ]


# The first word of a hyphenated compound of capitalized words: "Hewlett" of "Hewlett-Packard"
_COMPOUND_HEAD = compiled(r"(?<![\p{L}\-])(\p{Lu}\p{L}*+)-\p{Lu}")


def _lone_name(
    text: str,
    mention: Mention,
    lower_case: Callable[[], frozenset[str]],
    sports_report: Callable[[], bool],
) -> bool:
    """Not a plural ("Democrats, who"), a word shaped as no name ("HuffPost", "I’ll"), a
    listed place, title or common word; not after an article, a preposition or a verb's
    object ("told Politico that he"), nor a capitalized word ("Middle East Peace, who",
    "Drive, Tipperary, who")."""
    word = mention.words[0]
    if mention.title or mention.not_a_person or not name_shaped(word):
        return False
    # (the comma read first: most words have none after them, and the pattern costs more)
    who = (
        text.startswith(",", mention.end)
        and _WHO_AFTER.match(text, mention.end, mention.end + 8) is not None
    )
    # The text after the word, read once for the three looks there: whether an age may be
    # set off (a comma or a bracket) and a speech verb may follow (most words have neither:
    # then neither is read again, nor the quote "he" says after it looked for)
    following = text[mention.end : mention.end + SPEECH_REACH].lstrip(_BLANKS)
    may_age = following[:1] in AFTER_OPENERS
    verb_next = following.lstrip(SPEECH_BLANKS)[:3] in lx.SPEECH_VERB_STARTS
    if who and sports_report():  # a team's "who", unless a speech verb is next to it
        who = near_speech(text, mention.start, mention.end, verb_next)
    if not (
        who
        or _speaks_as_a_person(text, mention, may_age, verb_next)
        or (verb_next and _quoted_as_he_next(text, mention))
    ):
        return False
    before = _BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if before is not None and _not_set_apart(text, before):
        return False
    return (
        name_word(mention, lower_case)
        and word not in lx.TITLES
        and not in_title_case_line(text, mention.start, mention.end)
    )


# A quote attributed to "he" or "she" after a closing mark: '”, he wrote', '” she said'; or
# one a sentence opening with "He" or "She" and a verb introduces: '. He added: “'
_HE_AFTER_QUOTE = compiled(
    r"""[^\n]{0,200}?(?:[”\"],?[ \u00a0]++(?:[Hh]e|[Ss]he)[ \u00a0]++\p{Ll}
    |[.!?][ \u00a0]++(?:He|She)[ \u00a0]++\p{Ll}++[,:]?[ \u00a0]*+[“\"])""",
    regex.VERBOSE,
)


_VERB_AFTER = compiled(r"[ \u00a0]++(\p{Ll}++)")
_VERB_REACH = 24
_BLANKS = " \u00a0"  # what _VERB_AFTER reads first


def _quoted_as_he_next(text: str, mention: Mention) -> bool:
    """ "Musk responded on X. “This is false,” he wrote.", "Macron said ... . He added: “":
    a speech verb right after the word, its subject, then in its paragraph a quote that "he"
    or "she" says."""
    window = text[mention.end : mention.end + _VERB_REACH]
    if window[:1] not in _BLANKS or window.lstrip(_BLANKS)[:3] not in lx.SPEECH_VERB_STARTS:
        return False  # no blank and speech verb next (most words): the pattern not called
    verb = _VERB_AFTER.match(text, mention.end, mention.end + _VERB_REACH)
    return (
        verb is not None
        and verb.group(1) in lx.SPEECH_VERBS
        and _HE_AFTER_QUOTE.match(text, verb.end(), verb.end() + 240) is not None
    )


def _not_set_apart(text: str, before: regex.Match[str]) -> bool:
    word, comma = before.group(1), before.group(2)
    if word.lower() in _NOT_BEFORE_A_LONE_NAME:
        return True
    # "Later, Vance told": a sentence's opening word and its comma set the name apart.
    return not word.islower() and not (comma and opens_sentence(text, before.start(1)))


# What stands between the names of a list: before a name, a comma; after it, a comma or
# "and" ("A, B and C", "A, B, and C"); each name may have its country's possessive before it
# ("Zena Cardman, Japan's Kimiya Yui and Russia's Oleg Platonov").
_OWNER = r"(?:\p{Lu}\p{Ll}++['’]s[ ])?"
_BEFORE_ITEM = compiled(rf",[ ]{_OWNER}")
_AFTER_ITEM = compiled(rf"(?:,[ ]|[ ]and[ ]|,[ ]and[ ]){_OWNER}")


def listed_with_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name of two words without evidence of its own between two people's full names in a
    list is a person's too, and so is one after "and" ending a list of people: "starring
    Scarlett Johansson, Mahershala Ali and Jonathan Bailey", "joining Gary Player, Jack
    Nicklaus and Tiger Woods", "Neil Armstrong and Buzz Aldrin"."""
    if all(mention.sure for mention in mentions):
        return mentions  # most articles: nothing to read
    found = list(mentions)
    for index in range(1, len(found)):
        this = found[index]
        if this.sure or len(this.words) != 2 or this.not_a_person:
            continue
        if _between_people(text, found, index) or _last_of_people(text, found, index):
            found[index] = this._replace(sure=True)
    return found


def _between_people(text: str, found: list[Mention], index: int) -> bool:
    if index + 1 >= len(found):
        return False
    before, this, after = found[index - 1], found[index], found[index + 1]
    return (
        _full_name(before)
        and _full_name(after)
        and _BEFORE_ITEM.fullmatch(text, before.end, this.start) is not None
        and _AFTER_ITEM.fullmatch(text, this.end, after.start) is not None
    )


# The last item of a list after "and": "Gary Player, Jack Nicklaus and Tiger Woods.", "Neil
# Armstrong and Buzz Aldrin"
_BEFORE_LAST = compiled(r",?[ ]and[ ]")
_LIST_END = compiled(r"[ ]?[.,;:)]|[ ]\p{Ll}")


def _last_of_people(text: str, found: list[Mention], index: int) -> bool:
    """The name after "and" that ends a list of people's full names, the list's end after
    it: "joining Ben Hogan, Jack Nicklaus and Tiger Woods.", "Neil Armstrong and Buzz Aldrin
    walked"."""
    if index < 1:
        return False
    before, this = found[index - 1], found[index]
    return (
        _full_name(before)
        and _BEFORE_LAST.fullmatch(text, before.end, this.start) is not None
        and _LIST_END.match(text, this.end) is not None
    )


def _full_name(mention: Mention) -> bool:
    return mention.sure and len(mention.words) >= 2


def place_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, and those of a place's name alone that is the surname of a person
    named in full, where it speaks or does what only people do: "Premier Tim Houston ...
    Houston told reporters", "Rep. Jim Jordan ... Jordan said". Alone such a word is read as
    the place (no run of one place word is a name), so its mentions are looked for here,
    only in the articles that name such a person."""
    surnames = {
        mention.words[-1]
        for mention in mentions
        if mention.sure and len(mention.words) > 1 and mention.words[-1] in lx.PLACES
    }
    if not surnames:
        return mentions  # nearly every article
    starts = [mention.start for mention in mentions]  # in text order
    found = list(mentions)
    for word in sorted(surnames):
        for start in _whole_word_starts(text, word):
            end = start + len(word)
            if _inside_a_mention(mentions, starts, start, end):
                continue  # a word of a longer name: "Tim Houston" itself, "Sam Houston"
            if near_speech(text, start, end) or cues.PERSON_VERB.match(
                text, end, end + 24, lx.CONCURRENT
            ):
                found.append(Mention(start, end, (word,), word, None, sure=False))
    return sorted(found) if len(found) > len(mentions) else mentions


def _inside_a_mention(mentions: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether ``start``..``end`` overlaps one of ``mentions`` (whose ``starts`` are sorted):
    the one starting last before it, or the one after."""
    index = bisect.bisect_right(starts, start) - 1
    return any(
        0 <= near < len(mentions) and mentions[near].start < end and start < mentions[near].end
        for near in (index, index + 1)
    )


def _whole_word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word."""
    starts = []
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1 : start]
        after = text[end : end + 1]
        if not (before.isalnum() or after.isalnum()):
            starts.append(start)
        start = text.find(word, end)
    return starts
