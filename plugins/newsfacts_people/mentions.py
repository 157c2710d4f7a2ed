"""Find the mentions that may name a person: runs of capitalized words, judged by context."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import NamedTuple

from newsfacts.plugin import Check, decide
from newsfacts_people import lexicon as lx
from newsfacts_people import roles
from newsfacts_people.roles import Context, read_context
from newsfacts_people.surroundings import (
    continues_organization,
    firm_before,
    in_title_case_line,
    names_organization,
    near_speech,
)

_MAX_GAP = 24  # a longer stretch between two capitalized words cannot be a name gap
_GAP_OPENERS = frozenset(") \u00a0")  # what a name gap (lx.NAME_GAP) starts with
# A longer run of capitalized words is a page of titles or names, not one name: it is read
# as none (the longest in the development corpora, a headline, has 17 words). Unbounded, a
# megabyte of titles was read as one person a megabyte long.
_MAX_GROUP_WORDS = 64


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


Token = tuple[int, int, str]


def _groups(text: str) -> Iterator[list[Token]]:
    """The runs of capitalized words of ``text``, one after another, but those longer than
    :data:`_MAX_GROUP_WORDS`. Yielded, not listed: the runs of a long text need not all be
    kept in memory at once."""
    group: list[Token] = []
    overlong = False
    previous_end = -1
    previous_word = ""
    # No timeout on this whole-text scan: the pattern is possessive, linear; a timeout is
    # wall-clock time for the whole scan (a busy machine makes a long article fail) and
    # makes the regex module check the clock at every step (the scan runs 2.5 times slower).
    for match in lx.NAME_WORD.finditer(text, concurrent=lx.CONCURRENT):
        (start, end), word = match.span(), match.group()
        gap_start = previous_end
        # "Mr. Obama", "Sen. Cruz": the honorific's full stop is part of the gap.
        # "St. Louis": so is a place prefix's.
        if previous_word in lx.ABBREVIATED and text.startswith(".", gap_start):
            gap_start += 1
        gap = start - gap_start
        joined = group and (
            # One space, the usual gap, is read without the pattern (a call of it costs
            # more than the rest of the loop), and so is a gap the pattern cannot open with
            # (", ", ". ").
            (gap == 1 and text[gap_start] == " ")
            or (
                0 < gap <= _MAX_GAP
                and text[gap_start] in _GAP_OPENERS
                and lx.NAME_GAP.fullmatch(text, gap_start, start, lx.CONCURRENT) is not None
            )
        )
        if joined and overlong:  # only the last word is kept, for the gap to the next
            group = [(start, end, word)]
        elif joined:
            group.append((start, end, word))
            overlong = len(group) > _MAX_GROUP_WORDS
        else:
            if group and not overlong:
                yield group
            group, overlong = [(start, end, word)], False
        previous_end, previous_word = end, word
    if group and not overlong:
        yield group


def _nationality(word: str) -> bool:
    """A nationality or place word: "Indonesian", "Belgian", "Japanese", "Iraqi", "Ohio"."""
    return word in lx.PLACES or word in lx.NOT_NAMES or word.endswith(("an", "ese", "ish", "i"))


# What a group's words say of the name (see _Reading), its honorific and where it starts,
# and the name's tokens
_Parts = tuple["_Reading", str | None, int, list[Token]]


def _inner_role(words: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a role noun inside the run ends what describes the person, and where that
    description starts: "Federal Reserve Governor Lawrence Lindsey", "Tunisian Defence
    Minister Abdelakrim Zbidi"; None if no role noun does."""
    if not words or lx.is_given_name(words[0]):
        return None
    for split in range(len(words) - 2, -1, -1):
        if roles.is_role(words[split]):
            first = split
            while first > 0 and (words[first - 1] in lx.TITLES or roles.is_role(words[first - 1])):
                first -= 1
            return split, first
    return None


class _Run(NamedTuple):
    """The words of a group left for the name, once its leading titles are read (a named
    tuple: one is built for every run of capitalized words)."""

    words: tuple[str, ...]
    place_led: bool


