"""Quotes of one document: pair the marks, attribute each quote, inherit across a speech."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import newsfacts
from newsfacts.plugin import Check, Quote, Segment, decide
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes import sources
from newsfacts_quotes.attribution import Attribution, Attributor
from newsfacts_quotes.chants import chant
from newsfacts_quotes.characterized import characterized
from newsfacts_quotes.cue_edges import hands_over, opened_by, past_said_clause
from newsfacts_quotes.guesses import attribute_rest, guess
from newsfacts_quotes.kept import kept_quote
from newsfacts_quotes.marks import Span, article_quotes
from newsfacts_quotes.phrases import NOT_SPEAKERS
from newsfacts_quotes.relative_quotes import relative_clause_speaker
from newsfacts_quotes.signed import signed_below, signed_inside
from newsfacts_quotes.speakers import Speakers
from newsfacts_quotes.stories import new_story, story_starts
from newsfacts_quotes.stretches import inner_quote, trim
from newsfacts_quotes.titles import is_title

# A quote opening a paragraph continues the speech of an attributed quote just before it,
# when at most the attribution ('” Trump said.') stands between them.
_MAX_WORDS_BETWEEN = 8
_MARKS = " \t\n\u00a0\"“”‘’'`„«»"


def extract_quotes(
    document: newsfacts.Document,
    people: Sequence[newsfacts.Fact],
    organizations: Sequence[newsfacts.Fact],
) -> list[Quote]:
    """The quotes of ``document``, speakers resolved with its people and organizations."""
    text = document.text
    spans = [span for span in article_quotes(text, document.paragraphs) if span.depth == 0]
    if not spans:  # most articles of a news feed quote no one: no speakers to index
        return []
    quoted = [(span.start, span.close) for span in spans]
    stories = story_starts(document)
    attributor = Attributor(document, Speakers(text, people, organizations, quoted, stories))
    attributions: list[Attribution | None] = []
    floors: list[int] = []
    paragraph: newsfacts.Segment | None = None
    for index, span in enumerate(spans):
        # (The quote before's paragraph, most often: no look-up.)
        if paragraph is None or not paragraph.start <= span.open < paragraph.end:
            paragraph = document.paragraph_at(span.open)
        assert paragraph is not None  # a quote mark is never outside a paragraph
        floor = paragraph.start
        if index > 0 and spans[index - 1].close >= paragraph.start:
            previous = spans[index - 1]
            floor = previous.close_end
            if inner_quote(text, previous.open, previous.close_end):
                # "Ruiz praised the “brave” firefighters and said “...”": the subject is read
                # past a short quote inside a noun phrase, as the quote before it read it
                floor = floors[-1]
        sentence = document.sentence_at(span.open)  # (read once: most checks ask for it)
        floor = past_said_clause(text, span.open, floor, sentence)
        at = _At(
            document,
            attributor,
            spans,
            index,
            span,
            paragraph,
            sentence,
            floor,
            attributions,
            stories,
            {},
            [],
        )
        attributor.speakers.antecedents.attributing((span.start, span.close))
        attributions.append(_attribute(at))
        floors.append(floor)
    attributor.speakers.antecedents.attributing(None)
    attribute_rest(attributor, spans, attributions, floors, stories)
    return [
        quote
        for index, (span, attribution) in enumerate(zip(spans, attributions, strict=True))
        if (quote := kept_quote(text, spans, index, attribution)) is not None
    ]


class _At(NamedTuple):
    """One quote being attributed, with what its attribution may be read from (a named
    tuple, see Span)."""

    document: newsfacts.Document
    attributor: Attributor
    spans: Sequence[Span]
    position: int  # the quote's, in spans
    span: Span  # spans[position]
    paragraph: newsfacts.Segment
    sentence: Segment | None  # the sentence the opening mark stands in
    floor: int  # nothing before it is read: the paragraph's start or the previous quote's end
    earlier: Sequence[Attribution | None]  # the attributions of the quotes before this one
    stories: Sequence[int]  # where the article's later stories start (no speech goes on)
    # What the text before the quote says, read at most once by the checks that need it
    # (given empty).
    read_before: dict[str, Attribution | None]
    # The attribution the check that held found (given empty).
    found: list[Attribution]

    def before(self) -> Attribution | None:
        if "before" not in self.read_before:
            self.read_before["before"] = self.attributor.before(self.span.open, self.floor)
        return self.read_before["before"]

    def previous(self) -> tuple[Span, Attribution] | None:
        """The quote before this one and its attribution, when it has one and stands in the
        same story (a dateline between starts another: no speech goes on past it)."""
        if self.position == 0:
            return None
        previous, inherited = self.spans[self.position - 1], self.earlier[self.position - 1]
        if inherited is None or new_story(self.stories, previous.close, self.span.open):
            return None
        return previous, inherited


def _cue_before_in_sentence(at: _At) -> Attribution | None:
    """'Ms Ortiz said the plan was “too costly.” The mayor disagreed': a quote inside a
    sentence whose cue stands before it belongs to that cue, whatever cue follows it."""
    sentence = at.sentence
    if sentence is None or not at.attributor.text[sentence.start : at.span.open].strip():
        return None
    attribution = at.before()
    if attribution is None or attribution.cue is None:
        return None
    # '“..., she said, “...,” he added': a comma (or a question or exclamation mark) at the
    # quote's end hands it over to the attribution after it, unless the cue opens the quote
    # ('someone yelled, “Ortiz,” Hale quipped'), but to a source cited ('..., according to').
    text = at.attributor.text
    handed = hands_over(text, at.span) if at.span.closed else None
    if handed is not None and (
        not opened_by(text, at.span.open, attribution.cue)
        or sources.cites_next(text, at.span.close_end, handed)
    ):
        return None
    if attribution.cue.endswith("ing"):
        return _participle_after_quote(at, attribution.cue) or attribution
    return attribution


def _participle_after_quote(at: _At, cue: str) -> Attribution | None:
    """'Ms Ortiz told Reuters that Mr Ruiz “had no plan,” adding, “...”', 'Ms Ortiz called it
    “premature” to back the plan while adding: “...”': a participle after an earlier quote of
    its sentence, no subject of its own between them, is said by that quote's speaker when a
    cue before that quote gave it (not '“...,” with Mr Ruiz saying “...”', whose participle
    has its own)."""
    if at.position == 0:
        return None
    previous, earlier = at.spans[at.position - 1], at.earlier[at.position - 1]
    # (that quote's cue before it: the sentence's own, not a participle's after it)
    if earlier is None or earlier.speaker is None or earlier.guessed or not earlier.before:
        return None
    sentence = at.sentence
    if at.floor != previous.close_end or sentence is None or sentence.start > previous.open:
        return None
    text = at.attributor.text
    words = lx.WORD.findall(text, at.floor, text.rfind(cue, at.floor, at.span.open))
    before_last = words[-2] if len(words) > 1 else ""
    if words and not (_no_subject(words[0]) and _no_subject(words[-1], before_last)):
        return None
    return earlier._replace(cue=cue)


def _no_subject(word: str, before: str = "") -> bool:
    """A word in lower case that is no pronoun: "to", "while" (not "Mr", "she"), or "it"
    after a preposition, its object ("to even read of it, saying")."""
    if word == "it" and before in NOT_SPEAKERS:
        return True
    return word.islower() and word not in lx.PRONOUNS


def _inside_relative_clause(at: _At) -> Attribution | None:
    """'Ben Hale, who thinks the council “should start over,” left early': a quote inside a
    relative clause set off after a person's name is that person's, the "who" its mention."""
    text, span = at.attributor.text, at.span
    found = relative_clause_speaker(text, at.attributor.speakers.people, span.open, span.close_end)
    if found is None or is_title(text, span, *trim(text, span.start, span.close)):
        return None  # (a name the clause gives, "who goes by “Ben,”", attributes nothing)
    return Attribution(found[0], found[1], None, True)


def _turn(at: _At) -> Attribution | None:
    """'"WHITLOCK: Well, look, ...': a transcript's line, spoken by its label (by no one known
    after a heading's: '"VIDEO: ...')."""
    turn = at.attributor.turns.turn(at.span.start)
    return Attribution(None, turn[0], None, False) if turn is not None else None


