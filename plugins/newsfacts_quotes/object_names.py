"""A name in the object of the clause a participle is set off after names no speaker: "One
aide inside the campaign tried to play down Ruiz’s remarks, saying “...”" is the aide's, not
Ruiz's; "Tom Lee went on the radio to discuss his rival, Ana Ruiz, saying “...”" is Tom
Lee's. The clause's subject is the noun phrase opening it, before its first verb; a person or
organization named after that verb is what the subject speaks of."""

from __future__ import annotations

from newsfacts.plugin import PEOPLE_NOUNS, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.appositives import AppositiveSpeakers
from newsfacts_quotes.clauses import plural_before_verb
from newsfacts_quotes.phrases import NOT_SPEAKERS, Word, is_adverb, is_gerund, is_verb

# Adverbs that may stand between a subject and its verb ("also", "first"): no verb themselves.
_ADVERB_FILLERS = lx.VERB_FILLERS - frozenset(("has", "have", "had", "was", "were", "is", "are"))
_PREPOSITIONS = read_words("newsfacts_quotes", "subject_prepositions.txt")
# The subject's words, a modifier after a preposition included ("A panel of 12 security
# experts at the Harbor Institute| warned"); no verb within them, the clause is not read.
_MAX_SUBJECT_WORDS = 16


def subject_verb(words: list[Word]) -> int | None:
    """The index of the verb after the noun phrase that opens ``words`` (a chunk of a
    clause): "One aide inside the campaign |tried to play down"; None when no noun phrase
    opens them (a preposition or conjunction does: "After the vote", "and"; a lower-case
    word), when a second noun phrase starts before a verb ("The first taste the| crowd
    gets"), or when no verb comes within reach."""
    if not words or words[0][2].lower() in NOT_SPEAKERS - lx.QUANTIFIERS:
        return None
    if not words[0][2][:1].isupper() and words[0][2] not in lx.DETERMINERS:
        return None
    for index, word in enumerate(words[: _MAX_SUBJECT_WORDS + 1]):
        lowered = word[2]
        if not index or not lowered.islower():
            continue
        if lowered in lx.DETERMINERS:
            if words[index - 1][2] not in _PREPOSITIONS:
                return None  # (a determiner after a preposition is the modifier's: "at the")
            continue
        if _verb(lowered) and lowered not in PEOPLE_NOUNS and not plural_before_verb(words, index):
            return index
    return None


def _verb(word: str) -> bool:
    """Whether a lower-case word may be a verb: an auxiliary, or a verb's form but for the
    adverbs that stand before one ("first", "later", "also")."""
    return word in lx.AUXILIARIES or (is_verb(word) and word not in _ADVERB_FILLERS)


def _reports(words: list[Word]) -> bool:
    """Whether a cue in ``words`` reports a clause with a subject of its own ("said (that)
    Lee quit the board"): the participle after it may be said of that subject."""
    for index, word in enumerate(words):
        if word[2] in lx.CUES:
            rest = words[index + 1 :]
            if rest and rest[0][2] == "that":
                rest = rest[1:]
            if subject_verb(rest) is not None:
                return True
    return False


class ObjectSpeakers(AppositiveSpeakers):
    """Finds the subject of the clause a participle is set off after when a name stands in
    its object (:meth:`newsfacts_quotes.speakers.Speakers.subject` asks)."""

    def object_named(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the subject of the clause before the participle at ``end`` stands (its
        offsets, a phrase to read as a cue's subject) when a person or organization is named
        after its verb. None when the participle is not set off by a comma ("mocked Lee for
        calling", "held a sign saying": who speaks is read as before), when no noun phrase
        and verb open the clause, when no one is named after the verb, or when a cue there
        reports a clause ("said Lee quit the board, adding": Lee may be the one adding).

        The chunks between the clause and the participle that have no subject of their own
        are read past (:meth:`_no_subject`)."""
        chunks = [chunk for chunk in self._chunks(start, end) if chunk]
        if len(chunks) > 1 and all(is_adverb(word[2]) for word in chunks[-1]):
            chunks.pop()  # ", recently telling"
        if not chunks or not self._chunk_break(chunks[-1][-1][1], end):
            return None
        while len(chunks) > 1 and self._no_subject(chunks[-1]):
            chunks.pop()
        clause = chunks[-1]
        verb = subject_verb(clause)
        if verb is None or _reports(clause[verb:]):
            return None
        after = clause[verb][0]
        named = (*self.people.inside(after, end), *self.organizations.inside(after, end))
        if not any(not self.antecedents.in_quote(fact.start) for fact in named):
            return None
        return clause[0][0], after

    def _no_subject(self, chunk: list[Word]) -> bool:
        """Whether a chunk after a clause has no subject of its own: a participle's ("carrying
        signs"), adverbs, words after a preposition or conjunction with no verb
        ("about her talks with Ana Ruiz", "and even some doubt"), or a name set off after
        the object ("his rival, Ana Ruiz,")."""
        first = chunk[0][2]
        if is_gerund(first) or all(is_adverb(word[2]) for word in chunk):
            return True
        if first in NOT_SPEAKERS and not any(_verb(word[2]) for word in chunk[1:]):
            return True
        people = self.people.inside(chunk[0][0], chunk[-1][1])
        return len(people) == 1 and (people[0].start, people[0].end) == (chunk[0][0], chunk[-1][1])
