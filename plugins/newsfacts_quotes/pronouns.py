"""Whom a pronoun that speaks stands for: the nearest person (or organization) before it
whose gender fits, not one named inside a quote nor as one who died."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex

import newsfacts
from newsfacts.plugin import Person, compiled
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.manner_subjects import manner_subject
from newsfacts_quotes.mentions import MentionIndex, Speaker, name_of
from newsfacts_quotes.role_subjects import RoleSubjects
from newsfacts_quotes.thing_subjects import ThingSubjects

# Mentions looked through for one whose gender fits "he"/"she" before the nearest person of
# unknown gender is taken ("Trump ... Roseanne Barr ... she tweeted").
_GENDER_LOOKBACK = 2
# Persons looked through past one named as no subject ("Crane’s plan", "a demand of Crane") for
# the subject of its sentence or of a clause of it whose gender fits a "he" or "she"
# (Antecedents._subject_past_owner).
_OWNER_LOOKBACK = 3
_PREPOSITION_REACH = 12  # characters read before a name for a preposition whose object it is
# How far after a pronoun no one before fits its speaker may be named (a sentence or two).
_NEXT_REACH = 300
# What stands before a name that opens a sentence or clause: a mark, then maybe one or two
# capitalized words of a title the name's mention leaves out ("Pastor Ben Ortiz").
_OPENS_CLAUSE = compiled(r"(?:\A|[.,;:!?\"”’—\n])\s*+(?:\p{Lu}[\p{L}.’']*+\s++){0,2}\Z")


# ", who" and the words of its clause before a name, none a comma or sentence mark: the
# name is inside a relative clause about whom ", who" follows
_RELATIVE_BEFORE = compiled(r",[ \u00a0]++who\b[^,.;:!?\n]*+\Z")
_RELATIVE_REACH = 160
# ", whom" (or ", with whom") right before a pronoun: the pronoun is the relative clause's
# subject, someone other than the one "whom" stands for ("Harlan, whom he called a
# “fraud”")
_WHOM_BEFORE = compiled(r",[ \u00a0]++(?:(?!whom\b)\p{Ll}++[ \u00a0]++)?+whom[ \u00a0]++\Z")
# A sentence's end between an antecedent and its pronoun
_SENTENCE_END = compiled(r"[.!?][\"”’]?+\s++\p{Lu}|\n")
# "the" before a name and a lower-case word after it: the name says whose a thing is ("the
# Trump campaign", "the Biden administration") and is no antecedent of a pronoun after it.
_THE_BEFORE = compiled(r"(?<!\p{L})[Tt]he[ \u00a0]++\Z")
_LOWER_AFTER = compiled(r"[ \u00a0]\p{Ll}")
# A capitalized word of a quote ("Trump" of "Trump’s", "Bush" of "Bush-backed")
_CAPITALIZED = compiled(r"\p{Lu}\p{L}*+")


class Antecedents:
    """Resolves the pronouns of one article to its people and organizations."""

    def __init__(
        self,
        text: str,
        people: MentionIndex,
        organizations: MentionIndex,
        quoted: Sequence[tuple[int, int]],
    ) -> None:
        self.text = text
        self.people = people
        self.organizations = organizations
        # The quoted stretches (ascending, disjoint): a name said inside a quote is no
        # antecedent of the pronoun that attributes it ('“Trump has freed ...,” she tweeted').
        self.quoted = sorted(quoted)
        self.quoted_starts = [stretch[0] for stretch in self.quoted]
        # The role nouns that opened a sentence and spoke ("The chief constable said"), set
        # by SpeakerPhrases, which reads who holds a role.
        self.roles: RoleSubjects | None = None
        # The things that spoke ("the newspaper admitted"), for an "it" after them.
        self.things = ThingSubjects(text, self.in_quote)
        # The quote being attributed, and its capitalized words (read when a pronoun of it
        # is first resolved): whom a quote names is not who says it.
        self.quote: tuple[int, int] | None = None
        self._quote_words: frozenset[str] | None = None

    def attributing(self, quote: tuple[int, int] | None) -> None:
        """Sets the quote whose speaker is resolved next (None: no quote's)."""
        self.quote = quote
        self._quote_words = None

    def _named_in_quote(self, fact: newsfacts.Fact) -> bool:
        """Whether the quote being attributed names ``fact``'s last name: '“Voters see through
        Ramos,” he said' is not said by Ramos (a "he" or "she" only: the members of a council
        name it, "they said")."""
        if self.quote is None:
            return False
        if self._quote_words is None:
            self._quote_words = frozenset(
                _CAPITALIZED.findall(self.text, self.quote[0], self.quote[1])
            )
        return name_of(fact).rsplit(None, 1)[-1] in self._quote_words

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` stands inside a quoted stretch."""
        index = bisect.bisect_right(self.quoted_starts, offset) - 1
        return index >= 0 and offset < self.quoted[index][1]

    def quote_inside(self, start: int, end: int) -> bool:
        """Whether a quoted stretch opens in ``start``..``end`` (most stretches before a cue
        hold none: no name of theirs to look up)."""
        index = bisect.bisect_left(self.quoted_starts, start)
        return index < len(self.quoted_starts) and self.quoted_starts[index] < end

    def _antecedent(self, fact: newsfacts.Fact) -> bool:
        """Not named in a quote, nor as one who died ("after the death of Pope Francis"),
        nor as whose a thing is ("the Trump campaign"), nor inside a relative clause about a
        person named before it ("Al-Sharaa, who took power after the fall of Bashar al-Assad,
        thanked ...": the pronoun after is Al-Sharaa's)."""
        dead = lx.DEAD_BEFORE.match(self.text, max(0, fact.start - 60), fact.start)
        return (
            dead is None
            and not self.in_quote(fact.start)
            and not self._in_relative(fact)
            and not self._modifier(fact)
        )

    def _modifier(self, fact: newsfacts.Fact) -> bool:
        # (A person's name only: "the" opens most organizations' names, "the council said".)
        return (
            isinstance(fact, Person)
            and _LOWER_AFTER.match(self.text, fact.end) is not None
            and _THE_BEFORE.search(self.text, max(0, fact.start - 5), fact.start) is not None
        )

    def _in_relative(self, fact: newsfacts.Fact) -> bool:
        relative = _RELATIVE_BEFORE.search(
            self.text, max(0, fact.start - _RELATIVE_REACH), fact.start
        )
        if relative is None:
            return False
        head = self.people.before(relative.start() + 1)
        return bool(head) and head[-1].end == relative.start()

    def _paragraph_between(self, start: int, end: int) -> bool:
        return self.text.find("\n", start, end) >= 0

    def pronoun(self, start: int, end: int, kind: str | None = None) -> Speaker:
        """A pronoun speaker, resolved to the nearest person (or organization) it fits
        (``kind``: the gender it names, when it is no pronoun of ``data/pronouns.tsv``, as a
        possessive one).

        An unresolved pronoun ("I" of the writer, "she" with no fitting person before it)
        still marks who speaks: its name is None, its offsets point at the pronoun. A role
        noun that opened a sentence and spoke after the person found, or with no one found
        (:mod:`newsfacts_quotes.role_subjects`), is whom a "he" or "she" goes on with.
        """
        kind = kind or lx.PRONOUNS[self.text[start:end].lower()]
        speaker, found_at = self._nearest(start, end, kind)
        if kind == "org" and self.text[start:end].lower() == "it":
            thing = self.things.last(start, found_at)
            if thing is not None:
                return Speaker(thing, start, end)
        if kind in ("m", "f") and self.roles is not None:
            role = self.roles.last(start, found_at)
            if role is not None:
                return Speaker(role[0], start, end)
        return speaker

    def _nearest(self, start: int, end: int, kind: str) -> tuple[Speaker, int]:
        """The pronoun's speaker as the people and organizations named say, and where the
        mention it stands for ends (0 with none before it)."""
        named = self.organizations if kind == "org" else self.people
        before = named.before(start) if kind != "self" else ()
        subject = self._whom_subject(start, kind, before)
        if subject is not None:
            return Speaker(name_of(subject), start, end), subject.end
        if before:
            unknown: newsfacts.Fact | None = None
            # Nearest first, each looked at only when reached (most pronouns: the first).
            other = self._whom_before(start)
            candidates = (
                f
                for f in reversed(before)
                if self._antecedent(f)
                and name_of(f) != other
                and not (kind in ("m", "f") and self._named_in_quote(f))
            )
            for rank, fact in enumerate(candidates):
                if unknown is not None and (
                    rank >= _GENDER_LOOKBACK or self._paragraph_between(fact.end, unknown.start)
                ):
                    break  # the nearer person of unknown gender, unless one of its paragraph fits
                known = fact.gender if isinstance(fact, Person) else None
                if kind not in ("m", "f") or known == kind:
                    if kind in ("m", "f") and self._no_subject(fact):
                        fact = self._subject_past_owner(candidates, fact, kind)
                    return Speaker(name_of(fact), start, end), fact.end
                if known is None and unknown is None:
                    unknown = fact
            if unknown is not None:
                return Speaker(name_of(unknown), start, end), unknown.end
        later = self._named_next(end, kind) if kind in ("m", "f") else None
        if later is None and kind in ("m", "f"):
            # "Kganyago was blunt. “We will not cut,” he said": a name no field found
            manner = manner_subject(self.text, start)
            if manner is not None and not self.in_quote(manner[1]):
                return Speaker(manner[0], start, end), manner[2]
        return Speaker(name_of(later) if later is not None else None, start, end), 0

    def _no_subject(self, fact: newsfacts.Fact) -> bool:
        """Whether a person is named as no subject: as an owner ("Crane’s plan", "Mr. Hale's
        lawyer") or as a preposition's object ("a demand of Crane", "a talk with Mr. Hale")."""
        if self.text.startswith(("’s", "'s", "’ ", "' "), fact.end):
            return True
        before = self.text[max(0, fact.start - _PREPOSITION_REACH) : fact.start]
        words = before.split()
        return before.endswith(" ") and bool(words) and words[-1] in lx.TRAILING_PREPOSITIONS

    def _subject_past_owner(
        self, candidates: Iterator[newsfacts.Fact], owner: newsfacts.Fact, kind: str
    ) -> newsfacts.Fact:
        """'Mayor Hale has spoken of Dan Crane’s arrest. ... he said on Monday', 'Mr. Hale
        called the suit the work of Mr. Crane's lawyer. “...,” he said': a person named as an
        owner or a preposition's object, nearest a "he" or "she", gives way to a person before
        it in its sentence whose gender fits and who opens that sentence or a clause of it,
        its subject; the owner stays when none does ('Ortiz’s plan was voted down. “...,” she
        said')."""
        for rank, fact in enumerate(candidates):
            # (the owner's first letter read too: a sentence's end is a stop before a capital)
            ended = _SENTENCE_END.search(self.text, fact.end, owner.start + 1) is not None
            if rank >= _OWNER_LOOKBACK or ended:
                break
            known = fact.gender if isinstance(fact, Person) else None
            if known != kind or self._no_subject(fact):
                continue
            if _OPENS_CLAUSE.search(self.text, max(0, fact.start - 40), fact.start) is not None:
                return fact
        return owner

    def _whom_subject(
        self, start: int, kind: str, before: Sequence[newsfacts.Fact]
    ) -> newsfacts.Fact | None:
        """ "Lopez attacked Grant ... and contrasted the Democratic nominee, whom he
        described as “reckless”": a "he" or "she" right after "whom" (or "with whom") is
        the subject of the sentence's main clause, not the one "whom" stands for: the
        nearest person of the sentence before it who opens a sentence or clause and whose
        gender fits; None when no one does (the nearest person who fits is read then)."""
        if kind not in ("m", "f") or self._whom(start) is None:
            return None
        for fact in reversed(before):
            if _SENTENCE_END.search(self.text, fact.end, start) is not None:
                return None
            known = fact.gender if isinstance(fact, Person) else None
            opens = _OPENS_CLAUSE.search(self.text, max(0, fact.start - 40), fact.start)
            if known in (kind, None) and opens is not None and self._antecedent(fact):
                return fact
        return None

    def _whom(self, start: int) -> regex.Match[str] | None:
        return _WHOM_BEFORE.search(self.text, max(0, start - 20), start)

    def _whom_before(self, start: int) -> str | None:
        """The name "whom" stands for right before a pronoun: "Trump" of "of Trump, whom he
        called" (he is not Trump); None if none."""
        whom = self._whom(start)
        if whom is None:
            return None
        head = self.people.before(whom.start() + 1)
        return name_of(head[-1]) if head and head[-1].end == whom.start() else None

    def _named_next(self, end: int, kind: str) -> newsfacts.Fact | None:
        """'“It's about respect,” he said. Rodriguez, 31, joined in 2018.', 'After he
        blasted the Harry Potter books, Pastor Kevin Swanson ...': a "he" or "she" that no one
        named before fits is the next person of its paragraph who opens a sentence or
        clause, outside quotes, when that person's gender fits or is unknown."""
        # (The paragraph's end looked for within the reach only: a search to the end of a
        # long paragraph for each pronoun is quadratic.)
        limit = min(len(self.text), end + _NEXT_REACH)
        paragraph_end = self.text.find("\n", end, limit)
        limit = limit if paragraph_end < 0 else paragraph_end
        for fact in self.people.inside(end, limit):
            opens = _OPENS_CLAUSE.search(self.text, max(0, fact.start - 40), fact.start)
            if self.in_quote(fact.start) or opens is None:
                continue
            known = fact.gender if isinstance(fact, Person) else None
            return fact if known in (kind, None) else None
        return None
