"""The rules that propose organization names inside one sentence.

Each rule yields :class:`Candidate` spans; :mod:`newsfacts_organizations.resolve` settles
overlaps, links the mentions of one organization and applies them to the whole article.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs

from newsfacts.plugin import PEOPLE_NOUNS, VENUE_WORDS, compiled
from newsfacts_organizations import edges
from newsfacts_organizations.lexicon import (
    ACRONYM_STOPS,
    EMPHASIS_WORDS,
    HEAD_FORMS,
    HEAD_TAILS,
    HEADS,
    KNOWN,
    KNOWN_FOLDED_TABLE,
    KNOWN_TABLE,
    LEGAL_SUFFIXES,
    NAME_POSSESSIVES,
    NON_ORG_ACRONYMS,
    NOT_ORGANIZATIONS,
    POSSESSIVE_ENDINGS,
    STOPWORDS,
    Entry,
    NameTable,
)
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
SPORTS_RULE = 1
# The words after an acronym read as its name ("IG Metall"): the least sure reading, which
# the checks read apart (see checks._acronym_before_words)
ACRONYM_NAME_RULE = -1

# Short words in capitals: "KDP", "OSCE", "AT&T"; not Roman numerals, nor codes ending in a
# digit, which name products, bills and roads ("RAV4", "HB2", "US1"; "MI5" is listed).
ACRONYM = compiled(r"[A-Z][A-Z&]{1,5}")
POSSESSIVE_ACRONYM = compiled(r"[A-Z][A-Z&]{1,5}['’]s")
ROMAN = compiled(r"[IVXLC]+")
PLURAL_POSSESSIVE_ENDINGS = ("s'", "s’")  # "Breitbart News’ editor"
DASHES = frozenset(("-", "–", "—"))
PLACE_OPENERS = frozenset(("in", "at"))
COMPLEMENT_OPENERS = frozenset(("of", "for", "on", "de", "des", "du"))


@attrs.frozen
class Candidate:
    """A proposed organization mention: characters ``start``..``end``; ``last`` is the index
    of the sentence unit after it."""

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
    units = sentence.units[first:last]
    key = tuple(sentence.texts[first:last])  # the units' texts, already listed
    end = units[-1].end
    if key[-1].endswith(PLURAL_POSSESSIVE_ENDINGS):  # "Breitbart News’ editor"
        key = (*key[:-1], key[-1][:-1])
        end -= 1
    elif possessive or (
        entry is None and len(key[-1]) > 2 and key[-1].endswith(POSSESSIVE_ENDINGS)
    ):  # "Tesla's rival", "the NRA's refusal"
        key = (*key[:-1], key[-1][:-2])
        end -= 2
    if entry is None:
        entry = Entry(" ".join(key).replace(" 's", "'s"), None, kind)
    return Candidate(units[0].start, end, key, entry, rule, last)


def known_names(sentence: Sentence) -> Iterator[Candidate]:
    """Names from the bundled list (and metonyms), longest first."""
    yield from names_in(sentence, KNOWN_FOLDED_TABLE if sentence.caps else KNOWN_TABLE, KNOWN_RULE)


def names_in(sentence: Sentence, table: NameTable, rule: int) -> Iterator[Candidate]:
    """The names of ``table`` in the sentence's runs (folded to lower case in capitals)."""
    words = sentence.lowered if sentence.caps else sentence.texts
    starts_names = table.lengths.keys()
    if starts_names.isdisjoint(words):
        return
    for run_start, run_end in sentence.runs:
        run = words[run_start:run_end]
        # Most runs hold no word that opens a name: no matching to set up for them.
        if starts_names.isdisjoint(run):
            continue
        for first, last, entry in table.matches(run):
            first += run_start
            last += run_start
            if first > run_start and _office_holders(words[first - 1]):
                continue  # "the Governor's Office of Management and Budget": the state's own
            if _ends_a_listed_non_organization(words, run_start, first, last):
                continue  # "the United Arab Emirates" is no airline "Emirates"
            possessive = tuple(words[first:last]) in table.possessives
            if not possessive and _opens_a_longer_name(sentence, table, entry, last, run_end):
                continue  # "Siemens Gamesa", "Toyota Camry": another company, a product
            yield make(sentence, first, last, entry, None, rule, possessive)


