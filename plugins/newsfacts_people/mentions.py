"""Find the mentions that may name a person: runs of capitalized words, judged by context
(what one group of them gives is read by :mod:`newsfacts_people.candidates`)."""

from __future__ import annotations

import functools
from operator import itemgetter

from newsfacts.plugin import Document, decide, tracing
from newsfacts_people import lexicon as lx
from newsfacts_people.addresses import street_words
from newsfacts_people.bylines import BYLINE_OPENERS, byline_names
from newsfacts_people.candidates import Mention, Parts, group_mentions
from newsfacts_people.names import Reading, read
from newsfacts_people.offices import office_before
from newsfacts_people.roles import read_context
from newsfacts_people.run_checks import (
    RUN_CHECKS,
    SURNAME_ORG_WORDS,
    org_word_surname,
    person_in_context,
)
from newsfacts_people.runs import Token, runs
from newsfacts_people.surroundings import (
    in_title_case_line,
)

_TEXT = itemgetter(2)  # a token's text


def _split(text: str, tokens: list[Token], traced: bool, named: set[str]) -> Parts | None:
    """What the words of a group say of the name in it, its honorific, the honorific's
    start, and the name's tokens; None if no name (:data:`RUN_CHECKS` decide). The words
    and the checks' outcome are read once per distinct group (:func:`_judged_untraced`): a
    name comes back, and so do "The" and "But"; unless the decisions are ``traced``: then
    the checks run for every group, for the explain trace. ``named``: the surnames of
    :func:`~newsfacts_people.run_checks.person_in_context`."""
    # (a group of one word, most groups, by hand: a map and a tuple of it cost six times more)
    words = (tokens[0][2],) if len(tokens) == 1 else tuple(map(_TEXT, tokens))
    # (the set test first: nearly every group ends in no such word, and the call costs more)
    role_set_off = words[-1] in SURNAME_ORG_WORDS and person_in_context(
        text, tokens[0][0], words, named
    )
    if traced:  # every decision recorded where it is made
        reading, start, end = _judged(words, role_set_off)[0], tokens[0][0], tokens[-1][1]
        outcome = decide(RUN_CHECKS, reading.run, default="name", start=start, end=end)
    else:
        known = _judged_untraced(words, role_set_off)
        if known is None:
            return None
        reading, outcome = known
    if outcome == "reject":
        return None
    honorific, honorific_start = None, -1
    if reading.honorific >= 0:
        rank = words[reading.honorific_from : reading.honorific + 1]
        # "Sens." is Sen; "Lt. Gen." is Lt Gen
        honorific = " ".join(lx.HONORIFIC_SINGULARS.get(word, word) for word in rank)
        honorific_start = tokens[reading.honorific_from][0]
    return reading, honorific, honorific_start, tokens[reading.first : reading.last]


@functools.lru_cache(maxsize=4096)  # pure, and groups repeat from article to article
def _judged(words: tuple[str, ...], role_set_off: bool = False) -> tuple[Reading, str]:
    """The reading of a group's words and what :data:`RUN_CHECKS` decide of it, unrecorded:
    "The", "But", "Mr. Trump" are read once in a stream of articles, not once in each
    (``role_set_off``: see :func:`~newsfacts_people.run_checks.person_in_context`)."""
    reading = read(words)
    if role_set_off:
        reading = reading._replace(run=reading.run._replace(described=True))
    for check in RUN_CHECKS:
        if check.test(reading.run):
            return reading, check.outcome
    return reading, "name"


@functools.lru_cache(maxsize=4096)  # one look-up for a group met before, in any article
def _judged_untraced(words: tuple[str, ...], role_set_off: bool) -> tuple[Reading, str] | None:
    """:func:`_judged`, or None for a shouted group ("NEW YORK CITY POLICE SAY", see
    :func:`_shouted`), which the checks reject whatever its reading: told before the words
    are read. Kept across articles, as news repeats its groups ("The", "But", a name): no
    table of them per article, whose first look-up of each group would test it anew."""
    return None if _shouted(words) else _judged(words, role_set_off)


