"""Find the mentions that may name a person: runs of capitalized words, judged by context."""

from __future__ import annotations

import itertools
from typing import NamedTuple

import attrs
import regex

from newsfacts.plugin import Check, decide
from newsfacts_people import lexicon as lx
from newsfacts_people import roles

_MAX_GAP = 24  # a longer stretch between two capitalized words cannot be a name gap


@attrs.frozen
class Mention:
    """A run of capitalized words that may name a person, with what its context says."""

    start: int
    end: int
    words: tuple[str, ...]
    # The name as written, particles included ("Ursula von der Leyen")
    written: str
    title: str | None
    role: str | None
    # Whether the mention is a person on its own evidence; other mentions only count when
    # they repeat the surname or given name of such a person.
    sure: bool
    # Followed by a noun that shows it names a publication or firm ("Zycie Warszawy daily")
    org_like: bool = False


Token = tuple[int, int, str]


def _groups(text: str) -> list[list[Token]]:
    groups: list[list[Token]] = []
    previous_end = -1
    previous_word = ""
    # No timeout on this whole-text scan: the pattern is possessive, linear; a timeout is
    # wall-clock time for the whole scan (a busy machine makes a long article fail) and
    # makes the regex module check the clock at every step (the scan runs 2.5 times slower).
    for match in lx.NAME_WORD.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        gap_start = previous_end
        # "Mr. Obama", "Sen. Cruz": the honorific's full stop is part of the gap.
        # "St. Louis": so is a place prefix's.
        abbreviation = previous_word in lx.HONORIFICS or previous_word in lx.PLACE_PREFIXES
        if abbreviation and text.startswith(".", gap_start):
            gap_start += 1
        joined = (
            groups
            and 0 < start - gap_start <= _MAX_GAP
            and lx.NAME_GAP.fullmatch(text, gap_start, start) is not None
        )
        if joined:
            groups[-1].append((start, end, word))
        else:
            groups.append([(start, end, word)])
        previous_end, previous_word = end, word
    return groups


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not word.endswith(".")


_NEXT_WORD = regex.compile(r"[ \u00a0,]*+(\p{Ll}+)")
# Read backwards from the name (REVERSE, anchored there by \G): one attempt, not a search
# from every position of the window (nine times faster).
_PREVIOUS_WORD = regex.compile(r"(\p{Ll}++)[ \u00a0,]*+\G", flags=regex.REVERSE)


def near_speech(text: str, start: int, end: int) -> bool:
    """A speech verb right after or before the name, or "according to" before it."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 30))
    if after is not None and after.group(1) in lx.SPEECH_VERBS:
        return True
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return before is not None and (
        before.group(1) in lx.SPEECH_VERBS or text[max(0, start - 13) : start] == "according to "
    )


def _nationality(word: str) -> bool:
    """A nationality or place word: "Indonesian", "Belgian", "Japanese", "Iraqi", "Ohio"."""
    return word in lx.PLACES or word in lx.NOT_NAMES or word.endswith(("an", "ese", "ish", "i"))


_Parts = tuple[list[str], str | None, int, list[Token], bool]


def _inner_role(words: list[str]) -> tuple[int, int] | None:
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

    words: list[str]
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
    return next((word for word in run.words[1:-1] if word in lx.INNER_PLACE_HEADS), False)


def _acronym(run: _Run) -> bool | str:
    for word in run.words:
        if _is_acronym(word):
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


def _split(tokens: list[Token]) -> _Parts | None:
    """Leading titles, honorific, its start, the name tokens of a group, and whether a role
    noun inside the group ended what describes the person; None if no name
    (:data:`RUN_CHECKS` decide)."""
    titles: list[str] = []
    honorific: str | None = None
    honorific_start = -1
    place_led = False  # "San Diego Padres", "St. Louis": a place prefix leads the group
    index = 0
    while index < len(tokens) - 1 or (
        index < len(tokens) and tokens[index][2] in lx.FUNCTION_WORDS
    ):
        word = tokens[index][2]
        if word in lx.PLACE_PREFIXES and honorific is None:
            titles.clear()
            place_led = True
        elif word in lx.HONORIFICS:
            honorific, honorific_start = word, tokens[index][0]
        elif (word in lx.TITLES or roles.is_role(word)) and honorific is None:
            titles.append(word)
            place_led = False
        elif word in lx.FUNCTION_WORDS or word in lx.NOT_NAMES or word in lx.PLACES:
            titles.clear()
        elif _describes(tokens, index) and honorific is None:
            titles.clear()  # "Controversial Australian Anthony Hill"
        else:
            break
        index += 1
    names = _name_tokens(tokens, index)
    words = [token[2] for token in names]
    inner_role = False
    role = _inner_role(words)
    if role is not None:
        split, first = role
        if honorific is None:
            titles = words[first : split + 1]
        # "Indonesian President Suharto": after a nationality or place the role is as good
        # as a leading title.
        inner_role = not _nationality(words[first - 1]) if first else False
        names, words, place_led = names[split + 1 :], words[split + 1 :], False
    run = _Run(words, place_led)
    if decide(RUN_CHECKS, run, default="name", start=tokens[0][0], end=tokens[-1][1]) == "reject":
        return None
    return titles, honorific, honorific_start, names, inner_role


def _describes(tokens: list[Token], index: int) -> bool:
    """An adjective opening the run before a nationality and a full name: "Controversial
    Australian Anthony Hill", "Veteran Pakistani Jansher Khan". Read as a word that is not a
    given name, then a word never in a name, then at least two more words."""
    return (
        index + 3 < len(tokens)
        and tokens[index + 1][2] in lx.NOT_NAMES
        and not lx.is_given_name(tokens[index][2])
    )


def _name_tokens(tokens: list[Token], index: int) -> list[Token]:
    """The tokens of the name from ``index``, up to a word that cannot be part of it."""
    names: list[Token] = []
    for token in tokens[index:]:
        word = token[2]
        surname_place = word in lx.PLACES and names and lx.is_given_name(names[-1][2])
        if (
            word in lx.NOT_NAMES
            or word in lx.FUNCTION_WORDS
            or (word in lx.PLACES and not surname_place)
        ):
            break
        if word.rpartition("-")[2][:1].islower():
            break  # "Henry Lazenby US-based": a compound adjective ends the name
        names.append(token)
    return names


_LINE_REACH = 200


def in_title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the name stands in a line of capitalized words: a headline."""
    reach_start = max(0, start - _LINE_REACH)
    line_start = text.rfind("\n", reach_start, start) + 1
    if line_start == 0 and reach_start > 0:
        # A line this long before the name is running text, not a headline; and reading
        # back to its start for every name would make the plugin quadratic on long lines.
        return False
    line_end = text.find("\n", end, end + _LINE_REACH)
    if line_end < 0:
        line_end = min(len(text), end + _LINE_REACH)
    words = [
        word for word in text[line_start:line_end].split() if word[:1].isalpha() and len(word) > 3
    ]
    capitalized = sum(1 for word in words if word[0].isupper())
    return len(words) >= 4 and capitalized >= 0.8 * len(words)


