"""Who speaks: the speaker phrase where it stands next to a cue (its subject before it, the
phrase after it, a signature, a sentence's opening subject, a speech's owner), resolved to a
person, an organization or a pronoun's antecedent as :mod:`newsfacts_quotes.resolving`
reads a phrase."""

from __future__ import annotations

from newsfacts.plugin import PEOPLE_NOUNS
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.clauses import (
    described_opening,
    is_being,
    is_comment,
    is_predicate,
    names_no_one,
    own_clause,
    plural_before_verb,
    relative_subject,
    restrictive_relative,
    sentence_start,
    set_off_opener,
)
from newsfacts_quotes.mentions import Speaker, name_of
from newsfacts_quotes.object_names import ObjectSpeakers
from newsfacts_quotes.phrases import (
    NOT_SPEAKERS,
    RELATIVES,
    Word,
    describes,
    is_adverb,
    is_gerund,
    is_verb,
    names_someone,
    noun_phrase,
    relative_clause,
)

_ADJACENT_REACH = 60
_MAX_SIGNATURE_WORDS = 5
# A sentence's opening noun phrase, read as the subject of a quote with no cue: at most this
# many words, then a word ending like a verb in the past or present ("declined", "says").
_MAX_OPENING_WORDS = 4
_OPENING_REACH = 80
_COORDINATORS = frozenset(("and", "but"))  # a cue after them: the verb before's subject
# Pronouns whose verb takes no "-s" ("they think", "we hope", "I believe"): any lower-case
# word right after one opening a clause is its verb or an adverb, the pronoun the subject.
_BARE_VERB_PRONOUNS = frozenset(("they", "we", "i"))


