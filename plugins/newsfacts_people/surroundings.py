"""What the text around a name says of it: a speech verb next to it, a headline it stands in,
a noun after it that makes it an organization's."""

from __future__ import annotations

import functools
import itertools

import regex

from newsfacts.plugin import ORGANIZATION_HEADS, compiled, read_table
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people.vessels import ENDINGS as VESSEL_ENDINGS
from newsfacts_people.vessels import vessel_before

_NEXT_WORD = compiled(r"[ \u00a0,]*+(\p{Ll}+)")
SPEECH_BLANKS = " \u00a0,"  # what _NEXT_WORD and _PREVIOUS_WORD skip
SPEECH_REACH = 30  # how far they read
# How a word before a name ends that may be a speech verb, a role noun ("spokesman") or
# "to" of "according to": its last three letters, or the whole of a word of two ("to", "mp";
# none has one)
_WORD_BEFORE_ENDS = frozenset(word[-3:] for word in lx.SPEECH_VERBS | lx.ROLE_HEADS) | {"to"}
# Read backwards from the name (REVERSE, anchored there by \G): one attempt, not a search
# from every position of the window (nine times faster).
_PREVIOUS_WORD = compiled(r"(\p{Ll}++)[ \u00a0,]*+\G", flags=regex.REVERSE)


def may_speak_next(text: str, end: int) -> bool:
    """Whether the word after the name ending at ``end`` (past blanks and commas) may be a
    speech verb, by its first three letters: most names stand by none, and the patterns that
    read it are not called."""
    return text[end : end + SPEECH_REACH].lstrip(SPEECH_BLANKS)[:3] in lx.SPEECH_VERB_STARTS


def near_speech(text: str, start: int, end: int, verb_next: bool | None = None) -> bool:
    """A speech verb right after or before the name, or "according to" before it; not after
    a place's preposition ("the National Weather Service in Boise said"), nor as the
    object of a word before it ("a spokesperson for Barratt Homes said", "who represents
    Harrogate Hookstone, said": someone else speaks). ``verb_next``: :func:`may_speak_next`
    of the name, if the caller has read it."""
    # (The words next to the name are read by their first or last three letters before the
    # patterns are called: most names stand by no speech verb nor role noun.)
    if may_speak_next(text, end) if verb_next is None else verb_next:
        after = _NEXT_WORD.match(text, end, end + SPEECH_REACH, lx.CONCURRENT)
        if after is not None and after.group(1) in lx.SPEECH_VERBS:
            return not text.endswith(
                _OBJECT_BEFORE, start - _OBJECT_REACH if start > _OBJECT_REACH else 0, start
            )
    # (bounds by a conditional, here and in the other readings of every candidate: a call of
    # max() costs more than the slice it bounds)
    low = start - SPEECH_REACH if start > SPEECH_REACH else 0
    ending = text[low:start].rstrip(SPEECH_BLANKS)[-3:]
    if ending not in _WORD_BEFORE_ENDS and ending[-2:] not in _WORD_BEFORE_ENDS:
        return False
    before = _PREVIOUS_WORD.search(text, low, start, lx.CONCURRENT)
    if before is None:
        return False
    if before.group(1) in lx.SPEECH_VERBS or text.endswith("according to ", 0, start):
        return True
    if before.group(1) not in lx.ROLE_HEADS:
        return False
    # "said midfielder Jordan Blake": a role noun between the verb and the name
    verb = _PREVIOUS_WORD.search(text, max(0, before.start() - 20), before.start(), lx.CONCURRENT)
    return verb is not None and verb.group(1) in lx.SPEECH_VERBS


_OBJECT_BEFORE = (" in ", " at ", " near ", " for ", " represents ", " represented ")
# The window that holds the longest of them ("represented" was cut off by a bound of 12)
_OBJECT_REACH = max(map(len, _OBJECT_BEFORE))

# What the patterns of :func:`names_organization` read first: a space, "&" or "and"
_ORGANIZATION_OPENERS = frozenset(" \u00a0&a,")
# How the words after the blanks that follow a name start when they may name an
# organization: the first two letters of a noun of ORG_AFTER_NOUNS ("daily", "firm"), "&"
# and what follows it, "an" of "and" (FIRM_AFTER). Read before the patterns: most names are
# followed by a word in lower case that is none ("said", "of") or by a mark ("(", "'s").
ORGANIZATION_AFTER_STARTS = frozenset(
    {noun[:2] for noun in lx.ORG_AFTER_NOUNS} | {"an"} | {f"&{c}" for c in " \u00a0"}
)
_NEXT_REACH = 20  # how far the word after a name is read


