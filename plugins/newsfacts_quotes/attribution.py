"""Attribute each quoted stretch: its cue, speaker and channel, read next to the marks."""

from __future__ import annotations

from typing import NamedTuple

import regex

import newsfacts
from newsfacts.plugin import NICKNAME, compiled, decide, read_words
from newsfacts_quotes import channels
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.marks import Span
from newsfacts_quotes.mentions import Speaker
from newsfacts_quotes.phrases import is_adverb, is_gerund
from newsfacts_quotes.speaker_checks import BEFORE_REACH, SPEAKER_CHECKS, Cue
from newsfacts_quotes.speakers import Speakers

# No timeouts on the searches here: each reads a window near a quote mark or cue with a
# pattern of literals, character classes and possessive or bounded runs (linear; the
# hostile-input tests check it), and a timeout makes the regex module check the clock at
# every step (the plugin ran 15% slower).
_AFTER_REACH = 160  # characters after a closing mark where its attribution may stand
_MAX_WORDS_BEFORE_CUE = 18  # '”, the Institute for the Study of War, a think tank, said'
_MAX_WORDS_AFTER_SENTENCE = 4
# The words that open a clause reported by a cue: 'said the budget broke promises', 'said
# that', 'said it would'.
_CLAUSE_OPENERS = frozenset(
    {"that", "the", "a", "an", "it", "he", "she", "they", "we", "i", "his", "her", "its"}
    | {"their", "this", "these", "those", "there", "no", "some", "all"}
)
# Words that may close a short attribution after a quote ('Miles said on Monday.').
_CUE_TAILS = read_words("newsfacts_quotes", "cue_tails.txt")
# Cues whose object follows them ('Miles told reporters.'): no clause is read after them.
_TELLING = frozenset({"told", "tells", "tell"})
# A quote mark after a cue, maybe past a comma or colon: the cue opens a quote of its own.
_QUOTE_NEXT = compiled(r"[ \u00a0]*+[,:]?[ \u00a0]*+[\"“‘'„«]")
_PUNCTUATION = frozenset(",.!?…—–-:;")  # what ends words attributed after their quote
_END_OF_PHRASE = compiled(r"[,.;:!?()\"“”‘’«»—–]|[ \u00a0]-[ \u00a0]")
_LABEL = compiled(r"\s*+((?:[\p{L}\p{M}’'.\-]++[ \u00a0]*+){1,4}):\s*+")
# Blanks and quote marks only, before a quote in its sentence or paragraph. Matched, not
# sliced and stripped: a slice from a paragraph's start for each quote is quadratic.
_OPENING_MARKS = compiled(r"[ \t\u00a0\"“”‘’'„«»]*+")
_SIGNATURE = compiled(r"[ \u00a0]*+(?:[—―–]|-(?=[ \u00a0]*+\p{Lu}))[ \u00a0]*+")
_CLAUSE_BREAK = compiled(r"[:;\"“”—–]")
# What may follow a quote that closes its paragraph: '“We will rebuild.” .'
_CLOSING_TAIL = compiled(r"[.,;: \u00a0]*+")


class Attribution(NamedTuple):
    """What the text around a quote says about it (a named tuple, see Span)."""

    cue: str | None
    speaker: Speaker | None
    channel: str | None
    # Whether the cue stands before the opening mark: the quote is then part of the
    # sentence that introduces it.
    before: bool
    # No cue attributes the quote: the speaker is the sentence's subject, a guess.
    guessed: bool = False


