"""Legislative chambers named by one ordinary word: "the House", "House Republicans"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from newsfacts.plugin import compiled, read_table, read_words
from newsfacts_organizations.lexicon import KNOWN, PACKAGE, Entry, key_of
from newsfacts_organizations.rules import HEAD_RULE, Candidate, make
from newsfacts_organizations.runs import Sentence

CHAMBERS = {
    word: KNOWN[key_of(name)] for word, name in read_table(PACKAGE, "chambers.tsv", columns=2)
}
CHAMBER_KEYS = frozenset((word,) for word in CHAMBERS)
FOLLOWERS = read_words(PACKAGE, "chamber_followers.txt")


def chamber_names(sentence: Sentence) -> Iterator[Candidate]:
    """ "the House voted", "House Speaker Paul Ryan"; not "House prices" nor "Opera House"."""
    if sentence.caps or CHAMBERS.keys().isdisjoint(sentence.texts):
        return
    texts = sentence.texts
    for start, end in sentence.runs:
        entry = CHAMBERS.get(texts[start])
        if entry is None:
            continue
        after_the = start > 0 and texts[start - 1] in ("the", "The")
        if (end == start + 1 and after_the) or (end > start + 1 and texts[start + 1] in FOLLOWERS):
            yield make(sentence, start, start + 1, entry, None, HEAD_RULE)


# The chambers "the House" and "the Senate" name in an article about a state's government
# (the word alone: "the U.S. Senate" is always Congress's).
_NATIONAL = frozenset(entry.name for entry in CHAMBERS.values()) | {KNOWN[key_of("Senate")].name}
_STATE_GOVERNMENT = compiled(
    r"""
    \b[Ss]tate[ ]+(?:(?:House|Senate|Assembly|Legislature|[Cc]apitol|lawmakers?|legislators?
                       |[Rr]epresentative|[Ss]enator)\b
                    | Rep\. | Sen\.)                                # "state Sen. Ana Ruiz"
    | \b(?:Legislature|[Ss]tatehouse|Assemblyman|Assemblywoman)\b  # "the Legislature"
    """,
    regex.VERBOSE,
)
_CONGRESS = compiled(
    r"""
    \b(?:Congress|[Cc]ongressional|[Cc]ongressman|[Cc]ongresswoman|Capitol[ ]+Hill)\b
    | \bU\.?S\.?[ ]+(?:House|Senate|Rep\.|Sen\.)                   # "U.S. Sen. Ana Ruiz"
    | \b[DRI]-(?:                                 # a member's state: "D-S.C.", "R-Fla."
          (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn
            |Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.
          | [NSRW]\.[A-Z][a-z]?\.                    # "D-N.Y.", "R-S.C.", "D-W.Va."
          | [A-Z]{2}\b)                               # "R-TX"
    """,
    regex.VERBOSE,
)


# How often an article names a state's legislature or its members before "the House" and
# "the Senate" are taken for its chambers: once is an aside in national news ("a former
# state senator"), twice the article's subject.
STATE_CUES = 2


def state_government(text: str) -> bool:
    """Whether the article is about a state's government, not Congress: it names the state's
    legislature or its members at least twice ("state Sen.", "the Legislature") and never
    Congress."""
    for cues, _ in enumerate(_STATE_GOVERNMENT.finditer(text), start=1):
        if cues >= STATE_CUES:
            return _CONGRESS.search(text) is None
    return False


def local_chamber(key: tuple[str, ...], entry: Entry) -> Entry:
    """In such an article, "the House" and "the Senate" are the state's chambers: named as
    written, not as the chambers of Congress."""
    if len(key) == 1 and entry.name in _NATIONAL:
        return Entry(key[0], None, entry.kind)
    return entry


# "the General Assembly" is the United Nations' only in an article that names the UN: a US
# state's legislature is one too ("when the General Assembly convenes in January").
_GENERAL_ASSEMBLY = ("General", "Assembly")
_UNITED_NATIONS = compiled(r"\b(?:United[ ]+Nations|U\.N\.|UN|UNGA)(?!\w)")


def assemblies(keys: Iterable[tuple[str, ...]], text: str) -> bool:
    """Whether "General Assembly" among ``keys`` is some other body than the UN's."""
    return _GENERAL_ASSEMBLY in keys and _UNITED_NATIONS.search(text) is None


def other_assembly(key: tuple[str, ...], entry: Entry) -> Entry:
    """ "General Assembly" named as written, a government body of the article's own."""
    if key == _GENERAL_ASSEMBLY:
        return Entry("General Assembly", None, "government")
    return entry