# (and capitalized, opening a sentence: "Carmaker Jaguar Land Rover said")
_FIRM_BEFORE_ENDINGS = tuple(
    sorted(
        {
            f"{word} "
            for phrase in lx.ORG_BEFORE_PHRASES
            for word in (phrase.split()[-1], phrase.split()[-1].capitalize())
        }
    )
)
_FIRM_BEFORE_REACH = 4 * max(map(len, lx.ORG_BEFORE_PHRASES))


def firm_before(text: str, start: int) -> bool:
    """Whether the words before the name at ``start`` show that it names a firm: "analysts at
    Morgan Stanley", "shares of Charles Schwab" (``data/org_before_phrases.txt``)."""
    # The phrases' last words ("at", "of", "in", "automaker", "charity") right before the
    # name, or no call of the pattern
    return text.endswith(_FIRM_BEFORE_ENDINGS, 0, start) and bool(
        lx.FIRM_BEFORE.search(text, max(0, start - _FIRM_BEFORE_REACH), start, lx.CONCURRENT)
    )


def person_by_trade(text: str, start: int) -> bool:
    """Whether a noun of a trade both people and firms ply stands before a known given name
    at ``start``: "Broadcaster Jeremy Vine said" titles a person, "broadcaster Al Jazeera"
    names a firm (``data/trade_nouns_of_both.txt``)."""
    before = text[max(0, start - _TRADE_REACH) : start].rstrip(" \u00a0")
    noun = before[before.rfind(" ") + 1 :].lower()
    first = text[start : start + _GIVEN_NAME_REACH].split(maxsplit=1)[:1]
    return noun in lx.TRADE_NOUNS_OF_BOTH and bool(first) and nf.is_given_name(first[0])


_TRADE_REACH = 1 + max(map(len, lx.TRADE_NOUNS_OF_BOTH))
_GIVEN_NAME_REACH = 30  # longer than any given name


def place_before(text: str, start: int) -> bool:
    """Whether a noun of towns and "of" stand right before the name at ``start``: "the town of
    Mai Mahiu", "the farming village of Kipkelion" (``data/place_of_nouns.txt``)."""
    return text.endswith(" of ", 0, start) and bool(
        lx.PLACE_OF.search(text, max(0, start - _PLACE_OF_REACH), start, lx.CONCURRENT)
    )


_PLACE_OF_REACH = 4 + max(map(len, lx.PLACE_OF_NOUNS))


