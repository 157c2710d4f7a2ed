"""Acronyms defined beside their long forms: "Institute for the Study of War (ISW)" and "ISW
(Institute for the Study of War)" (a rule of :mod:`newsfacts_organizations.rule_table`)."""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import COUNTRY_NAMES, compiled, read_words
from newsfacts_organizations.acronyms import spellings
from newsfacts_organizations.lexicon import (
    HEAD_MODIFIERS,
    HEADS,
    NAME_POSSESSIVES,
    OWNER_PLACES,
    PACKAGE,
    POSSESSIVE_ENDINGS,
    STOPWORDS,
)
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.rules import (
    ACRONYM,
    DEFINED_RULE,
    THING,
    Candidate,
    head_kind,
    make,
)
from newsfacts_organizations.runs import MAX_NAME_UNITS, Sentence, is_possessive, trim
from newsfacts_organizations.series import series_start

_HYPHEN = compiled(r"[\-‐]")  # "Washington-based": each part's initial
# The last words (one or two) of a long form that names a thing: "... Free Trade Agreement"
_THINGS = read_words(PACKAGE, "defined_things.txt")


# The words that join the places of a series: "Europe, Middle East and Africa"
_PLACE_JOINS = frozenset([",", "and", "&"])
# The words of a series of places between its names: its joins and "the" ("Europe, the Middle
# East and Africa")
_SERIES_WORDS = _PLACE_JOINS | {"the"}

# The most letters of an acronym written as a word ("Sebi", "Aslef")
_MOST_WORD_LETTERS = 6


def _written_short(word: str) -> bool:
    """Whether ``word``, in brackets after a name, may be its acronym: in capitals ("ISW",
    "U.N."), or written as a word of three letters or more ("Securities and Exchange Board of
    India (Sebi)"), whose letters must then spell the name's initials, all of them."""
    if ACRONYM.fullmatch(word) or word.replace(".", "").isupper():
        return True
    return word.istitle() and word.isalpha() and 3 <= len(word) <= _MOST_WORD_LETTERS


def _long_form(sentence: Sentence, run_start: int, run_end: int, acronym: str) -> int | None:
    """Where the long form of ``acronym`` starts, within a run ending at ``run_end`` (an
    acronym written as a word spells all the initials: no letter may be left over)."""
    letters = "".join(char for char in acronym if char.isalpha()).upper()
    exact = acronym.istitle()
    for first in range(max(run_start, run_end - MAX_NAME_UNITS), run_end):
        if not sentence.capital[first] or sentence.texts[first] in STOPWORDS:
            continue
        initials = "".join(
            part[0]
            for word in sentence.texts[first:run_end]
            for part in _HYPHEN.split(word)
            if part and part[0].isupper()
        )
        if initials.upper() == letters or (
            not exact
            and len(initials) >= 2
            and initials[0] == letters[0]
            and letters.startswith(initials)
            and len(letters) - len(initials) <= 1
        ):
            return first
        if _spelled_with_head(sentence.texts[first:run_end], letters):
            return first  # "United Nations Mission in South Sudan (UNMISS)": "in" spelled
    return None


def _spelled_with_head(words: list[str], letters: str) -> bool:
    """Whether ``letters`` spell ``words`` as acronyms.spellings reads them, a function
    word's initial too ("in" of "United Nations Mission in South Sudan (UNMISS)"), and the
    words hold a head word ("Mission"): a program's name spells so too ("Trees for Tomorrow
    (TFT)")."""
    return head_kind(words) is not None and letters in spellings(_lettered(words))


def _lettered(words: list[str]) -> list[str]:
    """The words of a long form as an acronym spells them: an abbreviation's letters each
    ("U.N." gives U and N: "U.N. Interim Force in Lebanon (UNIFIL)"), a hyphenated word's
    parts each ("Washington-based")."""
    return [
        part
        for word in words
        for part in (word.split(".") if word.endswith(".") else _HYPHEN.split(word))
        if part
    ]