class Speakers(ObjectSpeakers):
    """Finds speakers in the phrases next to cues, with the article's people and organizations."""

    def subject(
        self, start: int, end: int, *, participle: bool = False, after_quote: bool = False
    ) -> Speaker | None:
        """The speaker in a phrase standing before its cue: "the ISW, a think tank, said".

        The subject of a participle ("..., calling him “a failed candidate”") is that of the
        main clause: the first person or pronoun of the phrase.
        """
        start = self._after_sentence_end(start, end)
        if participle:
            found = self._participle_subject(start, end)
            if found is not None:
                return found
        adjacent = self._adjacent_subject(start, end)
        if adjacent is not None:
            return adjacent
        chunks = [chunk for chunk in self._chunks(start, end) if chunk]
        if len(chunks) > 1 and is_comment(chunks[-1]):
            # "which — as Jonathan Chait noted — promises": read as if the aside were not
            # there ("which promises")
            chunks.pop()
            end = chunks[-1][-1][1]
        # "Dana Whitfield, who was off-camera, then loudly asked": adverbs name no one, nor
        # does a time ("..., last month argued").
        while len(chunks) > 1 and names_no_one(chunks[-1]):
            chunks.pop()
        # Only a stretch closed by a comma before the cue can be an appositive
        # ("Trump, who spoke in Ohio, said"); "..., the State Department told" is the subject.
        closed = bool(chunks) and self._chunk_break(chunks[-1][-1][1], end)
        holder = None if closed else self._office_holder(chunks) or self._unclosed_role(chunks)
        if holder is not None:
            return holder
        named = self._titled_name(chunks) if closed else None
        if named is not None:
            return named
        while (
            len(chunks) > 1
            and closed
            and describes(chunks[-1])
            and not relative_subject(chunks[-1])
        ):
            chunks.pop()
        if not chunks:
            return None
        if chunks[-1][-1][2] in _COORDINATORS:
            coordinated = self._coordinated_subject(chunks, after_quote=after_quote)
            if coordinated is not None:
                return coordinated
        if closed and len(chunks) > 1 and not self._names(chunks[-1]):
            # "Ms Ortiz, during a visit to Tulsa, Oklahoma, said": a name opening the
            # clause, then what describes it, closed by a comma before the cue.
            opening = self._opening_name(chunks[0])
            if opening is not None:
                return opening
        # "Markets rallied after the Fed chair said": the subject of the cue's own clause
        speaker = self._clause_subject(
            own_clause(chunks[-1]), after_quote=after_quote, participle=participle
        )
        # "Ella Ward, who grew up in Keswick said", "Delta Analytics, which added", "The
        # group, which includes Iraq, Kuwait and Oman, said": the clause's "who" or "which"
        # is the name before it, and points at it as a pronoun does (its offsets are the
        # relative pronoun's); a list may follow it before a comma and the cue.
        clause = relative_clause(chunks, closed=bool(closed))
        # (not "Hale, who Moss on Friday called")
        if clause and not (len(chunks[clause]) > 1 and self._names(chunks[clause][1:])):
            return self._relative(chunks, clause, after_quote=after_quote) or speaker
        return speaker

    def _clause_subject(
        self, words: list[Word], *, after_quote: bool, participle: bool
    ) -> Speaker | None:
        """The speaker the words of the cue's own clause name; a "that" or "which" right
        after the phrase read ("a notice that said") is where its offsets point, as a
        pronoun's do (and as those of ", which said" do)."""
        speaker = self._resolve(words, last=True, after_quote=after_quote, subject_only=participle)
        relative = restrictive_relative(self.text, words) if speaker else None
        if speaker and relative and not self.text[speaker.end : relative[0]].strip():
            return Speaker(speaker.name, relative[0], relative[1])
        return speaker

    def _coordinated_subject(
        self, chunks: list[list[Word]], *, after_quote: bool
    ) -> Speaker | None:
        """A cue after "and" or "but" has the subject of the verb before it ("Ted Cruz knocked
        Rubio and called him"), of a predicate set off after it too ("Suu Kyi, 70, said ...
        but added"; not an owner: "One of Ana Ruiz's aides, ..., lives in Ohio and wrote")."""
        last = chunks[-1]
        if len(chunks) > 1 and is_predicate(last):
            index = len(chunks) - 2
            while index and describes(chunks[index]):
                index -= 1
            opener = self._clause_opener(chunks[index])
            owned = opener is not None and self.text.startswith(("’s", "'s"), opener.end)
            return None if owned else opener
        # (of the verb's own clause: "such as when| Banks knocked Moore on taxes and called")
        clause = own_clause(last, as_clause=False)
        opening = self.opening_subject(clause[0][0], clause[-1][1], auxiliary=True)
        words = self._words(opening.start, opening.end) if opening else []
        return (words and self._resolve(words, last=False, after_quote=after_quote)) or opening

    def _participle_subject(self, start: int, end: int) -> Speaker | None:
        """The subject of a participle: the nearest clause before it that names someone, "Mr
        Ruiz said Tuesday, adding" (not the "Ms Ortiz" of "After Ms Ortiz spoke, Mr Ruiz said
        Tuesday, adding")."""
        crowd = (
            self.crowd_right_before(start, end)
            or self.named_right_before(start, end)
            or self.with_right_before(start, end)
        )
        if crowd is not None:
            return crowd
        # "One aide tried to play down Ruiz’s remarks, saying": the clause's subject speaks,
        # not the name in its object
        clause = self.object_named(start, end)
        if clause is not None:
            return self.subject(*clause)
        chunks = [chunk for chunk in self._chunks(start, end) if chunk]
        for index in range(len(chunks) - 1, -1, -1):
            chunk = chunks[index]
            if index and is_gerund(chunk[0][2]):
                continue  # ", holding signs and chanting": a participle's, of the clause before
            if index and is_predicate(chunk):
                # "Ana Ruiz, a former mayor, endorsed Tom Lee on Monday, saying": a predicate
                # set off after its subject names its object; the person opening the clause
                # speaks
                opening = self._clause_opener(chunks[0])
                if opening is not None:
                    return opening
            first = self.owned(chunk)
            # "The former senator mocked Ms Ortiz, noting": a subject opening the clause.
            opening = self.opening_subject(chunk[0][0], chunk[-1][1])
            # (A person named inside or right after that subject is the speaker: "Tucson
            # Mayor Dale Ortiz said ..., adding" is Dale Ortiz.)
            if opening is not None and (first is None or opening.end + 1 < first.start):
                return opening
            if first is not None:
                return first
        return None

    def _clause_opener(self, words: list[Word]) -> Speaker | None:
        """The person or he/she opening a clause's first chunk: "Ana Ruiz", "76-year-old Ana
        Ruiz", "Former mayor Ana Ruiz" (not "After the vote", "In an interview with Ana
        Ruiz": a preposition opens no subject)."""
        if words[0][2] in NOT_SPEAKERS:
            return None
        first = self.first_speaker(words[0][0], words[-1][1])
        if first is None or not self.text.startswith(("’s ", "'s "), first.end):
            return first
        # "Oleg Marin’s spokesman, dismissing the claims, asked": the chunk is the whole
        # subject, the verb set off after it; what the name's possessive owns speaks (a
        # word that may be a verb left after it, "aides" not, or a preposition or verb before
        # the name, whose object it is: "In a march demanding Ruiz’s return": the owner, as
        # before)
        before = [word[2].lower() for word in words if word[1] <= first.start]
        owned = self._words(first.end + 3, words[-1][1])
        if not owned or any(map(_not_owned, before)) or any(_not_owned(w[2]) for w in owned):
            return first
        end = owned[-1][1]
        return self.first_speaker(owned[0][0], end) or Speaker(
            self.text[first.start : end], first.start, end
        )

    def _after_sentence_end(self, start: int, end: int) -> int:
        """Where the cue's sentence starts in ``start``..``end`` (:func:`sentence_start`)."""
        if ". " not in self.text[start:end]:
            return start  # (most stretches: no look needed)
        return sentence_start(self._words(start, end), start)

    def _adjacent_subject(self, start: int, end: int) -> Speaker | None:
        """A pronoun right before the cue at ``end``, adverbs and auxiliaries
        aside: "as she angrily said", "who has repeatedly called"."""
        words = self._words(max(start, end - _ADJACENT_REACH), end)
        while words and (words[-1][2] in lx.VERB_FILLERS or is_adverb(words[-1][2])):
            words.pop()
        # (The pronoun first: most words before a cue are none, and need no more look.)
        if not words or words[-1][2].lower() not in lx.PRONOUNS:
            return None
        word = words[-1]
        if word[2] == "who" and self.text[max(0, word[0] - 3) : word[0]].rstrip().endswith(","):
            return None  # ", who said": the phrase before it, read with the chunks
        if self._chunk_break(word[1], end):
            return None
        return self.antecedents.pronoun(word[0], word[1])

    def after_cue(self, start: int, end: int, *, pronoun: bool = True) -> Speaker | None:
        """The speaker in a phrase standing after its cue: "said Mr Trump, who ..."."""
        chunks = self._chunks(start, end)
        if not chunks or not chunks[0]:
            return None
        word = chunks[0][0][2]
        first = word.lower()
        # "said Will Doyle": a capital after the cue is a name, not the word "will".
        opener = first in lx.DETERMINERS or (pronoun and first in lx.QUANTIFIERS)
        if first in NOT_SPEAKERS and not opener and not word[0].isupper():
            return None
        if not pronoun and first in lx.PRONOUNS:
            return None
        speaker = self._resolve(chunks[0], last=False, after_quote=pronoun)
        # (a possessive names no one who speaks: "said his lawyer, Nina Hart", "exhorted
        # Miller's introducer, actress Julia Crane")
        named = chunks[0][1:] if first in lx.POSSESSIVES else chunks[0]
        if speaker is None or (named and self._names(named) and not self._owner(named)):
            return speaker
        # "said a local shopkeeper, Ramesh Kumar": the person a noun phrase is set off by
        return self.descriptions.set_off(chunks[0][-1][1]) or speaker

    def _owner(self, words: list[Word]) -> bool:
        """Whether ``words`` are a person's possessive and lower-case nouns only: "Clinton's
        introducer" (the person owns what speaks; not "Apple's Tim Cook")."""
        people = self.people.inside(words[0][0], words[-1][1], spilling=True)
        if len(people) != 1 or people[0].start != words[0][0]:
            return False
        owner = people[0]
        rest = [word for word in words if word[0] > owner.end]
        return (
            self.text.startswith(("’s", "'s"), owner.end)
            and bool(rest)
            and all(word[2].islower() for word in rest)
        )

    def signature(self, start: int, end: int) -> Speaker | None:
        """A name standing alone in ``start``..``end``: "Ana Ruiz", "Ana Ruiz, 34"; a name
        the stretch cut at a middle initial's point ("Ana B." of "Ana B. Ruiz") is the whole
        name."""
        words = self._words(start, end)
        if not words or len(words) > _MAX_SIGNATURE_WORDS:
            return None
        people = self.people.inside(start, end, spilling=True)
        if people and people[0].start == words[0][0]:
            return Speaker(name_of(people[0]), people[0].start, people[0].end)
        if not all(word[2][0].isupper() for word in words):
            return None
        return Speaker(self.text[words[0][0] : words[-1][1]], words[0][0], words[-1][1])

    def opening_subject(
        self, start: int, end: int, *, acting: bool = False, auxiliary: bool = False
    ) -> Speaker | None:
        """The noun phrase opening ``start``..``end`` when a verb follows it: "The agency
        declined ...", "This year's winner spoke ...", "Journalist Ana Ruiz corrected ...";
        ``acting``: not when that verb is a form of "be", which says what the subject is,
        not that it speaks ("Elm Street was the old route of the “midnight express”",
        "The plan is to paint a bridge that is a regular target of “graffiti”");
        ``auxiliary``: an auxiliary may be that verb, as before a cue coordinated with it ("The
        mayor did not resign but said"; a quote with no cue is rather what the subject does:
        "The bridge would be paid for by “a toll on trucks”")."""
        words = self._words(start, min(end, start + _OPENING_REACH))
        if set_off_opener(self.text, words) and not self._names(words[:1]):
            words = words[1:]  # "Instead, the statement focused on ...": "the statement"
        words = words[: _MAX_OPENING_WORDS + 1]
        if words and words[0][2].lower() in RELATIVES:
            # ", who has come under pressure, adding": a relative clause stands for the
            # phrase before it, and names no subject of its own
            return None
        for index, word in enumerate(words):
            lowered = word[2]
            if not index or not lowered.islower() or lowered in lx.DETERMINERS:
                continue
            if self.text[words[index - 1][1] : word[0]].strip():
                return None  # "The agency, which ...": no subject right before its verb
            acts = auxiliary and lowered in lx.AUXILIARIES
            if lowered in NOT_SPEAKERS and lowered not in lx.VERB_FILLERS and not acts:
                return None  # "The paradox of ...": a preposition, not a verb
            if acting and is_being(words, index):
                return None
            if index == 1 and lowered.isalpha() and words[0][2].lower() in _BARE_VERB_PRONOUNS:
                # "They think ...", "We hope ...": a pronoun whose verb has no ending to read
                return self.pronoun_phrase(words[:1])
            # (a noun for people is no verb in "-s": "about 350 protesters gathered"; nor is
            # a plural with a verb right after it: "Several neighborhood clubs gave")
            if (
                (acts or is_verb(lowered))
                and lowered not in PEOPLE_NOUNS
                and not plural_before_verb(words, index)
                and names_someone(words[:index])
            ):
                phrase = noun_phrase(words[:index], after_quote=False)
                if not phrase:
                    return None
                # "He's also instructed", "It goes on to fault ..., saying": who a pronoun is
                start, end = phrase[0][0], phrase[-1][1]
                return self.pronoun_phrase(phrase) or Speaker(self.text[start:end], start, end)
        return None

    def speech_owner(self, start: int, end: int) -> Speaker | None:
        """The owner of the words ``start``..``end`` opens with: "The Ohio governor’s
        answer was that “...”", "Her message to investors was blunt: “...”"."""
        owned = lx.OWNED_SPEECH.match(self.text, start, end)
        if owned is None:
            return None
        if owned.group("pronoun"):
            low, high = owned.span("pronoun")
            return self.antecedents.pronoun(
                low, high, lx.POSSESSIVES[owned.group("pronoun").lower()]
            )
        low, high = owned.span("owner")
        return self.first_speaker(low, high) or Speaker(self.text[low:high], low, high)

    def lead(self, start: int, end: int) -> tuple[Speaker, str] | None:
        """A speaker opening ``start``..``end`` and the verb right after it: '” he mocks'."""
        words = self._words(start, min(end, start + 120))[:6]
        if len(words) < 2 or self.text[start : words[0][0]].strip(" \u00a0,") != "":
            return None
        first = words[0]
        speaker: Speaker | None = None
        rest = words[1:]
        if first[2].lower() in lx.PRONOUNS and first[2].lower() != "who":
            speaker = self.antecedents.pronoun(first[0], first[1])
        else:
            people = self.people.inside(first[0], words[-1][1])
            opening = described_opening(words)
            if people and people[0].start in (first[0], opening):
                person = people[0]
                speaker = Speaker(name_of(person), person.start, person.end)
                rest = [word for word in words if word[0] >= person.end]
        if speaker is None or not rest:
            return None
        start, _, verb = rest[0]
        verb = verb.removesuffix(".")  # the sentence's full stop: "” Bennett retaliated."
        if not verb.isalpha() or not verb.islower() or verb in NOT_SPEAKERS:
            return None
        if self.text[speaker.end : start].strip():
            return None
        return speaker, verb

    def nearest_person(self, offset: int, floor: int) -> Speaker | None:
        """The person mentioned last before ``offset``, not before ``floor``."""
        before = [f for f in self.people.before(offset) if not self.antecedents.in_quote(f.start)]
        if before and before[-1].start >= floor:
            person = before[-1]
            return Speaker(name_of(person), person.start, person.end)
        return None


def _not_owned(word: str) -> bool:
    """Whether a word after a name's possessive may be a verb or a function word, and not
    part of what the name owns: "Ruiz’s plan| calls for", "Ruiz’s| in" (not "Ruiz’s aides")."""
    nouns = word in lx.RELATIONAL_NOUNS or word in PEOPLE_NOUNS
    return (is_verb(word) and not nouns) or word in NOT_SPEAKERS
