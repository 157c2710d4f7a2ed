"""The cue rule: a name in a telling context is an organization's, "shares of X", "X said in
a statement", "Britain's Sun newspaper", "X-based Y" (``data/cues.tsv``)."""

from __future__ import annotations

from collections.abc import Iterator

from newsfacts.plugin import COUNTRY_NAMES
from newsfacts_organizations.city_tails import city_end
from newsfacts_organizations.lexicon import (
    APPOSITIVE_NOUNS,
    CONNECTORS,
    CUES_AFTER,
    CUES_BEFORE,
    LEGAL_SUFFIXES,
    LONGEST_CUE,
    MARKET_PLACES,
    POSSESSIVE_ENDINGS,
    STATE_NAMES,
    STOPWORDS,
    TWO_WORD_STATES,
    is_demonym,
)
from newsfacts_organizations.party_chambers import is_party_adjective
from newsfacts_organizations.rules import CUE_RULE, Candidate, make
from newsfacts_organizations.runs import (
    MAX_NAME_UNITS,
    Sentence,
    cut_at_possessive,
    is_capital,
    is_possessive,
    past_owner,
    trim,
)

CUE_LAST_WORDS = frozenset(words.split(" ")[-1] for words in CUES_BEFORE)
CUE_FIRST_WORDS = frozenset(words.split(" ")[0] for words in CUES_AFTER)
# Whether a word inside a run may open a cue after a name: if not, a cue after a name can
# only start right after the run, and a run not followed by one needs no closer look.
CUES_AFTER_IN_RUNS = any(
    is_capital(word) or word.lower() in CONNECTORS or is_possessive(word)
    for word in CUE_FIRST_WORDS
)


def _cue_sizes() -> dict[str, tuple[int, ...]]:
    """The sizes in words of the cues before a name that end with each word, longest first:
    most words end cues of one size ("shares in", "stake in"), and only words as many as
    theirs are read back, joined and looked up."""
    sizes: dict[str, set[int]] = {}
    for words in CUES_BEFORE:
        split = words.split(" ")
        sizes.setdefault(split[-1], set()).add(len(split))
    return {last: tuple(sorted(found, reverse=True)) for last, found in sizes.items()}


_CUE_SIZES = _cue_sizes()


def _words_before(sentence: Sentence, index: int, most: int) -> list[str]:
    words: list[str] = []
    while index > 0 and len(words) < most:
        index -= 1
        word = sentence.texts[index]
        if sentence.capital[index] and index > 0:
            break
        words.append(word.lower())
    words.reverse()
    return words


def _cue_before(sentence: Sentence, start: int) -> tuple[bool, str | None]:
    if start == 0:
        return False, None
    previous = start - 1
    # Every cue ends with the word just before the name: most names need no further look.
    sizes = _CUE_SIZES.get(sentence.lowered[previous])
    if sizes is not None and not (sentence.capital[previous] and previous):
        before = _words_before(sentence, start, sizes[0])
        for size in sizes:
            if size <= len(before):
                words = " ".join(before[-size:])
                if words in CUES_BEFORE:
                    return True, CUES_BEFORE[words]
        if sentence.lowered[previous] == "at":
            cued = _cue_past_person(sentence, previous)
            if cued is not None:
                return True, cued
    word = sentence.texts[previous]
    if word.endswith("-based") or (word == "based" and _spaced_based(sentence.texts, previous)):
        return True, None
    return False, None


# How many words a person's name may hold between a cue's noun and its "at"
_PERSON_WORDS = (2, 3)


def _cue_past_person(sentence: Sentence, at: int) -> str | None:
    """The kind a cue ending with "at" tells with a person's name between its noun and "at",
    as wires write a source: "said analyst Karen Holt at Natexis" as "an analyst at
    Natexis" (``data/cues.tsv``: "analyst at", "economist at"); None if there is no such cue.
    The name is two or three capitalized words, none a stopword; the noun may open the
    sentence."""
    capital, texts = sentence.capital, sentence.texts
    for size in _PERSON_WORDS:
        noun = at - size - 1
        if noun < 0:
            return None
        name = range(noun + 1, at)
        if not all(capital[i] and texts[i] not in STOPWORDS for i in name):
            return None
        if not capital[noun] or noun == 0:  # "Analyst Karen Holt at Natexis said"
            words = f"{sentence.lowered[noun]} at"
            return CUES_BEFORE.get(words) if words in CUES_BEFORE else None
    return None


