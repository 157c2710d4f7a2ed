"""How the words next to a tense cue decide whether it counts: an auxiliary or a word of plan
right before a future cue lends it its own tense ("were planning", "had been scheduled to
expire"), and a verb whose past tense is its base form ("cut", "hit") is a past only with its
object after it and nothing of the present or the future before it."""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import FUTURE_CUES, MONTHS, WEEKDAYS

# Auxiliaries that yield their tense to a future word right after them: "were planning",
# "was expected", "is due".
_AUXILIARIES = frozenset(["is", "are", "am", "was", "were", "be", "been"])
# Between an auxiliary and the future cue it goes with: "was still expected to", "were also
# planning"
_ADVERBS = frozenset(["still", "also", "now", "widely", "seen", "thought", "considered"])


# Participles between an auxiliary and the "to" that makes them a plan: "is forecast to",
# "are set to", "was projected to"
_PARTICIPLES_BEFORE_TO = frozenset(["forecast", "set", "predicted", "projected"])


def auxiliary_before(before: tuple[str, str], ends: tuple[int, int], cue_end: int) -> bool:
    """Whether the last cue is an auxiliary right before this word, or before an adverb
    before it: "were planning", "was still expected"; or before a participle before this
    "to": "Thursday is forecast to be the hottest day"."""
    if before[1] in _AUXILIARIES:
        return cue_end == ends[1]
    between = before[1] in _ADVERBS or before[1] in _PARTICIPLES_BEFORE_TO
    return between and before[0] in _AUXILIARIES and cue_end == ends[0]


def plan_word_before(before: tuple[str, str], ends: tuple[int, int], cue_end: int) -> bool:
    """Whether the last cue is a word of plan right before "to" before this word: "due to
    expire", "scheduled to begin"."""
    return before[1] == "to" and before[0] in FUTURE_CUES and cue_end == ends[0]


# The words before such a verb that make it no past: a modal, "to", "do", a pronoun of the
# present ("we cut costs every year"), a determiner (a noun: "the cut"), a present auxiliary
# of a participle ("is set to open", "will be cut"); also the word before an adverb before
# it ("will likely cut rates in June", "could also hit").
_NO_PAST_BEFORE = frozenset(
    [
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "to",
        "do",
        "does",
        "don't",
        "doesn't",
        "don’t",
        "doesn’t",
        "not",
        "never",
        "i",
        "we",
        "you",
        "they",
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "these",
        "that",
        "is",
        "are",
        "am",
        "be",
        "being",
        "remain",
        "remains",
        # a passive with "get": "sick of getting beat up on Friday" tells no past
        "get",
        "gets",
        "getting",
    ]
)
_ADVERB_BEFORE = frozenset(
    ["also", "still", "again", "then", "probably", "further", "even", "just"]
)
# What follows the verb as its object: a determiner or pronoun, a number or an amount, a
# particle ("shut down", "cut off"), a name ("beat Chelsea"; not a day's or a month's: "a
# rate cut Tuesday"), or a plural noun with at most one word before it ("cut rates", "hit
# record highs"), a preposition not among them ("a rate cut in May").
_OBJECT_AFTER = compiled(
    rf"""[ \t]++(?:
      (?i:the|a|an|its|his|her|their|our|my|your|this|that|these|those|him|them|us|it
        |some|all|more|another|about|nearly|almost|off|down|up|out|back)\b
    | [\d$£€¥₹]
    | (?!(?i:{"|".join(sorted(WEEKDAYS))}|{"|".join(sorted(MONTHS))})\b)\p{{Lu}}\p{{Ll}}++\b
    | (?!(?:in|on|at|to|for|from|with|by|of|into|over|after|before|during|since|until|and
           |or|but|as|than)\b)(?:\p{{Ll}}++[ \t]++)?\p{{Ll}}{{2,}}s\b
    )""",
    flags=regex.VERBOSE,
)
_OBJECT_REACH = 40  # characters read after the verb for its object


def same_form_past(text: str, end: int, before: tuple[str, str]) -> bool:
    """Whether a verb of the core's ``SAME_FORM_PASTS`` ending at ``end``, after the two words
    ``before``, is a verb in the past: "The storm hit the coast on Friday and is expected to
    weaken" (the Friday gone), "the bank cut rates in May"; not "could hit the coast on
    Friday", "a rate cut in May"."""
    previous = before[1]
    if previous in _NO_PAST_BEFORE or previous.endswith("n't") or previous.endswith("n’t"):
        return False
    if (previous in _ADVERB_BEFORE or previous.endswith("ly")) and before[0] in _NO_PAST_BEFORE:
        return False
    if _BARE_PARTICLE_AFTER.match(text, end, end + _OBJECT_REACH) and _FUTURE_BEFORE.search(
        text, max(0, end - _FUTURE_REACH), end
    ):
        return False  # "will have the trees cut down on Friday": a participle of the plan
    return _OBJECT_AFTER.match(text, end, end + _OBJECT_REACH) is not None


# A particle with no object after it, a preposition next ("cut down on Friday"), and a verb
# of the future before the verb in its clause ("will have the old oaks cut down on Friday",
# "plans to get the power shut off on Monday"): the verb is a participle of what is planned,
# no past ("The plant shut down on Friday" is one: no future before it).
_BARE_PARTICLE_AFTER = compiled(
    r"[ \t]++(?:off|down|up|out|back)[ \t]++(?:on|in|at|by|before|after|next|this|from)\b"
)
_FUTURE_BEFORE = compiled(
    r"\b(?:will|would|shall|going[ \t]++to|plans?[ \t]++to|set[ \t]++to|due[ \t]++to"
    r"|expected[ \t]++to)\b[^.,;!?]*+\Z|['’]ll\b[^.,;!?]*+\Z",
    regex.IGNORECASE,
)
_FUTURE_REACH = 60


# A passive in the past right before "by" and its day: the state reached by then, told in
# the past ("The fire was 99% contained by Sunday evening", "were rescued by Tuesday"); not a
# plan ("was expected to pass by Friday", "was due by Monday": no "-ed" verb right before
# "by", or one of plan, data/future_cues.txt). Matched up to the day's start (\Z at the end
# of the window).
_PASSIVE_PAST_BY = compiled(
    r"""\b(?i:was|were)[ \t]++(?:[\w%.-]++[ \t]++){0,2}?
    (?P<verb>\p{Ll}{2,}ed)[ \t]++
    # what the verb was done to or where: "restored to most customers", "evacuated from 40
    # homes"; "to" only before a determiner or a number, never an infinitive's ("was ordered
    # to leave by Friday" is a deadline)
    (?:(?:to[ \t]++(?:the|a|an|most|all|some|many|its|their|his|her|\d[\d,.%]*+)
        |(?:from|in|across|at|on)(?:[ \t]++(?:the|a|an|most|all|some|many|its|their))?
       )[ \t]++(?:[\p{Ll}\d][\w%.-]*+[ \t]++){1,2}?)?
    by[ \t]++\Z""",
    flags=regex.VERBOSE,
)


def passive_past_by(text: str, low: int, start: int) -> bool:
    """Whether a passive in the past ends at "by" right before ``start`` (read from ``low``):
    "was 99% contained by| Sunday evening" is the Sunday gone."""
    found = _PASSIVE_PAST_BY.search(text, low, start)
    return found is not None and found.group("verb") not in FUTURE_CUES