def _across_to(
    sentence: Sentence, before: tuple[int, int], run_start: int, run_end: int, acronym: str
) -> int | None:
    """Where a long form starts whose head word and verb are joined by "to", written in lower
    case: "Committee to Protect Journalists (CPJ)", "Alliance to Save Energy (ASE)" (two runs
    the "to" splits; the acronym spells both, and the first holds the head word)."""
    if before[1] + 1 != run_start or sentence.texts[before[1]] != "to":
        return None
    first = _long_form(sentence, before[0], run_end, acronym)
    if first is None or first >= before[1] or head_kind(sentence.texts[first : before[1]]) is None:
        return None
    return first


def _headed_long_form(sentence: Sentence, run_start: int, run_end: int) -> int | None:
    """ "the Republican People's Party (CHP)": an acronym of another language's words
    after a name that ends in a head word ("Party", "Movement") is that name's."""
    first, last = trim(sentence, run_start, run_end)
    if last != run_end or sentence.texts[last - 1] not in HEADS:
        return None
    first = _after_owner(sentence.texts, first, last)
    return first if last - first >= 2 else None


def _after_owner(texts: list[str], first: int, last: int) -> int:
    """Where a name starts after its owner's possessive: "Mexico's National Action Party
    (PAN)" is the party's name (not a people's: "the Republican People's Party")."""
    for index in range(last - 2, first - 1, -1):
        word = texts[index]
        owner = word.endswith(POSSESSIVE_ENDINGS) and word[:-2] not in NAME_POSSESSIVES
        if owner or is_possessive(word):
            return index + 1
    return first


def _defined(long_form: list[str], acronym: str) -> Entry:
    """The entry an acronym defined beside its long form names: the listed body's kind when
    the long form is listed ("Reserve Bank of India (RBI)" is the government's, whatever the
    head word "Bank" says), else its head word's."""
    known = KNOWN.get(tuple(long_form))
    kind = known.kind if known is not None else _head_kind(long_form)
    # "North American Free Trade Agreement (NAFTA)", "Democratic People's Republic of Korea
    # (DPRK)": a thing, or a country its acronym names (the core's countries), see resolve.py
    if known is None and (
        _names_a_thing(long_form) or _names_places(long_form) or acronym in COUNTRY_NAMES
    ):
        kind = THING
    # a series' comma is written against the word before it: "Cultural Affairs, Tourism"
    return Entry(" ".join(long_form).replace(" , ", ", "), acronym, kind)


def _head_kind(long_form: list[str]) -> str | None:
    """The kind of the head word a long form's complement follows, if one ("the Kenya Union
    of Post Primary Education Teachers": a union, whatever "Post" heads), told by the word
    after "of" too ("Tokyo Institute of Technology": see data/head_modifiers.tsv); else its
    last head word's."""
    opener = next((at for at, word in enumerate(long_form) if word in ("of", "for")), None)
    if opener is None or opener + 1 >= len(long_form):
        return _closing_kind(long_form)
    kind = head_kind(long_form[:opener])
    if kind is None:
        return _closing_kind(long_form)
    complement = (
        long_form[opener] + " " + long_form[opener + 1] if long_form[opener] == "of" else "for"
    )
    return HEAD_MODIFIERS.get((complement, long_form[opener - 1]), kind)


def _closing_kind(long_form: list[str]) -> str | None:
    """The kind of a long form's last head word, if one; none when that head word only closes
    a name ("United", "FC", "Inc.": ``where`` "end" in the core's organization_heads.tsv) and
    other words follow it: "United Nations Development Program (UNDP)" is no club's."""
    for index in range(len(long_form) - 1, -1, -1):
        found = HEADS.get(long_form[index])
        if found is not None:
            opens = found[1]
            return head_kind(long_form) if opens or index == len(long_form) - 1 else None
    return None


