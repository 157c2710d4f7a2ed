"""The kind of person an organization's name stands before, who speaks: "a Pentagon
spokesman said", "the Senate minority leader told" (the phrase names a person of the
organization, not the organization)."""

from __future__ import annotations

from newsfacts.plugin import PEOPLE_NOUNS
from newsfacts_quotes import lexicon as lx
from newsfacts_quotes.phrases import NOT_SPEAKERS, Word, is_verb

_MAX_KIND_WORDS = 3  # the nouns after an organization naming who speaks: "GOP leadership aide"


def _kind_noun(word: str) -> bool:
    """A noun for a person after an organization: by relation ("a Pentagon spokesman"), by
    office ("the EU commissioner", "the UN secretary-general") or any of the core's."""
    return word in lx.RELATIONAL_NOUNS or word in lx.OFFICE_NOUNS or word in PEOPLE_NOUNS


def names_a_kind(rest: list[Word], *, spaced: bool) -> bool:
    """Whether an organization only says what kind of person the words ``rest`` after it
    (``spaced``: after a blank) name, who speaks: "the Senate minority leader said", "said a
    Pentagon spokesman" (not "the Pentagon has said", "according to a Pentagon readout"); what
    follows a preposition describes it ("admitted the Arsenal manager after the defeat")."""
    ends = [index for index, word in enumerate(rest) if word[2] in NOT_SPEAKERS]
    rest = rest[: ends[0]] if ends else rest
    return (
        0 < len(rest) <= _MAX_KIND_WORDS
        and spaced
        and all(word[2].islower() for word in rest)
        and _kind_noun(rest[-1][2])
    )


def kind_length(rest: list[Word]) -> int:
    """How many of the words ``rest`` right after an organization say what kind of person is
    meant: up to three lower-case words ending in a noun for people, before any preposition
    ("the Labour leader, who ...": 1; "the Senate minority leader told": 2; 0 for none)."""
    length = 0
    for index, word in enumerate(rest[:_MAX_KIND_WORDS]):
        if not word[2].islower() or word[2] in NOT_SPEAKERS:
            break
        if _kind_noun(word[2]):
            length = index + 1
        elif is_verb(word[2]):
            break  # "DNC rules permit members to ...": the phrase has its verb
    return length
