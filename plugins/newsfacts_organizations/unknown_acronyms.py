"""Unknown acronyms in prose: "the KDP's leader", and the name an acronym opens ("IG Metall",
"CITIC Pacific"); not common abbreviations, words in capitals for emphasis or labels, codes
and units (a rule of :mod:`newsfacts_organizations.rule_table`)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator

from newsfacts.plugin import NUMBER_WORDS, ORDINAL_WORDS, PEOPLE_NOUNS, VENUE_WORDS, compiled
from newsfacts_organizations.lexicon import (
    ACRONYM_STOPS,
    CALL_SIGN,
    EMPHASIS_WORDS,
    NON_ORG_ACRONYMS,
    POSSESSIVE_ENDINGS,
    STATE_CODES,
    STOPWORDS,
)
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.rules import (
    ACRONYM,
    ACRONYM_NAME_RULE,
    ACRONYM_RULE,
    Candidate,
    make,
)
from newsfacts_organizations.runs import Sentence
from newsfacts_organizations.vessel_runs import opens_ship_name

ROMAN = compiled(r"[IVXLC]+")  # Roman numerals: "Elizabeth II", "World War II"
DASHES = frozenset(("-", "–", "—"))


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
    for index in _in_capitals(sentence.case):
        written = texts[index]
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
            and (ACRONYM.fullmatch(word) or _banded_call_sign(word))
            and word not in NON_ORG_ACRONYMS
            and not ROMAN.fullmatch(word)
            and word not in EMPHASIS_WORDS
            and not _spelled_number(word)
            and (word,) not in KNOWN
            and not _next_to_capitals(sentence, index)
            and not _code_or_label(texts, index)
            and not opens_ship_name(sentence, index)  # "INS Vikrant"
        ):
            entry = Entry(word, word, None) if "-" not in word else Entry(word, None, "media")
            yield make(sentence, index, index + 1, entry, None, ACRONYM_RULE, possessive)
            if run_ends is None:
                run_ends = dict(sentence.runs)
            end = _name_after_acronym(sentence, index, run_ends)
            if end > index + 1 and not possessive:  # unless a check drops it (a person's)
                yield make(sentence, index, end, None, None, ACRONYM_NAME_RULE)


def in_capitals(sentences: Iterable[Sentence], lower_case: frozenset[str]) -> Iterator[str]:
    """The words of the sentences in capitals opening ``sentences`` (an article's headline and
    dateline) that may be acronyms of names the article spells out ("POLISH NBP LEAVES RATES
    UNCHANGED": "NBP", "POLISH"; see acronyms.link): three to six letters, no stopword,
    listed name or common acronym, and no word the article writes in lower case ("RATES":
    "left its rates unchanged")."""
    for sentence in itertools.takewhile(lambda sentence: sentence.caps, sentences):
        for word, lowered in zip(sentence.texts, sentence.lowered, strict=True):
            if 2 < len(word) < 7 and lowered not in lower_case and _may_spell(word):
                yield word


def _may_spell(word: str) -> bool:
    return (
        ACRONYM.fullmatch(word) is not None
        and word.capitalize() not in STOPWORDS
        and word not in NON_ORG_ACRONYMS
        and word not in EMPHASIS_WORDS
        and (word,) not in KNOWN
        and not ROMAN.fullmatch(word)
    )


def _banded_call_sign(word: str) -> bool:
    """A station's call sign with its band, one word that no acronym's pattern reads ("told
    WKXY-TV", "suing WQRT-TV", "KXYZ-AM aired"): the station, as its bare call sign is."""
    return "-" in word and CALL_SIGN.fullmatch(word) is not None


def _spelled_number(word: str) -> bool:
    """A count or an ordinal written in capitals for emphasis or as an article's lead-in
    ("SIX women were charged", "put Americans FIRST"), no acronym."""
    lowered = word.lower()
    return lowered in NUMBER_WORDS or lowered in ORDINAL_WORDS


def _in_capitals(case: str) -> Iterator[int]:
    """The indices of the units in capitals ("KDP", "AAP's": case "U", see runs._case), the
    only ones an acronym can be: found with ``str.find`` in the sentence's cases, not read
    word by word (a loop over every word of every sentence was most of the rule's time)."""
    index = case.find("U")
    while index >= 0:
        yield index
        index = case.find("U", index + 1)


def _name_after_acronym(sentence: Sentence, index: int, run_ends: dict[int, int]) -> int:
    """Where a name that an acronym opens ends: the rest of its run of capitalized words
    ("IG Metall", "SC Freiburg", "PT Timor Putra Nasional", "CITIC Pacific") up to a word in
    lower case, when the acronym opens the run (after "the" or a joining word in lower case:
    "Jonas Keller of SC Paderborn") and no title or other stopword is in it ("the SEIU
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
    """ "TAPPER:" (a transcript's speaker), "DALLAS (AP) —" (a dateline), "(NYSE: XYZ)" (a
    stock's ticker), "510 MW", "EUR 40" (a unit or currency), "167 gigawatt (GW)" (a term's
    abbreviation), "Newark, NJ" (a state's postal code after a town): not organizations."""
    after = texts[index + 1] if index + 1 < len(texts) else ""
    before = texts[index - 1] if index else ""
    if after == ":" or after[:1].isdigit() or before[:1].isdigit():
        return True
    if before == ":" and index >= 3 and texts[index - 3] == "(" and texts[index - 2].isupper():
        return True  # a stock's ticker after its exchange: "Alphabet Inc. (NASDAQ: GOOGL)"
    if (
        before == ","
        and index > 1
        and texts[index] in STATE_CODES
        and texts[index - 2][:1].isupper()
    ):
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
    texts = sentence.texts
    return any(
        0 <= other < len(texts) and len(texts[other]) > 1 and texts[other].isupper()
        for other in (index - 1, index + 1)
    )