def _no_words(run: _Run) -> bool:
    return not run.words


def _place_led(run: _Run) -> bool:
    return run.place_led


def _ends_with_initial(run: _Run) -> bool | str:
    last = run.words[-1]
    return last.endswith(".") and len(last) <= 2 and last


def _place_head(run: _Run) -> bool | str:
    """ "Hyde Park"; "Franklin County Auditor" (a place's office). Not the first word: "Delta
    Burke"."""
    if run.words[-1] in lx.PLACE_HEADS:
        return run.words[-1]
    for word in run.words[1:-1]:  # a loop, not a generator: most runs have no inner word
        if word in lx.INNER_PLACE_HEADS:
            return word
    return False


def _acronym(run: _Run) -> bool | str:
    for position, word in enumerate(run.words):
        if len(word) > 1 and word.isupper() and not word.endswith("."):
            # "JJ Redick", "AJ Brown": initials written as a given name, first
            if position == 0 and len(run.words) > 1 and lx.is_given_name(word):
                continue
            return word
    return False


def _organization_word(run: _Run) -> bool | str:
    last = len(run.words) - 1
    for position, word in enumerate(run.words):
        # "Kelly File", "Trump Tower"; not "Bill Clinton"
        if word in lx.ORG_WORDS and not (position < last and lx.is_given_name(word)):
            return word
    return False


def _role_last(run: _Run) -> bool | str:
    words = run.words
    last = words[-1]
    return len(words) >= 2 and roles.is_role(last) and not lx.is_given_name(words[0]) and last


#: Is a run of capitalized words, after its leading titles, a name? The first check that
#: holds rejects it; a run none holds for is a name.
RUN_CHECKS: tuple[Check[_Run], ...] = (
    Check("no-name-words", _no_words, "reject", "titles only, or a word that is no name first"),
    Check("place-led", _place_led, "reject", 'a place prefix leads it: "San Diego Padres"'),
    Check("ends-with-initial", _ends_with_initial, "reject", 'an initial ends it: "John F."'),
    Check(
        "place-head",
        _place_head,
        "reject",
        'a place noun ends it or is in it: "Hyde Park", "Franklin County Auditor"',
    ),
    Check("acronym", _acronym, "reject", 'an acronym in it: "NATO"'),
    Check(
        "organization-word",
        _organization_word,
        "reject",
        'a word of organizations\' and things\' names: "Trump Tower", "Kelly File"',
    ),
    Check(
        "role-last",
        _role_last,
        "reject",
        'a role noun ends it: "the dead soldier\'s Commanding Officer"',
    ),
)


class _Reading(NamedTuple):
    """What the words of a group say of the name in it, where they are (:func:`_read`)."""

    titles: tuple[str, ...]
    # The index of the honorific among the words, or -1
    honorific: int
    # The name's words are the group's words[first:last]
    first: int
    last: int
    # Whether a role noun inside the group ended what describes the person
    inner_role: bool
    run: _Run
    # Whether every word of the name is a title or a role noun (see _titled_only)
    titled_only: bool


def _split(tokens: list[Token], readings: dict[tuple[str, ...], _Reading]) -> _Parts | None:
    """What the words of a group say of the name in it, its honorific, the honorific's
    start, and the name's tokens; None if no name (:data:`RUN_CHECKS` decide). The words
    are read once per distinct group of the text (``readings``): a name comes back, and so
    do "The" and "But"; the checks run for every group, for the explain trace."""
    words = tuple([token[2] for token in tokens])  # a list is built faster than a generator runs
    reading = readings.get(words)
    if reading is None:
        reading = readings[words] = _read(words)
    outcome = decide(RUN_CHECKS, reading.run, default="name", start=tokens[0][0], end=tokens[-1][1])
    if outcome == "reject":
        return None
    honorific, honorific_start = None, -1
    if reading.honorific >= 0:
        honorific, honorific_start = words[reading.honorific], tokens[reading.honorific][0]
    return reading, honorific, honorific_start, tokens[reading.first : reading.last]


