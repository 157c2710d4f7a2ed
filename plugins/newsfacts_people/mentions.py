"""Find the mentions that may name a person: runs of capitalized words, judged by context."""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from newsfacts.plugin import compiled, decide, tracing
from newsfacts_people import lexicon as lx
from newsfacts_people.bylines import BYLINE_OPENERS, byline_names
from newsfacts_people.names import (
    RUN_CHECKS,
    Reading,
    all_titles,
    described,
    org_word_surname,
    read,
)
from newsfacts_people.roles import Context, read_context, singular
from newsfacts_people.runs import QUOTES, Token, runs
from newsfacts_people.surroundings import (
    bracket_parts,
    continues_organization,
    firm_before,
    in_title_case_line,
    names_organization,
    near_speech,
)


class Mention(NamedTuple):
    """A run of capitalized words that may name a person, with what its context says (a
    named tuple: one is built for every candidate, and an attrs class costs twice as much)."""

    start: int
    end: int
    words: tuple[str, ...]
    # The name as written, particles included ("Ursula von der Leyen")
    written: str
    # The honorific or titles written in the run ("Mr.", "Prime Minister"); what the words
    # around it say is :func:`context`.
    title: str | None
    # Whether the mention is a person on its own evidence; other mentions only count when
    # they repeat the surname or given name of such a person.
    sure: bool
    # Followed by a noun that shows it names a publication or firm ("Zycie Warszawy daily")
    org_like: bool = False
    # Its context when already read; None until :func:`context` reads it.
    known_context: Context | None = None


def context(text: str, mention: Mention) -> Context:
    """The title and role of ``mention``. Read only for the mentions that are people: a
    role phrase costs a slice and a pattern, and most runs of capitalized words name none."""
    if mention.known_context is not None:
        return mention.known_context
    return read_context(text, mention.start, mention.end, mention.title)


# What a group's words say of the name (see Reading), its honorific and where it starts,
# and the name's tokens
_Parts = tuple[Reading, str | None, int, list[Token]]
# A group's words, and whether they are set off after a role (names.described)
_Judged = tuple[tuple[str, ...], bool]


