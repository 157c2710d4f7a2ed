"""What happened to the people a number counts: the event of its clause, GDELT-style
("killed", "wounded", "arrested" ...; ``data/events.tsv``), and the events a list of counts
shares."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence

import regex

import newsfacts
from newsfacts.plugin import MONTH_NAMES, WEEKDAYS, compiled
from newsfacts_numbers import event_patterns as ex
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers import links, named_events
from newsfacts_numbers import patterns as px
from newsfacts_numbers import phrase_words as pw
from newsfacts_numbers.counted import parents_children
from newsfacts_numbers.raw import Raw

_CLAUSE_REACH = 120  # characters searched for an event word on either side
# Event words that name no event as the head of a counted phrase: "saved 200 innocent lives",
# "within one shot of the lead" (a stroke: a phrase is "shot" only where it is a noun)
_NOUNS_OF_NO_EVENT = frozenset(["lives", "shot"])
_DEMONYM_ENDINGS = ("ans", "ians", "ese", "is")


def event_starts(text: str, numbers: int) -> list[int] | None:
    """Where an event word may start in ``text``, in order: for :func:`event`; None for a
    text of ``numbers`` numbers too few for its length (:data:`_SPARSE`), where each count's
    clause is read instead."""
    if numbers * _SPARSE < len(text):
        return None
    return ex.EVENT_STARTS.starts(text)


# Characters per number above which the event words are not looked for in the whole text:
# the scan costs some 0.3 µs a character, reading one count's clause a few tens of µs, and a
# long text with a few numbers (a page of clock times has one) would be scanned for them.
_SPARSE = 1000


def event(
    document: newsfacts.Document,
    raw: Raw,
    counted_phrase: str | None,
    phrase_end: int,
    starts: Callable[[], Sequence[int] | None] | None = None,
) -> str | None:
    """What happened to the counted people, from the nearest event word in the clause.
    ``starts``: gives :func:`event_starts` of the text, when known; with them, a number with
    no event word near is decided without reading its clause (a text of numbers has
    thousands). Called only once the count may have an event (not "3 goals", no people):
    most texts whose counts are read here never make the look-up, a scan of the whole text
    (over 100 CoNLL articles, 33 of the 90 that made it)."""
    head_event = None
    if counted_phrase is None and document.sports_report:
        return None  # a bare count in a game's report: "shot 48% and made 17 3-pointers"
    if parents_children(document.text, raw, counted_phrase):
        return None  # "a mother of two was killed": the mother was, not her children
    if counted_phrase is not None:
        head = pw.head(counted_phrase)
        lowered = head.lower()
        if lowered in lx.EVENTS and lowered not in _NOUNS_OF_NO_EVENT:
            # "200 protesters": protested, unless the clause says more ("arrested 200 ...")
            head_event = lx.EVENTS[lowered]
        elif not is_people(head):
            return None
    # Without an event word near (the clause lies within these bounds), the phrase's own
    # event or none: decided before the rate's patterns are tried (a text of numbers has
    # thousands of bare counts, none with an event).
    found = None if starts is None else starts()
    near = found is None or _event_near(found, raw.start, phrase_end)
    if not near and head_event is None:
        return None
    text = document.text
    if _rate(text, raw):
        return None  # "22.5 per 100,000 people": a rate and its denominator count no victims
    if not near:
        return head_event
    sentence = document.sentence_at(raw.start)
    first = sentence.start if sentence is not None else 0
    last = sentence.end if sentence is not None else len(text)
    begin = max(first, raw.start - _CLAUSE_REACH)
    for brk in ex.CLAUSE_BREAK.finditer(text, begin, raw.start):
        begin = brk.end()
    finish = _clause_end(text, phrase_end, min(last, phrase_end + _CLAUSE_REACH))
    if released_before(text, raw.start, begin):
        return None  # "Troops freed 300 hostages": no longer held
    nearest = _nearest_event(
        text, raw.start, (phrase_end, counted_phrase is None), (begin, finish), found
    )
    return head_event if nearest is None else nearest


def released_before(text: str, start: int, begin: int) -> bool:
    """Whether a verb that ends what an event word says stands right before the count at
    ``start`` (looked for from ``begin``): "freed 300 hostages", "could save millions of
    lives"."""
    return ex.RELEASED_BEFORE.search(text, max(begin, start - _RELEASE_REACH), start) is not None


# How far before a count its releasing verb and a qualifier may start ("rescued at least")
_RELEASE_REACH = 40