def _shouted(words: tuple[str, ...]) -> bool:
    """Whether every word is an acronym no name suffix ends ("NEW YORK CITY POLICE SAY"):
    then the name's words, whatever the titles and roles before them, are none (the check
    "no-name-words" rejects), or one acronym, or two or more whose second is one ("acronym"
    rejects; an acronym opening a name, "JJ Redick", is let pass only before a word that is
    none). Tested before the words are read: most runs of a text in capitals are so."""
    for word in words:
        if len(word) < 2 or not word.isupper() or word.endswith(".") or word in lx.NAME_SUFFIXES:
            return False
    return True


def _rejected_alone(word: str) -> bool:
    """Whether a group of the one word ``word`` names no one whatever its context: the checks
    reject it ("The", "But", "Monday"), as :func:`_split` reads it (a word that is also an
    organization's, "Park", may be a person's by its context: never rejected here)."""
    if word in SURNAME_ORG_WORDS:
        return False
    known = _judged_untraced((word,), False)
    return known is None or known[1] == "reject"


def find_mentions(document: Document) -> list[Mention]:
    """Every run of capitalized words of ``document`` that may name a person, in text
    order."""
    text = document.text
    found: list[Mention] = []
    traced = tracing()  # every group's checks run and recorded (see _split)
    # A group of one word the checks reject alone is told by a look-up per word in the
    # extractor's vocabulary (most groups are one word; the rejected repeat: "The", "But"),
    # not split; unless the decisions are traced.
    rejected_alone = (
        (lambda word: False) if traced else document.vocabulary.column(_rejected_alone).__getitem__
    )
    # Headline runs that may open with a surname alone, where their mentions are in found
    surname_led: list[tuple[int, int, list[Token], Parts]] = []
    named: set[str] = set()  # the surnames of run_checks.person_in_context
    repeats = _Repeats(text)
    for group in runs(document):
        if len(group) == 1 and rejected_alone(group[0][2]):
            continue  # (no byline nor office in one word)
        byline = None
        if group[0][2].isupper() or group[0][2] in BYLINE_OPENERS:  # the quick test first
            byline = byline_names(text, group)
        group = byline or group
        # "at 40 N. Pine St. Ortega said": the words up to the street's head are the
        # address's (the quick test first: a digit and a space before the group)
        if group[0][0] > 1 and text[group[0][0] - 2].isdigit():
            street = street_words(text, group)
            if street:
                group = group[street:]
        # "Secretary of State for Work and Pensions Liz Kendall": the group's first words
        # are the office's (a group of two words has none: the office leaves two for the
        # name, so no call for the most common groups, "Donald Trump")
        office = office_before(text, group) if len(group) > 2 else None
        if office is not None:
            group = group[office.words :]
        parts = _split(text, group, traced, named)
        if parts is not None:
            run = parts[0].run  # (its words never empty: the checks reject a run of none)
            if run.words[-1] in SURNAME_ORG_WORDS:  # the set test first, as in _split
                surname = org_word_surname(run)
                if surname:  # "Her attorney, Rebecca Hall,": "Hall" alone is her later
                    named.add(surname)
            mentions, surname_led_here = repeats.read(group, parts)
            if byline:  # the name as read, in title case: "Martin Crutsinger"
                mentions = [m._replace(written=" ".join(m.words)) for m in mentions]
            if office is not None:
                mentions = [_with_office(m, office.text) for m in mentions]
            if surname_led_here:
                surname_led.append((len(found), len(mentions), group, parts))
            found.extend(mentions)
    if surname_led:
        _read_surnames_alone(text, found, surname_led)
    return found


#: How far from a run of capitalized words the readings of its mentions look: a headline's
#: line (:func:`~newsfacts_people.surroundings.in_title_case_line`) 200 characters each way,
#: the farthest; and a margin for the patterns' look-behinds.
_REACH = 240
#: The characters each side of a run that must have stood so around it before, for its
#: whole context to be looked up: news repeats a name, rarely its context.
_NEAR = 16
#: The contexts kept at most: a text that repeats its contexts repeats a few, and a long
#: text of news, which repeats none, would keep them all.
_CONTEXTS_KEPT = 4096