class Attributor:
    """Reads the attribution of quotes in one document."""

    def __init__(self, document: newsfacts.Document, speakers: Speakers) -> None:
        self.document = document
        self.text = document.text
        self.speakers = speakers

    def phrase_end(self, start: int, limit: int) -> int:
        match = _END_OF_PHRASE.search(self.text, start, limit)
        return match.start() if match else limit

    def after(self, span: Span, limit: int) -> Attribution | None:
        """'”, Trump said' / '”, said Trump' / '” the ministry said in a statement'."""
        start = span.close_end
        signed = self._signature(start, limit)
        if signed is not None:
            return signed
        last = span.close - 1
        while last > span.start and self.text[last].isspace():
            last -= 1
        # Words attributed after the quote end with punctuation ('win,” she said'); a
        # fragment without it runs on in the writer's sentence ('“ready to go” once ...'),
        # unless it is a whole sentence quoted ('“The caucus is a battle” Grubbs said').
        ending = self.text[last] + self.text[start : start + 1]
        punctuated = not _PUNCTUATION.isdisjoint(ending)
        if not punctuated and not self._opens_sentence(span.open):
            return None
        limit = min(limit, start + _AFTER_REACH)
        sentence = self.document.sentence_at(self._skip_space(start))
        if sentence is not None:
            limit = min(limit, sentence.end)
        cue = lx.cue_after(self.text, start, limit)
        # After a quote that ends its own sentence, only a short "Trump said." attributes it.
        # A question or exclamation goes on in the writer's sentence when a lowercase word
        # follows it: '“Is it fair?” a reporter at the back of the room asked.'
        goes_on = self.text[last] in "!?" and self._lower_case_next(start, limit)
        ended = self.text[last] in ".!?" and not goes_on
        short = ended or not punctuated
        most = _MAX_WORDS_AFTER_SENTENCE if short else _MAX_WORDS_BEFORE_CUE
        if cue is not None:
            at = cue.start()
            stretch = self.text[start:at]
            # Letters and spaces only ('” he said'): no quote mark nor comma to look for.
            plain = lx.plain(stretch)
            between = stretch.split() if plain else lx.WORD.findall(self.text, start, at)
            near = len(between) <= most or self._named_appositive(start, at)
            if (
                near
                and (plain or not _has_mark(self.text, start, at))
                and _asserted(self.text, start, at, between)
                and (plain or not _clause_boundary(self.text, start, at))
                and not (ended and self._reports_anew(cue, limit))
            ):
                return self._attribution(cue, start, limit, before=False)
        # '”, Bennett shot back.': any verb right after a named speaker, when a comma (or
        # a question or exclamation mark) hands the sentence over to it.
        if self.text[last] in ",!?" or self.text.startswith(",", start):
            lead = self.speakers.lead(start, limit)
            if lead is not None:
                speaker, verb = lead
                return Attribution(
                    verb, speaker, channels.after_cue(self.text, start, limit), False
                )
        return None

    def _lower_case_next(self, start: int, limit: int) -> bool:
        """Whether the first word in ``start``..``limit`` opens in lower case."""
        word = lx.WORD.search(self.text, start, limit)
        return word is not None and word.group()[0].islower()

    def _reports_anew(self, cue: regex.Match[str], limit: int) -> bool:
        """Whether a cue in the sentence after a quote that ended its own reports something
        else: a clause of its own after it ('”. Opposition leader Steven Miles said the
        budget broke promises.', '”. Police Chief Ray Cole said investigators were'), or a
        quote of its own ('”. He added, “We will'); not '”. Miles said.', '”. Miles said on
        Monday.', '”. Miles said quietly.', '”. Miles told reporters.', '”. Miles recalled
        thinking.'."""
        # (The next quote's opening mark may be what ``limit`` stops at: one more character.)
        if _QUOTE_NEXT.match(self.text, cue.end(), limit + 1) is not None:
            return True
        word = lx.WORD.search(self.text, cue.end(), limit)
        if word is None or not word.group()[0].islower():
            return False
        lower = word.group()
        if lower in _CLAUSE_OPENERS:
            return True
        telling = cue.group().split()[0].lower() in _TELLING
        # A gerund goes on with the cue ('Keith recalled thinking.'), as an adverb does.
        short = lower in _CUE_TAILS or is_adverb(lower) or is_gerund(lower)
        return not (telling or short)

    def _opens_sentence(self, offset: int) -> bool:
        # (Looked up only for a quote not ending in punctuation: most quotes do.)
        sentence = self.document.sentence_at(offset)
        return sentence is not None and sentence.start == offset

    def _signature(self, start: int, limit: int) -> Attribution | None:
        """'“We will rebuild.” ― Ana Ruiz': a dash after the quote, then the name of who
        said it, alone up to the end of its sentence."""
        head = self.text[start : start + 2].lstrip(" \u00a0")
        if head and head[0] not in "—―–-":
            return None  # no dash after the blanks (most quotes: this look costs less)
        dash = _SIGNATURE.match(self.text, start, limit)
        if dash is None:
            return None
        end = self.phrase_end(dash.end(), limit)
        speaker = self.speakers.signature(dash.end(), end)
        return Attribution(None, speaker, None, False) if speaker is not None else None

    def sentence_end(self, span: Span) -> Attribution | None:
        """'“You cannot win that way” without the base, she said.': a fragment opening a
        sentence the writer goes on with, attributed at the sentence's last comma."""
        sentence = self.document.sentence_at(span.open)
        if sentence is None or not _only(_OPENING_MARKS, self.text, sentence.start, span.open):
            return None
        end = min(sentence.end, span.close_end + _AFTER_REACH)
        comma = self.text.rfind(",", span.close_end, end)
        if comma < 0 or _has_mark(self.text, span.close_end, end):
            return None
        cue = lx.CUE.search(self.text, comma + 1, end)
        if cue is None or not _asserted(self.text, comma + 1, cue.start()):
            return None
        before = lx.words(self.text, comma + 1, cue.start())
        after = lx.words(self.text, cue.end(), end)
        if len(before) > _MAX_WORDS_AFTER_SENTENCE or len(after) > _MAX_WORDS_AFTER_SENTENCE:
            return None
        return self._attribution(cue, comma + 1, end, before=False)

    def signed_below(self, span: Span) -> Attribution | None:
        """A quote closing its paragraph, signed in the next one: '“We will rebuild.”' then
        '— Ana Ruiz, 34'."""
        paragraph = self.document.paragraph_at(span.open)
        if paragraph is None or not _only(_CLOSING_TAIL, self.text, span.close_end, paragraph.end):
            return None
        following = self.document.paragraph_at(self._skip_blank(paragraph.end))
        if following is None or following.start <= paragraph.start:
            return None
        return self._signature(following.start, following.end)

    def _skip_blank(self, offset: int) -> int:
        while offset < len(self.text) and self.text[offset].isspace():
            offset += 1
        return offset

    def _named_appositive(self, start: int, end: int) -> bool:
        """'”, Trump, the 2016 GOP frontrunner nationally and ... primaries, said': a short
        name and a long description closed by a comma before the cue."""
        segment = self.text[start:end].strip(" \u00a0,")
        name, comma, _ = segment.partition(",")
        return (
            bool(comma) and len(name.split()) <= 4 and self.text[start:end].rstrip().endswith(",")
        )

    def before(self, end: int, floor: int) -> Attribution | None:
        """'Mr Starmer said: “' / 'According to X, “' / 'described the plan as “'.

        ``end`` is the opening mark (or the end of a paragraph introducing a quote);
        nothing before ``floor`` is read.
        """
        start = max(floor, end - BEFORE_REACH)
        sentence = self.document.sentence_at(max(start, end - 1))
        if sentence is not None and sentence.start > start:
            start = sentence.start
        chosen = None
        for cue in lx.CUE.finditer(self.text, start, end):
            if _asserted(self.text, start, cue.start()):
                chosen = cue
                # "Ms Ortiz said Thursday that the mayor called it “a mess”": the quote is
                # in what the first cue reports; its subject is who speaks.
                if _reports_clause(self.text, cue.end(), end, cue.group()):
                    break
        if chosen is not None:
            return self._attribution(chosen, start, end, before=True)
        # A headline's "Starmer: ‘We are ready’": a short name and a colon stand for the cue.
        label = _LABEL.fullmatch(self.text, start, end)
        if label is None:
            return None
        # A person named before the colon speaks ("Kasich resisted: “...”"); else the subject
        # of a clause there ("The minister was blunt: “...”"), else the words as they stand.
        low, high = label.span(1)
        speaker = (
            self.speakers.first_speaker(low, high)
            or self.speakers.opening_subject(low, high)
            or self.speakers.subject(low, high)
        )
        return Attribution(None, speaker, None, True) if speaker else None

    def guess(self, span: Span, floor: int) -> Attribution | None:
        """A quote with no cue ('boomed: “Let’s win.”'): the first person or he/she of its
        sentence before the opening mark."""
        sentence = self.document.sentence_at(span.open)
        start = max(floor, sentence.start if sentence else span.open, span.open - BEFORE_REACH)
        speaker = self.speakers.first_speaker(start, span.open)
        if speaker is None and sentence is not None and sentence.start >= start:
            speaker = self.speakers.opening_subject(sentence.start, span.open)
        return Attribution(None, speaker, None, True, guessed=True) if speaker else None

    def introducer(self, span: Span) -> Attribution | None:
        """A paragraph that is all quote, after a paragraph whose last sentence names who
        speaks: 'Ms Ortiz was blunt about the budget.' then '“We cannot pay for it.”'."""
        paragraph = self.document.paragraph_at(span.open)
        if paragraph is None or not _only(_OPENING_MARKS, self.text, paragraph.start, span.open):
            return None
        end = paragraph.start
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        sentence = self.document.sentence_at(end - 1) if end else None
        if sentence is None or _has_mark(self.text, sentence.start, end):
            return None
        speaker = self.speakers.first_speaker(sentence.start, end) or self.speakers.opening_subject(
            sentence.start, end
        )
        return Attribution(None, speaker, None, True, guessed=True) if speaker else None

    def _attribution(
        self, cue: regex.Match[str], start: int, limit: int, *, before: bool
    ) -> Attribution:
        low, high = cue.span()
        word = " ".join(cue.group().lower().split())
        found = Cue(self, word, low, high, start, limit, before, [])
        outcome = decide(SPEAKER_CHECKS, found, default="nobody", start=low, end=high)
        speaker = found.speakers[-1] if outcome == "speaker" else None
        channel = channels.after_cue(self.text, high, limit) or channels.outlet(
            self.text, word, high, self.speakers.organizations
        )
        if channel is None and before:
            channel = channels.opening(self.text, start, low, self.speakers.organizations)
        return Attribution(word, speaker, channel, before)

    def context_start(self, offset: int) -> int:
        sentence = self.document.sentence_at(offset)
        if sentence is None:
            return offset
        previous = self.document.sentence_at(sentence.start - 1) if sentence.start else None
        paragraph = self.document.paragraph_at(sentence.start)
        if previous is not None and paragraph is not None and previous.start >= paragraph.start:
            return previous.start
        return sentence.start

    def clause_start(self, start: int, end: int) -> int:
        # The subject of a cue is in its own clause: after the last colon, dash or
        # quote mark before the cue (not a nickname's: 'Del. Marcia "Cia" Price said').
        if lx.plain(self.text[start:end]) or _CLAUSE_BREAK.search(self.text, start, end) is None:
            return start  # most phrases before a cue: no nickname to look for either
        nicknames = [m.span() for m in NICKNAME.finditer(self.text, start, end)]
        position = start
        for match in _CLAUSE_BREAK.finditer(self.text, start, end):
            if not any(low <= match.start() < high for low, high in nicknames):
                position = match.end()
        return position

    def _skip_space(self, offset: int) -> int:
        while offset < len(self.text) and self.text[offset] in " \u00a0,":
            offset += 1
        return offset