def _nearest_event(
    text: str,
    start: int,
    phrase: tuple[int, bool],
    clause: tuple[int, int],
    starts: Sequence[int] | None,
) -> str | None:
    """The event of the event word of the ``clause`` (its start and end) nearest the count at
    ``start`` (``phrase``: where its counted phrase ends, and whether it has none) that is its,
    its own predicate's first. ``starts``: :func:`event_starts` of the text, or None."""
    phrase_end, bare = phrase
    best: tuple[int, str] | None = None
    for match in _event_words(text, clause, starts):
        if start <= match.start() < phrase_end:
            continue
        if bare and (_object_before(text, match, start) or _held_loosely(text, match)):
            continue  # "shot a final-round 68": the verb's object is something else
        if _not_theirs(text, start, phrase_end, match) or _holds_thing(text, phrase_end, match):
            continue
        if _protest_object(text, match, start):
            continue  # "to protest millions in payouts": what is protested, no one
        if _gathering_held(text, match):
            continue  # "pupils sang at a concert held in the hall": no one detained
        if _on_camera(text, match):
            continue  # "A camera captured Ann Roe before the two drove off": no one seized
        if ex.LIVES_AS_VERB.match(text, match.start()):
            continue  # "she lives in Leeds with her two children": a home, no one killed
        if named_events.in_name(text, match):
            continue  # "the Stolen Lives Project campaign": a name's word, no one killed
        if match.start() >= phrase_end and ex.PREDICATE_GAP.fullmatch(
            text, phrase_end, match.start()
        ):
            # Its own predicate, however near another clause's event: "361 people were
            # injured and 32 others were missing", "12 died and 40 were arrested".
            return lx.EVENTS[" ".join(match.group().lower().split())]
        distance = _distance(text, start, phrase_end, match)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, lx.EVENTS[" ".join(match.group().lower().split())])
    return best[1] if best is not None else None


def _protest_object(text: str, match: regex.Match[str], start: int) -> bool:
    """Whether the event word ``match`` is a verb of protest right before the count at
    ``start``, a qualifier at most between them: its object is what is protested, or those
    gathered by another ("to protest millions in payouts", "has rallied thousands with
    pledges"; not "a protest by 200 students")."""
    if match.end() > start or lx.EVENTS[" ".join(match.group().lower().split())] != "protested":
        return False
    number = ex.EVENT_OBJECT.match(text, match.end())
    return number is not None and number.end() > start


def _event_words(
    text: str, clause: tuple[int, int], starts: Sequence[int] | None
) -> Iterator[regex.Match[str]]:
    """The event words of the ``clause`` (its start and end), as ``EVENT.finditer`` finds
    them. Where the text's ``starts`` (:func:`event_starts`) are known, EVENT is tried at
    those within the clause alone, a match resuming the search at its end: a scan of the
    clause tries the case-blind alternation of every event word at each of its characters,
    a hundred times the cost (some 50 µs a clause of 240 characters)."""
    begin, finish = clause
    if starts is None:
        yield from ex.EVENT.finditer(text, begin, finish)
        return
    resume = begin
    for at in starts[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, finish)]:
        match = ex.EVENT.match(text, at, finish) if at >= resume else None
        if match is not None:
            resume = match.end()
            yield match


def _event_near(starts: Sequence[int], start: int, phrase_end: int) -> bool:
    """Whether an event word may start (``starts``: :func:`event_starts`) within reach of the
    count at ``start`` and its phrase ending at ``phrase_end``."""
    nearest = bisect.bisect_left(starts, start - _CLAUSE_REACH)
    return nearest < len(starts) and starts[nearest] < phrase_end + _CLAUSE_REACH


def _rate(text: str, raw: Raw) -> bool:
    """ "per" before the number (a rate's denominator) or between it and another number."""
    before = max(0, raw.start - 8)
    return (
        text.find("per", before, raw.start) >= 0  # the quick test: the word in the window
        and _PER_BEFORE.search(text, before, raw.start) is not None
    ) or _PER_AFTER.match(text, raw.end, raw.end + px.AFTER_REACH) is not None


def _clause_end(text: str, phrase_end: int, finish: int) -> int:
    """Where the count's clause ends after its counted phrase: at the first break, past an
    aside ("Seven people, including a 3-year-old child, were injured")."""
    brk_after = ex.CLAUSE_BREAK.search(text, phrase_end, finish)
    aside = _INCLUDING.match(text, brk_after.end(), finish) if brk_after is not None else None
    if aside is not None:
        brk_after = ex.CLAUSE_BREAK.search(text, aside.end(), finish)
    return brk_after.start() if brk_after is not None else finish


# "per" before a number (a rate's denominator) or between it and another number (a rate)
_PER_BEFORE = compiled(r"\bper[ \t]++\Z")
_PER_AFTER = compiled(r"[ \t]++per[ \t]++\d")