class _Repeats:
    """The mentions of each run of capitalized words read in its context (the text within
    :data:`_REACH` of it), for a text may repeat a run in the same words ("in Red Oak, Iowa,"
    a thousand times): :func:`_read` reads nothing else, so its answer, moved to where the
    context repeats, is the same there. Made per text."""

    __slots__ = ("_found", "_near", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        #: the runs with the text within _NEAR of them, as seen so far
        self._near: set[str] = set()
        #: context -> the mentions read there (offsets from the context's start), and
        #: whether the run may open with a surname
        self._found: dict[tuple[str, tuple[Token, ...]], tuple[list[Mention], bool]] = {}

    def read(self, group: list[Token], parts: Parts) -> tuple[list[Mention], bool]:
        """:func:`_read` ``group`` (``parts``: what its words say)."""
        text = self.text
        start, end = group[0][0], group[-1][1]
        near = text[start - _NEAR if start > _NEAR else 0 : end + _NEAR]
        if near not in self._near:  # most runs of news: no context looked up nor kept
            if len(self._near) >= _CONTEXTS_KEPT:
                self._near.clear()
            self._near.add(near)
            return _read(text, group, parts)
        low = start - _REACH if start > _REACH else 0
        context = (
            text[low : end + _REACH],
            tuple([(first - low, last - low, word) for first, last, word in group]),
        )
        known = self._found.get(context)
        if known is not None:
            return self._with_contexts(known[0], low), known[1]
        mentions, surname_led = _read(text, group, parts)
        if len(self._found) >= _CONTEXTS_KEPT:
            self._found.clear()
        self._found[context] = [_moved(mention, -low) for mention in mentions], surname_led
        return mentions, surname_led

    def _with_contexts(self, kept: list[Mention], low: int) -> list[Mention]:
        """The mentions ``kept`` of a context, moved to where it repeats at ``low``, each with
        its context: read at the first repeat (within :data:`_REACH`, it is the context's
        too) and kept, as the people among them have theirs read at every mention."""
        moved: list[Mention] = []
        for index, mention in enumerate(kept):
            here = _moved(mention, low)
            if here.known_context is None:
                described = read_context(self.text, here.start, here.end, here.title)
                here = here._replace(known_context=described)
                kept[index] = _moved(here, -low)
            moved.append(here)
        return moved


def _with_office(mention: Mention, office: str) -> Mention:
    """A mention after an office written before it, which names a person and is its title
    (an honorific written with the name stays the title: "Minister of Health Dr. Ali Pate")."""
    title = mention.title if mention.title in lx.HONORIFIC_SINGULARS.values() else office
    return mention._replace(title=title, sure=True, known_context=None)


def _moved(mention: Mention, offset: int) -> Mention:
    return Mention(mention.start + offset, mention.end + offset, *mention[2:])


def _read(text: str, group: list[Token], parts: Parts) -> tuple[list[Mention], bool]:
    """The mentions of a run of capitalized words, and whether it is a headline's run that
    may open with a surname alone (see :func:`_read_surnames_alone`)."""
    mentions = group_mentions(text, group, parts)
    # (a name of one word opens with no surname before more words: no call for most runs)
    return mentions, bool(mentions) and len(parts[3]) > 1 and _may_open_with_surname(text, parts)


def _may_open_with_surname(text: str, parts: Parts) -> bool:
    """Whether a run of a title-case line opens with no title, and runs into the next
    words: "Okafor Would Raise Taxes On Banks", "Nora Vance Was Just Seen"; a given name
    too, for it may be a surname ("Morgan Tells Voters To Wait" with "Mia Morgan" below)."""
    reading, honorific, _, names = parts
    return (
        len(names) > 1
        and not (honorific or reading.titles)
        and in_title_case_line(text, names[0][0], names[-1][1])
    )


def _read_surnames_alone(
    text: str, found: list[Mention], surname_led: list[tuple[int, int, list[Token], Parts]]
) -> None:
    """A headline run that opens with the surname of a person named in full elsewhere in
    the text names that person by the surname alone ("Okafor Would Raise Taxes On Banks"
    with "Ada Okafor" below); others keep their first two words ("Nora Vance Was Just
    Seen"). Read once the whole text's mentions are known."""
    surnames = {mention.words[-1] for mention in found if mention.sure and len(mention.words) > 1}
    for index, count, group, parts in reversed(surname_led):
        if parts[0].run.words[0] in surnames:
            found[index : index + count] = group_mentions(text, group, parts, surname_only=True)
