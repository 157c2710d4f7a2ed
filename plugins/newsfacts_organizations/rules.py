"""The rules that propose organization names inside one sentence.

Each rule yields :class:`Candidate` spans; :mod:`newsfacts_organizations.resolve` settles
overlaps, links the mentions of one organization and applies them to the whole article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from newsfacts.plugin import compiled, read_words
from newsfacts_organizations import edges, series
from newsfacts_organizations.adjective_heads import adjectives_end
from newsfacts_organizations.complements import (
    complement_end,
    head_entry,
    office_holders,
    owner_end,
    title_end,
)
from newsfacts_organizations.lexicon import (
    HEAD_FORMS,
    HEAD_MODIFIERS,
    HEAD_TAILS,
    HEADS,
    LEGAL_SUFFIXES,
    NON_ORG_ACRONYMS,
    NOT_ORGANIZATIONS,
    PACKAGE,
    POSSESSIVE_ENDINGS,
    STOPWORDS,
    key_of,
    modified_kind,
)
from newsfacts_organizations.name_tables import (
    KNOWN,
    KNOWN_FOLDED_TABLE,
    KNOWN_TABLE,
    Entry,
    NameTable,
)
from newsfacts_organizations.party_chambers import party_before_chamber
from newsfacts_organizations.place_tails import place_tail_end
from newsfacts_organizations.ranks import rank_opening
from newsfacts_organizations.runs import (
    MAX_NAME_UNITS,
    Sentence,
    cut_at_possessive,
    trim,
)

# How much a rule is trusted when two candidates overlap (the longer one wins first).
KNOWN_RULE = 4
DEFINED_RULE = 4
# A name before "party" after a word of politics ("the right-wing Democratic Center party"):
# over a head word's reading of it ("Center")
PARTY_RULE = 4
HEAD_RULE = 3
CUE_RULE = 2
ACRONYM_RULE = 1
# An agency credited after a dateline ("NEW DELHI (IANS) —"): over the unknown acronym's
# reading of the same word, which knows no kind
AGENCY_RULE = CUE_RULE
SPORTS_RULE = 1
# A results row's team or car after a competitor's bracketed country ("1. Marco Bellini ( Italy
# ) , Tasman Honda , 52.410"): the whole field, over a listed maker's name inside it
TEAM_ROW_RULE = HEAD_RULE
# The words after an acronym read as its name ("IG Metall"): the least sure reading, which
# the checks read apart (see checks._acronym_before_words)
ACRONYM_NAME_RULE = -1
# The kind of a long form and its acronym that name a thing, not a body ("North American Free
# Trade Agreement (NAFTA)"): they take every mention of the acronym, and no fact is made of
# them (see resolve.py).
THING = "thing"

# Short words in capitals: "KDP", "OSCE", "AT&T"; not Roman numerals, nor codes ending in a
# digit, which name products, bills and roads ("RAV4", "HB2", "US1"; "MI5" is listed).
ACRONYM = compiled(r"[A-Z][A-Z&]{1,5}")
POSSESSIVE_ACRONYM = compiled(r"[A-Z][A-Z&]{1,5}['’]s")
PLURAL_POSSESSIVE_ENDINGS = ("s'", "s’")  # "Breitbart News’ editor"
COMPLEMENT_OPENERS = frozenset(("of", "for", "on", "de", "des", "du", "del", "della", "di"))


class Candidate(NamedTuple):
    """A proposed organization mention: characters ``start``..``end``; ``last`` is the index
    of the sentence unit after it (a named tuple: the rules propose thousands, and a frozen
    attrs class costs twice as much to make)."""

    start: int
    end: int
    key: tuple[str, ...]
    entry: Entry
    rule: int
    last: int


def make(
    sentence: Sentence,
    first: int,
    last: int,
    entry: Entry | None,
    kind: str | None,
    rule: int,
    possessive: bool = False,
) -> Candidate:
    """A candidate on units ``first``..``last``; ``possessive``: drop the last unit's "'s"."""
    if entry is None and rank_opening(sentence.texts, first, last):
        first += 1  # "Top Senate Democrats met": the rank of those named (see ranks.py)
    key = tuple(sentence.texts[first:last])  # the units' texts, already listed
    end = sentence.ends[last - 1]
    if key[-1].endswith(PLURAL_POSSESSIVE_ENDINGS):  # "Breitbart News’ editor"
        key = (*key[:-1], key[-1][:-1])
        end -= 1
    elif possessive or (
        entry is None and len(key[-1]) > 2 and key[-1].endswith(POSSESSIVE_ENDINGS)
    ):  # "Tesla's rival", "the NRA's refusal"
        key = (*key[:-1], key[-1][:-2])
        end -= 2
    if entry is None:
        # "Bureau of Alcohol, Tobacco, Firearms and Explosives": a series' commas as written
        entry = Entry(
            _joined(sentence, first, key).replace(" 's", "'s").replace(" ,", ","), None, kind
        )
    return Candidate(sentence.starts[first], end, key, entry, rule, last)


