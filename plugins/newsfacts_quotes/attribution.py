"""Attribute each quoted stretch: its cue, speaker and channel, read next to the marks."""

from __future__ import annotations

from typing import NamedTuple

import regex

import newsfacts
from newsfacts.plugin import NICKNAME, compiled, decide
from newsfacts_quotes import channels, sources
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes import stretches as st
from newsfacts_quotes.mark_search import inch_mark
from newsfacts_quotes.marks import Span
from newsfacts_quotes.mentions import Speaker
from newsfacts_quotes.naming import named_participle
from newsfacts_quotes.speaker_checks import BEFORE_REACH, SPEAKER_CHECKS, Cue
from newsfacts_quotes.speakers import Speakers
from newsfacts_quotes.transcripts import Turns

# No timeouts on the searches here: each reads a window near a mark or cue with literals,
# classes and possessive or bounded runs (linear; the hostile-input tests check it), and a
# timeout makes the regex module check the clock at every step (the plugin ran 15% slower).
_AFTER_REACH = 160  # characters after a closing mark where its attribution may stand
_MAX_WORDS_BEFORE_CUE = 18  # '”, the Institute for the Study of War, a think tank, said'
_MAX_WORDS_AFTER_SENTENCE = 4
_MAX_MAIN_SUBJECT_WORDS = 5  # ', former Secretary of State Ana Ruiz said'
_PUNCTUATION = frozenset(",.!?…—–-:;")  # what ends words attributed after their quote
# (not an abbreviation's point: inside one, "U.S", or before a word in lower case, "a former
# U.S. official"), nor the apostrophe of a possessive or a name before a letter ("said
# Norway’s minister", "O’Brien"); "as quoted by" ends it: the source after it relays the
# speaker ("said the minister as quoted by the agency")
_END_OF_PHRASE = compiled(
    r"[,;:!?()\"“”‘«»—–]|’(?!\p{L})|\.(?![\p{L}\p{N}]|[ \u00a0]\p{Ll})|[ \u00a0]-[ \u00a0]"
    r"|[ \u00a0]as[ \u00a0](?:quoted|cited|reported)[ \u00a0]by\b"
)
# Initials opening a phrase after a cue, maybe after an article, up to their last point: "the
# U.S.", "D.C." (of "said the U.S. State Department", "said D.C. Mayor Ana Ruiz"): their point
# ends no phrase (one ending "an official in the U.S." may end it)
_OPENING_INITIALS = compiled(r"[ \u00a0]*+(?:(?:the|a|an|one)[ \u00a0]++)?(?:\p{Lu}\.){2,3}")
_LABEL = compiled(r"\s*+((?:[\p{L}\p{M}’'.\-]++[ \u00a0]*+){1,4}):\s*+")
# Blanks and quote marks only, before a quote in its sentence or paragraph. Matched, not
# sliced and stripped: a slice from a paragraph's start for each quote is quadratic.
OPENING_MARKS = compiled(r"[ \t\u00a0\"“”‘’'`„«»]*+")
_SIGNATURE = compiled(r"[ \u00a0]*+(?:[—―–]|-(?=[ \u00a0]*+\p{Lu}))[ \u00a0]*+")
_CLAUSE_BREAK = compiled(r"[:;\"“”—–]")


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
        self.turns = Turns(document, speakers.people.facts)
        # Where the run of quote marks and spaces from each offset asked about ends.
        self._marks_end: dict[int, int] = {}

    def only_marks(self, start: int, end: int) -> bool:
        """Whether only quote marks and spaces stand in ``start``..``end`` (the quote opens
        its sentence or paragraph). The run from ``start`` is read once, however many quotes
        ask: in a paragraph of empty quotes ('`` '' `` '' ...') each would read all the
        marks before it again."""
        stop = self._marks_end.get(start)
        if stop is None:
            run = OPENING_MARKS.match(self.text, start)  # (always matches, maybe nothing)
            stop = self._marks_end[start] = run.end() if run is not None else start
        return stop >= end

    def phrase_end(self, start: int, limit: int) -> int:
        match = _END_OF_PHRASE.search(self.text, start, limit)
        if match is not None and _OPENING_INITIALS.fullmatch(self.text, start, match.end()):
            match = _END_OF_PHRASE.search(self.text, match.end(), limit)
        return match.start() if match else limit

    def after(self, span: Span, limit: int) -> Attribution | None:
        """'”, Trump said' / '”, said Trump' / '” the ministry said in a statement'."""
        start = span.close_end
        signed = self.signature(start, limit)
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
                and (plain or not st.has_mark(self.text, start, at))
                and st.asserted(self.text, start, at, between)
                and not st.predicate_follows(between)
                and not ("," not in stretch and st.subordinated(between))
                and (plain or not st.clause_boundary(self.text, start, at))
                and not (ended and st.reports_anew(self.text, cue, limit, subject=bool(between)))
            ):
                found = self._attribution(cue, start, limit, before=False)
                # '” Ana Ruiz said at a rally, according to CNN': the source the sentence
                # cites (the rally stays the channel)
                cited = sources.cited_after(self.text, cue, limit)
                if cited is None:
                    return found
                outer = self._attribution(cited[0], cited[1], limit, before=False)
                return outer._replace(channel=outer.channel or found.channel)
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

    def _opens_sentence(self, offset: int) -> bool:
        # (Looked up only for a quote not ending in punctuation: most quotes do.)
        sentence = self.document.sentence_at(offset)
        return sentence is not None and sentence.start == offset

    def signature(self, start: int, limit: int) -> Attribution | None:
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
        sentence the writer goes on with, attributed at the sentence's last comma; or inside
        a sentence with no cue before it, that a cue and a name ('..., said Nora Pike with the
        Parks Board') or a short subject and a cue ('..., Ruiz said.') after the last comma
        attribute, or after the comma before the last when an appositive follows the name
        (', said Nora Pike, a painter.')."""
        sentence = self.document.sentence_at(span.open)
        if sentence is None:
            return None
        opens = self.only_marks(sentence.start, span.open)
        if not opens and lx.find_cue(self.text, sentence.start, span.open) is not None:
            return None
        end = min(sentence.end, span.close_end + _AFTER_REACH)
        comma = self.text.rfind(",", span.close_end, end)
        if comma < 0 or st.has_mark(self.text, span.close_end, end):
            return None
        found = self._cue_after_comma(comma, end, end, opens)
        if found is not None:
            return found
        # ', said Ana Ruiz, an analyst at the Civic Institute.': a name after the cue and an
        # appositive after it, the cue after the comma before the last.
        last = comma
        comma = self.text.rfind(",", span.close_end, last)
        if comma < 0:
            return None
        return self._cue_after_comma(comma, last, end, opens, named=True)

    def _cue_after_comma(
        self, comma: int, phrase_end: int, end: int, opens: bool, named: bool = False
    ) -> Attribution | None:
        cue = lx.find_cue(self.text, comma + 1, phrase_end)
        if cue is None or not st.asserted(self.text, comma + 1, cue.start()):
            return None
        before = lx.words(self.text, comma + 1, cue.start())
        after = lx.words(self.text, cue.end(), phrase_end)
        # Inside a sentence, or before an appositive, only ", said Jeffrey Scott ...": a name
        # right after the cue; inside one, a short subject closing it too (", Ruiz said.").
        name_after = not before and bool(after) and after[0][:1].isupper()
        if not name_after and (named or not (opens or st.closing_subject(before, after))):
            return None
        if opens and max(len(before), len(after)) > _MAX_WORDS_AFTER_SENTENCE:
            return None
        return self._attribution(cue, comma + 1, end, before=False)

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
        start = st.reach_start(self.text, floor, end, BEFORE_REACH)
        sentence = self.document.sentence_at(max(start, end - 1))
        if sentence is not None and sentence.start > start:
            start = sentence.start
        # The cue stands after a short quote inside a noun phrase, which its subject's stretch
        # reads past: "Ruiz said a “pincer” move was planned but insisted, “...”" is insisted's
        inner = st.inner_quotes(self.text, start, end)
        chosen, region = self._cue_before(inner[-1][1] if inner else start, end)
        region = start if inner and region == inner[-1][1] else region
        if chosen is not None:
            # "According to CNN, Ana Ruiz said “...”": the source the sentence cites
            own = self.document.sentence_at(chosen.start())
            low = max(start, own.start) if own is not None else start
            if region == start and own is not None and own.start < start:
                # The reach from the quote cut the cue's sentence: its subject is read back from
                # the cue ("Bakers from the old market square at the far end of Elm Street
                # criticized ... and say ... . “...”" is the bakers', not the square's).
                cue_reach = st.reach_start(self.text, floor, chosen.start(), BEFORE_REACH)
                region = max(own.start, cue_reach)
            chosen = sources.cited_before(self.text, low, chosen) or chosen
            return self._attribution(chosen, region, end, before=True)
        # A headline's "Starmer: ‘We are ready’": a short name and a colon stand for the cue.
        label = _LABEL.fullmatch(self.text, start, end)
        if label is None:
            return None
        # A person named before the colon speaks ("Kasich resisted: “...”"); else the subject
        # of a clause there ("The minister was blunt: “...”"), else the words as they stand.
        low, high = label.span(1)
        speaker = (
            self.speakers.first_speaker(low, high)
            or self.speakers.speech_owner(low, high)
            or self.speakers.opening_subject(low, high)
            or self.speakers.subject(low, high)
        )
        if speaker is None and any(word in lx.CUES for word in label.group(1).split()):
            # "Why not say: “...”", "Why not tell them: “...”": words a verb of speech would
            # say, with no one said to say them
            return Attribution(None, None, None, True)
        return Attribution(None, speaker, None, True) if speaker else None

    def _cue_before(self, start: int, end: int) -> tuple[regex.Match[str] | None, int]:
        """The cue of a quote among those in ``start``..``end`` before it (the last that
        asserts speech, or the first that reports a clause), and where its speaker's
        stretch starts."""
        chosen, region = None, start
        for cue in lx.find_cues(self.text, start, end):
            if not st.asserted(self.text, region, cue.start()):
                continue
            if named_participle(self.text, cue.group(), cue.start()):
                # "praised the boy, dubbed “little hero”": the noun before the comma is named
                chosen = cue
                continue
            passive = lx.passive(self.text, cue.group(), cue.start())
            if chosen is not None and (
                passive
                or st.reduced_passive(self.text, cue.group(), cue.start())
                or lx.describes_channel(self.text, cue.group(), cue.start())
                or lx.owned_in_phrase(self.text, cue.start())
            ):
                # 'calling it a “clerical slip” that was described in a “smear piece”', 'told the
                # Senate when asked about the talks', 'said in a statement read to the court',
                # 'had urged her not to be too harsh in her remarks, to sound “statesmanlike”'
                continue
            chosen = cue
            # "Ms Ortiz said Thursday that the mayor called it “a mess”": the quote is in
            # what the first cue reports; its subject is who speaks.
            if not st.reports_clause(self.text, cue.end(), end, cue.group()):
                continue
            if not passive:
                return self._main_clause_cue(start, cue, end) or (chosen, region)
            # A passive cue's subject was told the clause, which may name who speaks: "The
            # jury was told that the defendant had said “...”" is the defendant's.
            region = cue.end()
        return chosen, region

    def _main_clause_cue(
        self, start: int, cue: regex.Match[str], end: int
    ) -> tuple[regex.Match[str], int] | None:
        """The cue of the main clause, and where its subject starts, after a clause opening
        the sentence with a conjunction whose cue reports a clause: "When Tom Lee suggested
        that the city would sue, Ana Ruiz fired back: “...”" is Ana Ruiz's, who is named
        between a comma and that cue; None if none is ("When Ana Ruiz said that the
        council had called it “a mess”": the quote is what the first cue reports). So too
        the cue of a clause a conjunction joins after the reported one, up to the quote:
        "Tom Lee suggested that ..., while Ana Ruiz said that the “stakes are too high”"."""
        first = lx.WORD.match(self.text, start, cue.start())
        opened = first is not None and first.group().lower() in lx.SUBORDINATORS
        for later in lx.find_cues(self.text, cue.end(), end):
            comma = self.text.rfind(",", cue.end(), later.start())
            subject = self.text[comma + 1 : later.start()].split()
            if comma < 0 or len(subject) > _MAX_MAIN_SUBJECT_WORDS:
                continue
            if not (opened or st.contrast_joined(self.text, subject, later.end(), end)):
                continue
            if (
                st.asserted(self.text, comma + 1, later.start())
                and not lx.passive(self.text, later.group(), later.start())
                and self.speakers.first_speaker(comma + 1, later.start()) is not None
            ):
                return later, comma + 1
        return None

    def _attribution(
        self, cue: regex.Match[str], start: int, limit: int, *, before: bool
    ) -> Attribution:
        low, high = cue.span()
        word = " ".join(cue.group().lower().split())
        passive = lx.passive(self.text, word, low) or named_participle(self.text, word, low)
        found = Cue(self, word, low, high, start, limit, before, passive, [])
        outcome = decide(SPEAKER_CHECKS, found, default="nobody", start=low, end=high)
        speaker = found.speakers[-1] if outcome == "speaker" else None
        # A cue ending in its preposition reads its channel from there: "wrote in a letter"
        opened = high - len("in") if word.endswith(" in") else high
        channel = channels.after_cue(self.text, opened, limit) or channels.outlet(
            self.text, word, high, self.speakers.organizations
        )
        if channel is None and before:
            channel = channels.opening(self.text, start, low, self.speakers.organizations)
        # "according to a statement from the ministry", "A statement from the ministry said"
        channel = (
            channel
            or channels.document(self.text, high, limit)
            or channels.document(self.text, start, low)
        )
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
        # quote mark before the cue (not a nickname's: 'Del. Marcia "Cia" Price said', nor a
        # height's inch mark: 'The guard, who is 6’2” tall, said', nor a short quote's inside
        # a noun phrase: 'Ruiz praised the “brave” firefighters and said').
        if lx.plain(self.text[start:end]) or _CLAUSE_BREAK.search(self.text, start, end) is None:
            return start  # most phrases before a cue: no nickname to look for either
        nicknames = [m.span() for m in NICKNAME.finditer(self.text, start, end)]
        nicknames += st.inner_quotes(self.text, start, end)
        position, before_dash = start, None
        for match in _CLAUSE_BREAK.finditer(self.text, start, end):
            if any(low <= match.start() < high for low, high in nicknames) or inch_mark(
                self.text, match.start()
            ):
                continue
            dash = match.group() in "—–"
            if dash and before_dash is not None:
                # "The senator – who has served since 2004 – said": an aside between dashes
                position, before_dash = before_dash, None
                continue
            before_dash = position if dash else None
            position = match.end()
        return position

    def _skip_space(self, offset: int) -> int:
        while offset < len(self.text) and self.text[offset] in " \u00a0,":
            offset += 1
        return offset
