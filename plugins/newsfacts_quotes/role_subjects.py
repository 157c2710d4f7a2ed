"""A role noun that opened a sentence as the subject of a verb ("The chief constable said
the force had failed.", "The Party chief gave the toast at a dinner for Pavel Orlov."),
for a "he" or "she" that speaks after it: the pronoun goes on with that subject ("'We got
this wrong,' she said." is the chief constable's), past a person named later in the role's
own sentence: the person the article names with that role ("Chief Constable Jane Doe"), or,
with no one named before who fits the pronoun, the role's phrase."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import takewhile

import regex

from newsfacts.plugin import PEOPLE_NOUNS, compiled, read_words
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.phrases import Word, is_verb

# How far before the pronoun the role's sentence may open: a sentence or two, across a
# paragraph break (a quote often opens the next paragraph).
_REACH = 300
_MAX_ROLE_WORDS = 3  # "The| deputy chief constable |said"
# Nouns for one person that head a role phrase: the field's relational nouns, nouns after a
# nationality, offices (data/office_nouns.txt).
_HEADS = (
    lx.RELATIONAL_NOUNS
    | PEOPLE_NOUNS
    | read_words("newsfacts_quotes", "national_heads.txt")
    | lx.OFFICE_NOUNS
)
# "The chief constable said", "The mayor sharply criticised": "The" opening a sentence or
# paragraph, then the lower-case words after it (the role phrase, maybe an adverb, the verb:
# read by RoleSubjects._phrase), maybe after one capitalized word of a country, party or
# body ("The Dutch prime minister conceded", "The Labour leader said", "The UN
# secretary-general warned"); or the role phrase, an aside between commas (no quote, no
# sentence's end), then the verb ("The president, addressing supporters in Dayton, said").
_THE_OPENS = compiled(
    r"""(?:\A|(?<=[.!?][”"’']?[ \u00a0]+)|(?<=\n[ \u00a0]*))  # a sentence opens
    (?:The|An?)  # "A spokesman said:": one person, whatever the article
    (?P<words>
      (?:[ \u00a0]+\p{Lu}[\p{L}\-]*)?  # "Dutch", "UN"
      (?:[ \u00a0]+\p{Ll}[\p{Ll}\-]*){1,5})  # "chief constable said the"
    (?:,[^,.;:!?\n“”"]{3,80},  # ", addressing supporters in Dayton,"
      (?P<verb>[ \u00a0]+\p{Ll}+))?
    """,
    regex.VERBOSE,
)
# '..., the spokeswoman said', '“...,” a police officer added': a role phrase after a
# comma or quote that a cue follows, the cue's subject ("a", "an" too: who was quoted is
# one person, whatever the article).
_CLAUSE_SUBJECTS = compiled(
    r"""[,!?][”"’']{0,2}[ \u00a0]+  # (read, not looked behind: a scan for the mark is quick)
    (?P<at>the|a|an)
    (?P<words>
      (?:[ \u00a0]+\p{Lu}[\p{L}.\-]*){0,2}  # "Red Cross"
      (?:[ \u00a0]+\p{Ll}[\p{Ll}\-]*){1,3})  # "official"
    (?P<verb>[ \u00a0]+\p{Ll}+)
    """,
    regex.VERBOSE,
)
# '“...,” said a Red Cross official in Lagos': a cue after a comma or quote, then its
# subject, a role phrase ending the clause or followed by a preposition.
_INVERTED_SUBJECTS = compiled(
    r"""[,!?][”"’']{0,2}[ \u00a0]+
    (?P<at>(?P<verb>\p{Ll}+))[ \u00a0]+
    (?:the|a|an)
    (?P<words>
      (?:[ \u00a0]+\p{Lu}[\p{L}.\-]*){0,2}
      (?:[ \u00a0]+\p{Ll}[\p{Ll}\-]*){1,3}?)
    (?=[,.;]|[ \u00a0]+(?:in|of|for|at|from|with)\b)
    """,
    regex.VERBOSE,
)
# A sentence's end: a person found after the role phrase, before its sentence ends, is no
# subject ("The Party chief gave the toast at a dinner for Pavel Orlov.").
_SENTENCE_END = compiled(r"[.!?][”\"’']?(?:\s|\Z)|\n")

# Who a role phrase's words name: the role's holder the article names, or None
# (SpeakerPhrases' reading of "the mayor said").
Resolve = Callable[[list[Word], int], str | None]


class RoleSubjects:
    """The role nouns of an article's sentences that speak, for the pronouns after them."""

    def __init__(self, text: str, resolve: Resolve, in_quote: Callable[[int], bool]) -> None:
        self.text = text
        self.resolve = resolve
        self.in_quote = in_quote

    def last(self, start: int, floor: int) -> tuple[str, int] | None:
        """The speaker a "he" or "she" at ``start`` stands for when a role noun opened a
        sentence and spoke after ``floor`` (where the person found before it ends, 0 for
        none) and before it: the role's holder the article names, else, with no one found,
        the role's phrase ("chief constable"); and where the phrase starts."""
        found: list[Word] = []
        new_person = False
        for match in self._openings(start, floor):
            phrase = self._phrase(match)
            if phrase and self._reaches(_opening(match), start, floor):
                # (someone new only after the person found: "A campaign aide said that
                # Clinton erred ... her claim" names Clinton in the role's own sentence)
                found, new_person = phrase, _indefinite(match) and _opening(match) >= floor
        if not found:
            return None
        name = self.resolve(found, found[0][0])
        if name is None and floor > 0 and not new_person:
            # A role no one is said to hold after a person named: most often that person
            # again ("Jay Roberts ... The lawmaker said he ..."), who stays the speaker;
            # but "a" brings in someone new ("Jay Roberts ... A company spokesman said
            # ... “...,” he said": the spokesman's).
            return None
        return (name or self.text[found[0][0] : found[-1][1]], found[0][0])

    def _openings(self, start: int, floor: int) -> Iterator[regex.Match[str]]:
        """The role phrases that speak that a pronoun at ``start`` may go on with, in
        order: those within reach before the person found (ending at ``floor``; 0 for none),
        then those within reach before the pronoun. Two stretches of bounded length: one scan
        from the person to the pronoun would grow with the distance between them, and an
        article of many pronouns after one name would take time quadratic in its length."""
        if floor:
            # (a sentence that opens with the role only: the person found is named in it, as
            # no subject; a role after a comma or quote rarely stands before such a name)
            low, high = max(floor - _REACH, 0), min(floor + _REACH, start)
            named = self._matches(low, high, clauses=False)
            yield from takewhile(lambda match: _opening(match) < floor, named)
        yield from self._matches(max(floor, start - _REACH, 0), start, clauses=True)

    def _matches(self, low: int, high: int, *, clauses: bool) -> list[regex.Match[str]]:
        """The sentences opening with "The" (or "A") in ``low``..``high``, and with
        ``clauses`` the role phrases beside a cue after a comma or quote, in the order they
        stand."""
        # (Most stretches hold no "The" nor "A": a look costs less than the search.)
        capital = self.text.find("The", low, high) >= 0 or self.text.find("A ", low, high) >= 0
        capital = capital or self.text.find("An ", low, high) >= 0
        opening = (_THE_OPENS,) if capital else ()
        patterns = (*opening, _CLAUSE_SUBJECTS, _INVERTED_SUBJECTS) if clauses else opening
        found = [match for pattern in patterns for match in pattern.finditer(self.text, low, high)]
        return sorted(found, key=_opening)

    def _reaches(self, opening: int, start: int, floor: int) -> bool:
        """Whether a role sentence opening at ``opening``, outside quotes, is the subject a
        pronoun at ``start`` goes on with: after the person found (ending at ``floor``) and
        within reach of the pronoun, or opening the sentence that person is named in, within
        reach of it ("The Party chief gave the toast at a dinner for Pavel Orlov.
        “...,” he stated.": the person found is no subject)."""
        if self.in_quote(opening):
            return False
        if opening >= floor:
            return opening >= start - _REACH
        return _SENTENCE_END.search(self.text, opening, floor) is None

    @staticmethod
    def _phrase(match: regex.Match[str]) -> list[Word]:
        """The role phrase of a match: its words, the last a noun for one person; none if
        not so."""
        if match.re is _THE_OPENS and match.group("verb") is None:
            return _opening_phrase(match)
        words = lx.placed_words(match.string, match.start("words"), match.end("words"))
        verb = match.group("verb").strip()
        # (An aside's verb need only be one, "The mayor, in a rare move, vetoed"; a verb
        # mid-sentence a cue: ", the mayor said", not ", the mayor’s aide")
        aside = match.re is _THE_OPENS
        spoke = is_verb(verb) if aside else verb in lx.CUES
        if spoke and words and len(words) <= _MAX_ROLE_WORDS and words[-1][2] in _HEADS:
            return words
        # ("The chief constable said the force, which ..., had failed": no aside after the
        # role, which the words before it hold)
        return _opening_phrase(match) if aside else []


def _opening(match: regex.Match[str]) -> int:
    """Where a role phrase's match opens, past the comma or quote mark it reads before its
    clause (which may stand inside a quote: '“...,” the coach said')."""
    return match.start("at") if "at" in match.re.groupindex else match.start()


def _indefinite(match: regex.Match[str]) -> bool:
    """Whether the role phrase follows "a" or "an": someone not named before."""
    words = match.string[max(0, match.start("words") - 4) : match.start("words")].split()
    return bool(words) and words[-1].lower() in ("a", "an")


def _opening_phrase(match: regex.Match[str]) -> list[Word]:
    """The role phrase of "The ... said": up to three words, the last a noun for one
    person, then maybe an adverb ("sharply"), then a verb (a cue, or another: "made",
    "sought"); none if not so."""
    words = lx.placed_words(match.string, match.start("words"), match.end("words"))
    for length in range(1, min(_MAX_ROLE_WORDS, len(words) - 1) + 1):
        after = [word[2] for word in words[length : length + 2]]
        if after[0].endswith("ly") and len(after) > 1:
            after = after[1:]
        if words[length - 1][2] in _HEADS and is_verb(after[0]):
            return words[:length]
    return []