def _joined(sentence: Sentence, first: int, key: tuple[str, ...]) -> str:
    """The units' texts ``key`` (from unit ``first``) joined by a space, but those the text
    writes together: "P&O", "B&Q Logistics" (units "P", "&", "O"; most names hold none)."""
    if "&" not in key:
        return " ".join(key)
    starts, ends = sentence.starts, sentence.ends
    return "".join(
        (" " if index and starts[first + index] > ends[first + index - 1] else "") + word
        for index, word in enumerate(key)
    )


def known_names(sentence: Sentence) -> Iterable[Candidate]:
    """Names from the bundled list (and metonyms), longest first."""
    return names_in(sentence, KNOWN_FOLDED_TABLE if sentence.caps else KNOWN_TABLE, KNOWN_RULE)


def names_in(
    sentence: Sentence, table: NameTable, rule: int, taken: Callable[[int], bool] | None = None
) -> Iterable[Candidate]:
    """The names of ``table`` in the sentence's runs (folded to lower case in capitals); not
    those whose first character ``taken`` says another name holds, when given."""
    words = sentence.lowered if sentence.caps else sentence.texts
    if table.lengths.keys().isdisjoint(words):
        # Most sentences hold no word that opens a name: no generator is made for them (its
        # making and ending cost more than this test).
        return ()
    return _names_in(sentence, table, rule, words, taken)


def _names_in(
    sentence: Sentence,
    table: NameTable,
    rule: int,
    words: list[str],
    taken: Callable[[int], bool] | None,
) -> Iterator[Candidate]:
    starts_names = table.lengths.keys()
    for run_start, run_end in sentence.runs:
        run = words[run_start:run_end]
        # Most runs hold no word that opens a name: no matching to set up for them.
        if starts_names.isdisjoint(run):
            continue
        for first, last, entry in table.matches(run):
            first += run_start
            last += run_start
            if taken is not None and taken(sentence.starts[first]):
                continue  # a name taken again where it was taken: no checks to make of it
            if first > run_start and office_holders(words[first - 1]):
                continue  # "the Governor's Office of Management and Budget": the state's own
            if _ends_a_listed_non_organization(words, run_start, first, last):
                continue  # "the United Arab Emirates" is no airline "Emirates"
            possessive = table.possessive(tuple(words[first:last]))
            if not possessive and _opens_a_longer_name(sentence, table, entry, last, run_end):
                continue  # "Siemens Gamesa", "Toyota Camry": another company, a product
            yield make(sentence, first, last, entry, None, rule, possessive)
            branch = None if possessive else _branch_end(sentence, entry, last, run_end)
            if branch is not None:  # "Unison Scotland", "BBC Scotland"
                yield make(sentence, first, branch, None, entry.kind, rule)


def _opens_a_longer_name(
    sentence: Sentence, table: NameTable, entry: Entry, last: int, run_end: int
) -> bool:
    """Whether a company's name is the first part of a longer one: a capitalized word of
    its run after it that is no title or stopword, head word, legal ending, word in capitals
    of no organization ("CEO", "GDRs", "UK") or name of its own ("Siemens Gamesa", "Pirelli
    Cables", "Toyota Camry", "Emirates NBD"; not "Siemens AG", "Nvidia Chief Executive Jensen
    Huang"); not in a headline, where every word is capitalized."""
    if entry.kind != "company" or last >= run_end or sentence.caps or sentence.title:
        return False
    word = sentence.texts[last]
    return (
        bool(sentence.capital[last])
        and word not in STOPWORDS
        and word not in HEADS
        and word not in LEGAL_SUFFIXES
        # "Cofinec GDRs", "the Acme CEO": no name; but "Emirates NBD", "Samsung SDI" are
        and word.rstrip("s") not in NON_ORG_ACRONYMS
        and not word.endswith(POSSESSIVE_ENDINGS)
        and not table.starts_name(sentence.texts, last, run_end)
    )


# The kinds of a listed name a nation's or a country's name after it makes a branch of
_BRANCHED_KINDS = frozenset({"ngo", "media"})
_BRANCH_PLACES = frozenset(key_of(place) for place in read_words(PACKAGE, "branch_places.txt"))