def _cue_after(at: _At) -> Attribution | None:
    """'“We are ready,” the mayor said.'"""
    if not at.span.closed:
        return None
    after = at.position + 1
    following = at.spans[after].open if after < len(at.spans) else at.paragraph.end
    return at.attributor.after(at.span, min(following, at.paragraph.end))


def _speech_goes_on(at: _At) -> Attribution | None:
    """'“We are ready,” the mayor said on Monday. “We have the money.”': a quote opening a
    sentence after a quote attributed by the words that follow it, in the same paragraph,
    goes on with that speech."""
    found = at.previous()
    if found is None:
        return None
    previous, inherited = found
    if inherited.before or previous.close < at.paragraph.start:
        return None
    sentence = at.sentence
    if sentence is None or at.attributor.text[sentence.start : at.span.open].strip(_MARKS):
        return None
    # Right after the sentence of that quote's attribution, no sentence of the writer's
    # between ("“...,” Frank laughs. JJ explains .... He won a scholarship. “...”"); the
    # attribution may be a sentence of its own ("“Not paid!” LeVell declared, a point ...").
    said = inherited.speaker
    attributed = at.document.sentence_at(max(previous.close, said.end - 1 if said else 0))
    if attributed is not None and at.attributor.text[attributed.end : sentence.start].strip():
        return None
    return inherited


def _sentence_end(at: _At) -> Attribution | None:
    """'“You cannot win that way” without the base, she said.'"""
    return at.attributor.sentence_end(at.span) if at.span.closed else None


