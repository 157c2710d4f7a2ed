"""A speaker phrase read and resolved: its words, the chunks commas and dashes split it
into, and who its words name: a person or organization of the article, a pronoun's
antecedent (:mod:`newsfacts_quotes.pronouns`), the holder of a role named alone
(:mod:`newsfacts_quotes.roles`), or the noun phrase itself. Where such a phrase stands
next to a cue is read by :class:`newsfacts_quotes.speakers.Speakers`, built on
:class:`SpeakerPhrases`."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import newsfacts
from newsfacts.plugin import PEOPLE_NOUNS, Person, compiled, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.bodies import body_of
from newsfacts_quotes.described import Descriptions
from newsfacts_quotes.kinds import kind_length, names_a_kind
from newsfacts_quotes.mentions import (
    MentionIndex,
    Speaker,
    before_brackets,
    name_of,
    person_of_surname,
    position,
    titled_person,
    titles_someone,
)
from newsfacts_quotes.nationals import Nationals
from newsfacts_quotes.phrases import (
    NOT_SPEAKERS,
    Word,
    is_verb,
    issuer,
    lone_surname,
    noun_phrase,
)
from newsfacts_quotes.pronouns import Antecedents
from newsfacts_quotes.role_subjects import RoleSubjects
from newsfacts_quotes.roles import RoleHolders
from newsfacts_quotes.speaker_words import cue_opened, glued_name, kind_words, pronoun_length

_PREPOSITION_REACH = 40
_KIND_REACH = 40  # the words read after an organization for a noun for people, and before it
_CHUNK_BREAK = compiled(r"[,;—–]|\s-\s")
_ANTECEDENT_LOOKBACK = 40  # person mentions looked at to resolve a pronoun
# What a possessive pronoun owns when its owner speaks: "her tweet said", "his statement"
_OWNED = lx.DOCUMENTS | lx.SPEECH_NOUNS
_MAX_OWNED_WORDS = 3  # "her second tweet"
# Nouns for one person after a nationality ("the Spanish star"), besides the relational nouns
# and the core's nouns for people (data/national_heads.txt)
_NATIONAL_HEADS = read_words("newsfacts_quotes", "national_heads.txt")
# Groups a person's name after "the" says whose they are (data/named_bodies.txt)
_NAMED_BODIES = read_words("newsfacts_quotes", "named_bodies.txt")
_THE_BEFORE = compiled(r"(?<!\p{L})[Tt]he[ \u00a0]++\Z")


class SpeakerPhrases:
    """The words of the phrases next to cues, resolved with the article's people and
    organizations."""

    def __init__(
        self,
        text: str,
        people: Sequence[newsfacts.Fact],
        organizations: Sequence[newsfacts.Fact],
        quoted: Sequence[tuple[int, int]] = (),
        stories: Sequence[int] = (),
    ) -> None:
        self.text = text
        # (No one named in an earlier story of the article is looked back to: ``stories``.)
        self.people = MentionIndex(people, _ANTECEDENT_LOOKBACK, stories)
        self.organizations = MentionIndex(organizations, _ANTECEDENT_LOOKBACK, stories)
        self.antecedents = Antecedents(text, self.people, self.organizations, quoted)
        self.antecedents.roles = RoleSubjects(text, self._role_holder, self.antecedents.in_quote)
        self.nationals = Nationals(text, people)
        self.descriptions = Descriptions(text, self.people)
        # The words of the stretches read so far (see :meth:`_words`).
        self._read: dict[tuple[int, int], list[Word]] = {}

    @functools.cached_property
    def holders(self) -> RoleHolders:
        # Read on the first speaker named by a role alone ("the mayor said"): most articles
        # quote none, and reading every person's title and role for them cost more than
        # resolving their speakers.
        return RoleHolders(self.people.facts)

    def _words(self, start: int, end: int) -> list[Word]:
        # Each stretch read once: a quote's checks read most of theirs two or three times
        # (the phrase before a cue whole, its chunks, its last words before the cue).
        key = (start, end)
        read = self._read.get(key)
        if read is None:
            read = self._read[key] = lx.placed_words(self.text, start, end)
        return list(read)  # (a copy: its readers pop the words they skip)

    def _chunk_break(self, start: int, end: int) -> bool:
        """Whether a comma, semicolon or dash stands in ``start``..``end``."""
        stretch = self.text[start:end]
        # (Most stretches read are the space between two words: no look needed.)
        if stretch == " " or lx.plain(stretch):
            return False
        return _CHUNK_BREAK.search(self.text, start, end) is not None

    def _chunks(self, start: int, end: int) -> list[list[Word]]:
        chunks: list[list[Word]] = [[]]
        position = start
        for word in self._words(start, end):
            if self._chunk_break(position, word[0]):
                chunks.append([])
            chunks[-1].append(word)
            position = word[1]
        return chunks

    def _names(self, words: list[Word]) -> bool:
        start, end = words[0][0], words[-1][1]
        return bool(self.people.inside(start, end) or self.organizations.inside(start, end)) or any(
            word[2].lower() in lx.PRONOUNS for word in words
        )

    def _after_preposition(self, offset: int) -> bool:
        # "on Twitter", "to the State Department": an organization that is no subject; nor is
        # one after what kind of body it is ("Ana Ruiz of the law firm Cole & Lee said").
        words = self._words(max(0, offset - _PREPOSITION_REACH), offset)
        kind = kind_words(words)
        if kind:
            return words[-2 - kind][2] in lx.TRAILING_PREPOSITIONS
        if words and words[-1][2].lower() in lx.DETERMINERS:
            words = words[:-1]
        return bool(words) and words[-1][2] in NOT_SPEAKERS

    def first_speaker(self, start: int, end: int) -> Speaker | None:
        """The first person or he/she in ``start``..``end``."""
        # A name or pronoun said inside quoted words is not the one quoting them.
        people = [
            f for f in self.people.inside(start, end) if not self.antecedents.in_quote(f.start)
        ]
        people += [
            f
            for f in self.organizations.inside(start, end)
            if not self.antecedents.in_quote(f.start)
            and not self._after_preposition(f.start)
            and not titles_someone(self.text, f, people)
        ]
        people.sort(key=position)
        for word in self._words(start, end):
            if people and people[0].start <= word[0]:
                first = people[0]
                kind = None if isinstance(first, Person) else self._kind_of_person(first, end)
                return (
                    kind
                    or self._surname_of_person(first)
                    or Speaker(name_of(first), first.start, first.end)
                )
            gendered = lx.PRONOUNS.get(word[2].lower(), "self") in ("m", "f")
            if gendered and not self.antecedents.in_quote(word[0]):
                return self.antecedents.pronoun(word[0], word[1])
        return None

    def owned(self, chunk: list[Word]) -> Speaker | None:
        """The first speaker of a clause's ``chunk``, or when a name's possessive opens its
        subject, who that subject names before its verb: a person ("Ada Okafor’s
        campaign manager Tom Reyes said"), else the owner and what it owns ("Ryan’s campaign
        shrugged off"); None for a possessive after a verb or preposition ("tried to play down
        Ortiz’s remarks": the object)."""
        first = self.first_speaker(chunk[0][0], chunk[-1][1])
        if first is None or not self.text.startswith(("’s", "'s"), first.end):
            return first
        before = [word[2] for word in chunk if word[1] <= first.start]
        if any(is_verb(word) or word in NOT_SPEAKERS for word in before):
            return None
        words = self._words(first.end + 2, chunk[-1][1])
        stop = next((i for i, w in enumerate(words) if is_verb(w[2]) or w[2] in NOT_SPEAKERS), 0)
        if not stop:
            return None
        end = words[stop - 1][1]
        return self.first_speaker(words[0][0], end) or Speaker(
            self.text[first.start : end], first.start, end
        )

    def _kind_of_person(self, organization: newsfacts.Fact, end: int) -> Speaker | None:
        """ "The Labour leader, who ..., adding": an organization that a noun for people follows
        says what kind of person speaks (:func:`kind_length`), and the phrase is read as one
        naming no one: the person the article named with that role, else the phrase."""
        rest = self._words(organization.end, min(end, organization.end + _KIND_REACH))
        length = kind_length(rest) if self.text.startswith(" ", organization.end) else 0
        if not length or self._chunk_break(organization.end, rest[length - 1][0]):
            return None
        before = self._words(max(0, organization.start - _KIND_REACH), organization.start)[-1:]
        if not (before and before[0][2].lower() in lx.DETERMINERS):
            before = []
        words = before + self._words(organization.start, rest[length - 1][1])
        return self._resolve(words, last=True)

    def _resolve(
        self,
        words: list[Word],
        *,
        last: bool,
        after_quote: bool = False,
        subject_only: bool = False,
    ) -> Speaker | None:
        start, end = words[0][0], words[-1][1]
        # The name nearest the cue: "In a letter to Hillary Clinton - the State Department";
        # not an organization after a preposition when a person is named ("Ana Ruiz took to
        # Twitter to call"). A person's name may go on past the phrase's end: "said Jason C.
        # Ervin" (the phrase stops at the initial's full stop).
        # (not one glued to the word before it, a compound's modifier: "the anti-GOP/Obama
        # headline reads", "anti-Trump protesters chanted")
        people = [
            f for f in self.people.inside(start, end, spilling=True) if not glued_name(self.text, f)
        ]
        # (not one named inside a short quote the phrase holds: "published a letter on the
        # “Ruiz plan” and called")
        quoting = self.antecedents.quote_inside(start, end)
        if quoting:
            people = [f for f in people if not self.antecedents.in_quote(f.start)]
        cut = None if people else self._cut_by_cue(start)
        if cut is not None:
            return cut
        named = people + [
            org
            for org in self.organizations.inside(start, end)
            if not (quoting and self.antecedents.in_quote(org.start))
            and not ((people or subject_only) and last and self._after_preposition(org.start))
            and not titles_someone(self.text, org, people)  # "House Majority Leader Ann Lu"
            and not names_a_kind(
                self._words(org.end, end), spaced=self.text.startswith(" ", org.end)
            )
        ]
        if named:
            fact = max(named, key=position) if last else min(named, key=position)
            fact = before_brackets(self.text, fact, named) or fact
            fact = titled_person(self.text, fact, people) or fact
            body = self._named_body(fact, end)
            if body is not None:
                return body
            surname = self._surname_of_person(fact)
            if surname is not None:
                return surname
            return (
                self.descriptions.described(words, fact, after_quote=after_quote)
                or self.descriptions.owned_name(words, fact)
                or Speaker(name_of(fact), fact.start, fact.end)
            )
        pronoun = words[-1] if last else words[0]
        if pronoun[2].lower() in lx.PRONOUNS and (len(words) <= 2 or not last):
            return self.antecedents.pronoun(pronoun[0], pronoun[1])
        possessive = lx.POSSESSIVES.get(pronoun[2].lower()) if last else None
        if possessive is not None:
            # "..., won over students with her calls to scrap the “...”": a cue that a
            # possessive owns is a noun, its owner's ("his call for")
            return self.antecedents.pronoun(pronoun[0], pronoun[1], possessive)
        opening = words[0]
        if last and opening[2].lower() in lx.PRONOUNS and is_verb(words[1][2]):
            # "She met 3,000 backers in Tulsa and told them": a pronoun and its verb
            # open the clause, the pronoun is who speaks
            return self.antecedents.pronoun(opening[0], opening[1])
        if len(words) == 1 and opening[2].lower() in lx.OBJECT_PRONOUNS:
            # "According to him, “...”", "was called “a disgrace” by her"
            kind = lx.OBJECT_PRONOUNS[opening[2].lower()]
            return self._lone_pronoun(opening[0], opening[1], kind)
        owner = self._owner_of_words(words)
        if owner is not None:
            return owner
        phrase = (
            issuer(words)
            or lone_surname(words, after_quote=after_quote)
            or noun_phrase(words, after_quote=after_quote)
        )
        if not phrase:
            return None
        lone = self.pronoun_phrase(phrase)
        if lone is not None:
            return lone
        start, end = phrase[0][0], phrase[-1][1]
        before = [word[2].lower() for word in words if word[1] <= start][-1:]
        name = None
        if before == ["the"]:
            bodies = self.organizations.before(start)  # "the company said"
            name = (
                self._role_holder(phrase, start)
                or self._national(phrase)
                or body_of(self.text, phrase, bodies, self.antecedents.in_quote)
            )
        elif not before and not self.people.before(start):
            name = self._named_after(phrase, start)
        return Speaker(name or self.text[start:end], start, end)

    def _named_after(self, phrase: list[Word], start: int) -> str | None:
        """A speaker named before anyone else, as a headline names one ("Hall vows to
        rebuild", "Mayor vows ..."): the article's one person of that surname, or its one
        holder of that role, both named in full only later."""
        if len(phrase) == 1 and phrase[0][2].istitle():
            surname = " " + phrase[0][2]
            bearers = {name_of(f) for f in self.people.facts if name_of(f).endswith(surname)}
            if len(bearers) == 1:
                return bearers.pop()
        return self._role_holder(phrase, start)

    def _owner_of_words(self, words: list[Word]) -> Speaker | None:
        """Whom a possessive pronoun stands for, when it owns a short phrase ending in words
        said or a document: "her second tweet said", "his statement read" (as "Ana
        Ruiz's tweet said" is Ana Ruiz's); None when no one fits it."""
        kind = lx.POSSESSIVES.get(words[0][2].lower())
        if kind is None or len(words) > _MAX_OWNED_WORDS or words[-1][2].lower() not in _OWNED:
            return None
        speaker = self.antecedents.pronoun(words[0][0], words[0][1], kind)
        return speaker if speaker.name is not None else None

    def _named_body(self, fact: newsfacts.Fact, end: int) -> Speaker | None:
        """ "the Lopez family said", "the Trump campaign said": a person's name after "the"
        and before a noun for a group (data/named_bodies.txt), up to ``end``, says whose the
        group is; the group speaks, not that person."""
        if not isinstance(fact, Person) or not self.text.startswith(" ", fact.end):
            return None
        after = self._words(fact.end, end)[:1]
        if not after or after[0][2] not in _NAMED_BODIES:
            return None
        if _THE_BEFORE.search(self.text, max(0, fact.start - 5), fact.start) is None:
            return None
        return Speaker(self.text[fact.start : after[0][1]], fact.start, after[0][1])

    def _surname_of_person(self, fact: newsfacts.Fact) -> Speaker | None:
        """ "Mayor Don Herald ... Herald said": an organization's word that a person of the
        article bears (:func:`person_of_surname`)."""
        before = fact.start
        name = person_of_surname(
            self.text, fact, self.people.before(before), self.organizations.before(before)
        )
        return None if name is None else Speaker(name, fact.start, fact.end)

    def _cut_by_cue(self, start: int) -> Speaker | None:
        """ "Stated Stone: “...”", "Said Comey, “...”": a cue opening a sentence before a
        surname, which the people field reads as one name ("Stated Stone"); the speaker is
        the person the article named before with that surname ("Roger Stone"). None when
        no mention so opened holds ``start``, or no one was so named ("Said Hassan" may be
        a name)."""
        mention = self.people.before(start)[-1:]
        if not mention or mention[0].end <= start or not cue_opened(mention[0].text):
            return None
        fact = mention[0]
        surname = " " + self.text[start : fact.end]
        for person in reversed(self.people.before(fact.start)):
            name = name_of(person)
            if (
                name.endswith(surname)
                and not cue_opened(name)
                and not self.antecedents.in_quote(person.start)
            ):
                return Speaker(name, start, fact.end)
        return None

    def pronoun_phrase(self, phrase: list[Word]) -> Speaker | None:
        """The speaker of a noun phrase that is one pronoun once its other words are cut
        ("he" of "he did say", "he's said"), as :meth:`_lone_pronoun` reads it; None for any
        other phrase."""
        length = pronoun_length(phrase)
        if not length:
            return None
        start = phrase[0][0]
        end = start + length
        return self._lone_pronoun(start, end, lx.PRONOUNS[self.text[start:end].lower()])

    def _lone_pronoun(self, start: int, end: int, kind: str) -> Speaker:
        """ "he did say", "he will say", "he's said", "according to him": a pronoun that
        speaks, its verb's auxiliary or adverb cut, or an object pronoun alone, stands for a
        person (``kind``, as in ``data/pronouns.tsv``) as "he said" does; an "it", "they" or
        "them" so read is left unresolved ("On his website, ... “...,” it now says" is no
        organization named before it)."""
        if kind in ("m", "f", "any"):
            return self.antecedents.pronoun(start, end, kind)
        return Speaker(None, start, end)

    def _national(self, phrase: list[Word]) -> str | None:
        """ "the Spaniard said", "the 22-year-old Brazilian told reporters", "the Spanish
        coach said": the one person the article says is of that country
        (:mod:`newsfacts_quotes.nationals`)."""
        if not any(word[2][:1].isupper() for word in phrase[:-1]):
            return self.nationals.holder(phrase[-1][2])
        head = phrase[-1][2].lower()
        if (
            len(phrase) > 1
            and not any(word[2][:1].isupper() for word in phrase[1:])
            and (head in lx.RELATIONAL_NOUNS or head in PEOPLE_NOUNS or head in _NATIONAL_HEADS)
        ):
            return self.nationals.holder(phrase[0][2], adjective=True)
        return None  # "the Brazilian Football Confederation", "the British government"

    def _role_holder(self, phrase: list[Word], start: int) -> str | None:
        """ "the mayor said": the person the article last named "Mayor Karen Bass" (or
        "Karen Bass, the city's mayor"), with no one between who may be the mayor too
        (:mod:`newsfacts_quotes.roles`)."""
        people = [f for f in self.people.before(start) if not self.antecedents.in_quote(f.start)]
        return self.holders.holder([word[2] for word in phrase], people)