def _opens_a_longer_name(
    sentence: Sentence, table: NameTable, entry: Entry, last: int, run_end: int
) -> bool:
    """Whether a company's name is the first part of a longer one: a capitalized word of
    its run after it that is no title or stopword, head word, legal ending or name of its
    own ("Siemens Gamesa", "Pirelli Cables", "Toyota Camry"; not "Siemens AG", "Nvidia Chief
    Executive Jensen Huang"); not in a headline, where every word is capitalized."""
    if entry.kind != "company" or last >= run_end or sentence.caps or sentence.title:
        return False
    word = sentence.texts[last]
    return (
        bool(sentence.capital[last])
        and word not in STOPWORDS
        and word not in HEADS
        and word not in LEGAL_SUFFIXES
        and not word.rstrip("s").isupper()  # "Cofinec GDRs", "the Acme CEO"
        and not word.endswith(POSSESSIVE_ENDINGS)
        and not table.starts_name(sentence.texts, last, run_end)
    )


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
    units = sentence.units
    for run_start, run_end in sentence.runs:
        for head in range(run_start, run_end):
            found, owner = _head(units[head].text)
            if found is None or (head + 1 < run_end and units[head + 1].text in _LATER_HEADS):
                continue  # "Natural Resources Department": the last head word heads it
            kind, opens = found
            opens = opens and not owner  # "Tufts University's Friedman School": it ends here
            bank = units[head].text == "Bank" and head > run_start
            if bank and units[head - 1].text in _MONETARY_AUTHORITY:
                kind = "government"  # "the Central Bank of Nigeria", "the Reserve Bank"
            lefts = edges.left_edges(sentence, run_start, head, kind)
            right = head + 1
            if right < run_end and (units[head].text, units[right].text) in HEAD_TAILS:
                right += 1  # "the Dallas Independent School District"
            # "in" and "at" continue a name ("... Cooperation in Europe") but do not open one:
            # "the Brookings Institution in Washington".
            if opens and right < run_end and units[right].text in COMPLEMENT_OPENERS:
                end = cut_at_possessive(sentence, right, min(run_end, right + MAX_NAME_UNITS))
                end = _complement_end(sentence, right, _owner_end(sentence, right, end))
                _, trimmed_end = trim(sentence, right, end)
                if trimmed_end > right:
                    right = trimmed_end
            for left in lefts:
                start, end = trim(sentence, left, right)
                if (
                    units[start].text.endswith(POSSESSIVE_ENDINGS)
                    and tuple(sentence.texts[start + 1 : end]) in KNOWN
                    and not _office_holders(units[start].text)
                ):
                    start += 1  # "Mexico's Banco de Mexico": the owner before a listed name
                if end - start >= 2 and start <= head:
                    found_kind = _company_unit(sentence, start, head, kind)
                    yield make(sentence, start, end, None, found_kind, HEAD_RULE)


# Words of a trade right before a public body's head word: the name is a company's
_BUSINESS_WORDS = frozenset(
    ["Financial", "Investment", "Investments", "Insurance", "Software", "Trading", "Logistics"]
)


def _company_unit(sentence: Sentence, start: int, head: int, kind: str | None) -> str | None:
    """A public body's head word after a known company's name names a unit of the company:
    "Amazon Web Services", "Boeing Global Services" (a foundation keeps its kind: "the Ford
    Foundation"), and so it does after a word of a trade: "Geojit Financial Services"."""
    if kind != "government":
        return kind
    if head > start and sentence.texts[head - 1] in _BUSINESS_WORDS:
        return "company"  # "Geojit Financial Services", "Acme Software Services"
    owner = KNOWN.get(tuple(sentence.texts[start:head]))
    if owner is None:
        owner = KNOWN.get((sentence.texts[start],))
    return "company" if owner is not None and owner.kind == "company" else kind


