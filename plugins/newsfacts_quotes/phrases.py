"""Reading a speaker phrase: the words that name who speaks ("a source involved in the
talks" -> "source"), and the guesses about single words (adverb, gerund, verb) that need no
parts of speech."""

from __future__ import annotations

from newsfacts.plugin import NUMBER_WORDS, PEOPLE_NOUNS, compiled, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.opening_phrases import Word as Word
from newsfacts_quotes.opening_phrases import after_opening_phrase, after_wh_clause
from newsfacts_quotes.times import time_phrase_start

NOT_SPEAKERS = read_words("newsfacts_quotes", "not_speakers.txt")
TIME_ADVERBS = read_words("newsfacts_quotes", "time_adverbs.txt")  # "then loudly asked"
_LY_NOUNS = read_words("newsfacts_quotes", "ly_nouns.txt")  # "family", "ally"
MAX_PHRASE_WORDS = 8
# A speaker phrase of only lowercase words before a quote is rather what was said ("said
# city officials will face a"): at most this many words are taken for a speaker there.
MAX_COMMON_PHRASE_WORDS = 4
VERB_ENDINGS = ("ed", "s")  # how a verb after its subject ends: "declined", "says"

# The prepositions between a speaker noun and the name that describes it, and the verb that
# says what "for" says ("a lawyer representing Tom Kerr", "the lawyer who represented him").
LINKS = frozenset(("for", "to", "of", "at", "with", "representing", "represented", "represents"))


def filler(word: str) -> bool:
    # Adverbs and auxiliaries only ("Ms Ortiz, the mayor, has just told"): a chunk opened by
    # "but" or "and" starts a clause whose subject is the sentence's ("She admitted ...,
    # but"), and is left to the checks that read it.
    return is_adverb(word) or word in TIME_ADVERBS or word in lx.VERB_FILLERS


def is_gerund(word: str) -> bool:
    # "going", "adding"; a lower-case word only ("Browning", "King" are names).
    return word.islower() and word.endswith("ing") and len(word) > 4


def _is_past(word: str) -> bool:
    # "responded": a verb in the past, a lower-case word only ("Reed" is a name).
    return word.islower() and word.endswith("ed") and len(word) > 4


def is_adverb(word: str) -> bool:
    # "angrily", "repeatedly"; not the names "Kelly" or "Reilly", nor the nouns "family",
    # "ally".
    return word.islower() and word.endswith("ly") and word not in _LY_NOUNS


def noun_phrase(words: list[Word], *, after_quote: bool) -> list[Word] | None:
    """The words of a speaker phrase that name who speaks, without its determiner and the
    description after its head: "a source involved in the talks" -> "source"."""
    words = _after_object_relative(after_opening_phrase(after_wh_clause(_before_that(words))))
    words = words[: time_phrase_start(words)]  # "One senior official| Monday described"
    whole = words
    for index in range(1, len(words)):
        if _ends_head(words, index):
            words = words[:index]
            break
    # "and then Ms Ortiz", "Yet another": conjunctions and adverbs before the speaker.
    while words and words[0][2].lower() in NOT_SPEAKERS - lx.QUANTIFIERS:
        words = words[1:]
    # '“...,” said the Chelsea manager, who ..., adding': the cue a subject stands after
    if len(words) > 1 and words[0][2] in lx.CUES and opens_noun_phrase(words[1][2]):
        words = words[1:]
    determined = bool(words) and words[0][2].lower() in lx.DETERMINERS
    while words and words[0][2].lower() in lx.DETERMINERS:
        words = words[1:]
    if not words:
        return None
    first = words[0][2].lower()
    if first in NOT_SPEAKERS and first not in lx.QUANTIFIERS:
        return None
    if _verb_and_object(words, determined):
        return None
    words = _clause_subject(words, whole) or []
    if not words:
        return None
    # "the director further stated": adverbs and auxiliaries before the cue; an article and
    # its link before a quote mark ('wrote the authors of the “Harbor Study”')
    while len(words) > 1 and (
        words[-1][2] in NOT_SPEAKERS
        or is_adverb(words[-1][2])
        or words[-1][2] in lx.VERB_FILLERS
        or words[-1][2] in ARTICLES
    ):
        words = words[:-1]
    if words[-1][2] in NOT_SPEAKERS and first not in lx.QUANTIFIERS:
        return None
    if len(words) > MAX_PHRASE_WORDS:
        return None
    # "then loudly asked", "going on to say", "responded and encountered", "Why not just
    # say", "Why not say": an adverb, auxiliary or verb alone; but "the ruling" names who
    # speaks
    lone = len(words) == 1 and not determined
    word = words[0][2]
    if lone and (filler(word) or is_gerund(word) or _is_past(word) or word in lx.CUES):
        return None
    common = not any(word[2][0].isupper() for word in words)
    # "the eight members of the group": a number after the determiner is one word more; a
    # relational noun and its link name whom it belongs to, as long as it takes ("In a
    # court filing, lawyers for the former executive wrote")
    longest = MAX_COMMON_PHRASE_WORDS + (determined and first in lx.QUANTIFIERS)
    if common and not after_quote and len(words) > longest and not _relational(words):
        return None
    return words


