"""The dateline that opens a sentence, read by the core for every field.

A dateline names where the story was written: "NALCHIK , Russia 1996-08-25", "BOSTON
(Reuters) -", "WAUSAU, Wis. (WSAW) --", "MELBOURNE, Australia —", "DeKALB, Ill. —", and in
brackets, as some radio and wire pages write it, "(NEW YORK) —". The locations field weighs a
place in it three times in the article's locality; the organizations field never reads a name
in it as a sports team, even in a sports report ("MELBOURNE, Australia — Australia beat
England"): both ask :func:`dateline`, so they never disagree on where one ends.

    >>> from newsfacts import Article, Document
    >>> document = Document.from_article(Article(text="BOSTON (Reuters) - Shares rose."))
    >>> dateline(document.tokens_between(0, len(document.text)))
    1
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.tables import read_words
from newsfacts.text import Segment

#: Tokens that close a dateline: a bracket before the agency, a dash, a colon. U+0096 and
#: U+0097 are the en and em dash of a Windows-1252 page decoded as Latin-1 ("NEWARK \x97 It
#: was ..."): control characters that stand for nothing else in news text. "_" is the dash of
#: the New York Times wire's plain-text copy ("NEWARK, N.J. _ A new task force ...").
DATELINE_STOPS = frozenset({"(", "-", "--", "–", "—", ":", "_", "\x96", "\x97"})
#: Short words that open a place's name ("EL PASO", "LA PAZ", "LE MARS"), from
#: ``newsfacts/data/place_name_openers.txt``.
PLACE_NAME_OPENERS = read_words("newsfacts", "place_name_openers.txt")
#: The bytes of a UTF-8 em or en dash (E2 80 94, E2 80 93) read as Windows-1252 or Latin-1
#: come apart in tokens: "â" "€" "”" ("KANSAS CITY, Mo. â€” Tens of ..."), "â" "\x80" "\x94",
#: or "â" "”" where the page lost the middle byte. A lone "â" before them closes a dateline.
_MANGLED_DASH_MIDDLES = frozenset({"€", "\x80"})
_MANGLED_DASH_ENDS = frozenset({"”", "“", "\x94", "\x93"})
#: A dateline is this many tokens at most, not counting a comma or full stop before a word in
#: title case or a number, in words none of which is in lower case: a wire's place, state and
#: day ("SAN JOSE, Calif., Oct. 29 (Reuters) -") are five words and four such marks; in a
#: headline in capitals ("STATE POLLS NOT WRONG, JUST EARLY -") or a sentence ("DPC last week
#: filed a fresh, $12-per-unit bid") each mark counts.
_LONGEST = 9
#: The marks of :data:`_LONGEST`.
_MARKS = frozenset({",", "."})
#: The tokens of a sentence :func:`dateline` reads at most: a dateline with a mark after each
#: word, its closing bracket and dash, and the two more of a mangled dash (see
#: ``_MANGLED_DASH_ENDS``); a dateline in brackets is shorter (see :func:`_bracketed`).
_READ = 2 * _LONGEST + 3
#: The stops that close a dateline in brackets: a dash ("(NEW YORK) — Police said ..."); a
#: bracket or a colon after one is no dateline's.
_DASHES = DATELINE_STOPS - {"(", ":"}


def may_open(word: str) -> bool:
    """Whether a sentence whose first token is ``word`` may open with a dateline (see
    :func:`dateline`): a bracket or a word in capitals. Most sentences' first word is
    neither, and a reader that has the tokens' texts need make no segment to tell."""
    return word == "(" or _shouted(word)


def dateline(tokens: Sequence[Segment], closed: bool = False) -> int:
    """How many tokens open the sentence ``tokens`` as a dateline, 0 if none.

    A dateline starts with a place in capitals and ends at a year, a bracket or a dash
    ("ST. PARIS, Ohio --"), or, unless ``closed``, at a title-case word after up to three
    words in capitals ("LONDON The Latest on ..."; but also "FBI Director James Comey").
    A place in brackets before a dash ("(NEW YORK) —") is a dateline with its brackets.
    """
    if not tokens or not may_open(tokens[0].text):
        return 0  # most sentences: a first word not in capitals (its dots are no letters)
    # (the texts of the tokens a dateline, its closing bracket and a mangled dash after it
    # may span: no more are read)
    return dateline_of([token.text for token in tokens[:_READ]], closed)