def _branch_end(sentence: Sentence, entry: Entry, last: int, run_end: int) -> int | None:
    """Where a listed charity's, union's or broadcaster's branch name ends when a nation's
    or a country's name ends its run after it (``data/branch_places.txt``): "Unison Scotland
    said", "BBC Scotland reported", "Amnesty International UK" (not in a headline)."""
    if entry.kind not in _BRANCHED_KINDS or sentence.caps or sentence.title:
        return None
    place = tuple(sentence.texts[last:run_end])
    return run_end if place in _BRANCH_PLACES else None


def _ends_a_listed_non_organization(
    words: list[str], run_start: int, first: int, last: int
) -> bool:
    """Whether words before ``first`` and the name make a listed place or thing
    (``data/not_organizations.txt``): "United Arab| Emirates"."""
    return any(
        tuple(words[before:last]) in NOT_ORGANIZATIONS
        for before in range(max(run_start, first - 3), first)
    )


def head_names(sentence: Sentence) -> Iterator[Candidate]:
    """Names built around a head word: "Kyiv Regional Administration", "Bank of England"."""
    if sentence.caps or sentence.title or HEAD_FORMS.isdisjoint(sentence.texts):
        return
    texts = sentence.texts
    for run_start, run_end in sentence.runs:
        for head in range(run_start, run_end):
            found, owner = head_entry(texts[head])
            if found is None or (head + 1 < run_end and texts[head + 1] in _LATER_HEADS):
                continue  # "Natural Resources Department": the last head word heads it
            kind, opens = found
            opens = opens and not owner  # "Tufts University's Friedman School": it ends here
            if head > run_start:  # "the Central Bank of Nigeria", "Municipal Corporation"
                kind = modified_kind(texts[head - 1], texts[head], kind)
            kind = _complement_kind(sentence, head, run_end, kind)
            lefts = edges.left_edges(sentence, run_start, head, kind)
            opening = series.series_start(sentence, lefts[0], head)
            if opening is not None:  # "the Rail, Maritime and Transport Workers Union"
                lefts = [opening, *lefts]
            elided = edges.elided_before(sentence, lefts[0], head, run_end)
            if elided is not None:  # "Hywel Dda| and Swansea Bay University Health Board"
                yield make(sentence, *elided, None, kind, HEAD_RULE)
            right = head + 1
            if right < run_end and (texts[head], texts[right]) in HEAD_TAILS:
                right += 1  # "the Dallas Independent School District"
            right = place_tail_end(sentence, head, right, run_end)  # "Trinity College Dublin"
            right = adjectives_end(sentence, head, right, run_end)  # "Partido Popular"
            # "in" and "at" continue a name ("... Cooperation in Europe") but do not open one:
            # "the Brookings Institution in Washington".
            # A head that only ends names opens one with "for" all the same: "Americans United
            # for Separation of Church and State", "Club for Growth" ("United for the cup":
            # no capitalized word after it, no complement)
            opens = opens or (right < run_end and texts[right] == "for")
            kept = 0  # a complement kept whole past its last word's trim (a title's)
            if opens and right < run_end and texts[right] in COMPLEMENT_OPENERS:
                end = cut_at_possessive(sentence, right, min(run_end, right + MAX_NAME_UNITS))
                end = complement_end(
                    sentence, right, owner_end(sentence, right, end), run_end, kind
                )
                kept = title_end(sentence, head, right, end)  # "the Office of the Governor"
                _, trimmed_end = trim(sentence, right, end)
                if trimmed_end > right:
                    right = max(trimmed_end, kept)
                if right == run_end:  # "the Bureau of Alcohol, Tobacco, Firearms and ..."
                    right = series.series_end(sentence, head + 1, right, kind) or right
            for left in lefts:
                start, end = trim(sentence, left, right)
                end = max(end, kept)
                if _owner_of_listed(sentence, start, end) or party_before_chamber(
                    texts, start, head
                ):
                    # "Mexico's Banco de Mexico": the owner before a listed name; "a Democratic
                    # Senate": the party holding the chamber
                    start += 1
                if end - start >= 2 and start <= head:
                    found_kind = _company_unit(sentence, start, head, kind)
                    yield make(sentence, start, end, None, found_kind, HEAD_RULE)


def _complement_kind(sentence: Sentence, head: int, run_end: int, kind: str | None) -> str | None:
    """The kind "of" and the word after a head give its name (``data/head_modifiers.tsv``):
    "the Georgia Institute of Technology" is a university, not a think tank; or "for" with
    any word: "the United Network for Organ Sharing" is no broadcaster."""
    texts = sentence.texts
    if head + 2 >= run_end:
        return kind
    opener = texts[head + 1]
    if opener == "for":
        return HEAD_MODIFIERS.get((opener, texts[head]), kind)
    if opener != "of":
        return kind
    return HEAD_MODIFIERS.get(("of " + texts[head + 2], texts[head]), kind)


