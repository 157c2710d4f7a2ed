"""Characterizations: a quote right after a verb's object and "as" ('Ruiz defended her aide
as a “fine public servant”', 'Lee has gone after his rival as a “career politician”'). No
verb of speech stands there, yet the words are the subject's: the subject calls the object
so. Who speaks is the subject of that verb: the last person, organization or he/she before
the "as" followed by a verb ('Axelrod emailed her a note, addressing her as “...”' is
Axelrod's), else the subject the sentence opens with, read as for a quote with no cue
(:func:`newsfacts_quotes.guesses.guess`)."""

from __future__ import annotations

from newsfacts.plugin import compiled, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes import stretches as st
from newsfacts_quotes.attribution import Attribution, Attributor
from newsfacts_quotes.guesses import guess
from newsfacts_quotes.marks import Span
from newsfacts_quotes.mentions import Speaker
from newsfacts_quotes.phrases import is_adverb
from newsfacts_quotes.speaker_checks import BEFORE_REACH

_REACH = 60  # characters read before the opening mark for the object and "as"
# "as" and maybe an article or "being" right before the opening mark, after a word.
_AS_BEFORE = compiled(
    r"(?<=[\p{L}\p{M}])[ \u00a0]++as(?:[ \u00a0]++(?:a|an|the|being))?+[ \u00a0]*+\Z"
)
# Words before "as" that end no object: a comparison's ("such as", "as well as", "the same
# as"), a verb's or a participle's without one ("serves as", "known as", "seen as"): the
# subject is named or likened, not calling anything so.
_NO_OBJECT = read_words("newsfacts_quotes", "not_characterizing.txt")
# A form of "be" before that word: a passive ("the driver was listed as a “person of
# interest”") or a copula's ("is as"): the subject is named so, or likened.
_BE = frozenset(("am", "is", "are", "was", "were", "be", "been", "being"))
# The word after a mention, maybe after an adverb in "-ly": its verb when it is one ("Reid
# has gone after", "Lee openly admires"; not "Lee’s comments", "Lee as").
_SUBJECT_PRONOUNS = frozenset(("he", "she"))  # not "her", "his": an object or an owner
_NEXT_WORD = compiled(r"[ \u00a0]++(?:\p{Ll}++(?<=ly)[ \u00a0]++)?+(\p{Ll}[\p{Ll}’'\-]*+)")


def characterized(attributor: Attributor, span: Span, floor: int) -> Attribution | None:
    """The attribution of a quote right after a verb's object and "as" ('defended the plan
    as “fair”'), to the sentence's subject; None if the quote stands elsewhere."""
    if span.single:
        # (As for any quote whose speaker is a guess (kept.py): single marks are too
        # ambiguous, a headline's style more often than a quote: "Lee hails pact as ‘win’".)
        return None
    text = attributor.text
    low = max(floor, span.open - _REACH)
    # (Most marks follow no "as", told by a slice's last letters.)
    tail = text[low : span.open].rstrip(" \u00a0")
    if not tail.endswith(("as", " a", " an", " the", "being")):
        return None
    before = _AS_BEFORE.search(text, low, span.open)
    if before is None or not object_before(text[low : before.start()].split()):
        return None
    # (the subject read as far back as for a quote with no cue: the sentence, within reach)
    sentence = attributor.document.sentence_at(span.open)
    start = st.reach_start(text, floor, span.open, BEFORE_REACH)
    start = max(start, sentence.start) if sentence is not None else low
    subject = _verb_subject(attributor, start, before.start())
    if subject is not None:
        return Attribution(None, subject, None, True)
    found = guess(attributor, span, floor)
    return found._replace(guessed=False) if found is not None else None


def _verb_subject(attributor: Attributor, start: int, end: int) -> Speaker | None:
    """The last person, organization or he/she of ``start``..``end`` a verb follows: the
    subject of the verb whose object is characterized, not someone the sentence named
    before it ("After Ana Ruiz fell ill, Tom Lee wrote to her, addressing her as")."""
    speakers, text = attributor.speakers, attributor.text
    mentions = [(fact.start, fact.end) for fact in speakers.people.inside(start, end)]
    mentions += [(fact.start, fact.end) for fact in speakers.organizations.inside(start, end)]
    mentions += [
        word.span()
        for word in lx.WORD.finditer(text, start, end)
        if word.group().lower() in _SUBJECT_PRONOUNS
    ]
    for low, high in sorted(mentions, key=lambda mention: mention[1], reverse=True):
        verb = _NEXT_WORD.match(text, high, end)
        if verb is not None and _verb(verb.group(1)):
            return speakers.first_speaker(low, end)
    return None


def _verb(word: str) -> bool:
    # A verb in the past or one the lexicon lists ("has", "brought", "later"); not any word
    # in "-s", most often a plural after a noun's modifier ("GOP candidates").
    listed = word in lx.VERB_FILLERS or word in lx.CUES or word in lx.IRREGULAR_VERBS
    return listed or word.endswith("ed")


def object_before(words: list[str]) -> bool:
    """Whether the last of ``words`` (adverbs aside: "addressing her informally as") may end
    a verb's object: not a participle or a gerund ("billed as", "acting as"), a word of
    ``data/not_characterizing.txt``, nor a word right after a form of "be"."""
    while words and is_adverb(words[-1]):
        words = words[:-1]
    if not words or words[-1].lower() in _BE or (len(words) > 1 and words[-2].lower() in _BE):
        return False
    return not _no_object(words[-1])


def _no_object(word: str) -> bool:
    # A participle or gerund ends no object ("billed as", "acting as"), nor does a
    # word of the table.
    lowered = word.lower()
    return lowered in _NO_OBJECT or lowered.endswith(("ed", "ing"))