def _owner_end(sentence: Sentence, opener: int, end: int) -> int:
    """ "the University of Pennsylvania's Wharton School", "the Bank of England's Monetary
    Policy Committee": a possessive written on a word of the complement ends the name there
    (the name after it is another's), but a people's ("the Bank of the People's ...")."""
    for index in range(opener + 1, end):
        word = sentence.texts[index]
        if len(word) > 2 and word.endswith(POSSESSIVE_ENDINGS) and not _office_holders(word):
            return index + 1
    return end


def _complement_end(sentence: Sentence, opener: int, end: int) -> int:
    """Where the complement opened at ``opener`` ends: before a place ("the Council on
    Foreign Relations in New York"), before "and the" and a name with a head word of its
    own ("the University of Cambridge and the Francis Crick Institute" are two), or before
    a title and a capitalized word ("the Department of Emergency Management Director Brig.
    Gen. John Heltzel"; not "the Office of the Director of National Intelligence")."""
    texts = sentence.texts
    for index in range(opener + 2, end):
        if texts[index] in PLACE_OPENERS:
            return index
        if _title_inside(sentence, index, end):
            return index
        if texts[index] != "and":
            continue
        if texts[index + 1 : index + 2] == ["the"] and any(
            _head(word)[0] is not None for word in texts[index + 2 : end]
        ):
            return index
        after = index + 2 if texts[index + 1 : index + 2] == ["the"] else index + 1
        if KNOWN_TABLE.starts_name(texts, after, end):
            return index  # "Bank of America and Wells Fargo", "... and the AFL-CIO"
    return end


def _title_inside(sentence: Sentence, index: int, end: int) -> bool:
    """A word that never ends a name (a title: ``data/stopwords.txt``) inside a run, after a
    capitalized word and before one."""
    return (
        index + 1 < end
        and sentence.texts[index] in STOPWORDS
        and bool(sentence.capital[index - 1])
        and bool(sentence.capital[index + 1])
    )


def _head(word: str) -> tuple[tuple[str | None, bool] | None, bool]:
    """The head word's entry (its kind, whether a complement may follow) and whether it is
    written as an owner ("University's"), or None."""
    found = HEADS.get(word)
    if found is None and len(word) > 3 and word.endswith(POSSESSIVE_ENDINGS):
        return HEADS.get(word[:-2]), True
    return found, False


# Words before "Bank" that make it a country's monetary authority, not a lender
_MONETARY_AUTHORITY = frozenset({"Central", "Reserve"})
# Head words that take a head word before them into the name they head
_LATER_HEADS = frozenset({"Department", "Ministry", "Agency", "Office", "Commission"})


def _office_holders(word: str) -> bool:
    """ "Governor's", "Sheriff's": an office holder's possessive, part of a name."""
    return word.endswith(POSSESSIVE_ENDINGS) and word[:-2] in NAME_POSSESSIVES


def head_kind(words: list[str]) -> str | None:
    """The kind of the last head word of ``words`` ("Bank": company), if one."""
    for word in reversed(words):
        found = HEADS.get(word)
        if found is not None:
            return found[0]
    return None


def acronyms(sentence: Sentence) -> Iterator[Candidate]:
    """Unknown words in capitals in a sentence that is not itself in capitals: "KDP"."""
    if sentence.caps:
        return
    # In tables and lists, words in capitals are labels and codes: only prose counts.
    texts = sentence.texts
    lower = sentence.lower_words
    upper = sentence.upper_words
    if lower < 4 or lower < 2 * upper or not upper:
        return
    run_ends: dict[int, int] | None = None  # made for the first acronym found
    for index, written in enumerate(texts):
        # "the AAP's national convener" ("The AAP's" too), not the end of a longer name:
        # "Dresdner Bank AG's"
        possessive = written.endswith(POSSESSIVE_ENDINGS)
        if (
            possessive
            and index
            and sentence.capital[index - 1]
            and texts[index - 1] not in STOPWORDS
        ):
            continue
        word = written[:-2] if possessive else written
        if (
            word.isupper()
            and len(word) < 8
            and ACRONYM.fullmatch(word)
            and word not in NON_ORG_ACRONYMS
            and not ROMAN.fullmatch(word)
            and word not in EMPHASIS_WORDS
            and (word,) not in KNOWN
            and not _next_to_capitals(sentence, index)
            and not _code_or_label(texts, index)
        ):
            entry = Entry(word, word, None)
            yield make(sentence, index, index + 1, entry, None, ACRONYM_RULE, possessive)
            if run_ends is None:
                run_ends = dict(sentence.runs)
            end = _name_after_acronym(sentence, index, run_ends)
            if end > index + 1 and not possessive:  # unless a check drops it (a person's)
                yield make(sentence, index, end, None, None, ACRONYM_NAME_RULE)


