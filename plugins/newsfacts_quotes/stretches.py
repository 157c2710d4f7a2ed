"""What the words next to a quote and its cue say: whether a cue asserts speech, reports a
clause or a quote of its own, whether a clause opens between a quote and its cue, and the
shape of the quoted words (read by :mod:`newsfacts_quotes.attribution`)."""

from __future__ import annotations

import regex

from newsfacts.plugin import NICKNAME, compiled, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.marks import Span
from newsfacts_quotes.phrases import is_adverb, is_gerund
from newsfacts_quotes.times import time_phrase_end

# The words that open a clause reported by a cue: 'said the budget broke promises', 'said
# that', 'said it would'.
_CLAUSE_OPENERS = frozenset(
    {"that", "the", "a", "an", "it", "he", "she", "they", "we", "i", "his", "her", "its"}
    | {"their", "this", "these", "those", "there", "no", "some", "all"}
)
# Words that may close a short attribution after a quote ('Miles said on Monday.').
_CUE_TAILS = read_words("newsfacts_quotes", "cue_tails.txt")
# Cues whose object follows them ('Miles told reporters.'): no clause is read after them.
_TELLING = frozenset({"told", "tells", "tell"})
# Cues that report a clause and take no person as their object (data/clause_cues.txt).
_CLAUSE_CUES = read_words("newsfacts_quotes", "clause_cues.txt")
_CAPITALS_REACH = 60  # characters after a cue read for a possessive opening a clause
# A quote mark after a cue, maybe past a comma or colon: the cue opens a quote of its own.
_QUOTE_NEXT = compiled(r"[ \u00a0]*+[,:]?[ \u00a0]*+[\"“‘'`„«]")
# Conjunctions of contrast: after a comma, they join a clause of its own to a cue's reported
# one ("..., while Cruz said"); "and", "because" may go on with what is reported.
_CONTRASTS = frozenset(("while", "whereas", "but", "although", "though"))


# A quote of one to three words in double marks, no comma or stop closing it, and a word in
# lower case right after it: 'the “sorry” state of the budget', 'a "Town Hall Forum"
# sponsored by' (not '“Scandal,” thanked', '“...” said': see inner_quote).
_SHORT_QUOTE = compiled(
    r"""
    ["“]
    [^"“”\s]++(?:[ \u00a0][^"“”\s]++){0,2}+   # “sorry”, "Town Hall Forum"
    (?<![,.;:!?])                              # no comma or stop closing it
    ["”]
    (?=[ \u00a0]++\p{Ll})                      # a word in lower case after it: "state"
    """,
    regex.VERBOSE,
)