def _spaced_based(texts: list[str], index: int) -> bool:
    """ "Ohio - based KeyCorp": "-based" with its hyphen written apart, as CoNLL does."""
    return index > 1 and texts[index] == "based" and texts[index - 1] == "-"


def _cue_after(sentence: Sentence, end: int) -> tuple[bool, str | None]:
    if end >= len(sentence.texts) or sentence.texts[end] not in CUE_FIRST_WORDS:
        return False, None
    after = []
    for word in sentence.texts[end : end + LONGEST_CUE + 1]:
        if word[0].isupper():
            break
        after.append(word)
    for size in range(min(LONGEST_CUE, len(after)), 0, -1):
        words = " ".join(after[:size])
        if words in CUES_AFTER:
            if _verb_with_object(words, after[size : size + 1]):
                return False, None
            return True, CUES_AFTER[words]
    return False, None


def _no_body(sentence: Sentence, first: int, last: int, kind: str | None) -> bool:
    """A state of the United States ("his bid for Indiana", "Ohio reported the biggest
    drop"; not before a publication's noun: "New York magazine"), a country before its
    possessive ("a stake in Guyana's fields"), or an owner before its
    possessive after a cue of words of no kind, which is the owned noun's ("the chairman of
    Germany's Pirate Party"; not "shares of Zorbex's parent", "Ontario-based Magna's")."""
    texts = sentence.texts
    name = " ".join(texts[first:last])
    if name in STATE_NAMES or name in TWO_WORD_STATES:
        return last == len(texts) or texts[last] not in _PUBLICATION_NOUNS
    # the possessive is the name's last unit ("Germany's"), or one of its own ("Germany 's")
    owner = texts[last - 1].endswith(POSSESSIVE_ENDINGS) or (
        last < len(texts) and is_possessive(texts[last])
    )
    if owner and _country(name):
        return True  # "a stake in Guyana's offshore fields": the fields are staked
    return kind is None and owner and not (first > 0 and texts[first - 1].endswith("-based"))


def _country(name: str) -> bool:
    """Whether a name, its possessive ending aside, is a country's ("Guyana's")."""
    for ending in POSSESSIVE_ENDINGS:
        if name.endswith(ending):
            name = name[: -len(ending)]
            break
    return name in COUNTRY_NAMES


# Nouns after a place's name that make it a publication's: "New York magazine"
_PUBLICATION_NOUNS = frozenset({"magazine", "newspaper", "tabloid", "weekly", "daily"})


# Cue nouns that are also verbs, and the words that open their object when they are verbs:
# "Saudi Arabia shares the same enemies" (not "Saudi Aramco shares fell").
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"}
    | {"some", "many", "much", "no", "every", "both", "such", "my", "your"}
)
# The cues read otherwise before these words: their object, or the place a reporter's
# credit line names ("Lindqvist reported from Washington.": a person, no newspaper).
_NOT_CUES_BEFORE = {"shares": _OBJECT_OPENERS, "reported": frozenset({"from"})}


def _verb_with_object(cue: str, following: list[str]) -> bool:
    return bool(following) and following[0] in _NOT_CUES_BEFORE.get(cue, frozenset())


# The words after a market's place that name its shares ("London shares", "Tokyo stocks")
_MARKET_WORDS = frozenset({"shares", "stocks", "share", "stock"})


def _market(sentence: Sentence, first: int, last: int) -> bool:
    """A listed place named as a stock market: "London shares fell", "shares in Tokyo"
    (``data/market_places.txt``), not a company."""
    if " ".join(sentence.texts[first:last]) not in MARKET_PLACES:
        return False
    if last < len(sentence.texts) and sentence.lowered[last] in _MARKET_WORDS:
        return True
    return first > 1 and sentence.lowered[first - 2] in _MARKET_WORDS