def listed_place_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` ends a list of places after a noun of towns and "of":
    "the cities of Dunmore and Lake Forest", "the towns of Avon, Bly and Glen Park"."""
    return bool(lx.PLACES_LISTED_OF.search(text, max(0, start - _LIST_REACH), start, lx.CONCURRENT))


_LIST_REACH = 200  # a noun of towns and a list of up to seven places


# A competitor's country in brackets and a comma, read backwards from the name (REVERSE,
# anchored by \G): "1. Marco Bellini ( Italy ) , " of a results table, "Bellini (Italy), "
_COUNTRY_BRACKET_BEFORE = compiled(
    # (No possessive quantifier on a word: read backwards, it would take the capital too.)
    r"\([ \u00a0]?(?:\p{Lu}[\p{L}.]*[ \u00a0]?){1,3}\)[ \u00a0]?,[ \u00a0]+\G",
    flags=regex.REVERSE,
)
# A number after the name, past a comma: the row's time or points ("Reynard Honda , 53.980")
_RESULTS_ENDINGS = (") , ", "), ")  # a bracket and a comma right before the name
_NUMBER_AFTER = compiled(r"[ \u00a0]?+,?[ \u00a0]?+\d")
_COUNTRY_BRACKET_REACH = 40
# The last three characters of what those checks read first: "at ", "of ", "in ", "er " of
# "lender " (_FIRM_BEFORE_ENDINGS), "of " (place_before), " , " and "), " (team_in_results),
# "er " of "carrier " (vessels.vessel_before)
OWNER_ENDINGS = frozenset(
    ending[-3:] for ending in (*_FIRM_BEFORE_ENDINGS, " of ", *_RESULTS_ENDINGS, *VESSEL_ENDINGS)
)


def team_in_results(text: str, start: int, end: int) -> bool:
    """Whether the name between a competitor's bracketed country and a number is the
    competitor's team or car, as a results table lists them: "1. Marco Bellini ( Italy ) ,
    Tasman Honda , 52.410" names no person "Tasman Honda" (nor "Lola Ford"); not the next
    competitor with a bracket of his own ("Graf (Germany), Seles (U.S.)")."""
    if not text.endswith(_RESULTS_ENDINGS, 0, start):
        return False  # nearly every name: no bracket and comma right before it
    return (
        _NUMBER_AFTER.match(text, end, end + 4) is not None
        and _COUNTRY_BRACKET_BEFORE.search(text, max(0, start - _COUNTRY_BRACKET_REACH), start)
        is not None
    )


_FOUNDER_ROWS = read_table("newsfacts_people", "founder_clauses.tsv", columns=2)
# A founder's verb ending its clause after a name: "founded in", "set up after", "runs,"
# (data/founder_clauses.tsv); the words after it in lower case, a mark right after it
_FOUNDER_CLAUSE = compiled(
    r"""(?x)
    [ \u00a0]++ (?:{verbs})                 # "founded", "set up"
    (?: [ \u00a0]++ (?:{words})\b | (?:{marks}) )  # " in 2019", " after his son died", ","
    """.format(
        verbs="|".join(
            r"[ \u00a0]++".join(map(regex.escape, words.split()))
            for side, words in _FOUNDER_ROWS
            if side == "verb"
        ),
        words="|".join(
            regex.escape(w) for side, w in _FOUNDER_ROWS if side == "after" and w.isalpha()
        ),
        marks="|".join(
            regex.escape(w) for side, w in _FOUNDER_ROWS if side == "after" and not w.isalpha()
        ),
    )
)
_FOUNDER_REACH = 30


def founder_after(text: str, end: int) -> bool:
    """Whether a founder's clause follows the name ending at ``end``: "A charity Jane Smith
    founded in 2019" names its founder, a person (``data/founder_clauses.tsv``)."""
    return _FOUNDER_CLAUSE.match(text, end, end + _FOUNDER_REACH) is not None


def owned_before(text: str, start: int, run_end: int, multiword: bool) -> bool:
    """Whether the words before the name at ``start`` show that it names a ship
    (:func:`~newsfacts_people.vessels.vessel_before`: "the carrier Carl Vinson"), a firm (of
    two words or more: :func:`firm_before`, but not before a founder's clause: "the charity
    Jane Smith founded in 2019", :func:`founder_after`), a town (:func:`place_before`) or a
    results row's team (:func:`team_in_results`, ``run_end``: where the name's run ends)."""
    ending = text[start - 3 if start > 3 else 0 : start]
    if ending not in OWNER_ENDINGS:
        # none of their phrases ends right before the name (most names); but a list of
        # towns may: "the cities of Dunmore and Lake Forest"
        return ending == "nd " and listed_place_before(text, start)
    return (
        vessel_before(text, start)
        or (
            multiword
            and firm_before(text, start)
            and not founder_after(text, run_end)
            and not person_by_trade(text, start)
        )
        or place_before(text, start)
        or team_in_results(text, start, run_end)
    )


def names_organization(text: str, end: int) -> bool:
    """Whether the words after a name show that it names a publication or firm: "Zycie
    Warszawy daily", "Johnson & Sons"."""
    window = text[end : end + _NEXT_REACH]
    opener = window[:1]
    if opener not in _ORGANIZATION_OPENERS:
        return False  # neither pattern can match: no call of either (most names end so)
    if opener == ",":  # ", a group founded by"
        reach = end + 60
        return lx.ORGANIZATION_APPOSITIVE.match(text, end, reach, lx.CONCURRENT) is not None
    if window.lstrip(" \u00a0")[:2] not in ORGANIZATION_AFTER_STARTS:
        return False  # no noun of ORG_AFTER_NOUNS next, nor "&" or "and": no pattern called
    after = lx.NEXT_LOWER.match(text, end, end + _NEXT_REACH, lx.CONCURRENT)
    if after is not None:
        word = after.group(1)
        if word in lx.ORG_AFTER_NOUNS:
            return True
        if word != "and":
            return False  # a word in lower case after the name: FIRM_AFTER needs "and" there
    return bool(lx.FIRM_AFTER.match(text, end, end + 16, lx.CONCURRENT))


def described_as_place(text: str, end: int) -> bool:
    """Whether an appositive after the name ending at ``end`` describes a place: "Dong Hoi,
    the capital of Quang Binh province" (``data/place_appositives.txt``)."""
    return text.startswith(",", end) and bool(
        lx.PLACE_APPOSITIVE.match(text, end, end + _PLACE_APPOSITIVE_REACH, lx.CONCURRENT)
    )


_PLACE_APPOSITIVE_REACH = 60  # ", the" and two words before the noun and its preposition


# A word of ORG_WORDS and "for", "of", "on" or "against" right before a run of capitalized
# words: the run goes on the organization's name ("Office for National Statistics",
# "Institute for Fiscal Studies"). Read backwards from the run (REVERSE, anchored by \G).
_ORGANIZATION_BEFORE = compiled(
    # (No possessive quantifier on the word: read backwards, it would take the capital too.)
    # Also across one more word and "and": "the Institute of Allergy and Infectious Diseases"
    r"\b(\p{Lu}[\p{L}\p{M}]*)[ \u00a0]+(?:for|of|on|against)[ \u00a0]+"
    r"(?:\p{Lu}[\p{L}\p{M}]*[ \u00a0]+and[ \u00a0]+)?\G",
    flags=regex.REVERSE,
)
_ORGANIZATION_REACH = 60
_LINKS = (" for ", " of ", " on ", " against ", " and ")


def continues_organization(text: str, start: int, given_first: bool = False) -> bool:
    """Whether the run of capitalized words at ``start`` goes on an organization's name: "the
    Office for National Statistics said" names no person "National Statistics". A run whose
    first word is a given name (``given_first``) goes on one only after a head that opens "X
    of Y" names and "of" or "on": "the Australian Institute of Marine Science said" names no
    person "Marine Science"; "the Campaign for Hillary Clinton" still names her."""
    if not text.endswith(_LINKS, 0, start):
        return False  # the common case, decided without the pattern
    before = _ORGANIZATION_BEFORE.search(text, max(0, start - _ORGANIZATION_REACH), start)
    if before is None or before.group(1) not in lx.ORG_WORDS:
        return False
    if not given_first:
        return True
    head = ORGANIZATION_HEADS.get(before.group(1))
    # right after "of" or "on": "the University of Bern and Peter Hallam" names him
    return head is not None and head.opens and text.endswith((" of ", " on "), 0, start)


_LINE_REACH = 200


def in_title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the name stands in a line of capitalized words: a headline."""
    reach_start = start - _LINE_REACH if start > _LINE_REACH else 0
    line_start = text.rfind("\n", reach_start, start) + 1
    if line_start == 0 and reach_start > 0:
        # A line this long before the name is running text, not a headline; and reading
        # back to its start for every name would make the plugin quadratic on long lines.
        return False
    line_end = text.find("\n", end, end + _LINE_REACH)
    if line_end < 0:
        if end + _LINE_REACH < len(text):
            return False  # a line this long after the name is running text too
        line_end = len(text)
    return _title_case(text[line_start:line_end])


@functools.lru_cache(maxsize=1024)  # pure: a headline's names ask of its line one by one
def _title_case(text: str) -> bool:
    """Whether a line (``text``) is one of capitalized words (see in_title_case_line)."""
    line = text.split()
    words = [word for word in line if word[:1].isalpha() and len(word) > 3]
    capitalized = sum(1 for word in words if word[0].isupper())
    if len(words) < 4 or capitalized < 0.8 * len(words):
        return False
    # A sentence full of names ends in a full stop and has its verb in lower case ("Former
    # Treasury Secretary Janet Yellen and Federal Reserve Chair Jerome Powell testified
    # before the Senate Banking Committee.", "He met National Security Adviser Ajit Doval on
    # Monday."); a headline capitalizes all but its short function words ("Mike Pence Calls
    # for ...", "Obama to Visit Cuba.") or ends without one ("Article posted by Dana
    # Pierce").
    sentence = line[-1].endswith(".")
    return not (sentence and any(_lower_content_word(word) for word in line))


def _lower_content_word(word: str) -> bool:
    return word[:1].islower() and word.strip(".,;:!?") not in lx.HEADLINE_LOWER_WORDS


def bracket_parts(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The stretches of a name's tokens (start, end, word) split wherever a bracket stands
    between two."""
    parts: list[tuple[int, int]] = []
    part_start = names[0][0]
    for previous, token in itertools.pairwise(names):
        if ")" in text[previous[1] : token[0]]:
            parts.append((part_start, previous[1]))
            part_start = token[0]
    parts.append((part_start, names[-1][1]))
    return parts
