"""The clauses around an expression that decide which tense cues speak for it
(:func:`newsfacts_dates.tense.tense_near`): its own clause, not a reported clause after
"that", a relative clause, a predicate joined by "and" or the past verb before an
infinitive.

A cue is (start, end, tense) in text order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsfacts.plugin import compiled
from newsfacts_dates.grammar import CONTROL_VERBS, DIRECTIVE_VERBS, KEEP_GIL, WEEKDAYS

if TYPE_CHECKING:
    from newsfacts_dates.tense import Tense


# The verb of an expression's clause may stand farther back than the reach when nothing
# closes the clause between them: "Walmart will raise starting pay for its U.S. store workers
# to $14 an hour from $12 beginning Feb. 1" is the Feb. 1 to come. What opens a clause of
# its own between them keeps the verb out: a comma or dash, "that", an infinitive ("invited
# her to speak at the summit in July": the speech is to come) or a word that leads
# a date ("since their Oct. 13 debate").
CLAUSE_REACH = 160
_CLAUSE_OPENING = compiled(
    r"""\b(?: that
        | to [ \t]++ (?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)
          (?-i:[a-z]++)
        | since | until | till | through | by )\b""",
    flags=regex.IGNORECASE | regex.VERBOSE,
)


# A comma before "with" opens no clause of its own: what follows has no verb with a tense
# ("would sail from Lisbon on March 30, with the last leaving each Friday from Aug. 6" is
# the Aug. 6 to come; "closed the plant on Friday, with 300 jobs lost in May" the May gone),
# and takes the tense of the clause it is set off from.
_ABSOLUTE = compiled(r"[ \t]++with[ \t]", regex.IGNORECASE)


def clause_start(text: str, far: int, low: int, start: int) -> int:
    """Where the cues of an expression at ``start`` are read from: ``low`` (the reach), or
    back to the start of its clause within ``far``."""
    if far >= low:
        return low
    opening = far
    for mark in _CLAUSE_MARK.finditer(text, far, start, False, KEEP_GIL):
        if mark.group() != "," or _ABSOLUTE.match(text, mark.end(), start, KEEP_GIL) is None:
            opening = mark.end()
    for word in _CLAUSE_OPENING.finditer(text, opening, start, False, KEEP_GIL):
        opening = word.end()
    return min(low, opening)


# An infinitive whose doing comes after a past verb before it: "asked him to help prepare
# for the U.S. Open starting Aug. 24" is the Aug. 24 to come. Without a part-of-speech tagger
# "to" + word is an infinitive only after an object pronoun ("ordered him to appear") or
# before a determiner ("to influence the election"): "subjected him to more than six hours
# of interviews in March" and "joined the contest to high hopes in May" keep the
# past; after a verb of ``data/control_verbs.txt`` it always is ("agreed to meet in
# September" is unmarked: the September nearest, most often the one to come), also with when
# or where it was agreed between them ("agreed at the weekend to raise output from October",
# "voted on Tuesday to close the plant in March", "agreed in Vienna to cut output in May");
# after a verb of ``data/directive_verbs.txt`` and its object of up to three words too
# ("urged residents to stay indoors on Friday": see ``planned_infinitives``).
_INFINITIVE = compiled(
    r"""\b(?: (?:him|her|them|us|me|you) [ \t]++ to [ \t]++
              (?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|more|less
                 |about|around|nearly|almost|some|all|each|every|no|any|one|two|three)\b)
              [a-z]++
          | to [ \t]++ [a-z]++ (?=[ \t]++(?:the|a|an|his|her|its|their|our)\b)
          | (?<=\b(?:CONTROL_VERBS)
                (?:[ \t]+\d+-\d+)?  # a vote's tally: "voted 7-2 Thursday to"
                (?:[ \t]+(?:on|at|in|last|this|late|early|earlier|yesterday|today|(?i:WEEKDAYS))
                   (?:[ \t]+[\w.’']+){0,2})?
                [ \t]) to [ \t]++ [a-z]++
          | (?<=\b(?:DIRECTIVE_VERBS)(?:[ \t]+[\w’'-]+){1,3}[ \t]) to [ \t]++ [a-z]++
        )\b""".replace("CONTROL_VERBS", "|".join(sorted(CONTROL_VERBS)))
    .replace("DIRECTIVE_VERBS", "|".join(sorted(DIRECTIVE_VERBS)))
    .replace("WEEKDAYS", "|".join(sorted(WEEKDAYS))),
    flags=regex.VERBOSE,
)


def after_infinitive(
    text: str, start: int, cues: list[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """``cues`` without the past ones before an infinitive that stands between them and
    the expression at ``start``."""
    before = [cue for cue in cues if cue[1] <= start]
    # Every form holds "to" (most stretches hold none: no pattern read there).
    if not before or text.find("to", before[-1][1], start) < 0:
        return cues
    openings = [
        match.end() for match in _INFINITIVE.finditer(text, before[-1][1], start, False, KEEP_GIL)
    ]
    if not openings:
        return cues
    return [cue for cue in cues if cue[0] >= openings[-1] or cue[2] != "past"]


# "that" after an expression opens a reported clause: "told reporters Monday that he would
# resign" is Monday gone, whatever the clause says of the future; so do the words of a
# question asked ("declined to answer a question on Friday about how she would fund the
# plan", "asked him Monday whether he would run"), and a verb of telling in "-ing" whose
# "that" is left out ("wrapped up its rate review on Friday by announcing fares would
# rise", "spoke Monday, saying he would run").
_THAT = compiled(
    r"\b(?:that|how|whether|why|whom|saying|announcing|adding|warning|noting|arguing)\b",
    regex.IGNORECASE,
)
# A clause of its own opening right after a fronted expression's comma: "On Friday, when
# the minister set aside vacation plans, the ministry lifted a warning" takes the verb of the
# main clause, after the comma that closes it.
_SUBORDINATE = compiled(
    r"[ \t]*+(?:when|as|after|before|while|although|though|because|if|once|since)\b",
    regex.IGNORECASE,
)


def main_clause(text: str, comma: int, sentence_end: int) -> int:
    """Where the main clause starts after the comma at ``comma`` of a fronted expression:
    there, or past a subordinate clause opening there."""
    if _SUBORDINATE.match(text, comma + 1, sentence_end) is None:
        return comma
    closing = _CLAUSE_MARK.search(text, comma + 1, sentence_end, KEEP_GIL)
    return comma if closing is None else closing.end()


# What closes a clause around an expression: a comma, semicolon, colon or bracket before a
# space or a closing quote mark ('... again in December," said'; also the straight single
# quote of British papers and the doubled one of wire copy: "'... on Friday,' the minister
# said", "... on Friday,'' he said"; not the comma of "1,200"), a dash between spaces, or a
# quote opening after a space, whose words are the speaker's ("conceded at a rally
# Monday night \"it will be a tough fight for us\"": the Monday gone).
_CLAUSE_MARK = compiled(r"[,;:()](?=[\s\"”’'])|\s[—–-]\s|\s[\"“](?=\w)")


def in_own_clause(
    text: str, start: int, end: int, cues: list[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """The cues of the expression's own clause, between the marks around it, when it has
    any: "Apple will release it in September, the company said" is the September to come;
    when it has none, those outside a quote opening right after it."""
    if len(cues) < 2 and (not cues or cues[0][0] < end):
        return cues  # (most expressions: a single cue before it is its own)
    opening = max(
        (m.end() for m in _CLAUSE_MARK.finditer(text, cues[0][0], start, False, KEEP_GIL)),
        default=0,
    )
    closing = _CLAUSE_MARK.search(text, end, cues[-1][1], KEEP_GIL)
    last = closing.start() if closing is not None else len(text)
    own = [cue for cue in cues if cue[0] >= opening and cue[1] <= last]
    return own or _outside_quote_after(text, last, cues)


# A quote opening right after the mark that closes an expression's clause, and its closing
# mark: "On Monday, "We will win this state," he said" (the words between are the speaker's).
_QUOTE_OPENS = compiled(r"[,:;]?[ \t]++[\"“](?=\w)")
_QUOTE_CLOSES = compiled(r"[\"”]")
_QUOTE_REACH = 400  # characters read for the closing mark


def _outside_quote_after(
    text: str, last: int, cues: list[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """``cues`` without those of a quote opening right after ``last``, the end of an
    expression's clause that holds no cue: the quote's tense is the speaker's, the verb
    that tells it the expression's ("In a column on July 2, "The cuts must end," the
    councillor wrote" is the July 2 gone); all ``cues`` when no such quote is, none when
    all are the quote's."""
    quote = _QUOTE_OPENS.match(text, last, cues[-1][1], KEEP_GIL)
    if quote is None:
        return cues
    closing = _QUOTE_CLOSES.search(text, quote.end(), quote.end() + _QUOTE_REACH, KEEP_GIL)
    if closing is None:
        return cues
    return [cue for cue in cues if not quote.end() <= cue[0] < closing.start()]


def own_predicate(
    text: str, start: int, end: int, cues: list[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """``cues`` without those of a predicate joined by "and" after the expression, when a
    past tense stands before it: "detained him on Friday and would not say" is the Friday
    gone ("is on the ballot in April and will meet" is not)."""
    if not any(cue[1] <= start and cue[2] == "past" for cue in cues):
        return cues
    return [
        cue for cue in cues if cue[1] <= start or _AND.search(text, end, cue[0], KEEP_GIL) is None
    ]


_AND = compiled(r"\band\b")

# A relative clause set off after an expression tells of something else: "beat Cobolli on
# Wednesday to reach the semifinal, where he will face Sinner" is the Wednesday gone. Not
# "when": "the vote is on Friday, when the council will meet" is that Friday. Nor does a
# clause of contrast or cause: "would be closed from Oct. 18 while engineers replaced a
# bridge" is the Oct. 18 to come.
_RELATIVE_CLAUSE = compiled(
    r",[ \t]++(?:where|which|who|whom|whose)\b|\b(?:while|because|although|though|whereas)\b"
)


def before_relative_clause(
    text: str, end: int, cues: list[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """``cues`` without those of a relative clause set off after the expression, and
    without the past ones of a clause of what came first opening right after it."""
    if not cues or cues[-1][0] < end:
        return cues
    earlier = _EARLIER_CLAUSE.match(text, end, cues[-1][0], KEEP_GIL)
    if earlier is not None:
        closing = _CLAUSE_END.search(text, earlier.end(), cues[-1][1], KEEP_GIL)
        last = closing.start() if closing is not None else len(text)
        cues = [cue for cue in cues if not earlier.start() <= cue[0] < last or cue[2] != "past"]
    clause = _RELATIVE_CLAUSE.search(text, end, cues[-1][0], KEEP_GIL) if cues else None
    if clause is None:
        return cues
    return [cue for cue in cues if cue[0] < clause.start()]


# A clause of what came first, right after an expression: its past tells of that, not of the
# expression's time ("Fares rise in April after the board approved the plan" is the April to
# come, its own verb, a present, no cue), but one still to come puts the expression ahead too
# ("will sign the deal on Friday after the board meets its lenders"). The clause ends at the
# next mark.
_EARLIER_CLAUSE = compiled(r"[ \t]++after\b")
_CLAUSE_END = compiled(r"[,;:]")


# A subject pronoun right after an expression opens a reported clause whose "that" is left
# out: "told reporters Tuesday he would resign", "told voters this weekend she would win"
# are the days gone (not "it": "the vote Tuesday it said would pass" is rarer than "delayed
# it").
_PRONOUN_OPENS = compiled(r"[ \t]++(?:he|she|they|we|I)\b")


def outside_reported_clause(
    text: str, start: int, end: int, cues: list[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """``cues`` without those of a clause opened by "that" or a subject pronoun after the
    expression, when a cue stands before it (the verb the expression goes with: "told ...
    Monday that", "told ... Monday he")."""
    if not cues or cues[0][1] > start:
        return cues
    that = _THAT.search(text, end, cues[-1][0], KEEP_GIL) or _pronoun_opens(text, start, end, cues)
    if that is None:
        return cues
    return [cue for cue in cues if cue[0] < that.start()]


def _pronoun_opens(
    text: str, start: int, end: int, cues: list[tuple[int, int, Tense]]
) -> regex.Match[str] | None:
    """A subject pronoun right after the expression that opens a reported clause: not when
    the expression is already in one, a "that" between the verb before it and it ("said
    that on Monday he will step down" is the Monday to come)."""
    pronoun = _PRONOUN_OPENS.match(text, end, cues[-1][0], KEEP_GIL)
    if pronoun is None:
        return None
    verb_end = max(cue[1] for cue in cues if cue[1] <= start)
    return pronoun if _OPENER.search(text, verb_end, start, KEEP_GIL) is None else None


# The words that open a reported clause before an expression (not a verb of telling in
# "-ing", which the expression may go with: "announcing on Friday she would sue")
_OPENER = compiled(r"\b(?:that|how|whether|why|whom)\b", regex.IGNORECASE)


# An attribution after the expression's clause ("has decided to admit them in early March,
# an official said on Wednesday") tells when it was said, not when the thing told is.
_ATTRIBUTION = compiled(
    r"""[,;](?=[\s"”’'])[^,;.!?]{0,80}?
    \b(?:said|says|told|added|announced|stated|reported|confirmed|noted)\b""",
    flags=regex.IGNORECASE | regex.VERBOSE,
)


# An expression that opens its clause after a comma ("had been scheduled to attend, but on
# Thursday, the party announced she was not coming"): the verb after it is its own.
_OPENS_ITS_CLAUSE = compiled(
    r"[,;][ \t]++(?:(?:and|but|yet|so|also|then)[ \t]++)?(?:(?:on|in|at|by)[ \t]++)?\Z",
    flags=regex.IGNORECASE,
)


def before_attribution(
    text: str, start: int, end: int, cues: list[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """``cues`` without those of an attribution after the expression, when a cue stands
    before the expression in its clause (the verb it goes with)."""
    if not cues or cues[0][1] > start or cues[-1][0] < end:
        return cues
    if _OPENS_ITS_CLAUSE.search(text, max(0, start - 24), start, KEEP_GIL) is not None:
        return cues
    attribution = _ATTRIBUTION.search(text, end, cues[-1][1], KEEP_GIL)
    if attribution is None:
        return cues
    return [cue for cue in cues if cue[0] < attribution.start()]


# The marks around a quote in a paragraph: an opening one after a space, a bracket or a dash
# (or first in the text) before a word ('“', wire copy's '``', a straight '"'), and a closing
# one ('”', wire copy's "''", a straight '"' after a word or a stop). Single quotes are left
# out: most are apostrophes.
_QUOTE_OPENING = compiled(r"""(?<![^\s(\[—–-])(?:“|``|"(?=\w))""")
_QUOTE_CLOSING = compiled(r"""”|''|(?<=[\w.,!?])\"""")


def inside_quote(
    text: str, start: int, end: int, cues: list[tuple[int, int, Tense]]
) -> list[tuple[int, int, Tense]]:
    """``cues`` of the quote that holds the expression at ``start``-``end`` within its
    paragraph, when one does: the speaker's words have a tense of their own, and the verb
    that tells them says only when they were said ('"We hope to be back in July," she
    said', told in May, is the July to come; '"We lost it in July," she said' the one
    gone). All ``cues`` when no quote holds it."""
    if not cues:
        return cues
    low = max(text.rfind("\n", 0, start) + 1, start - _QUOTE_REACH)
    openings = list(_QUOTE_OPENING.finditer(text, low, start, False, KEEP_GIL))
    if not openings:
        return cues
    opening = openings[-1]  # the last before the expression, unless a quote closes after it
    if _QUOTE_CLOSING.search(text, opening.end(), start, KEEP_GIL) is not None:
        return cues
    paragraph_end = text.find("\n", end)
    high = min(len(text) if paragraph_end < 0 else paragraph_end, end + _QUOTE_REACH)
    closing = _QUOTE_CLOSING.search(text, end, high, KEEP_GIL)
    if closing is None:
        return cues
    return [cue for cue in cues if opening.end() <= cue[0] < closing.start()]


# A past perfect: "had been due to expire", "had planned": the plan is over.
_PERFECT = compiled(r"\bhad\b", regex.IGNORECASE)
# A relative clause set off by commas before an expression ("The hearing, which had been set
# for Friday, was moved to Oct. 14"): its verbs tell of its noun, not of the expression.
_SET_OFF_RELATIVE = compiled(r",[ \t]++(?:which|who)\b[^,;:()]*+,")


def perfect_near(text: str, low: int, start: int, high: int) -> bool:
    """Whether a past perfect stands in ``low``..``high`` around an expression at ``start``,
    not in a relative clause set off before it ("The hearing, which had been set for
    Friday, was moved to Oct. 14" is the Oct. 14 to come)."""
    if _PERFECT.search(text, start, high, KEEP_GIL):
        return True
    opening = low
    for relative in _SET_OFF_RELATIVE.finditer(text, low, start, False, KEEP_GIL):
        if _PERFECT.search(text, opening, relative.start(), KEEP_GIL):
            return True
        opening = relative.end()
    return _PERFECT.search(text, opening, start, KEEP_GIL) is not None
