"""The compiled patterns the events check reads around a count (see
:mod:`newsfacts_numbers.events`): the event words, and what stands between one and its count
(a verb's auxiliary, another clause, a passive's agent, an active verb's object).

Every pattern is linear, as those of :mod:`newsfacts_numbers.patterns`.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled
from newsfacts_numbers import lexicon as lx
from newsfacts_numbers.caseless import CaselessWords

# Between a count (and its noun) and the verb it is the subject of: "32 others were missing",
# "40 have also been arrested", "dozens more were missing", "23 girls from a summer camp were
# missing" (a short phrase of where they are from, then a verb's auxiliary: not "detained 120
# students in the protest"); an adverb of how badly, "remain" and "still" too: "30 others
# were seriously injured", "five crew members remained missing", "two are still missing".
_PREDICATE_WORDS = (
    r"(?i:were|was|are|is|been|being|have|has|had|also|reportedly|later|all|both|more|still"
    r"|critically|seriously|badly|severely|slightly|gravely|mortally|remain(?:s|ed)?)\b"
)
PREDICATE_GAP = compiled(
    rf"""
    (?:
        [ \t]++(?i:from|of|at|in|on|aboard)(?:[ \t]++[\w'’-]++){{1,4}}
        (?:[ \t]++{_PREDICATE_WORDS})++
      | (?:[ \t]++{_PREDICATE_WORDS})*+
    )
    [ \t]++
    """,
    flags=regex.VERBOSE,
)
# Word boundaries rather than (?<!\w) and (?!\w), the same for words that start and end with a
# letter, and checked twice as fast: the pattern is searched in a window around every count.
# Not before a noun that makes it no event: "nine people on death row", "the death penalty",
# "death threats".
EVENT = compiled(
    rf"\b(?i:{lx.alternation(lx.EVENTS)})\b(?![ \t]+(?i:row|penalty|sentences?|threats?)\b)"
)
# Where an event word may start: EVENT without its closing word boundary, found once per text
# at every position (overlapped). Every start of an EVENT match in any stretch of the text is
# one of these (a match in a stretch also matches the whole text there, but for the boundary
# at the stretch's end), so a stretch holding none of them holds no event word.
EVENT_STARTS = CaselessWords.of(lx.EVENTS)
# A mark that ends a clause: a comma, a bracket, a quote mark, a dash (an en dash too, but
# not one between digits, a range's: "10–12")
CLAUSE_BREAK = compiled(r"[,;:()\[\]“”\"—]|(?<!\d)–(?!\d)")
# Another verb joined by "and" between an event word and a number after it: "killing 12
# people| and forcing |more than 600,000 to flee" (the event is the other verb's).
OTHER_PREDICATE = compiled(r"\band[ \t]+\p{Ll}+(?:ing|ed)\b")
# The counted people as the doers of an event, not its sufferers: the agent of a passive
# ("captured on video by| at least one| bystander", "attacked by| 200| protesters") ...
AGENT_BEFORE = compiled(rf"\bby[ \t]++(?:(?i:{lx.alternation(lx.QUALIFIERS_BEFORE)})[ \t]++)?\Z")
# ... and the subject of an active verb (``lexicon.ACTIVE_EVENTS``) with an object after it:
# "Two men shot| a woman", "Four gunmen killed| nine people", "One boy picked up a
# kitchen knife and stabbed| his brother"; not a time ("were held| the same day").
ACTIVE_OBJECT = compiled(
    rf"""
    [ \t]++(?:and[ \t]++\p{{Ll}}++[ \t]++)?            # "shot| and killed| a woman"
    (?:
      (?i:a|an|the|his|her|their|its|another|him|them|us)\b
      (?![ \t]++(?i:same|next|following|previous|day|night|morning|afternoon|evening
                  |week|weekend|month|year)\b)
    | \d | (?i:{lx.alternation(lx.NUMBER_WORDS)})\b
    )
    """,
    regex.VERBOSE,
)
# A conjunction opening another clause between an event word and a number after it: "a man
# seized in a police raid| as |about 100 workers denounced", "killed| when |12 soldiers" (not
# "killed as many as 30").
OTHER_CLAUSE = compiled(
    r"(?<!\b(?:many|much|few|well|long|soon)[ \t]+)"
    r"\b(?:as|while|when|whereas|because)\b(?![ \t]++(?:many|much|few|well)\b)"
)
# A preposition of circumstance right before an event noun after the count: "31 people
# during| protests", "in the| clashes".
CIRCUMSTANCE = compiled(
    r"\b(?i:during|amid|in|at|after|following|over|since)[ \t]++(?:(?i:the|a|an)[ \t]++)?\Z"
)
# A verb that ends what an event noun counted says, right before the count: "freed| 300
# hostages", "released| about 40 prisoners", "rescued| 12 hostages", "could save| millions of
# lives" (read backwards from the number, anchored there by \G).
RELEASED_BEFORE = compiled(
    r"\b(?i:freed|released|rescued|freeing|releasing|rescuing|swapped|exchanged|exchanging"
    r"|saved?|saving|spared?|sparing)"
    rf"[ \t]++(?:(?i:{lx.alternation(lx.QUALIFIERS_BEFORE, reverse=True)})[ \t]++)?\G",
    flags=regex.REVERSE,
)
# "lives" as a verb: someone's home, no lives lost. A word of place or company after it, and
# before it no owner, article, number or verb that takes lives as its object: "she lives|
# in Leeds with her two children", "the family lives| with three dogs"; not "lost their
# lives in the crash", "claimed 20 lives in", "saved many lives on" (matched at "lives").
LIVES_AS_VERB = compiled(
    r"""(?<!\b(?i:their|his|her|its|our|my|your|the|these|those|whose|many|more|own|of|human
    |innocent|civilian|young|lost|losing|claimed|claiming|cost|costing|saved|saving|took|taken
    |taking|risked|risking|ruined|[\d,]+)[ \t]++)
    lives(?=[ \t]++(?:in|on|at|with|near|alone|together|abroad|nearby|outside|there|here)\b)""",
    flags=regex.VERBOSE,
)
# Before an event word, a passive's auxiliary: "were| shot", "was| held"
AUXILIARIES = frozenset(["were", "was", "been", "being", "is", "are", "be", "get", "got"])
# A number right after an event word is what the event counts: "a city of 16 million and
# injuring| at least 151| people" (the injured are the 151, not the 16 million), "killed
# 900 soldiers and hurt| hundreds" (the hurt are the hundreds).
EVENT_OBJECT = compiled(
    rf"[ \t]++(?:(?i:{lx.alternation(lx.QUALIFIERS_BEFORE)})[ \t]++)?"
    rf"(?:\d|(?i:{lx.alternation(lx.NUMBER_WORDS.keys() | lx.VAGUE.keys())})\b)"
)
# Another count opening a clause of its own between a count and an event word after it: "180
# were rescued| and 45| remain missing", "two were freed| but three| are still held" (the
# event is the other count's; a list of counts shares it later: "two men and three women
# were arrested"), not the end of a range or a list of ages ("26 infants between two weeks and
# five months old", "Two teenagers, aged 16 and 17, have been arrested"); or a relative
# clause of its own: "Dozens of lawmakers criticized the sweeps in which| 86| people were
# detained", "a march where| 40| were hurt".
OTHER_COUNT = compiled(
    r"(?<!\b(?i:between|aged|ages)[ \t]++[\w.,-]++(?:[ \t]++\p{L}++)?[ \t]++)"
    r"\b(?i:and|but|while|whereas|where|(?:in|during)[ \t]++which)[ \t]++"
    rf"(?:(?i:another|{lx.alternation(lx.QUALIFIERS_BEFORE)})"
    rf"[ \t]++)?(?:\d|(?i:{lx.alternation(lx.NUMBER_WORDS)})\b)"
)
# What follows "held" right after a count (or its noun) when the counted people hold a
# thing, no one is detained: an object in lower case, an article first or not ("Dozens
# held| banners", "the two held| talks", "hundreds of mourners held| a vigil"); not a place, a
# time or a state of detention ("Five held| after a raid", "held| overnight", "held| without
# bail", "held| hostage").
HELD_THING = compiled(
    r"""
    [ \t]++
    (?!(?i:in|at|on|by|for|after|over|since|until|till|without|with|from|under|near|as
        |amid|following|during|overnight|there|here|again|briefly|incommunicado
        |hostages?|captives?|prisoners?)\b)
    \p{Ll}
    """,
    regex.VERBOSE,
)
# A camera's "captured": a picture is taken, no one is seized. What records stands right
# before it ("A camera captured| the two", "a video captured| ...") or after it, after "on",
# "by" or "in" and at most three words ("captured| on video", "captured| by a
# neighbour's doorbell camera"; not "captured| by police in Ohio").
_RECORDS = (
    r"(?i:cameras?|cams?|videos?|videotapes?|footage|photos?|photographs?|images?"
    r"|recordings?|film|tape)"
)
CAPTURED_BY_CAMERA_BEFORE = compiled(rf"\b{_RECORDS}[ \t]++\G", flags=regex.REVERSE)
CAPTURED_BY_CAMERA_AFTER = compiled(
    rf"[ \t]++(?:on|by|in)[ \t]++(?:[\w-]++[ \t]++){{0,3}}?{_RECORDS}\b"
)
