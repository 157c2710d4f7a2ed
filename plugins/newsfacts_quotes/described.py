"""Speakers described by what they are to a name: "a spokesman for Senator John Smith",
"Trump's spokesman", and the one such a description names: "Andrew Cuomo's lawyer, Rita
Glavin,", "Nortel's Mr. Abernathy"."""

from __future__ import annotations

import newsfacts
from newsfacts.plugin import Person, compiled
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.mentions import MentionIndex, Speaker, name_of
from newsfacts_quotes.phrases import LINKS, Word, noun_phrase

# A word in lower case right after a name: its verb ("Ana Ruiz said"), the name no
# appositive.
_LOWER_WORD_NEXT = compiled(r"[ \u00a0]++\p{Ll}")


class Descriptions:
    """Reads a speaker phrase around a named person or organization of an article's text."""

    def __init__(self, text: str, people: MentionIndex) -> None:
        self.text = text
        self.people = people

    def described(
        self, words: list[Word], fact: newsfacts.Fact, *, after_quote: bool
    ) -> Speaker | None:
        """ "a spokesman for Senator John Smith", "the head of the CIA": a common noun, then a
        preposition before the name; the one who speaks is the noun's, described by the name;
        so is "Trump's spokesman"."""
        after = [word for word in words if word[0] > fact.end]
        # (the words of a title before the noun: "Ana Ruiz's press secretary", not the name's
        # owner; "press" and "communications" are no verbs there)
        held = 0
        while held < len(after) - 1 and after[held][2] in lx.HOLDER_MODIFIERS:
            held += 1
        if after and self.text.startswith(("'s", "’s"), fact.end) and _holder(after[held][2]):
            # the noun and the nouns of its title after it: "Apple's chief executive", "the
            # Bank of England's governor", "TfL's commissioner"
            held += 1
            while held < len(after) and _holder(after[held][2]):
                held += 1
            end = after[held - 1][1]
            return self.set_off(end) or Speaker(self.text[fact.start : end], fact.start, end)
        before = [word for word in words if word[1] <= fact.start]
        index = len(before)  # skip the name's titles and determiner: "to President", "of the"
        while index > 0 and (
            before[index - 1][2][:1].isupper() or before[index - 1][2].lower() in lx.DETERMINERS
        ):
            index -= 1
        if index < 2 or before[index - 1][2].lower() not in LINKS:
            return None
        head = noun_phrase(before[: index - 1], after_quote=after_quote)
        if not head or head[-1][2] not in lx.RELATIONAL_NOUNS:
            return None
        # The noun and its lower-case modifiers: "former top aide", not "Read More A aide".
        first = len(head) - 1
        while first > 0 and head[first - 1][2].islower():
            first -= 1
        start = head[first][0]
        return self.set_off(fact.end) or Speaker(self.text[start : fact.end], start, fact.end)

    def owned_name(self, words: list[Word], fact: newsfacts.Fact) -> Speaker | None:
        """The person after an organization's possessive speaks: "said Nortel's Mr.
        Abernathy"; so does a headline's capitalized word there, last before the cue: "Fed's
        Powell says", "Tesla's Musk said"."""
        if isinstance(fact, Person) or not self.text.startswith(("'s ", "’s "), fact.end):
            return None
        owned = self.people.inside(fact.end + 3, fact.end + 4, spilling=True)
        if owned:
            return Speaker(name_of(owned[0]), owned[0].start, owned[0].end)
        last = words[-1]
        if (
            last[0] != fact.end + 3
            or not last[2][:1].isupper()
            or self.text.startswith(".", last[1])  # an abbreviation: "Mr."
        ):
            return None
        return Speaker(last[2], last[0], last[1])

    def set_off(self, end: int) -> Speaker | None:
        """The person named right after a comma at ``end``, the end of what describes the
        speaker: "Andrew Cuomo's lawyer, Rita Glavin,", "a spokesman for the agency, Tom
        Reyes," (the one described speaks)."""
        if not self.text.startswith(", ", end):
            return None
        # (up to two lower-case words of a title before the name: "his lawyer, attorney
        # Rita Glavin,")
        title = _TITLE.match(self.text, end + 2)
        start = title.end() if title else end + 2
        named = self.people.inside(start, start + 1, spilling=True)
        if not named or _LOWER_WORD_NEXT.match(self.text, named[0].end):
            # ("According to the newspaper, Ana Ruiz said": a name before its verb is the
            # subject of a clause, not set off)
            return None
        return Speaker(name_of(named[0]), named[0].start, named[0].end)


def _holder(word: str) -> bool:
    """Whether ``word`` names who of an organization speaks, after its possessive: a relational
    noun ("chief executive", "spokesman") or an office ("governor", "commissioner")."""
    return word.lower() in lx.RELATIONAL_NOUNS or word.lower() in lx.OFFICE_NOUNS


_TITLE = compiled(r"(?:\p{Ll}++[ \u00a0]++){1,2}+(?=\p{Lu})")