def inner_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The short quotes of ``start``..``end`` inside a noun phrase (:func:`inner_quote`)."""
    if text.find('"', start, end) < 0 and text.find("“", start, end) < 0:
        return []  # (most stretches before a cue: no pattern tried at each character)
    return [
        match.span()
        for match in _SHORT_QUOTE.finditer(text, start, end)
        if _after_determiner(text, match.start())
    ]


def inner_quote(text: str, opening: int, close_end: int) -> bool:
    """Whether the quote from ``opening`` to ``close_end`` is short and inside a noun phrase,
    its marks no clause's edge: a determiner or a possessive before the opening mark and a
    word in lower case after the closing one ("Ruiz lamented the “sorry” state of the budget
    and said", "praised the city’s “brave” firefighters and said": the subject is Ruiz's, not
    "state of the budget")."""
    match = _SHORT_QUOTE.match(text, opening)
    return match is not None and match.end() == close_end and _after_determiner(text, opening)


def _after_determiner(text: str, opening: int) -> bool:
    before = lx.words(text, max(0, opening - 30), opening)[-1:]
    return bool(before) and (
        before[0].lower() in lx.DETERMINERS or before[0].endswith(("’s", "'s"))
    )


def reach_start(text: str, floor: int, end: int, reach: int) -> int:
    """Where a stretch read back from ``end`` for at most ``reach`` characters starts, not
    before ``floor``: past the word the reach cuts, whose tail is no word of the text
    ("ccusations" of "accusations", "he" of "the")."""
    start = max(floor, end - reach)
    if start > floor:
        while start < end and _in_word(text[start]) and _in_word(text[start - 1]):
            start += 1
    return start


def _in_word(character: str) -> bool:
    return character.isalnum() or character in "'’-"


# Verbs that open a predicate, with the auxiliaries: "has taken", "was seen".
_PREDICATE_OPENERS = lx.AUXILIARIES | frozenset(("has", "have", "had", "is", "are", "was", "were"))


def predicate_follows(between: list[str]) -> bool:
    """Whether the words between a quote and a cue after it are the predicate of the
    sentence, whose subject the quote ended inside: a verb opening them and a word that is no
    auxiliary nor adverb after it ('Mills, who has styled herself as the “tough on crime
    mayor,” has taken a firm line ... since the ... floods'; not '“...,”
    has long said Ana Ruiz')."""
    if not between or between[0] not in _PREDICATE_OPENERS:  # (not "Will Estrada")
        return False
    return not all(
        word in lx.VERB_FILLERS or word in lx.AUXILIARIES or word.endswith("ly")
        for word in between[1:]
    )


def subordinated(between: list[str]) -> bool:
    """Whether the words between a quote and a cue after it open a clause of its own with a
    conjunction and its subject ('footage of Ana Ruiz saying “That is my plan,” when her rival
    attacked her'): that cue is the clause's, not the quote's attribution. A lone "once"
    before the cue is an adverb ('“...,” once said Ana Ruiz'). (Read only where no comma
    stands between: one ends the clause, and the main one's cue follows: '“...” before
    discussing it, he said'.)"""
    return len(between) > 1 and between[0].lower() in lx.SUBORDINATORS


def contrast_joined(text: str, subject: list[str], cue_end: int, end: int) -> bool:
    """Whether a cue's clause, its subject's words ``subject``, is joined after a comma by a
    conjunction of contrast ("while", "but") and runs on to the quote at ``end``, no comma
    of a clause between ("..., while Cruz said that the “...”"; not "..., while Cruz said
    so, the plan was “...”")."""
    if not subject or subject[0] not in _CONTRASTS:
        return False
    return "," not in text[cue_end:end].rstrip(" \u00a0\t\n,:\"“‘'")


def reports_anew(text: str, cue: regex.Match[str], limit: int, *, subject: bool = True) -> bool:
    """Whether a cue in the sentence after a quote that ended its own reports something
    else: a clause of its own after it ('”. Opposition leader Steven Miles said the
    budget broke promises.', '”. Police Chief Ray Cole said investigators were'), or a
    quote of its own ('”. He added, “We will'); not '”. Miles said.', '”. Miles said on
    Monday.', '”. Miles said quietly.', '”. Miles told reporters.', '”. Miles recalled
    thinking.'. ``subject``: whether words stand between the quote and the cue (a cue
    right after the quote names its speaker after it: '”. said Ana Ruiz')."""
    # (The next quote's opening mark may be what ``limit`` stops at: one more character.)
    if _QUOTE_NEXT.match(text, cue.end(), limit + 1) is not None:
        return True
    word = lx.WORD.search(text, cue.end(), limit)
    if word is None:
        return False
    if not word.group()[0].islower():
        verb = cue.group().split()[0].lower()
        return subject and verb in _CLAUSE_CUES and _clause_in_capitals(text, word.start(), limit)
    lower = word.group()
    if lower in _CLAUSE_OPENERS or (lower == "to" and _infinitive(text, word.end(), limit)):
        return True
    telling = cue.group().split()[0].lower() in _TELLING
    # A gerund goes on with the cue ('Keith recalled thinking.'), as an adverb does.
    short = lower in _CUE_TAILS or is_adverb(lower) or is_gerund(lower)
    return not (telling or short)


def _clause_in_capitals(text: str, start: int, limit: int) -> bool:
    """Whether the words at ``start`` after a cue, opening in capitals, open a clause it
    reports: a name's or a place's possessive, the owner in the clause's subject ('”. Ruiz
    said Tulsa’s budget had doubled', '”. Ruiz said Clark County’s trailers were new'), or a
    clause's first word after a day ('”. Ruiz said Sunday that the plan had failed'); not a
    time alone ('”. Ruiz said Sunday.') nor a name set off ('”. Ruiz said, Ana’s ...')."""
    words = lx.placed_words(text, start, min(limit, start + _CAPITALS_REACH))
    timed = time_phrase_end(words)
    if timed:
        return timed < len(words) and words[timed][2] in _CLAUSE_OPENERS
    for word in words:
        if not word[2][:1].isupper():
            return False
        if word[2].endswith(("’s", "'s")):
            return True
        if text.startswith((",", ";", ":"), word[1]):
            return False
    return False


def _infinitive(text: str, start: int, limit: int) -> bool:
    """Whether the word after a cue's "to" at ``start`` is a verb's bare form, an infinitive
    the cue's clause goes on with ('”. Several firms pledged| to diversify hiring', '”. She
    went on| to say:'), not whom the cue is said to ('said to reporters', 'told to the crowd',
    'writes to Sullivan'). Without parts of speech, a guess: a lower-case word that is no
    determiner, pronoun or quantifier, nor a plural noun in "s", nor a participle."""
    word = lx.WORD.search(text, start, limit)
    if word is None or not text[start : word.start()].isspace():
        return False
    lower = word.group()
    return (
        lower.isalpha()
        and lower.islower()
        and lower not in lx.DETERMINERS
        and lower not in lx.QUANTIFIERS
        and lower not in lx.PRONOUNS
        and lower not in lx.OBJECT_PRONOUNS
        and not lower.endswith(("s", "ing", "ed"))
    )


_ASSERTING_REACH = 60  # characters before a cue read for a word that denies it


def asserted(text: str, start: int, cue: int, between: list[str] | None = None) -> bool:
    """Whether the cue at ``cue`` asserts speech: not "unwilling to openly say", "did not
    say", "would say" (words before ``start`` are not read; ``between``: the words of
    ``start``..``cue``, when read already)."""
    # The words of the 60 characters before the cue: those read, when they span no more.
    if between is not None and cue - start <= _ASSERTING_REACH:
        words = between
    else:
        words = lx.words(text, max(start, cue - _ASSERTING_REACH), cue)
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if lowered == "to" or (lowered.endswith("ly") and lowered not in lx.UNASSERTING):
            continue
        return lowered not in lx.UNASSERTING and not lowered.endswith(("n’t", "n't"))
    return True


_REPORTED_THAT = compiled(
    r"""(?:[ \u00a0]++(?!that\b)[\p{L}\d’'.\-]++){0,3}?  # "Thursday", "in a statement"
    [ \u00a0]++that\b""",
    regex.VERBOSE,
)
# The person told and where, before "that": "told analysts on a conference call that"
_TOLD_THAT = compiled(
    r"""(?:[ \u00a0]++(?!that\b)[\p{L}\d’'.\-]++){0,6}?[ \u00a0]++that\b""", regex.VERBOSE
)


def reports_clause(text: str, cue_end: int, end: int, cue: str) -> bool:
    """Whether "that" opens a reported clause within three words after a cue: 'said that',
    'told reporters Monday that', 'told the committee that'; not a relative clause after the
    cue's object ('announced a plan that the union called “overdue”')."""
    if cue.lower() in _PERSON_OBJECT_CUES:
        return _TOLD_THAT.match(text, cue_end, end) is not None
    match = _REPORTED_THAT.match(text, cue_end, end)
    if match is None:
        return False
    between = text[cue_end : match.end()].lower().split()[:-1]
    return not any(word in _DETERMINERS for word in between)


# Cues whose object is the person told, before a reported clause: "told the committee that"
_PERSON_OBJECT_CUES = frozenset(["told", "tells", "tell", "assured", "informed", "reminded"])
_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "its", "their", "our"])