def cued_names(sentence: Sentence) -> Iterator[Candidate]:
    """Names in a telling context: "shares of X", "X said in a statement", "X-based Y"."""
    if (
        sentence.caps
        or sentence.title
        or (
            # The words as written first: a sentence holding a cue after a name ("said") needs
            # no lower-cased copy made here.
            CUE_FIRST_WORDS.isdisjoint(sentence.texts)
            and CUE_LAST_WORDS.isdisjoint(sentence.lowered)
            and "-based" not in sentence.text
        )
    ):
        return
    capital = sentence.capital
    texts, lowered = sentence.texts, sentence.lowered
    for run_start, run_end in sentence.runs:
        following = texts[run_end] if run_end < len(texts) else ""
        after_run = following in CUE_FIRST_WORDS
        # A short run (one start) with no cue after it, no comma setting it off, and no word
        # before it that may end a cue (which _cue_before needs): most runs, passed with no
        # call made for them.
        before = run_start - 1
        if not (
            after_run
            or following == ","
            or run_end - run_start > 2
            or CUES_AFTER_IN_RUNS
            or (before >= 0 and (lowered[before] in _CUE_SIZES or texts[before].endswith("based")))
        ):
            continue
        # A run may swallow the cue itself: "Shares in Globex" at the start of a sentence.
        starts = [run_start]
        if run_end - run_start > 2:  # a joining word inside, then a capital
            starts.extend(
                p for p in range(run_start + 2, run_end) if capital[p] and not capital[p - 1]
            )
        set_off: tuple[bool, str | None] = (False, None)
        if following == ",":  # what both readings need first
            set_off = _set_off(sentence, run_start, run_end)
            if not set_off[0]:
                set_off = _apposed(sentence, run_start, run_end)
        for start in starts:
            cued, kind = (
                set_off if start == run_start and set_off[0] else _cue_before(sentence, start)
            )
            # A cue after the run is the last name's: "Britain's Sun newspaper reported".
            if not cued and not after_run and (start != run_start or not CUES_AFTER_IN_RUNS):
                continue
            # "Shares in South Africa's Vodacom": the name after a place's possessive
            owned = past_owner(texts, start, run_end)
            end = cut_at_possessive(sentence, owned, min(run_end, owned + MAX_NAME_UNITS))
            first, last = trim(sentence, owned, _before_and_another(texts, owned, end))
            last = city_end(sentence, first, last)  # "Standard Chartered| in Johannesburg"
            if last <= first or (
                last == first + 1
                and (
                    _pronoun(texts[first])
                    or is_demonym(texts[first])
                    or is_party_adjective(texts[first])
                )
            ):
                continue  # "He's", "the Slovak architect", "a Boston-based Democratic aide"
            if cued and (_names_the_noun_after(sentence, last) or _runs_on(sentence, last)):
                cued = False  # "a state-owned Dubai company": the cue is the noun's
            if cued and set_off[0] and last != run_end:
                cued = False  # "the newspaper, The Perry Chief,": all of it or nothing
            if cued and _market(sentence, first, last):
                cued = False  # "shares in Tokyo": the market
            if not cued and not _place_before_verb(sentence, first, last):
                cued, kind = _cue_after(sentence, last)
                cued = cued and not _market(sentence, first, last)  # "London shares fell"
            if cued and not _no_body(sentence, first, last, kind):
                yield make(sentence, first, last, None, kind, CUE_RULE)
                break


def _before_and_another(texts: list[str], start: int, end: int) -> int:
    """ "the retailer Fnac and Spanish wholesalers": a nationality after "and" is the
    next noun's, and the name ends before "and"; "OCBC and UOB shares rose": two acronyms on
    either side of "and" are two names; so are a name and a company's with its legal ending
    ("Ohio-based TruCorp and Lakeland Bank Corp.": "TruCorp", as a head word reads "Google and
    Apple Inc.")."""
    if end - start >= 3 and texts[end - 1] in LEGAL_SUFFIXES and "and" in texts[start:end]:
        return texts.index("and", start, end)
    if end - start < 3 or texts[end - 2] != "and":
        return end
    last, before = texts[end - 1], texts[end - 3]
    if is_demonym(last) or (
        last.isupper() and before.isupper() and min(len(last), len(before)) > 1
    ):
        return end - 2
    return end


def _set_off(sentence: Sentence, start: int, end: int) -> tuple[bool, str | None]:
    """ "The airline, Zorbair, said": the name set off by commas right after a noun ending a
    cue before a name ("airline", "union", "newspaper"), which tells its kind."""
    texts = sentence.texts
    if start < 2 or texts[start - 1] != "," or end >= len(texts) or texts[end] != ",":
        return False, None
    noun = sentence.lowered[start - 2]
    if sentence.capital[start - 2] or noun not in _CUE_NOUNS or noun not in CUES_BEFORE:
        return False, None
    return True, CUES_BEFORE[noun]