# An aside set off by commas after a count and its noun: the clause goes on after it ("Seven
# people, including a child, were injured", "Two teenagers, aged 16 and 17, were arrested").
_INCLUDING = compiled(
    r"[ \t]*+(?:including|among them|aged|ages|all|both)\b[^,;:()\[\]“”\"—]{0,60}+,"
)


def _distance(text: str, start: int, phrase_end: int, match: regex.Match[str]) -> int | None:
    """How far the event word ``match`` stands from the count (at ``start``, its counted
    phrase ending at ``phrase_end``), None when it is not the count's."""
    if match.end() <= start:
        return start - match.end()
    if ex.EVENT_OBJECT.match(text, match.end()) is not None:
        return None  # "16 million and injuring at least 151 people": the 151's event
    if ex.OTHER_COUNT.search(text, phrase_end, match.start()) is not None:
        return None  # "180 were rescued and 45 remain missing": the 45's event
    distance = match.start() - phrase_end
    if ex.CIRCUMSTANCE.search(text, phrase_end, match.start()) is not None:
        # "shot dead at least 31 people during protests": the protests are where it
        # happened, the event a verb before the number gives first
        distance += _CLAUSE_REACH
    return distance


# An article right after an event verb, then a number no noun follows: the verb's object is
# a thing the number describes ("shot a final-round 68"), not people.
_ARTICLE_OBJECT = compiled(r"[ \t]++(?i:a|an|the)(?:[ \t]++[\w-]++){0,2}?[ \t]++")


def _on_camera(text: str, match: regex.Match[str]) -> bool:
    """Whether the event word ``match`` is a camera's "captured": "A camera captured the
    two", "one captured by a doorbell camera" (not "captured by police")."""
    if match.group().lower() != "captured":
        return False
    start, end = match.span()
    return (
        ex.CAPTURED_BY_CAMERA_BEFORE.search(text, max(0, start - 16), start) is not None
        or ex.CAPTURED_BY_CAMERA_AFTER.match(text, end, min(len(text), end + 48)) is not None
    )


def _object_before(text: str, match: regex.Match[str], start: int) -> bool:
    return match.end() <= start and _ARTICLE_OBJECT.fullmatch(text, match.end(), start) is not None


# What "held" takes to say a bare count's people are detained: "three are still held in
# Mali", "held hostage", "held without charge" (not "11 of which were held in May", hearings,
# "dozens held banners", "those held in camera", "held firm at 2,994")
_HELD_DETAINED = compiled(
    rf"""
    [ \t]++(?:(?i:hostages?|captives?|prisoners?|incommunicado)\b
    | in[ \t]++(?:(?i:custody|jail|prison|detention|captivity)\b
               | (?!(?i:{lx.alternation(MONTH_NAMES | frozenset(WEEKDAYS))})\b)\p{{Lu}})
    | without[ \t]++(?i:bail|charges?|trial)\b)
    """,
    regex.VERBOSE,
)


def _held_loosely(text: str, match: regex.Match[str]) -> bool:
    """Whether the event word ``match`` is "held" with none of :data:`_HELD_DETAINED` after
    it: for a bare count, an event held, a thing or a level ("held a lead", "held rates near
    zero"), no people detained (a count of people is detained by it: "five detainees held")."""
    return match.group().lower() == "held" and _HELD_DETAINED.match(text, match.end()) is None


def _holds_thing(text: str, phrase_end: int, match: regex.Match[str]) -> bool:
    """Whether the event word ``match`` is "held" after the count's phrase (ending at
    ``phrase_end``), active, with a thing as its object: "Hundreds of parents held signs"
    (not "20 protesters were held the same day", "five detainees held without charge")."""
    if match.start() < phrase_end or match.group().lower() != "held":
        return False
    between = text[phrase_end : match.start()].lower().split()
    if any(word in ex.AUXILIARIES for word in between):
        return False
    return ex.HELD_THING.match(text, match.end()) is not None


def _gathering_held(text: str, match: regex.Match[str]) -> bool:
    """Whether the event word ``match`` is "held" right after a gathering that is held
    (``data/held_gatherings.txt``): "a concert held in the hall", "the talks held in May"."""
    if match.group().lower() != "held":
        return False
    before = text[max(0, match.start() - 20) : match.start()].split()
    return bool(before) and before[-1] in lx.HELD_GATHERINGS


# A possessive of one person right before an event word after the count: the event is that
# person's ("after his death", "since her arrest")
_ONE_OWNER = frozenset(["his", "her"])