_ASSERTING_REACH = 60  # characters before a cue read for a word that denies it


def _asserted(text: str, start: int, cue: int, between: list[str] | None = None) -> bool:
    """Whether the cue at ``cue`` asserts speech: not "unwilling to openly say", "did not
    say", "would say" (words before ``start`` are not read; ``between``: the words of
    ``start``..``cue``, when read already)."""
    # The words of the 60 characters before the cue: those read, when they span no more.
    if between is not None and cue - start <= _ASSERTING_REACH:
        words = between
    else:
        words = lx.words(text, max(start, cue - _ASSERTING_REACH), cue)
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if lowered == "to" or (lowered.endswith("ly") and lowered not in lx.UNASSERTING):
            continue
        return lowered not in lx.UNASSERTING and not lowered.endswith(("n’t", "n't"))
    return True


_REPORTED_THAT = compiled(
    r"""(?:[ \u00a0]++(?!that\b)[\p{L}\d’'.\-]++){0,3}?  # "Thursday", "in a statement"
    [ \u00a0]++that\b""",
    regex.VERBOSE,
)
# The person told and where, before "that": "told analysts on a conference call that"
_TOLD_THAT = compiled(
    r"""(?:[ \u00a0]++(?!that\b)[\p{L}\d’'.\-]++){0,6}?[ \u00a0]++that\b""", regex.VERBOSE
)


