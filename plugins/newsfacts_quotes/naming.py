"""Naming participles: a cue that names what stands before it rather than speaking a quote
("The levy, described as a “windfall” charge,"; "an audit labeled a “fishing trip” by critics").
Read by :mod:`newsfacts_quotes.attribution` as a passive cue."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_quotes.lexicon import AGENT_PAST_QUOTE, AGENT_REACH

# A naming cue's participle right after a comma, nothing but "as", an article or a possessive
# between it and the quote: a phrase describing the noun before the comma, which was named and
# does not name ("The levy, described as a “windfall” charge,", "the tower, dubbed Lagos's
# “Needle”,"). An object after the cue makes it a verb in the past: "Ann Cole, a Democrat,
# called the plan “a disgrace”" is hers; so does a comma before in the sentence, which the
# one before the cue may close: 'in what Ann Cole, a Democrat, called “a disgrace”'.
_NAMED_AFTER_COMMA = compiled(
    r"""(?i:called|dubbed|labell?ed|termed|branded|described|nicknamed)
    (?:[ \u00a0]++as)?+
    (?:[ \u00a0]++(?:(?i:the|a|an)|\p{Lu}\p{L}*+[’']s))?+
    [ \u00a0]*+[“"«„`]""",
    regex.VERBOSE,
)
# The sentence's words up to a comma right before the cue, no other comma among them
_LONE_COMMA_BEFORE = compiled(r"(?:^|[.!?\n])[^.!?\n,]*+,[ \u00a0]++\Z")
_BEING_BEFORE = compiled(r"(?i:being)[ \u00a0]++\Z")
_NAMED_REACH = 200  # characters before a naming participle read for its sentence's commas


def named_participle(text: str, cue: str, start: int) -> bool:
    """Whether the cue ``cue`` at ``start`` is a naming participle after a comma, the noun
    before it named, not naming: 'The levy, described as a “windfall” charge'."""
    if _NAMED_AFTER_COMMA.match(text, start) is None:
        return False
    # (or wherever it stands, "by" right after the quote: 'an audit long labeled as a “fishing
    # trip” by critics'; not after "being", whose subject quotes what it was called)
    if _LONE_COMMA_BEFORE.search(text, max(0, start - _NAMED_REACH), start) is not None:
        return True
    after = start + len(cue)
    agent = AGENT_PAST_QUOTE.match(text, after, after + AGENT_REACH) is not None
    return agent and _BEING_BEFORE.search(text, max(0, start - 8), start) is None