def _apposed(sentence: Sentence, start: int, end: int) -> tuple[bool, str | None]:
    """ "Ifo, the Munich-based economic institute, said": a name of capitalized words (no
    acronym alone) opening its sentence or clause, set off by a comma, an article or a
    place's possessive ("Eskom, South Africa's state power utility,") and up to four words
    before a noun of organizations (``data/appositive_nouns.tsv``), which tells its kind; the
    words before the noun are in lower case but for a nationality and "-based"."""
    texts, lowered = sentence.texts, sentence.lowered
    if end + 2 >= len(texts) or texts[end] != ",":
        return False, None
    if not all(sentence.capital[start:end]) or (end - start == 1 and texts[start].isupper()):
        return False, None  # "Hundreds of Sorbs, a minority group"; an acronym's own rule
    if start > 0 and texts[start - 1] not in (",", ";", "(", "—"):
        return False, None  # "said Ann Lee, a ...": a name after a verb is its object's
    if lowered[end + 1] in _SEATED and lowered[end + 2] == "in":
        return True, None  # "Comelf, based in the Transylvanian town of Bistrita, makes ..."
    opening = _description_start(sentence, end + 1)
    if opening is None:
        return False, None
    for index in range(opening, min(len(texts), opening + 5)):
        word = lowered[index]
        if word in APPOSITIVE_NOUNS:
            after = texts[index + 1] if index + 1 < len(texts) else ""
            if after in _DESCRIPTION_ENDS:
                return True, APPOSITIVE_NOUNS[word]
            return False, None  # "a group of investors", "a bank executive": a longer phrase
        if sentence.capital[index] and not (
            texts[index].endswith("-based") or is_demonym(texts[index])
        ):
            return False, None  # "the Indian tractor giant" reads on
    return False, None


def _description_start(sentence: Sentence, first: int) -> int | None:
    """Where the words of a description opening at ``first`` begin, past its article or
    its owner's possessive of up to three capitalized words ("South Africa's"); None when
    it opens with neither."""
    if sentence.lowered[first] in _ARTICLES:
        return first + 1
    for index in range(first, min(len(sentence.texts), first + 3)):
        if not sentence.capital[index]:
            return None
        if sentence.texts[index].endswith(POSSESSIVE_ENDINGS):
            return index + 1
    return None


_ARTICLES = frozenset({"a", "an", "the"})
# The words that seat a body where it works, set off after its name: "Acme, based in Ohio,"
# (a person is seated so rarely that the people field's names are enough to tell one)
_SEATED = frozenset({"based", "headquartered"})
# What may follow the noun ending such a description: a mark, or a clause about it
_DESCRIPTION_ENDS = frozenset(
    {"", ",", ".", ";", ")", "—", "that", "which", "whose", "founded", "based", "owned", "led"}
)


def _names_the_noun_after(sentence: Sentence, last: int) -> bool:
    """ "a state-owned Dubai company": the name modifies the noun after it, a noun that
    ends a cue before a name ("firm", "company", "bank")."""
    return last < len(sentence.texts) and sentence.texts[last] in _CUE_NOUNS


def _runs_on(sentence: Sentence, last: int) -> bool:
    """ "Shares of Hong Kong-listed CATL": the name runs on into a compound after it, a
    capitalized word and a lower-case tail ("Kong-listed", "York-based")."""
    if last >= len(sentence.texts):
        return False
    head, dash, tail = sentence.texts[last].partition("-")
    return bool(dash) and head[:1].isupper() and tail[:1].islower()


# The nouns among the last words of cues before a name: not "shares of", "-based",
# "state-owned", nor "group" (the Syrian Observatory for Human Rights "Monitoring group").
_CUE_NOUNS = CUE_LAST_WORDS - {
    "of",
    "in",
    "at",
    "for",
    "with",
    "based",
    "state-owned",
    "state-run",
    "group",
}


def _place_before_verb(sentence: Sentence, first: int, last: int) -> bool:
    """ "officials in Haiti reported": a name after "in" says where, and the verb after it
    is another noun's (but "in New York magazine" names the magazine)."""
    return (
        first > 0
        and sentence.lowered[first - 1] == "in"
        and last < len(sentence.texts)
        and sentence.texts[last] in _VERB_CUES
    )


# The first words of the cues after a name that are verbs (data/cues.tsv): their subject
# is the organization.
_VERB_CUES = frozenset({"said", "reported", "quoted"})


def _pronoun(word: str) -> bool:
    """ "He's reported", "That's": a pronoun or determiner with "'s", not a name."""
    return word.endswith(POSSESSIVE_ENDINGS) and word[:-2] in STOPWORDS
