"""Quoted words that are no one's speech: a work's title in quote marks inside the writer's
sentence ('on CNN’s “New Day,”', '“Jurassic World Rebirth” roared to a debut') and a short
paragraph of its own in single marks, a section heading ('‘All Bets Are Off.’')."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes import stretches as st
from newsfacts_quotes.characterized import object_before
from newsfacts_quotes.marks import Span

_MAX_TITLE_WORDS = 8
_HEADING_REACH = 200  # characters read before and after a heading for its line breaks
# "as", maybe an article, ending the words before the opening mark after a verb's object:
# the quote is what someone calls that thing or person ('describes her brother as
# “Big Mike.”', 'hailed the mayor as “The Builder”'), a name given, no work's title (not
# after "known as", "billed as": see characterized.object_before).
_NAMED_AS = compiled(r"(?<![\p{L}’'])as(?:[ \u00a0]++(?i:the|a|an))?+\Z")
_AS_REACH = 8  # characters read before the opening mark for "as" and its article
_OBJECT_REACH = 40  # characters read before "as" for the object's last words


def is_title(text: str, span: Span, start: int, end: int) -> bool:
    """A title in quote marks inside the writer's sentence: 'on CNN’s “New Day,”', 'his
    memoir, “Long Roads.”', 'host of “Late Night with Ana Ruiz.”'."""
    offset = span.open - 1
    while offset >= 0 and text[offset] in " \u00a0":
        offset -= 1
    inside = offset >= 0 and (
        (text[offset].isalnum() and not st.after_spoken_cue(text, offset))
        or _after_work_noun(text, offset)
        or st.after_owner(text, offset)
    )
    if not (inside or _subject_of_sentence(text, span, offset, end)):
        return False  # (most quotes: their words need not be split)
    named_as = _NAMED_AS.search(text, max(0, offset + 1 - _AS_REACH), offset + 1)
    if named_as is not None:
        words = text[max(0, named_as.start() - _OBJECT_REACH) : named_as.start()].split()
        if object_before(words):
            return False
    words = text[start:end].split()
    if len(words) > _MAX_TITLE_WORDS:
        return False
    long_words = [
        word
        for word in words
        if (len(word) > 3 or word[:1].isupper()) and word.lower() not in lx.TITLE_MINOR_WORDS
    ]
    # a name's word among them ("I'm with her" and "15%!" are no titles), the rest capitalized
    named = any(word[:1].isupper() and word[:2] not in ("I’", "I'") for word in long_words)
    return named and all(word[:1].isupper() or word[:1].isdigit() for word in long_words)


def _subject_of_sentence(text: str, span: Span, before: int, end: int) -> bool:
    """Quote marks opening a sentence around words with no closing mark of their own, before
    a word in lower case: the title of a work as the sentence's subject ('“Jurassic World
    Rebirth” roared to a $147 million debut'), not speech ('“We will win,” she said'); or
    around words and a comma before an article opening what the work is ('“The Quiet Field,”
    a Norwegian drama, won'; its words in title case, :func:`is_title`)."""
    opens = before < 0 or text[before] in ".!?\n"
    if not opens:
        return False
    after = text[span.close_end : span.close_end + 2]
    if text[end - 1] not in ".,!?;:":
        return after[:1] == " " and after[1:].islower()
    reach = span.close_end + _APPOSITIVE_REACH
    if text[end - 1] != "," or _APPOSITIVE.match(text, span.close_end, reach) is None:
        return False
    # (not a cue after the article's noun: '“Happy Days Are Here,” a supporter said')
    following = text[span.close_end : reach].split()[2:5]
    return not any(word.strip(",.;:") in lx.CUES for word in following)


# "a" or "an" and a word after a title's closing mark and its comma: what the work is ("“The
# Quiet Field,” a Norwegian drama about a farmer")
_APPOSITIVE = compiled(r"[ \u00a0]++(?:a|an)[ \u00a0]++\p{L}")
_APPOSITIVE_REACH = 60  # characters read after the closing mark for a cue


def _after_work_noun(text: str, comma: int) -> bool:
    """A comma after a noun of a work: 'the movie, “13 Hours”'."""
    if text[comma] != ",":
        return False
    before = text[max(0, comma - 16) : comma].split()
    return bool(before) and before[-1].lower() in lx.WORK_NOUNS


def is_heading(text: str, span: Span) -> bool:
    """A short paragraph of its own in single marks: a section heading ('‘All Bets Are
    Off.’'), as some papers write them."""
    before = text[max(0, span.open - _HEADING_REACH) : span.open]
    after = text[span.close_end : span.close_end + _HEADING_REACH]
    opens = span.open == 0 or ("\n" in before and not before.rsplit("\n", 1)[1].strip())
    closes = span.close_end == len(text) or ("\n" in after and not after.split("\n", 1)[0].strip())
    return opens and closes and len(text[span.start : span.close].split()) <= _MAX_TITLE_WORDS