def find_mentions(text: str) -> list[Mention]:
    """Every run of capitalized words that may name a person, in text order."""
    found: list[Mention] = []
    for group in _groups(text):
        parts = _split(group)
        if parts is None:
            continue
        titles, honorific, honorific_start, names, inner_role = parts
        if inner_role and (len(names) == 1 or in_title_case_line(text, group[0][0], names[-1][1])):
            # "Parliamentary General Elections", "Clinton Campaign Manager Laughs": a role
            # noun inside a headline or before a single word is no evidence.
            titles = []
            if len(names) > 1:
                continue
        if len(names) > 2 and in_title_case_line(text, names[0][0], names[-1][1]):
            # "Donald Trump Is Right": in a headline a name runs into the next words.
            names = names[:2]
        words = tuple(token[2] for token in names)
        start = honorific_start if honorific else names[0][0]
        end = names[-1][1]
        title: str | None = honorific or (" ".join(titles) if titles else None)
        role: str | None = None
        if title is None:
            title, role = roles.before(text, start)
        role = role or roles.after(text, end)
        multiword = len(words) >= 2
        # "the Prime Minister", "Mr. President": a title, nobody named, unless a person of
        # the article bears it as a surname ("Pete King ... King said").
        titled_only = all(word in lx.TITLES or roles.is_role(word) for word in words)
        sure = not titled_only and bool(
            honorific
            # "Former", "Grand", "Crown" alone describe no person ("Former Wallaby captain").
            or any(word in lx.TITLES and word not in lx.TITLE_MODIFIERS for word in titles)
            or (multiword and lx.is_given_name(words[0]))
            # "Tashfeen Malik, 29,", "Adam Schiff (D-Calif.)"
            or (multiword and lx.PERSON_AFTER.match(text, end, min(len(text), end + 12)))
            or (len(words) == 2 and lx.PERSON_WHO.match(text, end, min(len(text), end + 8)))
            # A capitalized role noun is a title only before a full name: "Actress Roseanne
            # Barr", not "Head Start" or "Editor Pick".
            or (multiword and (role or titles or near_speech(text, start, end)))
        )
        after = lx.NEXT_LOWER.match(text, end, min(len(text), end + 20))
        org_like = (after is not None and after.group(1) in lx.ORG_AFTER_NOUNS) or bool(
            lx.FIRM_AFTER.match(text, end, min(len(text), end + 16))
        )
        written = " ".join(text[names[0][0] : end].replace(")", " ").split())
        # A span never crosses a bracket: "(Russian President Vladimir) Putin" gives the
        # mentions "President Vladimir" and "Putin", both of the one name written across it.
        for index, (part_start, part_end) in enumerate(_bracket_parts(text, names)):
            found.append(
                Mention(
                    start if index == 0 else part_start,
                    part_end,
                    words,
                    written,
                    title if index == 0 else None,
                    role,
                    sure,
                    org_like,
                )
            )
    return found


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
