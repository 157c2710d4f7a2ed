"""Crowds that speak: the people of a plural noun chanting, shouting or singing words
("with many students and neighbours chanting “...”"), and who "with" puts before a
participle ("with one of her TV ads asking"), read for the participle's speaker before the
subject of the clause it ends."""

from __future__ import annotations

from newsfacts.plugin import PEOPLE_NOUNS, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.mentions import Speaker, name_of
from newsfacts_quotes.phrases import NOT_SPEAKERS, is_adverb
from newsfacts_quotes.resolving import SpeakerPhrases

_CROWD_CUES = read_words("newsfacts_quotes", "crowd_cues.txt")
_CROWD_REACH = 80  # characters read before a participle for the crowd that speaks
_CROWD_WORDS = 6  # at most this many words of it: "many protesters and onlookers"
# Nouns of what shows someone speaking ("footage of Ana Ruiz saying")
_SHOWING_NOUNS = read_words("newsfacts_quotes", "showing_nouns.txt")
_SHOWING_REACH = 16  # characters read before the name: "footage of "
_WITH_REACH = 60  # characters read before a participle for "with" and its noun phrase
_WITH_WORDS = 6  # at most this many words between them: "the National Union of Bus Drivers"


def _in_crowd(word: str) -> bool:
    """Whether ``word`` may be a word of a crowd's phrase read back from its noun: a word in
    lower case or a number, no preposition, verb in "-ed" or adverb ("and", "many", "the"
    stay)."""
    if not (word[:1].islower() or word[:1].isdigit()) or word.endswith("ed"):
        return False
    return (
        word not in NOT_SPEAKERS
        or word == "and"
        or word in lx.QUANTIFIERS
        or word in lx.DETERMINERS
    )


class CrowdSpeakers(SpeakerPhrases):
    """Finds a crowd that speaks, right before its cue."""

    def crowd_right_before(self, start: int, end: int) -> Speaker | None:
        """ "with many students and neighbours chanting “...”", "a crowd of supporters
        shouting": people of a plural noun right before a participle, no mark between, are
        who speak, the phrase back to a preposition, verb or capital ("many marchers and
        spectators")."""
        cue = lx.WORD.match(self.text, end)
        if cue is None or cue.group() not in _CROWD_CUES:
            return None
        words = self._words(max(start, end - _CROWD_REACH), end)
        if not words or words[-1][2] not in PEOPLE_NOUNS or self._chunk_break(words[-1][1], end):
            return None
        first = len(words) - 1
        while first > 0 and first > len(words) - _CROWD_WORDS and _in_crowd(words[first - 1][2]):
            if self._chunk_break(words[first - 1][1], words[first][0]):
                break
            first -= 1
        while words[first][2] == "and":
            first += 1
        return Speaker(self.text[words[first][0] : words[-1][1]], words[first][0], words[-1][1])

    def named_right_before(self, start: int, end: int) -> Speaker | None:
        """ "footage of Ana Ruiz saying “...”", "a clip of Ana Ruiz asking": the person named
        right before a participle, after "of" and a noun of what shows someone
        (``data/showing_nouns.txt``), is who speaks, not the clause's subject. Elsewhere a
        name there is mostly the verb's object: "The mayor thanked Ana Ruiz saying"."""
        people = self.people.before(end)
        if not people or start > people[-1].start or people[-1].end > end:
            return None
        person = people[-1]
        if self.text[person.end : end].strip(" \u00a0") or not lx.WORD.match(self.text, end):
            return None
        words = self._words(max(start, person.start - _SHOWING_REACH), person.start)
        if len(words) < 2 or words[-1][2] != "of" or words[-2][2].lower() not in _SHOWING_NOUNS:
            return None
        return Speaker(name_of(person), person.start, person.end)

    def with_right_before(self, start: int, end: int) -> Speaker | None:
        """ "..., with one of her TV ads asking, “...”", "with Mayor Ana Ruiz angrily telling
        reporters": the phrase between "with" and a participle (adverbs aside), no comma
        between, is the participle's subject and speaks, not the clause's subject; not a
        document or words said ("responded with a statement saying", "with a tweet
        reading": the clause's subject speaks through them)."""
        words = self._words(max(start, end - _WITH_REACH), end)
        while words and is_adverb(words[-1][2]):
            words.pop()
        index = len(words) - 2
        while index >= 0 and index >= len(words) - 1 - _WITH_WORDS and words[index][2] != "with":
            index -= 1
        if index < 0 or words[index][2] != "with" or self._chunk_break(words[index][1], end):
            return None
        phrase = words[index + 1 :]
        head = phrase[-1][2].lower()
        if head in lx.DOCUMENTS or head in lx.SPEECH_NOUNS or head.rstrip("s") in lx.DOCUMENTS:
            return None
        return self._resolve(phrase, last=True)