def _names_a_thing(long_form: list[str]) -> bool:
    """ "North American Free Trade Agreement", "Trans-Pacific Partnership": its last words
    (``data/defined_things.txt``) name a pact, a law or a scheme."""
    return any(" ".join(long_form[-size:]) in _THINGS for size in (2, 1) if len(long_form) >= size)


def _names_places(long_form: list[str]) -> bool:
    """Whether a long form names places only, one or a series of them ("Latin America and
    Africa (LAA)", "Asia Pacific (AP)"): a region a company reports on, not a body. One pass
    over the words."""
    parts: list[list[str]] = [[]]
    for word in long_form:
        if word in _PLACE_JOINS:
            parts.append([])
        elif word != "the":  # "Latin America, Africa and the Middle East"
            parts[-1].append(word)
    return all(tuple(part) in OWNER_PLACES for part in parts)


def _place_series(sentence: Sentence, run_end: int, acronym: str) -> int | None:
    """Where a series of places with commas whose initials spell ``acronym`` starts, before
    ``run_end``: "Latin America, Africa and the Middle East (LAAME)", a region a company reports on
    (the run before the bracket holds its last items only); None if no such series does."""
    texts, capital = sentence.texts, sentence.capital
    letters = "".join(char for char in acronym if char.isalpha()).upper()
    first = run_end
    while (
        first > 0
        and run_end - first < MAX_NAME_UNITS
        and (capital[first - 1] or texts[first - 1] in _SERIES_WORDS)
    ):
        first -= 1
    for start in range(first, run_end):
        words = texts[start:run_end]
        if not capital[start] or "," not in words:
            continue
        initials = "".join(word[0] for word in words if word[0].isupper())
        if initials == letters and _names_places(words):
            return start
    return None


def defined_acronyms(sentence: Sentence) -> Iterator[Candidate]:
    """ "Institute for the Study of War (ISW)" and "ISW (Institute for the Study of War)"."""
    if sentence.caps or "(" not in sentence.texts:
        return
    texts = sentence.texts
    runs = sentence.runs
    for index, (run_start, run_end) in enumerate(runs):
        after = run_end
        if after + 2 < len(texts) and texts[after] == "(" and texts[after + 2] == ")":
            acronym = texts[after + 1]
            if _written_short(acronym):
                # "the city's Parks, Recreation and Youth Office (PRYO)": a series
                # with commas before the run opens the long form
                opening = series_start(sentence, run_start, run_end - 1)
                opening = run_start if opening is None else opening
                first = _long_form(sentence, opening, run_end, acronym)
                if first is None and index > 0:
                    first = _across_to(sentence, runs[index - 1], run_start, run_end, acronym)
                if first is None and not acronym.istitle():
                    first = _headed_long_form(sentence, run_start, run_end)
                if first is None:
                    first = _place_series(sentence, run_end, acronym)
                if first is not None and run_end - first >= 2:
                    entry = _defined(texts[first:run_end], acronym)
                    yield make(sentence, first, run_end, entry, None, DEFINED_RULE)
                    yield make(sentence, after + 1, after + 2, entry, None, DEFINED_RULE)
        # "ISW (Institute for the Study of War)": a one-unit run, then a bracketed run.
        if (
            run_end - run_start == 1
            and ACRONYM.fullmatch(texts[run_start])
            and run_end + 1 < len(texts)
            and texts[run_end] == "("
        ):
            # The runs are in text order: a run right after the bracket is the next one.
            inner = runs[index + 1] if index + 1 < len(runs) else None
            if inner is not None and inner[0] != run_end + 1:
                inner = None
            if inner is not None and inner[1] < len(texts) and texts[inner[1]] == ")":
                first = _long_form(sentence, inner[0], inner[1], texts[run_start])
                if first == inner[0] and inner[1] - first >= 2:
                    entry = _defined(texts[first : inner[1]], texts[run_start])
                    yield make(sentence, run_start, run_end, entry, None, DEFINED_RULE)
                    yield make(sentence, first, inner[1], entry, None, DEFINED_RULE)