# Relative pronouns that stand for a thing or an object: no speaker ("that", a word of
# data/not_speakers.txt, is cut as one)
_OBJECT_RELATIVES = frozenset(("which", "whom"))


def lone_surname(words: list[Word], *, after_quote: bool) -> list[Word] | None:
    """A capitalized word alone after a quote, a surname even when spelled as a preposition
    or verb ('” From said', '” Will said'), which :func:`noun_phrase` would cut as one."""
    return words if after_quote and len(words) == 1 and words[0][2].istitle() else None


def _before_that(words: list[Word]) -> list[Word]:
    """The noun a "that" right before the cue stands for, after a participle, a verb in the
    past or a preposition (whose object it is): "Carrying banners that| said", "wearing a
    jacket that| read" (were "Carrying banners", "wearing a jacket"); not a name ending the
    words."""
    if len(words) < 3 or words[-1][2] != "that":
        return words
    index = len(words) - 2
    while index >= 0 and not _takes_object(words[index][2].lower()):
        index -= 1
    noun = words[index + 1 : -1]
    return noun if index >= 0 and noun and noun[-1][2].islower() else words


def _takes_object(word: str) -> bool:
    return is_gerund(word) or _is_past(word) or word in lx.IRREGULAR_VERBS or word in NOT_SPEAKERS


def _after_object_relative(words: list[Word]) -> list[Word]:
    """The words after a "which" or "whom" opening them, the cue's object, when a noun
    phrase follows it: "which| some have labelled “...”"; none when nothing does ("the sign
    — which read “...”": it names no one)."""
    if not words or words[0][2].lower() not in _OBJECT_RELATIVES:
        return words
    return words[1:] if len(words) > 1 and opens_noun_phrase(words[1][2]) else []


def _relational(words: list[Word]) -> bool:
    """ "lawyers for the former executive", "a spokesman for the state health department": a
    relational noun and a link after it (data/relational_nouns.txt, LINKS)."""
    return len(words) > 2 and words[0][2].lower() in lx.RELATIONAL_NOUNS and words[1][2] in LINKS