def only(pattern: regex.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all what ``pattern`` matches there (read from ``start``
    as far as it matches, not sliced: a slice per quote of its whole paragraph is quadratic)."""
    match = pattern.match(text, start, end)
    return match is not None and match.end() >= end


_COMMA_WORD = compiled(r",[ \u00a0]*+([\p{L}]++)")


def clause_boundary(text: str, start: int, end: int) -> bool:
    """Whether a comma and a clause opener (", something ...", ", which ...") stand in
    ``start``..``end``: a cue after them is in a clause of its own."""
    if text.find(",", start, end) < 0:
        return False  # (most stretches before a cue: no words to read)
    return any(
        match.group(1).lower() in lx.CLAUSE_OPENERS
        for match in _COMMA_WORD.finditer(text, start, end)
    )


_SUBJECT_OPENERS = frozenset(("he", "she", "they", "we", "i", "the", "a", "an"))
_MAX_CLOSING_WORDS = 4  # ", a police spokesman said", ", he said in a statement"


def closing_subject(before: list[str], after: list[str]) -> bool:
    """Whether the words after a sentence's last comma are a short subject and its cue that
    close the sentence, maybe with a time or channel after it: ", Sokolowski said.", ", he
    said Tuesday.", ", the mayor said in a statement." (``before`` and ``after``: the
    words before and after the cue)."""
    if not before or len(before) > _MAX_CLOSING_WORDS or len(after) > _MAX_CLOSING_WORDS:
        return False
    return before[0][:1].isupper() or before[0] in _SUBJECT_OPENERS


def has_mark(text: str, start: int, end: int) -> bool:
    """A quote mark between ``start`` and ``end``, but a nickname's in a name ('”, House
    Speaker Emanuel "Chris" Welch said')."""
    # (Counted one by one: a generator for three counts cost as much as the counting.)
    marks = text.count('"', start, end) + text.count("“", start, end) + text.count("”", start, end)
    return marks > 0 and marks > 2 * sum(1 for _ in NICKNAME.finditer(text, start, end))