def _reports_clause(text: str, cue_end: int, end: int, cue: str) -> bool:
    """Whether "that" opens a reported clause within three words after a cue: 'said that',
    'told reporters Monday that', 'told the committee that'; not a relative clause after the
    cue's object ('announced a plan that the union called “overdue”')."""
    if cue.lower() in _PERSON_OBJECT_CUES:
        return _TOLD_THAT.match(text, cue_end, end) is not None
    match = _REPORTED_THAT.match(text, cue_end, end)
    if match is None:
        return False
    between = text[cue_end : match.end()].lower().split()[:-1]
    return not any(word in _DETERMINERS for word in between)


# Cues whose object is the person told, before a reported clause: "told the committee that"
_PERSON_OBJECT_CUES = frozenset(["told", "tells", "tell", "assured", "informed", "reminded"])
_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "its", "their", "our"])


def _only(pattern: regex.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all what ``pattern`` matches there (read from ``start``
    as far as it matches, not sliced: a slice per quote of its whole paragraph is quadratic)."""
    match = pattern.match(text, start, end)
    return match is not None and match.end() >= end


_COMMA_WORD = compiled(r",[ \u00a0]*+([\p{L}]++)")


def _clause_boundary(text: str, start: int, end: int) -> bool:
    """Whether a comma and a clause opener (", something ...", ", which ...") stand in
    ``start``..``end``: a cue after them is in a clause of its own."""
    if text.find(",", start, end) < 0:
        return False  # (most stretches before a cue: no words to read)
    return any(
        match.group(1).lower() in lx.CLAUSE_OPENERS
        for match in _COMMA_WORD.finditer(text, start, end)
    )


def _has_mark(text: str, start: int, end: int) -> bool:
    """A quote mark between ``start`` and ``end``, but a nickname's in a name ('”, House
    Speaker Emanuel "Chris" Welch said')."""
    # (Counted one by one: a generator for three counts cost as much as the counting.)
    marks = text.count('"', start, end) + text.count("“", start, end) + text.count("”", start, end)
    return marks > 0 and marks > 2 * sum(1 for _ in NICKNAME.finditer(text, start, end))


def is_partial(text: str, span: Span, content_start: int, content_end: int) -> bool:
    """A fragment quoted inside the writer's sentence: '... as “ready to go” once ...'."""
    if content_start >= content_end:
        return False
    first = text[content_start]
    if first.islower():
        return True
    offset = span.open - 1
    while offset >= 0 and text[offset] in " \u00a0":
        offset -= 1
    previous = text[offset] if offset >= 0 else ""
    return previous.isalnum() and text[content_end - 1] not in ".!?,"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without outer white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