def _not_theirs(text: str, start: int, phrase_end: int, match: regex.Match[str]) -> bool:
    """Whether the event word ``match`` is another verb's ("killing 12 people and forcing
    more than 600,000 to flee", "a man seized in a raid as about 100 workers protested"),
    says what the counted people did or what an agent after "by" was, rather than what
    happened to them: "filmed on a phone by at least one passer-by", "Five guards were
    attacked by 300 rioters", "Two men shot a woman", "Four gunmen killed nine people"."""
    if match.end() <= start:
        return (
            ex.OTHER_PREDICATE.search(text, match.end(), start) is not None
            or ex.OTHER_CLAUSE.search(text, match.end(), start) is not None
            or ex.AGENT_BEFORE.search(text, match.end(), start) is not None
            or _own_clause_after_and(text, match.end(), start, phrase_end)
        )
    between = text[phrase_end : match.start()].split()
    if "by" in between:
        return True
    if between and between[-1].lower() in _ONE_OWNER:
        return True  # "the two men came the day after his death": one man's, no count's
    if " ".join(match.group().lower().split()) not in lx.ACTIVE_EVENTS:
        return False
    if between and between[-1].lower() in ex.AUXILIARIES:
        return False  # "two men were shot"
    return ex.ACTIVE_OBJECT.match(text, match.end()) is not None


# A count after "and" that has a passive predicate of its own: "45 tenants were evacuated
# and two people were treated for minor burns" (the two were not evacuated).
_AND_BEFORE = compiled(r"\band[ \t]++(?:\p{Ll}+[ \t]++){0,2}\Z")
_OWN_PASSIVE = compiled(
    r"[ \t]++(?:were|was|are|is|have[ \t]++been|had[ \t]++been)[ \t]++\p{Ll}+ed\b"
)


def _own_clause_after_and(text: str, event_end: int, start: int, phrase_end: int) -> bool:
    return (
        _AND_BEFORE.search(text, event_end, start) is not None
        and _OWN_PASSIVE.match(text, phrase_end, phrase_end + px.AFTER_REACH) is not None
    )


def is_people(head: str) -> bool:
    """A head noun that names people: "civilians", "first-graders", "Syrians", and one of
    them: "killing one woman", "one student was arrested"."""
    last = head.rsplit("-", 1)[-1] if "-" in head[1:-1] else head  # "first-graders"
    if head.lower() in lx.PEOPLE or head in lx.PEOPLE or last.lower() in lx.PEOPLE:
        return True
    if last.islower() and last + "s" in lx.PEOPLE:
        return True
    return head[:1].isupper() and head.endswith(_DEMONYM_ENDINGS)


#: A number with a counted phrase, for :func:`share_events`: its index among the numbers,
#: its start, the end of its phrase, the phrase and its event (None for no count).
Counted = tuple[int, int, int, str, str | None]


def share_events(text: str, counts: list[Counted]) -> dict[int, int]:
    """In a list of people counts that only the last one says something of ("17 villagers,
    12 police officers and 9 soldiers have been killed"), the earlier ones share its event; a
    part of a count after "including" shares the count's ("killed 45 people, including 12
    children").
    ``counts``: the numbers with a counted phrase, in text order (only a number with a
    phrase gives or takes an event: a text of bare numbers lists none). Returns the index of
    each number that takes another's event, mapped to the index of that number."""
    donors = list(range(len(counts)))  # per count, the position in counts of its donor
    for position in range(len(counts) - 2, -1, -1):
        index, _, end, phrase, own = counts[position]
        next_index, start_next, _, _, _ = counts[position + 1]
        if own is not None or next_index != index + 1:
            continue
        if counts[donors[position + 1]][4] is None or not is_people(pw.head(phrase)):
            continue
        if links.LIST_LINK.fullmatch(text, end, start_next) is None:
            continue
        donors[position] = donors[position + 1]
    for position in range(1, len(counts)):
        index, start, _, phrase, own = counts[position]
        previous, _, previous_end, _, _ = counts[position - 1]
        donor = donors[position - 1]
        if own is not None or previous != index - 1 or counts[donor][4] is None:
            continue
        if is_people(pw.head(phrase)) and _PART_OF.fullmatch(text, previous_end, start):
            donors[position] = donor  # "killed 45 Palestinians overnight, including 12 children"
    return {counts[p][0]: counts[d][0] for p, d in enumerate(donors) if d != p}


# Between a count and a part of it: "45 Palestinians overnight, including 12 children", "300
# people, among them at least 40 women"
_PART_OF = compiled(
    r"""
    (?:[ \t]++[\w-]++){0,3}?,[ \t]++              # a few words, then a comma
    (?:including|among[ \t]++them|among[ \t]++whom)[ \t]++
    (?:(?:at[ \t]++least|about|some|nearly|more[ \t]++than)[ \t]++)?
    """,
    regex.VERBOSE,
)