def is_partial(text: str, span: Span, content_start: int, content_end: int) -> bool:
    """A fragment quoted inside the writer's sentence: '... as “ready to go” once ...'."""
    if content_start >= content_end:
        return False
    first = text[content_start]
    if first.islower():
        return True
    offset = span.open - 1
    while offset >= 0 and text[offset] in " \u00a0":
        offset -= 1
    previous = text[offset] if offset >= 0 else ""
    return previous.isalnum() and text[content_end - 1] not in ".!?,"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without outer white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def after_spoken_cue(text: str, last: int) -> bool:
    """Whether the word ending at ``last`` (before a quote mark) is a cue of speech, not one
    of ``data/naming_cues.txt``: 'shouted “Allahu Akbar”' quotes, 'wrote “Tough Choices”'
    names a work; so is a noun of chanting ('chants of “Ted! Ted!”', 'the chant “Lock Her
    Up”', ``data/chant_nouns.txt``)."""
    before = text[max(0, last - 16) : last + 1].split()
    word = before[-1].lower() if before else ""
    if word == "of" and len(before) > 1:
        return before[-2].lower() in lx.CHANT_NOUNS  # 'chants of “Ted! Ted!”' is chanted
    return (word in lx.CUES and word not in lx.NAMING_CUES) or word == "chant"


def after_owner(text: str, mark: int) -> bool:
    """An owner's apostrophe at ``mark``, before a quote: 'CBS News’ “Face the Nation”'."""
    return text[mark] in "'’" and mark > 0 and text[mark - 1] == "s"


# A cue whose subject may follow it after a quote ('”, said Ms Ortiz', 'explained Ana Ruiz').
INVERTED_CUES = read_words("newsfacts_quotes", "inverted_cues.txt")
# Up to four words and "as" after a cue: its object and what it was called ("described the
# financial toll as", "denounced her record as").
_OBJECT_AS = compiled(
    r"(?:[ \u00a0]++[\p{L}\p{M}’'.\-]++){1,4}?[ \u00a0]++as(?![\p{L}\p{M}])"
    r"(?![ \u00a0]++(?:of|well)(?![\p{L}\p{M}]))"  # not "as of Monday", "as well"
)


def object_as(text: str, cue: str, end: int, limit: int) -> bool:
    """Whether the words after a cue not of ``data/inverted_cues.txt`` are its object before
    "as": '“...,” described the financial toll as “...”' names no speaker after the cue,
    nor does it take the quote before it over (not '”, said the mayor as she left')."""
    if cue in INVERTED_CUES or cue == "according to":
        return False
    return _OBJECT_AS.match(text, end, limit) is not None


_REDUCED_REACH = 40  # characters before a cue read for the conjunction and its adverbs
# A conjunction right before a past participle, maybe adverbs between: a clause cut short
# whose subject was spoken to ("when asked", "if pressed", "when repeatedly told"); not
# "once", most often an adverb before a verb in the past ("she once described it as").
_REDUCED_BEFORE = compiled(
    r"(?<![\p{L}’'])(?i:when|whenever|if|unless|until|while|though|although)"
    r"(?:[ \u00a0]++\p{Ll}++(?<=ly)){0,2}+[ \u00a0]++\Z"
)


def reduced_passive(text: str, cue: str, start: int) -> bool:
    """Whether the cue ``cue`` at ``start`` is a past participle right after a conjunction,
    a passive clause cut short ("when asked", "if pressed"): its subject was spoken to,
    and the cue before it in the sentence is who speaks ("Ruiz told the Senate when asked
    about the talks: “...”")."""
    return (
        lx.past_participle(cue)
        and _REDUCED_BEFORE.search(text, max(0, start - _REDUCED_REACH), start) is not None
    )