def _split(
    text: str,
    tokens: list[Token],
    judged: dict[_Judged, tuple[Reading, str]] | None,
    named: set[str],
) -> _Parts | None:
    """What the words of a group say of the name in it, its honorific, the honorific's
    start, and the name's tokens; None if no name (:data:`RUN_CHECKS` decide). The words
    and the checks' outcome are read once per distinct group of the text (``judged``): a
    name comes back, and so do "The" and "But"; unless the decisions are traced (``judged``
    None): then the checks run for every group, for the explain trace. ``named``: the
    surnames of :func:`~newsfacts_people.names.described`."""
    words = tuple([token[2] for token in tokens])  # a list is built faster than a generator runs
    role_set_off = described(text, tokens[0][0], words, named)
    if judged is None:  # every decision recorded where it is made
        reading, start, end = _judged(words, role_set_off)[0], tokens[0][0], tokens[-1][1]
        outcome = decide(RUN_CHECKS, reading.run, default="name", start=start, end=end)
    elif _shouted(words):
        return None  # "NEW YORK CITY POLICE SAY": the checks reject it, whatever its reading
    else:
        known = judged.get((words, role_set_off))
        if known is None:
            known = judged[words, role_set_off] = _judged(words, role_set_off)
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
    (``role_set_off``: see :func:`~newsfacts_people.names.described`)."""
    reading = read(words)
    if role_set_off:
        reading = reading._replace(run=reading.run._replace(described=True))
    for check in RUN_CHECKS:
        if check.test(reading.run):
            return reading, check.outcome
    return reading, "name"


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


def find_mentions(text: str) -> list[Mention]:
    """Every run of capitalized words that may name a person, in text order."""
    found: list[Mention] = []
    # the groups' readings and the checks' outcomes by words, unless traced (see _split)
    judged: dict[_Judged, tuple[Reading, str]] | None = None if tracing() else {}
    # Headline runs that may open with a surname alone, where their mentions are in found
    surname_led: list[tuple[int, int, list[Token], _Parts]] = []
    named: set[str] = set()  # the surnames of names.described
    repeats = _Repeats(text)
    for group in runs(text):
        byline = None
        if group[0][2].isupper() or group[0][2] in BYLINE_OPENERS:  # the quick test first
            byline = byline_names(text, group)
        group = byline or group
        parts = _split(text, group, judged, named)
        if parts is not None:
            surname = org_word_surname(parts[0].run)
            if surname:  # "Her attorney, Rebecca Hall,": "Hall" alone is her later
                named.add(surname)
            mentions, surname_led_here = repeats.read(group, parts)
            if byline:  # the name as read, in title case: "Martin Crutsinger"
                mentions = [m._replace(written=" ".join(m.words)) for m in mentions]
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

    def read(self, group: list[Token], parts: _Parts) -> tuple[list[Mention], bool]:
        """:func:`_read` ``group`` (``parts``: what its words say)."""
        text = self.text
        start, end = group[0][0], group[-1][1]
        near = text[max(0, start - _NEAR) : end + _NEAR]
        if near not in self._near:  # most runs of news: no context looked up nor kept
            if len(self._near) >= _CONTEXTS_KEPT:
                self._near.clear()
            self._near.add(near)
            return _read(text, group, parts)
        low = max(0, start - _REACH)
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


def _moved(mention: Mention, offset: int) -> Mention:
    return Mention(mention.start + offset, mention.end + offset, *mention[2:])


def _read(text: str, group: list[Token], parts: _Parts) -> tuple[list[Mention], bool]:
    """The mentions of a run of capitalized words, and whether it is a headline's run that
    may open with a surname alone (see :func:`_read_surnames_alone`)."""
    mentions = _mentions(text, group, parts)
    return mentions, bool(mentions) and _may_open_with_surname(text, parts)


def _may_open_with_surname(text: str, parts: _Parts) -> bool:
    """Whether a run of a title-case line opens with no given name nor title, and runs into
    the next words: "Trump Would Put Liberals On Court", "Megyn Kelly Was Just Spotted"."""
    reading, honorific, _, names = parts
    return (
        len(names) > 1
        and not (honorific or reading.titles or lx.is_given_name(reading.run.words[0]))
        and in_title_case_line(text, names[0][0], names[-1][1])
    )


def _read_surnames_alone(
    text: str, found: list[Mention], surname_led: list[tuple[int, int, list[Token], _Parts]]
) -> None:
    """A headline run that opens with the surname of a person named in full elsewhere in
    the text names that person by the surname alone ("Trump Would Put Liberals On Court"
    with "Donald Trump" below); others keep their first two words ("Megyn Kelly Was Just
    Spotted"). Read once the whole text's mentions are known."""
    surnames = {mention.words[-1] for mention in found if mention.sure and len(mention.words) > 1}
    for index, count, group, parts in reversed(surname_led):
        if parts[0].run.words[0] in surnames:
            found[index : index + count] = _mentions(text, group, parts, surname_only=True)


def _mentions(
    text: str, group: list[Token], parts: _Parts, surname_only: bool = False
) -> list[Mention]:
    """The mentions of the name a group of capitalized words gives (one, or one for each
    stretch of it between brackets); of its first word alone if ``surname_only``."""
    reading, honorific, honorific_start, names = parts
    titles, words, titled_only = reading.titles, reading.run.words, reading.titled_only
    if reading.inner_role and (
        in_title_case_line(text, group[0][0], names[-1][1])
        or (len(names) == 1 and not _office_before_one_name(titles, words))
    ):
        # "Parliamentary General Elections", "Clinton Campaign Manager Laughs": a role
        # noun inside a headline or before a single word is no evidence.
        titles = ()
        if len(names) > 1:
            return []
    kept = 3 if len(words) > 2 and _initial(words[1]) else 2  # "Donald J. Trump"
    if len(words) > kept and words[kept] in lx.NAME_SUFFIXES:
        kept += 1  # "James A. Baker III"
    if surname_only:
        kept = 1
    if len(names) > kept and in_title_case_line(text, names[0][0], names[-1][1]):
        # "Donald Trump Is Right": in a headline a name runs into the next words.
        names, words = names[:kept], words[:kept]
        titled_only = all_titles(words)
    if (
        not (honorific or titles)
        and len(words) >= 2
        and not lx.is_given_name(words[0])
        and continues_organization(text, group[0][0])
    ):
        # "the Office for National Statistics said"; not "Campaign for Trump" nor "Party for
        # Hillary Clinton" (a headline's capitals)
        return []
    start = honorific_start if honorific else names[0][0]
    end = names[-1][1]
    if text[end : end + 1] in _DIVISION_OPENERS and _DIVISION_AFTER.match(
        text, end, min(len(text), end + 16)
    ):
        return []  # "Loudoun and Prince William counties": a county's name
    if words[-1] in _ABBREVIATED_SUFFIXES and text.startswith(".", end):
        end += 1  # "Martin Luther King Jr.": the suffix's full stop is the name's
    title: str | None = honorific or (" ".join(map(singular, titles)) if titles else None)
    if titles and not honorific:
        title = _office_of(text, group[0][0], title)
    multiword = len(words) >= 2
    sure = bool(
        honorific
        # "Former", "Grand", "Crown" alone describe no person ("Former Wallaby captain").
        or (titles and any(word in lx.TITLES and word not in lx.TITLE_MODIFIERS for word in titles))
        or (multiword and lx.is_given_name(words[0]))
        # 'Elvin "E.R." Mitchell': a nickname in quotes is a person's
        or (3 <= len(words) <= 4 and _one_nickname(text, names[0][0], end))
        # "Tashfeen Malik, 29,", "Adam Schiff (D-Calif.)", "Martinez, 31,"
        or lx.person_after(text, end, words)
        # "56-year-old Dezi Freeman"
        or (multiword and lx.PERSON_BEFORE.search(text, max(0, start - lx.AGE_REACH), start))
        or (
            len(words) == 2
            and (
                lx.PERSON_WHO.match(text, end, min(len(text), end + 8), lx.CONCURRENT)
                or lx.PERSON_VERB.match(text, end, min(len(text), end + 24), lx.CONCURRENT)
                or lx.APPOSED_SPEAKER.match(text, end, min(len(text), end + 100), lx.CONCURRENT)
            )
        )
        # A capitalized role noun is a title only before a full name: "Actress Roseanne
        # Barr", not "Head Start" or "Editor Pick".
        or (multiword and (titles or near_speech(text, start, end)))
        # "(Reporting by Gwladys Fouche; Editing by Terje Solsvik)": a wire story's credits
        or (
            multiword
            and text.rfind("(", max(0, start - lx.CREDIT_REACH), start) >= 0
            and lx.CREDIT_OPEN.search(text, max(0, start - lx.CREDIT_REACH), start) is not None
        )
    )
    # A firm named after people: "Johnson & Sons", "analysts at Morgan Stanley" (of two
    # words or more: "an analyst at Weil & Associates" may work for Ulric Weil's own firm).
    org_like = names_organization(text, end) or (multiword and firm_before(text, names[0][0]))
    # Initials as a given name: "A.J. Brown" (not "A.L. Williams Corp.")
    sure = sure or (multiword and not org_like and lx.is_initials(words[0]))
    context: Context | None = None
    if (sure or multiword) and titled_only:
        # "the Prime Minister", "Mr. President": a title, nobody named, unless a person of
        # the article bears it as a surname ("Pete King ... King said").
        sure = False
    elif not sure and (multiword or lx.after_lower_word_and_comma(text, start)):
        # Read here only when the name's sureness rests on its role ("Her mother, Linda,"
        # too); else it waits for the mentions that turn out to be people (most are not).
        context = read_context(text, start, end, title)
        sure = bool(context.role) and (multiword or lx.named_by_role(words[0], context.role))
    name = text[names[0][0] : end]
    # A name of one word is written as it is (most candidates are one word).
    written = name if len(names) == 1 else " ".join(name.replace(")", " ").split())
    if ")" not in name:
        return [Mention(start, end, words, written, title, sure, org_like, context)]
    # A span never crosses a bracket: "(Russian President Vladimir) Putin" gives the
    # mentions "President Vladimir" and "Putin", both of the one name written across it,
    # described by the context of all of it.
    whole = read_context(text, start, end, title) if context is None else context
    return [
        Mention(
            start if index == 0 else part_start,
            part_end,
            words,
            written,
            title if index == 0 else None,
            sure,
            org_like,
            whole if index == 0 else Context(None, whole.role),
        )
        for index, (part_start, part_end) in enumerate(bracket_parts(text, names))
    ]


# A noun of divisions or parts of a town right after a name: it names the place ("Prince
# William counties", "the Lawrence Weston area of Bristol")
_DIVISION_AFTER = compiled(
    r"[ \t]++(?:(?i:county|counties|parish|parishes|township|townships)"
    r"|area|neighbou?rhood|suburb|district)\b"
)
# What the pattern reads first (tested first: most names end a sentence or a clause)
_DIVISION_OPENERS = frozenset(" \t")


def _office_before_one_name(titles: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """An office of two words or more before a single name, the person known by one name:
    "Karnataka Chief Minister Siddaramaiah" (not "Parliamentary General Elections")."""
    return (
        len(titles) >= 2
        and titles[-1] in lx.TITLES
        and titles[-1] not in lx.TITLE_MODIFIERS
        and not words[-1].endswith("s")
    )


# A title and "of" before the words of a portfolio: "Secretary of| State Marco Rubio"
_OFFICE_OF = compiled(r"\b(\p{Lu}\p{Ll}++)[ ]of[ ]\G", flags=regex.REVERSE)


def _office_of(text: str, start: int, title: str | None) -> str | None:
    """The whole title when the words before the group and "of" open it: "Secretary of
    State", "Minister of Finance" (the group holds only "State Marco Rubio")."""
    office = _OFFICE_OF.search(text, max(0, start - 20), start)
    if office is None or office.group(1) not in lx.TITLES:
        return title
    return f"{office.group(1)} of {title}"


def _one_nickname(text: str, start: int, end: int) -> bool:
    """Whether the name holds one nickname in quotes: 'Elvin "E.R." Mitchell'."""
    marks = sum(text.count(mark, start, end) for mark in QUOTES)
    return marks == 2


def _initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


# The generational suffixes written with a full stop.
_ABBREVIATED_SUFFIXES = frozenset({"Jr", "Sr"}) & lx.NAME_SUFFIXES