def dateline_of(texts: Sequence[str], closed: bool = False) -> int:
    """:func:`dateline` of the tokens whose texts are ``texts``: for a reader that has the
    texts and need make no segment."""
    if texts and texts[0] == "(":
        return _bracketed(texts)
    if not texts or not _shouted(texts[0]):
        return 0  # most sentences: a first word not in capitals (its dots are no letters)
    if not _opening(texts):
        return 0
    length, cased = 1, True
    for index in range(1, min(len(texts), _READ)):
        text = texts[index]
        if text in DATELINE_STOPS or (len(text) == 4 and text.isdigit()):
            return index
        if text == "â" and _mangled_dash(texts[index + 1 : index + 3]):
            return index
        if not closed and index <= 3 and _title_word(text) and _capitals(texts[:index]):
            return index  # "LONDON The Latest on ...", "SAN ANTONIO Turner Sports"
        cased = cased and not text[0].islower()
        if not (cased and text in _MARKS and _free_mark_before(texts, index + 1)):
            length += 1
            if length >= _LONGEST:
                return 0
    return 0


def _free_mark_before(texts: Sequence[str], index: int) -> bool:
    """Whether the token at ``index`` lets the mark before it go uncounted (see
    :data:`_LONGEST`): a word in title case ("Calif", "Oct") or a number."""
    text = texts[index] if index < len(texts) else ""
    return text.isdigit() or (text[:1].isupper() and text[1:].islower())


def _bracketed(texts: Sequence[str]) -> int:
    """How many of the tokens ``texts`` (their texts), which open with a bracket, are a dateline:
    words in capitals, the first as a dateline's, then the closing bracket and a dash
    ("(NEW YORK) —", "(WASHINGTON, D.C.) --"); 0 if none ("(AP) —": too short a word; "(Photo:
    AP)"). What is inside may be an agency's initials ("(CNN) —"): a field asks its tables."""
    inside = texts[1:]
    if not inside or not _shouted(inside[0]) or not _opening(inside):
        return 0
    for index in range(2, min(len(texts) - 1, _LONGEST)):
        text = texts[index]
        if text == ")":
            after = texts[index + 1]
            dashed = after in _DASHES or (
                after == "â" and _mangled_dash(texts[index + 2 : index + 4])
            )
            return index + 1 if dashed else 0
        if text not in (",", ".") and not (text.replace(".", "").isalpha() and text.isupper()):
            return 0  # "(Photo: AP)", "(NEW YORK Times)"
    return 0


def _opening(texts: Sequence[str]) -> bool:
    """Whether the first of ``texts``, a word in capitals, may open a place's name: letters
    with their dots and hyphens ("ST.", "URUS-MARTAN , Russia", "WILKES-BARRE, Pa."), or an
    apostrophe after a first letter and three letters more ("O'FALLON, Mo.", "L'AQUILA,
    Italy"; not "I'LL"), three at least or a short opener's ("EL PASO")."""
    text = texts[0]
    if text[1:2] in ("'", "’") and len(text) > 5:
        text = text[:1] + text[2:]
    if not text.replace(".", "").replace("-", "").isalpha():
        return False
    return len(text) >= 3 or _short_opener(texts)


def _shouted(text: str) -> bool:
    """Whether a dateline's first word is in capitals: "LONDON", "ST.", or after a prefix in
    its own case ("DeKALB")."""
    return text.isupper() or (text[-1:].isupper() and bool(prefixed_title(text)))


def prefixed_title(text: str) -> str:
    """The title case of a name in capitals after a prefix in its own case, as AP writes
    some towns in a dateline, or "" for any other word: "DeKALB" is "DeKalb", "McALLEN"
    "McAllen", "LaGRANGE" "LaGrange"; a capital, one or two small letters, then three capitals
    or more."""
    for cut in (2, 3):
        head, rest = text[:cut], text[cut:]
        shouted = len(rest) >= 3 and rest.isalpha() and rest.isupper()
        if shouted and head.isalpha() and head[0].isupper() and head[1:].islower():
            return head + rest.title()
    return ""


def _mangled_dash(texts: Sequence[str]) -> bool:
    """Whether the tokens after an "â" end a mangled dash (see ``_MANGLED_DASH_ENDS``)."""
    if texts and texts[0] in _MANGLED_DASH_MIDDLES:
        texts = texts[1:]
    return bool(texts) and texts[0] in _MANGLED_DASH_ENDS


def _short_opener(texts: Sequence[str]) -> bool:
    """Whether a first word of under three letters opens a place's name: an abbreviation
    before it ("ST. PARIS, Ohio --") or a word of ``PLACE_NAME_OPENERS`` ("EL PASO, Texas")."""
    if len(texts) < 3:
        return False
    if texts[1] == ".":
        return texts[2].isupper()
    return texts[0] in PLACE_NAME_OPENERS and _capitals(texts[1:2])


def _title_word(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].isalpha() and text[1:].islower()


def _capitals(texts: Sequence[str]) -> bool:
    """Words in capitals only, the first of at least three letters ("LONDON", "ST. LOUIS")."""
    return len(texts[0]) >= 3 and all(
        text.replace(".", "").isalpha() and text.isupper() for text in texts
    )
