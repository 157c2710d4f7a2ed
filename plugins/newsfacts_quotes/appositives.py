"""Speakers named beside what describes them, before the cue: a role set off after a name
whose closing comma is left out ("Karim Hadi, the director of the Nile Trust said"), a name
set off after a noun for people ("his counsel, advocate Meera Iyer, told"), and the name a
relative "who" or "which" stands for ("Lena Ortiz, who grew up in Tulsa, said")."""

from __future__ import annotations

from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.crowds import CrowdSpeakers
from newsfacts_quotes.mentions import Speaker, name_of
from newsfacts_quotes.phrases import Word, antecedent, describes, set_apart

_MAX_TITLE_WORDS = 2  # lower-case words of a title before a name: "senior counsel Ana Ruiz"
_ROLE_NOUNS = lx.RELATIONAL_NOUNS | lx.OFFICE_NOUNS  # one person's, after a name


class AppositiveSpeakers(CrowdSpeakers):
    """Finds the person a phrase set off by commas before the cue describes, or who
    describes a noun for people (:meth:`newsfacts_quotes.speakers.Speakers.subject` asks)."""

    def _titled_name(self, chunks: list[list[Word]]) -> Speaker | None:
        """ "his counsel, advocate Meera Iyer, told": the person a noun for people is set off
        by, after up to two lower-case words of a title, in the last chunk before the cue
        (not "who spoke at the funeral of their aunt, Ana Ruiz, said")."""
        if len(chunks) < 2:
            return None
        noun, words = chunks[-2], chunks[-1]
        if (
            noun[0][2].lower() not in lx.DETERMINERS
            or noun[-1][2].lower() not in lx.RELATIONAL_NOUNS
        ):
            return None
        index = 0
        while index < min(len(words) - 1, _MAX_TITLE_WORDS) and words[index][2].islower():
            index += 1
        if not index:
            return None
        people = self.people.inside(words[index][0], words[-1][1] + 1, spilling=True)
        if people and people[0].start == words[index][0] and people[0].end >= words[-1][1]:
            return Speaker(name_of(people[0]), people[0].start, people[0].end)
        return None

    def _office_holder(self, chunks: list[list[Word]]) -> Speaker | None:
        """ "Ms. Ada Quist, Forestry Officer remarked": the person named right before
        the last chunk, when the people field read that chunk as the person's role (an
        office written in capitals, its closing comma left out)."""
        if len(chunks) < 2 or not chunks[-1][0][2][:1].isupper():
            return None
        before, office = chunks[-2], chunks[-1]
        people = self.people.inside(before[0][0], before[-1][1])
        if not people or people[-1].end != before[-1][1]:
            return None
        person = people[-1]
        if getattr(person, "role", None) != self.text[office[0][0] : office[-1][1]]:
            return None
        return Speaker(name_of(person), person.start, person.end)

    def _unclosed_role(self, chunks: list[list[Word]]) -> Speaker | None:
        """ "Karim Hadi, the director of the Nile Trust said": a name alone before a comma,
        then a role of one person (``data/relational_nouns.txt``, ``data/office_nouns.txt``)
        with no person in it, its closing comma left out, is the person. Not after "a" or
        "an": "Ruiz, an aide said, is confident" is the aide's aside."""
        role = chunks[-1] if len(chunks) > 1 else []
        if not role or role[0][2].lower() in ("a", "an") or not describes(role):
            return None
        nouns = {word[2].lower() for word in role} & _ROLE_NOUNS
        alone = nouns and not self.people.inside(role[0][0], role[-1][1])
        return self._opening_name(chunks[-2]) if alone else None

    def _relative(
        self, chunks: list[list[Word]], clause: int, *, after_quote: bool
    ) -> Speaker | None:
        """Whom a "who" or "which" opening ``chunks[clause]`` stands for, with the pronoun's
        offsets: a name, or a name the fields missed or a noun for people, ending the phrase
        before it ("according to Canalys, which", "evidence from a former manager, who")."""
        before, relative = chunks[clause - 1], chunks[clause][0]
        appositive = before[0][2].lower() in lx.APPOSITIVE_OPENERS
        if clause > 1 and appositive and self._names(chunks[clause - 2]):
            # "said Tom Bright, the union's chief negotiator, who added": the one described
            before = chunks[clause - 2]
        words = antecedent(before)
        apart = words is not None and self._set_apart(before, words)
        named = None
        if not apart and (clause < len(chunks) - 1 or self._names(before)):
            named = self._resolve(before, last=True, after_quote=after_quote)
        if named is not None:
            return Speaker(named.name, relative[0], relative[1])
        if not words or (self._names(before) and not apart):
            return None
        return Speaker(self.text[words[0][0] : words[-1][1]], relative[0], relative[1])

    def _set_apart(self, words: list[Word], noun: list[Word]) -> bool:
        start, end = words[0][0], noun[0][0]
        names = self.people.inside(start, end) + self.organizations.inside(start, end)
        return set_apart(self.text, noun, max((fact.end for fact in names), default=None))

    def _opening_name(self, words: list[Word]) -> Speaker | None:
        people = self.people.inside(words[0][0], words[-1][1])
        if people and people[0].start == words[0][0] and people[0].end == words[-1][1]:
            return Speaker(name_of(people[0]), people[0].start, people[0].end)
        return None
