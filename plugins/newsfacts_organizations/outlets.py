"""News outlets named by a short form of their own: local broadcasters by their network or
call sign, channel and market ("NBC 5 Dallas-Fort Worth", "FOX 4 Kansas City", "KSAT 12 San
Antonio", "ABC7 Chicago", "WSB-TV Atlanta"), newspapers by the last word of their name after
"the" ("told the Times", "The Post reported").

US local news credits a station by its network (``data/broadcast_networks.txt``) or call
sign, the channel's number, and the town or area it serves: the whole is one outlet, not the
network and a place (the locations field leaves the market out the same way). The market is
the capitalized words right after the number, up to :data:`MARKET_WORDS` of them (a word in
lower case ends it: "NBC 7 San Diego on Friday", and so does a legal form: "KOB-TV LLC" is
a company). Without a number only a network glued to its
channel ("ABC7", "FOX8") or a call sign with its band ("WSB-TV", "WBZ-FM") opens one: "CBS
News Chicago" and "WFAA Dallas" are left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts.plugin import compiled, read_words
from newsfacts_organizations.lexicon import LEGAL_SUFFIXES, POSSESSIVE_ENDINGS
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.rules import HEAD_RULE, KNOWN_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

PACKAGE = "newsfacts_organizations"
NETWORKS = read_words(PACKAGE, "broadcast_networks.txt")
MARKET_WORDS = 3  # "Dallas-Fort Worth", "Salt Lake City"
LONGEST_CHANNEL = 3  # digits: "FOX 4", "KSAT 12", "CBS 58"
# a station's call sign ("KSAT", "WGN"), maybe with its band ("WSB-TV")
_CALL_SIGN = r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?"
CALL_SIGN = compiled(_CALL_SIGN)
# a call sign with its band, or a network glued to its channel's number: an outlet's name
# alone, before its market ("WSB-TV Atlanta", "ABC7 Chicago")
_NETWORK = "|".join(map(regex.escape, sorted(NETWORKS)))
GLUED = compiled(rf"[KW][A-Z]{{2,3}}-(?:TV|FM|AM|DT)|(?:{_NETWORK})\d{{1,{LONGEST_CHANNEL}}}")
# a word that is a call sign or a glued name (read once per word: see rule_table._clues)
OUTLET_WORD = compiled(rf"{_CALL_SIGN}|(?:{_NETWORK})\d{{1,{LONGEST_CHANNEL}}}")


def outlet_names(sentence: Sentence) -> Iterator[Candidate]:
    """The local broadcasters' names of ``sentence`` with their markets."""
    if sentence.caps or sentence.title:
        return
    texts = sentence.texts
    for run_start, run_end in sentence.runs:
        opening = texts[run_start]
        # a digit or a hyphen ends every glued name: most runs are spared the pattern
        if (opening[-1].isdigit() or "-" in opening) and GLUED.fullmatch(opening):
            first, market = run_start, run_start + 1  # "ABC7 Chicago": one run
        elif _numbered(texts, run_start):
            first, market = run_start - 2, run_start  # "NBC 5 | Dallas-Fort Worth"
        else:
            continue
        last = market
        while last < min(run_end, market + MARKET_WORDS) and _market_word(sentence, last):
            last += 1
        if last > market:
            yield make(sentence, first, last, None, "media", KNOWN_RULE)


def _market_word(sentence: Sentence, index: int) -> bool:
    """A capitalized word, not a legal form: "KOB-TV LLC" is the station's company."""
    return bool(sentence.capital[index]) and sentence.texts[index] not in LEGAL_SUFFIXES


def _numbered(texts: list[str], run_start: int) -> bool:
    """A network or call sign and a channel's number right before the run: "FOX 4"."""
    if run_start < 2:
        return False
    number, head = texts[run_start - 1], texts[run_start - 2]
    if not (number.isdigit() and len(number) <= LONGEST_CHANNEL):
        return False
    return head in NETWORKS or CALL_SIGN.fullmatch(head) is not None


# A newspaper's title alone after "the" (data/newspaper_titles.txt), as written or as an
# owner ("the Post's editor")
NEWSPAPER_TITLES = read_words(PACKAGE, "newspaper_titles.txt")
NEWSPAPER_FORMS = NEWSPAPER_TITLES | {
    title + ending for title in NEWSPAPER_TITLES for ending in POSSESSIVE_ENDINGS
}


def newspaper_titles(sentence: Sentence) -> Iterator[Candidate]:
    """A newspaper named by the last word of its name after "the", no name going on after
    it: "told the Times on Monday", "The Post reported", "the Journal's editorial page", "the
    Guardian and the Telegraph" (not "the Post Office", "The Post and Courier", "Friends of
    the Observer"). A name "the" is part of is listed or found by a head word ("The Sunday
    Times"); the paper a fuller name of the article names is linked by its short form ("The
    Washington Post" ... "the Post")."""
    if sentence.caps or sentence.title or NEWSPAPER_FORMS.isdisjoint(sentence.texts):
        return
    texts = sentence.texts
    for run_start, run_end in sentence.runs:
        for index in range(max(1, run_start), run_end):
            if texts[index] not in NEWSPAPER_FORMS or not _alone(sentence, index, run_start):
                continue
            word = texts[index]
            title = word[:-2] if word.endswith(POSSESSIVE_ENDINGS) else word
            entry = KNOWN.get(("The", title)) or Entry(f"The {title}", None, "media")
            yield make(sentence, index, index + 1, entry, None, HEAD_RULE, title != word)


# Words that join the next capitalized word into a name: "The Post and Courier", "the Times
# of India" (not a word in lower case nor "The": "the Post and the AP", "The Post and
# elsewhere")
_JOINING = frozenset({"and", "&", "of"})


def _alone(sentence: Sentence, index: int, run_start: int) -> bool:
    """Whether the title at ``index`` stands alone after "the": no capitalized word after it,
    nor one joined to it, and not after "of the" inside a name."""
    texts = sentence.texts
    if texts[index - 1] not in ("the", "The"):
        return False
    if index - 2 >= run_start and texts[index - 2] == "of":
        return False  # "Friends of the Observer"
    after = texts[index + 1 : index + 3]
    if not after:
        return True
    if sentence.capital[index + 1]:
        return False  # "the Post Office"
    joined = len(after) == 2 and bool(sentence.capital[index + 2]) and after[1] != "The"
    return not (after[0] in _JOINING and joined)