def _read(words: tuple[str, ...]) -> _Reading:
    """The leading titles and honorific of a group of words, where the name in it is, and
    the run of the name's words the checks read."""
    titles: list[str] = []
    honorific = -1
    place_led = False  # "San Diego Padres", "St. Louis": a place prefix leads the group
    index = 0
    while index < len(words) - 1 or (index < len(words) and words[index] in lx.FUNCTION_WORDS):
        word = words[index]
        if word in lx.PLACE_PREFIXES and honorific < 0:
            titles.clear()
            place_led = True
        elif word in lx.HONORIFICS:
            honorific = index
        elif honorific < 0 and (word in lx.TITLES or roles.is_role(word)):
            titles.append(word)
            place_led = False
        elif _given_after_title(word, titles, honorific):
            break  # "Chancellor Christian Kern": a given name that is also a word
        elif word in lx.FUNCTION_WORDS or word in lx.NOT_NAMES or word in lx.PLACES:
            titles.clear()
        elif honorific < 0 and _describes(words, index):
            titles.clear()  # "Controversial Australian Anthony Hill"
        else:
            break
        index += 1
    first, last = index, _name_end(words, index, bool(titles) or honorific >= 0)
    inner_role = False
    role = _inner_role(words[first:last])
    if role is None and last < len(words) - 1:
        # "Montgomery County Sheriff Jim Smith": a word no name holds ("County") ends the
        # name's words early, and a role noun after it describes the person named after it
        # (not across a function word in capitals, a headline's: "Hillary Aid And CNN
        # Reporter Caught Conspiring"; "Fox News Vice President and Managing Editor" is one).
        role = _inner_role(words[first:])
        if role is not None and any(
            word in lx.FUNCTION_WORDS and word[0].isupper()
            for word in words[first : first + role[0]]
        ):
            role = None
    if role is not None:
        split, role_first = first + role[0], first + role[1]
        last = max(last, _name_end(words, split + 1, after_title=True))
        if honorific < 0:
            titles = list(words[role_first : split + 1])
        # "Indonesian President Suharto": after a nationality or place the role is as good
        # as a leading title.
        inner_role = not _nationality(words[role_first - 1]) if role_first > first else False
        first, place_led = split + 1, False
    names = words[first:last]
    run = _Run(names, place_led)
    return _Reading(tuple(titles), honorific, first, last, inner_role, run, _titled_only(names))


def _describes(words: tuple[str, ...], index: int) -> bool:
    """An adjective opening the run before a nationality and a full name: "Controversial
    Australian Anthony Hill", "Veteran Pakistani Jansher Khan". Read as a word that is not a
    given name, then a word never in a name, then at least two more words."""
    return (
        index + 3 < len(words)
        and words[index + 1] in lx.NOT_NAMES
        and not lx.is_given_name(words[index])
    )


def _given_after_title(word: str, titles: list[str], honorific: int) -> bool:
    """A given name that is also a word never in a name ("Christian"), after a title or an
    honorific: there it opens the name."""
    return (bool(titles) or honorific >= 0) and word in lx.NOT_NAMES and lx.is_given_name(word)


def _name_end(words: tuple[str, ...], index: int, after_title: bool = False) -> int:
    """Where the name's words from ``index`` end: at a word that cannot be part of it (but a
    given name opening it after a title: "Finance Minister Christian Lindner")."""
    end = index
    if after_title and end + 1 < len(words) and _given_after_title(words[end], ["title"], -1):
        end += 1
    while end < len(words):
        word = words[end]
        surname_place = word in lx.PLACES and end > index and lx.is_given_name(words[end - 1])
        if (
            word in lx.NOT_NAMES
            or word in lx.FUNCTION_WORDS
            or (word in lx.PLACES and not surname_place)
        ):
            break
        if word.rpartition("-")[2][:1].islower():
            break  # "Henry Lazenby US-based": a compound adjective ends the name
        end += 1
    return end