def _owner_of_listed(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the first word of ``start``..``end`` owns the listed name after it: a
    possessive ("Mexico's Banco de Mexico"; not an office holder's) or the country's
    abbreviation ("U.S. National Hurricane Center": the listed centre, a public body)."""
    if tuple(sentence.texts[start + 1 : end]) not in KNOWN:
        return False
    word = sentence.texts[start]
    if word.endswith(POSSESSIVE_ENDINGS):
        return not office_holders(word)
    return word in _COUNTRY_ABBREVIATIONS


_COUNTRY_ABBREVIATIONS = frozenset({"U.S.", "US", "U.K.", "UK", "EU"})


# Words of a trade right before a public body's head word: the name is a company's
_BUSINESS_WORDS = frozenset(
    [
        "Financial",
        "Investment",
        "Investments",
        "Insurance",
        "Software",
        "Trading",
        "Logistics",
        "Equity",
        "Data",
        "Consulting",
        "Brokerage",
        "Marketing",
    ]
)


_LENDER_WORDS = read_words(PACKAGE, "lender_words.txt")
# The kinds of a member body's head word: "Association", "Union" (ngo), "Society" (other)
_MEMBER_KINDS = frozenset({"ngo", "other"})


# Head words of a regulator's or a state fund's name, whose trade words say what it oversees
# or invests: "the Australian Securities and Investments Commission", "the Kuwait Investment
# Authority"
_REGULATOR_HEADS = frozenset({"Commission", "Authority", "Board"})


# The kinds of a known name whose units are of its kind: "Reuters Ottawa Bureau"
_FIRMS = frozenset({"company", "media"})


def _company_unit(sentence: Sentence, start: int, head: int, kind: str | None) -> str | None:
    """A public body's head word after a known company's name names a unit of the company:
    "Amazon Web Services", "Boeing Global Services", a news agency's: "Reuters Ottawa Bureau"
    (a foundation keeps its kind: "the Ford Foundation"), and so it does after a word of a
    trade: "Geojit Financial Services"; a member body's holding a word of a lender's trade is
    a lender's: "Harbor Federal Savings and Loan Association" (``data/lender_words.txt``)."""
    if kind in _MEMBER_KINDS and not _LENDER_WORDS.isdisjoint(sentence.texts[start:head]):
        return "company"
    if kind != "government":
        return kind
    if _owners_kind(sentence, start) == "education":
        return "education"  # "the University of Oxford's Department of Paediatrics"
    if (
        head > start
        and sentence.texts[head - 1] in _BUSINESS_WORDS
        and sentence.texts[head] not in _REGULATOR_HEADS
    ):
        return "company"  # "Geojit Financial Services", "Acme Software Services"
    owner = KNOWN.get(tuple(sentence.texts[start:head]))
    if owner is None:
        owner = KNOWN.get((sentence.texts[start],))
    return owner.kind if owner is not None and owner.kind in _FIRMS else kind


# How many words before a possessive the owner's name is read back
_OWNER_WORDS = 5


def _owners_kind(sentence: Sentence, start: int) -> str | None:
    """The kind of the name whose possessive comes right before ``start``, told by its head
    word or the list: a university's ("the University of Oxford's Department of Paediatrics",
    "Harvard's Department of Economics": departments of the university), or None."""
    texts = sentence.texts
    if start == 0 or not texts[start - 1].endswith(POSSESSIVE_ENDINGS):
        return None
    first = start - 1
    while first > max(0, start - _OWNER_WORDS) and (
        sentence.capital[first - 1] or texts[first - 1] == "of"
    ):
        first -= 1
    words = [*texts[first : start - 1], texts[start - 1][:-2]]
    for begin in range(len(words)):
        listed = KNOWN.get(tuple(words[begin:]))
        if listed is not None:
            return listed.kind
    return head_kind(words)


# Head words that take a head word before them into the name they head
_LATER_HEADS = frozenset({"Department", "Ministry", "Agency", "Office", "Commission"})


def head_kind(words: list[str]) -> str | None:
    """The kind of the last head word of ``words`` ("Bank": company; "Central Bank":
    government), if one."""
    for index in range(len(words) - 1, -1, -1):
        found = HEADS.get(words[index])
        if found is not None:
            modified = (words[index - 1], words[index]) if index else None
            return HEAD_MODIFIERS.get(modified, found[0]) if modified else found[0]
    return None