def _ends_head(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` ends the noun phrase's head: a word of
    data/postmodifiers.txt ("a source| involved in the talks"), not the "in" or "out" of a
    proportion ("four in 10 voters", "two out of three"), or a verb in "-ed"."""
    word = words[index][2]
    if word in lx.POSTMODIFIERS:
        return not _proportion(words, index)
    return _past_verb_after_head(words, index)


_CLAUSE_VERBS = read_words("newsfacts_quotes", "clause_verbs.txt")


def _clause_subject(words: list[Word], whole: list[Word]) -> list[Word] | None:
    """The words of a speaker phrase before the verb of a clause (a form of "be" or "have",
    an auxiliary, an irregular past tense): its subject speaks when only verbs, adverbs and
    nouns come between it and the cue in the ``whole`` phrase ("The email| went on to say",
    "a reporter| can be heard asking", were "email went", "reporter can be heard"), no one
    when a preposition or conjunction does ("Her remarks came after being pressed", "The
    figures are in line with the plan, which promises": a clause of their own).
    Words with no such verb, or opening with it, are kept."""
    for index, (start, _, word) in enumerate(words):
        if word in _CLAUSE_VERBS or _auxiliary(word) or word in lx.IRREGULAR_VERBS:
            if not index:
                return words
            linked = any(_links_clause(w[2]) for w in whole if w[0] > start)
            return None if linked else words[:index]
    return words


# Words after a clause's verb that leave its subject the cue's: "went on to say"
_CONTINUING = frozenset(("on", "to"))


def _links_clause(word: str) -> bool:
    """A preposition or conjunction after a clause's verb ("came after being pressed", "can
    apply for a permit without being told"), not an adverb or auxiliary ("State has also
    told") nor the "on to" of "went on to say"."""
    return (
        word in NOT_SPEAKERS
        and word not in _CONTINUING
        and word not in _CLAUSE_VERBS
        and not filler(word)
        and not _auxiliary(word)
    )


def _number(word: str) -> bool:
    return word.isdigit() or word.lower() in NUMBER_WORDS


def _proportion(words: list[Word], index: int) -> bool:
    """ "four in| 10 voters", "two out| of three": a number, "in" or "out", and a number or
    "of" after it."""
    after = words[index + 1][2] if index + 1 < len(words) else ""
    return (
        words[index][2] in ("in", "out")
        and _number(words[index - 1][2])
        and (_number(after) or after == "of")
    )


def _past_verb_after_head(words: list[Word], index: int) -> bool:
    """ "Thousands of people marched through Lisbon, chanting": a verb in "-ed" after a noun
    ends the phrase (not "the newly elected mayor", "a retired general", "one unaligned
    strategist", "52 percent of registered voters")."""
    word, previous = words[index][2], words[index - 1][2].lower()
    return (
        len(word) > 4
        and word.endswith("ed")
        and word.islower()
        and not word.startswith("un")
        and not is_adverb(previous)
        and previous not in lx.DETERMINERS
        and previous not in lx.QUANTIFIERS
        and previous not in _OF_WORDS
        and not previous.isdigit()
    )


# Prepositions that keep a phrase going ("spokeswoman for the campaign"): a word in "-ed"
# after them describes the noun after it.
_OF_WORDS = frozenset(["of", "for"])


def _verb_and_object(words: list[Word], determined: bool) -> bool:
    """ "Trump bemoaned the unrest and said", "Why not tell them": a past tense or a cue and
    its object name no one (not "unnamed officials", "armed men": no object follows them)."""
    if determined or len(words) < 2 or not words[0][2].islower():
        return False
    verb = words[0][2].endswith("ed") or words[0][2] in lx.CUES
    return verb and (words[1][2].lower() in lx.DETERMINERS or words[1][2] in lx.OBJECT_PRONOUNS)


def is_verb(word: str) -> bool:
    # "declined", "says", "has": what follows a subject; a guess without parts of speech. A
    # cue is one too, irregular or not: "Trump told supporters" opens with "Trump"; so is an
    # irregular past tense: "Narendra Modi spoke to Vijayan and promised".
    return (
        word in lx.VERB_FILLERS
        or word in lx.CUES
        or word in lx.IRREGULAR_VERBS
        or (
            word.endswith(VERB_ENDINGS)
            and word not in NOT_SPEAKERS
            # a possessive ends in "s" too: "the prime minister’s office"
            and not word.endswith(("’s", "'s"))
        )
    )


def names_someone(words: list[Word]) -> bool:
    """Whether a phrase holds more than determiners, quantifiers and auxiliaries: "The team",
    not "The" nor "wouldn't" (of "..., wouldn't say Tuesday")."""
    return any(
        word[2].lower() not in lx.DETERMINERS
        and word[2].lower() not in lx.QUANTIFIERS
        and not _auxiliary(word[2].lower())
        for word in words
    )


def _auxiliary(word: str) -> bool:
    return word in lx.AUXILIARIES or word.endswith(("n't", "n’t"))


# Relative pronouns opening the clause of a cue: the name before them speaks.
RELATIVES = frozenset({"who", "which"})
_LIST_ITEM_WORDS = 4  # "the United Arab Emirates", "Algeria and Oman"


# A height opening a chunk: feet, a mark and inches ("6’2", "5'10"), or "6-foot", "6-foot-2"
_HEIGHT = compiled(r"\d(?:[’'′]\d{1,2}|-foot(?:-\d{1,2})?)\Z")

# A possessive's ends: "SpaceX's", and the apostrophe alone after an "s" ("Siemens'")
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def describes(words: list[Word]) -> bool:
    """Whether a chunk between commas before a cue describes the subject before it (an
    appositive, an age, a participle's phrase) rather than naming who speaks."""
    first = words[0][2]
    if first.lower() in lx.APPOSITIVE_OPENERS or all(w[2].isdigit() for w in words):
        return True  # ", a think tank,", "Ramos, 58, told": an age describes
    if first[:1].isdigit() and _HEIGHT.match(first):
        return True  # "The guard, 6’2” and broad, told", "Ramos, 6-foot-4, said": a height
    if first.endswith(_POSSESSIVE_ENDS) and len(words) > 1:
        return True  # "Elon Musk, SpaceX's founder, wrote", "Roland Busch, Siemens' chief"
    if len(first) > 2 and first[0] in "DRI" and first[1] == "-" and first[2].isupper():
        return True  # "Tony McCombie, R-Savanna, the House minority leader, called"
    if first.endswith("ing") and first.islower() and not first.endswith("thing"):
        # "Modi, watching from Johannesburg where he was ..., called": a participle's
        # phrase describes the subject, whatever clause it holds
        return True
    # "though he": a clause with its own subject pronoun is not a description.
    personal = any(lx.PRONOUNS.get(word[2].lower(), "any") != "any" for word in words)
    return first[0].islower() and not personal


def relative_clause(chunks: list[list[Word]], *, closed: bool) -> int:
    """The chunk a relative pronoun opens after what it describes: the last before the cue
    ("Ward, who grew up in Keswick said"), or one a list runs on from to a comma before the
    cue ("The group, which includes Iraq, Kuwait and Oman, said"); 0 if none."""
    last = len(chunks) - 1
    if last and chunks[last][0][2].lower() in RELATIVES:
        return last
    for index in range(last - 1, 0, -1) if closed else ():
        if len(chunks[index + 1]) > _LIST_ITEM_WORDS:
            break
        if chunks[index][0][2].lower() in RELATIVES:
            return index
    return 0


_MAX_DOCUMENT_AT = 3  # "a| joint| statement from": where a document's noun may stand


def issuer(words: list[Word]) -> list[Word] | None:
    """The words naming who issued a document the phrase opens with: "a statement from
    the Kenyan health ministry" → "Kenyan health ministry" (a determiner and an adjective
    may stand before the document's noun)."""
    for index, word in enumerate(words[:_MAX_DOCUMENT_AT]):
        if word[2].lower() in lx.DOCUMENTS:
            issued = index + 2 < len(words) and words[index + 1][2] in lx.ISSUED_BY
            if issued and not is_gerund(words[index + 2][2]):
                return noun_phrase(words[index + 2 :], after_quote=True)
            return None
    return None


def antecedent(words: list[Word]) -> list[Word] | None:
    """The words ending a phrase that a "who" or "which" after it stands for, when no person
    or organization is named there: capitalized words (a name the fields did not find:
    "according to Canalys") or a noun for people and its lower-case modifiers ("evidence
    from a former manager" → "former manager", "Police arrested a 34-year-old man")."""
    head = words[-1][2]
    capitalized = head[:1].isupper()
    if not capitalized and not (
        head in lx.RELATIONAL_NOUNS or head in PEOPLE_NOUNS or head in lx.THINGS
    ):
        return None
    first = len(words) - 1
    while first > 0 and _modifies(words[first - 1][2], capitalized=capitalized):
        first -= 1
    while first < len(words) - 1 and words[first][2].lower() in lx.DETERMINERS:
        first += 1  # "The Times, which": "Times"
    return words[first:]


def _modifies(word: str, *, capitalized: bool) -> bool:
    """Whether ``word`` belongs to the name or noun phrase it stands before (a noun's may
    be capitalized: "the Mexican president")."""
    if capitalized:
        return word[:1].isupper()
    lowered = word.lower()
    return (
        lowered not in NOT_SPEAKERS
        and lowered not in lx.DETERMINERS
        and not (word.islower() and word.endswith("ed") and len(word) > 4)  # "arrested"
    )


def set_apart(text: str, noun: list[Word], names_end: int | None) -> bool:
    """Whether ``noun``, a noun for people ending a phrase whose names end at ``names_end``
    (None: no name), is a phrase of its own, not part of a name's: a preposition or verb
    stands between them ("Judge Ruth Mensah heard evidence from| a former manager", not "the
    Senate majority leader", "Trump's spokesman")."""
    if noun[-1][2][:1].isupper():
        return False
    if names_end is None:
        return True
    return any(word.lower() in NOT_SPEAKERS for word in lx.words(text, names_end, noun[0][0]))


def opens_noun_phrase(word: str) -> bool:
    lowered = word.lower()
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or lowered in lx.DETERMINERS
        or lowered in lx.QUANTIFIERS
    )


ARTICLES = frozenset(("a", "an", "the"))