def find_mentions(text: str) -> list[Mention]:
    """Every run of capitalized words that may name a person, in text order."""
    found: list[Mention] = []
    readings: dict[tuple[str, ...], _Reading] = {}
    for group in _groups(text):
        parts = _split(group, readings)
        if parts is not None:
            found.extend(_mentions(text, group, parts))
    return found


def _mentions(text: str, group: list[Token], parts: _Parts) -> list[Mention]:
    """The mentions of the name a group of capitalized words gives (one, or one for each
    stretch of it between brackets)."""
    reading, honorific, honorific_start, names = parts
    titles, words, titled_only = reading.titles, reading.run.words, reading.titled_only
    if reading.inner_role and (
        len(names) == 1 or in_title_case_line(text, group[0][0], names[-1][1])
    ):
        # "Parliamentary General Elections", "Clinton Campaign Manager Laughs": a role
        # noun inside a headline or before a single word is no evidence.
        titles = ()
        if len(names) > 1:
            return []
    if len(names) > 2 and in_title_case_line(text, names[0][0], names[-1][1]):
        # "Donald Trump Is Right": in a headline a name runs into the next words.
        names, words = names[:2], words[:2]
        titled_only = _titled_only(words)
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
    if words[-1] in _ABBREVIATED_SUFFIXES and text.startswith(".", end):
        end += 1  # "Martin Luther King Jr.": the suffix's full stop is the name's
    title: str | None = honorific or (" ".join(titles) if titles else None)
    multiword = len(words) >= 2
    sure = bool(
        honorific
        # "Former", "Grand", "Crown" alone describe no person ("Former Wallaby captain").
        or (titles and any(word in lx.TITLES and word not in lx.TITLE_MODIFIERS for word in titles))
        or (multiword and lx.is_given_name(words[0]))
        # "Tashfeen Malik, 29,", "Adam Schiff (D-Calif.)"
        or (multiword and lx.PERSON_AFTER.match(text, end, min(len(text), end + 12), lx.CONCURRENT))
        or (
            len(words) == 2
            and lx.PERSON_WHO.match(text, end, min(len(text), end + 8), lx.CONCURRENT)
        )
        # A capitalized role noun is a title only before a full name: "Actress Roseanne
        # Barr", not "Head Start" or "Editor Pick".
        or (multiword and (titles or near_speech(text, start, end)))
    )
    context: Context | None = None
    if (sure or multiword) and titled_only:
        # "the Prime Minister", "Mr. President": a title, nobody named, unless a person of
        # the article bears it as a surname ("Pete King ... King said").
        sure = False
    elif multiword and not sure:
        # The context is read here only when the name's sureness rests on its role; else
        # it waits for the mentions that turn out to be people (most candidates are not).
        context = read_context(text, start, end, title)
        sure = bool(context.role)
    # A firm named after people: "Johnson & Sons", "analysts at Morgan Stanley" (of two
    # words or more: "an analyst at Weil & Associates" may work for Ulric Weil's own firm).
    org_like = names_organization(text, end) or (multiword and firm_before(text, names[0][0]))
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
        for index, (part_start, part_end) in enumerate(_bracket_parts(text, names))
    ]


# The generational suffixes written with a full stop.
_ABBREVIATED_SUFFIXES = frozenset({"Jr", "Sr"}) & lx.NAME_SUFFIXES


def _titled_only(words: tuple[str, ...]) -> bool:
    """Whether every word of a name is a title or a role noun."""
    return all(word in lx.TITLES or roles.is_role(word) for word in words)


def _bracket_parts(text: str, names: list[Token]) -> list[tuple[int, int]]:
    """The stretches of a name's tokens split wherever a bracket stands between two."""
    parts: list[tuple[int, int]] = []
    part_start = names[0][0]
    for previous, token in itertools.pairwise(names):
        if ")" in text[previous[1] : token[0]]:
            parts.append((part_start, previous[1]))
            part_start = token[0]
    parts.append((part_start, names[-1][1]))
    return parts
