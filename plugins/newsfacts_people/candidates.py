"""A candidate mention of a person, as one group of capitalized words gives it: where the
name starts and ends, its title, and whether its own words or its context make it surely a
person's (found in the text by :func:`newsfacts_people.mentions.find_mentions`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, cast

import regex

from newsfacts.plugin import compiled
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people import person_cues as cues
from newsfacts_people.appointments import appointed_role
from newsfacts_people.names import Reading, all_titles
from newsfacts_people.next_to import division_after, may_follow, may_precede
from newsfacts_people.objects import done_to_a_person
from newsfacts_people.placed import state_set_off
from newsfacts_people.portfolios import portfolio_start
from newsfacts_people.pronoun_after import pronoun_after
from newsfacts_people.roles import Context, read_context, singular
from newsfacts_people.runs import QUOTES, Token
from newsfacts_people.surname_first import FAMILY_FUNCTION_WORDS, surname_first
from newsfacts_people.surroundings import (
    bracket_parts,
    continues_organization,
    described_as_place,
    in_title_case_line,
    names_organization,
    near_speech,
    owned_before,
)
from newsfacts_people.vessels import ship_prefixed


class Mention(NamedTuple):
    """A run of capitalized words that may name a person, with what its context says (a
    named tuple: one is built for every candidate, and an attrs class costs twice as much)."""

    start: int
    end: int
    words: tuple[str, ...]
    # The name as written, particles included ("Ursula von der Leyen")
    written: str
    # The honorific or titles written in the run ("Mr.", "Prime Minister"); what the words
    # around it say is :func:`context`.
    title: str | None
    # Whether the mention is a person on its own evidence; other mentions only count when
    # they repeat the surname or given name of such a person.
    sure: bool
    # The words around it show it names a publication, firm or place ("Zycie Warszawy
    # daily", "analysts at Morgan Stanley", "the town of Mai Mahiu"): the article's
    # mentions written so are no one's
    not_a_person: bool = False
    # Its context when already read; None until :func:`context` reads it.
    known_context: Context | None = None


# A mention made from its fields' tuple by tuple.__new__, in C: the named tuple's own __new__
# is a Python function, a call and a frame for every candidate (see group_mentions).
_NEW_MENTION = cast("Callable[[type[Mention], tuple[object, ...]], Mention]", tuple.__new__)


def context(text: str, mention: Mention) -> Context:
    """The title and role of ``mention``. Read only for the mentions that are people: a
    role phrase costs a slice and a pattern, and most runs of capitalized words name none."""
    if mention.known_context is not None:
        return mention.known_context
    return read_context(text, mention.start, mention.end, mention.title)


# What a group's words say of the name (see Reading), its honorific and where it starts,
# and the name's tokens
Parts = tuple[Reading, str | None, int, list[Token]]


def group_mentions(
    text: str, group: list[Token], parts: Parts, surname_only: bool = False
) -> list[Mention]:
    """The mentions of the name a group of capitalized words gives (one, or one for each
    stretch of it between brackets); of its first word alone if ``surname_only``."""
    reading, honorific, honorific_start, names = parts
    titles, words, titled_only = reading.titles, reading.run.words, reading.titled_only
    if reading.inner_role and (
        in_title_case_line(text, group[0][0], names[-1][1])
        or (len(names) == 1 and not _office_before_one_name(titles, words))
    ):
        # "Parliamentary General Elections", "Harlan Campaign Manager Quits": a role
        # noun inside a headline or before a single word is no evidence.
        titles = ()
        if len(names) > 1:
            return []
    # (the set test first: no call for a group opening with no such word, nearly every one)
    if words[0] in FAMILY_FUNCTION_WORDS and _fronted_to(
        text, words, names, bool(titles or honorific)
    ):
        # "To Frank, issues of justice get attention": a fronted phrase's "To", no family
        # name ("President To Lam"); the name is the word after it, as any function word's
        names, words = names[1:], words[1:]
        titled_only = all_titles(words)
    kept = 3 if len(words) > 2 and _initial(words[1]) else 2  # "Donald J. Trump"
    if len(words) > kept and words[kept] in lx.NAME_SUFFIXES:
        kept += 1  # "James A. Baker III"
    if surname_only:
        kept = 1
    if len(names) > kept and in_title_case_line(text, names[0][0], names[-1][1]):
        # "Donald Trump Is Right": in a headline a name runs into the next words.
        names, words = names[:kept], words[:kept]
        titled_only = all_titles(words)
    # (the words counted once here: they are the name's from now on)
    multiword, two_words = len(words) >= 2, len(words) == 2
    if (
        not (honorific or titles)
        and multiword
        and continues_organization(text, group[0][0], nf.is_given_name(words[0]))
    ):
        # "the Office for National Statistics said", "the Institute of Marine Science"; not
        # "Campaign for Trump" nor "Party for Hillary Clinton" (a headline's capitals)
        return []
    start = honorific_start if honorific else names[0][0]
    end = names[-1][1]
    # Whether the readings of the text right after the name may find anything there (most
    # names: none of them is called)
    telling = may_follow(text, end)
    if telling and division_after(text, end):
        return []  # "Loudoun and Prince William counties": a county's name
    if words[-1] in _ABBREVIATED_SUFFIXES and text.startswith(".", end):
        end += 1  # "Martin Luther King Jr.": the suffix's full stop is the name's
        telling = may_follow(text, end)
    title: str | None = honorific or (" ".join(map(singular, titles)) if titles else None)
    if titles and not honorific:
        title = _office_of(text, group[0][0], title)
        if title is not None and titles[0] == group[0][2]:
            # "Work and Pensions Secretary": the portfolio's first words are before the group
            title = text[portfolio_start(text, group[0][0], titles[0]) : group[0][0]] + title
        if title is not None and _modifier_alone(title, titles, group[0][2]):
            title = None
    # (read for the names of two words only, as its readings are)
    comma = two_words and text.startswith(",", end)
    sure = bool(
        honorific
        # "Former", "Grand", "Crown" alone describe no person ("Former Wallaby captain").
        or (titles and any(word in lx.TITLES and word not in lx.TITLE_MODIFIERS for word in titles))
        or (multiword and nf.is_given_name(words[0]))
        or (multiword and surname_first(words) is not None)  # "Wang Yi held talks"
        # 'Elvin "E.R." Mitchell': a nickname in quotes is a person's
        or (3 <= len(words) <= 4 and _one_nickname(text, names[0][0], end))
        # "Tashfeen Malik, 29,", "Adam Schiff (D-Calif.)", "Martinez, 31,"
        or (telling and cues.person_after(text, end, words))
        # "56-year-old Dezi Freeman"
        or (
            multiword
            and text.endswith(_AGED, 0, start)
            and cues.PERSON_BEFORE.search(text, max(0, start - cues.AGE_REACH), start)
            and not cues.people_noun_after(text, end)  # "a 46-year-old Elm Grove man"
        )
        # "named Sri Mulyani Indrawati finance minister"
        or (multiword and appointed_role(text, start, end) is not None)
        # "sentenced Mwangi Kiunjuri to two years"
        or (multiword and done_to_a_person(text, start, end))
        or (
            two_words
            and (
                # (both patterns after a comma: a name has no comma after it, most often)
                (comma and cues.PERSON_WHO.match(text, end, end + 8, lx.CONCURRENT))
                or cues.PERSON_VERB.match(text, end, end + 24, lx.CONCURRENT)
                # "Mondo Duplantis broke his own record": a firm or team takes "its", "their"
                or pronoun_after(text, end)
                or (
                    comma
                    and cues.APPOSED_SPEAKER.match(text, end, end + 100, lx.CONCURRENT)
                    # "in Rancho Mirage, California, said": a town's state, no description
                    and not state_set_off(text, end)
                )
            )
        )
        # A capitalized role noun is a title only before a full name: "Actress Roseanne
        # Barr", not "Head Start" or "Editor Pick"; a portfolio or modifier alone is none
        # ("Finance Leadership Call Day", "Grand View Mausoleum").
        or (multiword and (_office_title(titles) or near_speech(text, start, end)))
        # "(Reporting by Gwladys Fouche; Editing by Terje Solsvik)": a wire story's credits
        or (
            multiword
            and text.rfind(
                "(", start - cues.CREDIT_REACH if start > cues.CREDIT_REACH else 0, start
            )
            >= 0
            and cues.CREDIT_OPEN.search(text, max(0, start - cues.CREDIT_REACH), start) is not None
        )
    )
    # A firm named after people: "Johnson & Sons", "analysts at Morgan Stanley" (of two
    # words or more: "an analyst at Weil & Associates" may work for Ulric Weil's own firm);
    # a town named like one: "the town of Mai Mahiu".
    first = names[0][0]
    # Whether the readings of the text right before the name may find anything there: read
    # at its first word, where all three read when no title nor honorific opens the group
    preceded = first != group[0][0] or first != start or may_precede(text, first)
    not_a_person = (
        (telling and (names_organization(text, end) or described_as_place(text, end)))
        # "1. Piet Verhoeven ( Netherlands ) , Lola Ford , 51.204": a results row's car or team
        or (preceded and owned_before(text, first, group[-1][1], multiword))
        or ship_prefixed(text, group[0][0], preceded)  # "HMS Queen Elizabeth": a ship
    )
    # Initials as a given name: "A.J. Brown" (not "A.L. Williams Corp.")
    sure = sure or (multiword and not not_a_person and nf.is_initials(words[0]))
    context: Context | None = None
    if (sure or multiword) and titled_only:
        # "the Prime Minister", "Mr. President": a title, nobody named, unless a person of
        # the article bears it as a surname ("Pete King ... King said").
        sure = False
    elif not sure and (multiword or (preceded and cues.after_lower_word_and_comma(text, start))):
        # Read here only when the name's sureness rests on its role ("Her mother, Linda,"
        # too); else it waits for the mentions that turn out to be people (most are not).
        context = read_context(text, start, end, title)
        sure = bool(context.role) and (multiword or cues.named_by_role(words[0], context.role))
        # A title in lower case right before a full name is one too: "signed by spokesman
        # Bayo Onanuga" (as "by lawyer Ade Bello" has a role)
        sure = sure or (multiword and title is None and context.title is not None)
    name = text[first:end]
    # A name of one word is written as it is (most candidates are one word).
    written = name if len(names) == 1 else " ".join(name.replace(")", " ").split())
    mention = _NEW_MENTION(
        Mention, (start, end, words, written, title, sure, not_a_person, context)
    )
    return [mention] if ")" not in name else _across_brackets(text, names, mention)


def _across_brackets(text: str, names: list[Token], mention: Mention) -> list[Mention]:
    """A span never crosses a bracket: "(Russian President Vladimir) Putin" gives the
    mentions "President Vladimir" and "Putin", both of the one name written across it,
    described by the context of all of it. (Apart from :func:`group_mentions`, whose
    variables a comprehension there would make cells, slower, for every name.)"""
    whole = context(text, mention)
    return [
        mention._replace(end=part_end, known_context=whole)
        if index == 0
        else mention._replace(
            start=part_start, end=part_end, title=None, known_context=Context(None, whole.role)
        )
        for index, (part_start, part_end) in enumerate(bracket_parts(text, names))
    ]


# How PERSON_BEFORE ends: "56-year-old " (read before the pattern, which most names fail)
_AGED = ("-year-old ", "-year-old\u00a0")


def _office_title(titles: tuple[str, ...]) -> bool:
    """Whether the titles name an office or a trade, not only what modifies one: "Actress",
    "Finance Minister", not "Finance" nor "Former" (``data/title_modifiers.txt``)."""
    return any(word not in lx.TITLE_MODIFIERS for word in titles)


def _modifier_alone(title: str, titles: tuple[str, ...], first: str) -> bool:
    """Whether the title is only words that modify one, opening the run (``first``: its
    first word), with no office written with them: "Former Obama aide Jo Reyes" ("Former"
    is the aide's), "former secretary of State Nora Vance". Not after capitalized words of
    the run left out of it, which may be the office's ("Cuyahoga County Executive Jo
    Reyes", "Executive" read alone)."""
    return titles[0] == first and " of " not in title and not _office_title(titles)


def _office_before_one_name(titles: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """An office of two words or more before a single name, the person known by one name:
    "Karnataka Chief Minister Siddaramaiah" (not "Parliamentary General Elections")."""
    return (
        len(titles) >= 2
        and titles[-1] in lx.TITLES
        and titles[-1] not in lx.TITLE_MODIFIERS
        and not words[-1].endswith("s")
    )


# A title and "of" before the words of a portfolio: "Secretary of| State Marco Rubio"
_OFFICE_OF = compiled(r"\b(\p{Lu}\p{Ll}++)[ ]of[ ]\G", flags=regex.REVERSE)


def _office_of(text: str, start: int, title: str | None) -> str | None:
    """The whole title when the words before the group and "of" open it: "Secretary of
    State", "Minister of Finance" (the group holds only "State Marco Rubio")."""
    office = _OFFICE_OF.search(text, max(0, start - 20), start)
    if office is None or office.group(1) not in lx.TITLES:
        return title
    return f"{office.group(1)} of {title}"


def _one_nickname(text: str, start: int, end: int) -> bool:
    """Whether the name holds one nickname in quotes: 'Elvin "E.R." Mitchell'."""
    marks = sum(text.count(mark, start, end) for mark in QUOTES)
    return marks == 2


def _fronted_to(text: str, words: tuple[str, ...], names: list[Token], titled: bool) -> bool:
    """Whether a name of two words opening with a family name spelled as a function word
    ("To Frank") is that word and a name before a comma, with no title: "To Frank, ..."."""
    return (
        len(words) == 2
        and words[0] in FAMILY_FUNCTION_WORDS
        and not titled
        and text.startswith(",", names[-1][1])
    )


def _initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


# The generational suffixes written with a full stop.
_ABBREVIATED_SUFFIXES = frozenset({"Jr", "Sr"}) & lx.NAME_SUFFIXES
