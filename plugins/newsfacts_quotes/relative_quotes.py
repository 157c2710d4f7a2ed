"""A quote inside a relative clause set off after a person's name, its verb the clause's
own: "Ben Hale, who estimates that the repairs will cost “in the millions,” described ..."
and "said Ben Hale, who thinks the council “should start over,”" are Ben Hale's words, and
the clause's "who" is the mention that says so, as a pronoun is (the name stays the
speaker's), its verb the cue."""

from __future__ import annotations

from newsfacts.plugin import Person, compiled
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.mentions import MentionIndex, Speaker, name_of
from newsfacts_quotes.phrases import is_adverb

# ", who", then the clause's words up to the opening mark: no comma, stop or other mark
# between (the quote is the clause's, not a sentence's after it)
_WHO_CLAUSE = compiled(r",[ \u00a0]++(?P<who>who)[ \u00a0]++(?P<words>[^,.;:!?()\n\"“”]{1,120}+)\Z")
_REACH = 130  # characters read before the opening mark for ", who" and its clause
# Verbs of being: "who is known as “...”", "who was called “...”" name what others call the
# person; the clause's words are not the person's own.
_BEING = frozenset(("is", "was", "are", "were", "been", "be", "being"))
_DENIALS = frozenset(("never", "not", "no"))
# The genders of data/pronouns.tsv a subject pronoun of a clause of its own names ("he", "she",
# "they", "I"; not "who" itself)
_PERSONAL = frozenset(("m", "f", "org", "self"))


def relative_clause_speaker(
    text: str, people: MentionIndex, opening: int, close_end: int
) -> tuple[str, Speaker] | None:
    """The cue and speaker of a quote whose opening mark at ``opening`` stands inside a
    relative clause ", who ..." after a person's name (its ``close_end``: after the closing
    mark); None if it does not, if the clause's verb is one of being ("who is known as"),
    or if "by" follows the quote ("who was called “...” by the mayor": the mayor's)."""
    clause = _WHO_CLAUSE.search(text, max(0, opening - _REACH), opening)
    if clause is None or text.startswith((" by ", "\u00a0by "), close_end):
        return None
    named = people.before(clause.start() + 1)
    if not named or named[-1].end != clause.start() or not isinstance(named[-1], Person):
        return None
    words = clause.group("words").split()
    verb = _verb(words)
    if verb is None or not _one_clause(words):
        return None
    return verb, Speaker(name_of(named[-1]), clause.start("who"), clause.end("who"))


def _verb(words: list[str]) -> str | None:
    """The clause's verb: its first word past adverbs and auxiliaries of time ("who has long
    argued" -> "argued"), in lower case, no verb of being and not denied ("who never
    called"); None otherwise."""
    index = 0
    while index < len(words) and _filler(words[index]):
        index += 1
    if index == len(words):
        return None
    word = words[index]
    if not word.islower() or word in _BEING or word in lx.AUXILIARIES or word in _DENIALS:
        return None
    # ("who has for years argued": a preposition is no verb)
    return None if word in lx.TRAILING_PREPOSITIONS else word


def _one_clause(words: list[str]) -> bool:
    """Whether the relative clause's words run on to the quote in one clause of its own: no
    subject pronoun ("who he called", "who forced me ... when she called"), no verb of being
    but in a clause "that" reports (one is the main clause's after a relative clause left
    unclosed: "Ruiz, who died in 2012 is “...”") and no dash (an aside's end: "Ruiz, who lost
    in 2008 -- said the plan")."""
    reported = "that" in words  # ("who estimates that the costs were": its own clause's)
    return not any(
        (word in _BEING and not reported)
        or word in ("--", "-", "—", "–")
        or lx.PRONOUNS.get(word.lower()) in _PERSONAL
        for word in words
    )


def _filler(word: str) -> bool:
    # "has", "long", "repeatedly" (not "was": see _BEING)
    return is_adverb(word) or (word in lx.VERB_FILLERS and word not in _BEING)