def _signed_below(at: _At) -> Attribution | None:
    """'“We will rebuild.”' closing a paragraph, then '— Ana Ruiz' opening the next; or
    '“We will rebuild.' left open, then 'Ana Ruiz, Civic Institute.”' closing it."""
    if at.span.closed:
        return signed_below(at.attributor, at.span)
    return signed_inside(at.attributor, at.span)


def _cue_or_label_before(at: _At) -> Attribution | None:
    """'The mayor said: “We are ready.”', and a headline's 'Mayor: “We are ready”'."""
    return at.before()


def _introduced(at: _At) -> Attribution | None:
    """The attribution of a paragraph-long quote introduced by 'Warren said:' just before."""
    if at.span.open != at.paragraph.start:
        return None
    text = at.attributor.text
    index = at.paragraph.start - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    if index < 0 or text[index] != ":":
        return None
    previous = at.document.paragraph_at(index)
    return at.attributor.before(index, previous.start) if previous else None


def _inherited(at: _At) -> Attribution | None:
    """A quote going on with the speech of the quote just before it."""
    found = at.previous()
    if found is None:
        return None
    previous, inherited = found
    if previous.continues:
        return inherited
    if previous.close >= at.paragraph.start:
        # In a sentence of its own, a quote is rather spoken by that sentence's subject:
        # '“A,” the mayor said. The council called it “a blunder.”'
        sentence = at.sentence
        if sentence is not None and sentence.start > previous.close_end:
            own = guess(at.attributor, at.span, at.floor)
            if own is not None:
                return own._replace(guessed=False)
        return inherited
    # A quote opening the paragraph right after an attributed quote goes on with that speech.
    between = at.attributor.text[previous.close_end : at.span.open]
    if at.span.open == at.paragraph.start and len(between.split()) <= _MAX_WORDS_BETWEEN:
        return inherited
    return None


def _characterized(at: _At) -> bool | str:
    """'Ms Ortiz defended the plan as “fair”': no cue, the evidence is "as"."""
    attribution = characterized(at.attributor, at.span, at.floor)
    if attribution is None:
        return False
    at.found.append(attribution)
    return "as"


def _found(read: Callable[[_At], Attribution | None]) -> Callable[[_At], bool | str]:
    """A check's test from a reading of the text: it holds when the reading finds an
    attribution (kept for the quote; the evidence is its cue)."""

    def test(at: _At) -> bool | str:
        attribution = read(at)
        if attribution is None:
            return False
        at.found.append(attribution)
        return attribution.cue or True

    return test


# Where a quote's attribution is read, in order: the first check that finds one gives it.
ATTRIBUTION_CHECKS: tuple[Check[_At], ...] = (
    Check(
        "transcript-turn",
        _found(_turn),
        "attributed",
        "a label in capitals and a colon opening the quote ('\"HOLLIS: ...'), a transcript's turn",
    ),
    Check(
        "chanted",
        _found(lambda at: chant(at.attributor, at.span, at.floor, at.sentence)),
        "attributed",
        "a noun of chanting before the quote ('chants of “...”') or after it ('“...” chants')",
    ),
    Check(
        "inside-relative-clause",
        _found(_inside_relative_clause),
        "attributed",
        "a relative clause ', who ...' after a person's name, the quote inside it",
    ),
    Check(
        "cue-before-in-sentence",
        _found(_cue_before_in_sentence),
        "attributed",
        "a cue before the quote in its sentence, unless a comma hands the quote to a cue after it",
    ),
    Check("cue-after-quote", _found(_cue_after), "attributed", "a cue right after the quote"),
    Check(
        "attributed-at-sentence-end",
        _found(_sentence_end),
        "attributed",
        "a fragment opening a sentence, a cue after that sentence's last comma",
    ),
    Check(
        "signed-below",
        _found(_signed_below),
        "attributed",
        "a dash and a name below, or a name on the line below closing the quote's marks",
    ),
    Check(
        "speech-goes-on",
        _found(_speech_goes_on),
        "attributed",
        "a new sentence after a quote attributed by the words that follow it",
    ),
    Check(
        "cue-or-label-before",
        _found(_cue_or_label_before),
        "attributed",
        "a cue before the quote, or a headline's 'Name:'",
    ),
    Check(
        "introduced-by-colon",
        _found(_introduced),
        "attributed",
        "a paragraph ending in a colon with a cue before it",
    ),
    Check(
        "characterized-as",
        _characterized,
        "attributed",
        "a verb's object and 'as' right before the quote ('defended the plan as “fair”'): the"
        " sentence's subject calls it so",
    ),
    Check(
        "continues-previous-quote",
        _found(_inherited),
        "attributed",
        "the quote before it, left open or in the same paragraph",
    ),
)


def _attribute(at: _At) -> Attribution | None:
    span = at.span
    outcome = decide(
        ATTRIBUTION_CHECKS, at, default="unattributed", start=span.start, end=span.close
    )
    return at.found[-1] if outcome == "attributed" else None