def _name_after_acronym(sentence: Sentence, index: int, run_ends: dict[int, int]) -> int:
    """Where a name that an acronym opens ends: the rest of its run of capitalized words
    ("IG Metall", "SC Freiburg", "PT Timor Putra Nasional", "CITIC Pacific") up to a word in
    lower case, when the acronym opens the run (after "the" or a joining word in lower case:
    "Stephan Marasek of SC Freiburg") and no title or other stopword is in it ("the SEIU
    Executive Vice President Ann Lee": the acronym alone); else ``index + 1``."""
    texts = sentence.texts
    run_end = run_ends.get(index)
    if run_end is None and index and texts[index - 1] in ("The", "the"):
        run_end = run_ends.get(index - 1)
    if run_end is None and index and not sentence.capital[index - 1]:
        run_end = _run_end(sentence.runs, index)  # "Marasek of SC Freiburg", "Kia and PT ..."
    if run_end is None:
        return index + 1
    # Each word read once: a word in lower case ends the name, and the next acronym's run
    # of capitals starts after one.
    for word in range(index + 1, run_end):
        if not sentence.capital[word]:
            return word  # "IG Metall on Monday", "IG Metall 's": a word in lower case
        if _not_in_a_name(texts[word]):
            return index + 1
        if texts[word].endswith(POSSESSIVE_ENDINGS):
            return word + 1  # "IG Metall's Anna Weber": the name ends with its owner
    return run_end


def _run_end(runs: list[tuple[int, int]], index: int) -> int | None:
    """The end of the run holding ``index`` (runs are in text order)."""
    at = bisect.bisect_left(runs, (index + 1,)) - 1  # the last run starting by ``index``
    return runs[at][1] if at >= 0 and index < runs[at][1] else None


def _not_in_a_name(word: str) -> bool:
    """A title, a rank, a place's word or a noun for people after an acronym: "the SEIU
    Executive Vice President", "PPD Patrolman Ann Lee", "FDR Park", "the KDP MPs", "the KCOM
    Stadium" (``data/acronym_stops.txt``)."""
    return (
        word in STOPWORDS
        or word in ACRONYM_STOPS
        or word in NON_ORG_ACRONYMS
        or word.lower() in PEOPLE_NOUNS
        or word in VENUE_WORDS
    )


def _code_or_label(texts: list[str], index: int) -> bool:
    """ "TAPPER:" (a transcript's speaker), "DALLAS (AP) —" (a dateline), "510 MW", "EUR 40"
    (a unit or currency), "167 gigawatt (GW)" (a term's abbreviation): not organizations."""
    after = texts[index + 1] if index + 1 < len(texts) else ""
    before = texts[index - 1] if index else ""
    if after == ":" or after[:1].isdigit() or before[:1].isdigit():
        return True
    if index == 0 and (
        after in DASHES
        or (after == "," and len(texts) > 2 and texts[2][:1].isupper())  # "MANILA, Philippines"
        or (
            after == "("
            and index + 4 < len(texts)
            and texts[index + 3] == ")"
            and texts[index + 4] in DASHES
        )
    ):
        return True
    return before == "(" and index >= 2 and texts[index - 2][0].islower() and after == ")"


def _next_to_capitals(sentence: Sentence, index: int) -> bool:
    """A word in capitals beside another one: a heading ("CAPS NOTE"), not an acronym."""
    units = sentence.units
    return any(
        0 <= other < len(units) and len(units[other].text) > 1 and units[other].text.isupper()
        for other in (index - 1, index + 1)
    )
