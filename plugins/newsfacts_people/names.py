"""What the words of a run of capitalized words say of the name in it: its leading titles
and honorific, where the name's words are, a role noun inside the run ("Federal Reserve
Governor Lawrence Lindsey"), and whether the run is a name at all (:data:`RUN_CHECKS`).
Read once per distinct run by :mod:`newsfacts_people.mentions`."""

from __future__ import annotations

from typing import NamedTuple

from newsfacts.plugin import PEOPLE_NOUNS, Check
from newsfacts_people import lexicon as lx
from newsfacts_people import roles, title_words


def _nationality(word: str) -> bool:
    """A nationality or place word: "Indonesian", "Belgian", "Japanese", "Iraqi", "Ohio"."""
    return word in lx.PLACES or word in lx.NOT_NAMES or word.endswith(("an", "ese", "ish", "i"))


def _inner_role(words: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a role noun inside the run ends what describes the person, and where that
    description starts: "Federal Reserve Governor Lawrence Lindsey", "Tunisian Defence
    Minister Abdelakrim Zbidi"; None if no role noun does. After a given name, only before a
    full name opening with one: "Charlotte Mayor Jennifer Roberts" (a town's mayor)."""
    if not words:
        return None
    given = lx.is_given_name(words[0])
    for split in range(len(words) - 2, -1, -1):
        if given and not (split + 2 < len(words) and lx.is_given_name(words[split + 1])):
            continue
        if roles.is_role(words[split]):
            first = split
            while first > 0 and (
                words[first - 1] in lx.TITLES
                or roles.is_role(words[first - 1])
                or title_words.modifies_title(words, first - 1)  # "Harris County District Attorney"
            ):
                first -= 1
            return split, first
    return None


class Run(NamedTuple):
    """The words of a group left for the name, once its leading titles are read (a named
    tuple: one is built for every run of capitalized words)."""

    words: tuple[str, ...]
    place_led: bool
    # A title or honorific comes before the words ("Councilmember Traci Park")
    titled: bool = False
    # Two words set off by commas after a role or kin noun ("Her attorney, Rebecca Hall,"):
    # see :func:`person_in_context`
    described: bool = False


def _no_words(run: Run) -> bool:
    return not run.words


def _place_led(run: Run) -> bool:
    return run.place_led


def _ends_with_initial(run: Run) -> bool | str:
    """An initial ends the name ("John F."), or a letter alone is all of it ("Gen Z")."""
    last = run.words[-1]
    alone = len(run.words) == 1 and len(last) == 1
    return ((last.endswith(".") and len(last) <= 2) or alone) and last


def _place_head(run: Run) -> bool | str:
    """ "Hyde Park"; "Franklin County Auditor" (a place's office). Not the first word: "Delta
    Burke"."""
    if run.words[-1] in lx.PLACE_HEADS:
        return run.words[-1]
    for word in run.words[1:-1]:  # a loop, not a generator: most runs have no inner word
        if word in lx.INNER_PLACE_HEADS:
            return word
    return False


def _acronym(run: Run) -> bool | str:
    for position, word in enumerate(run.words):
        if len(word) > 1 and word.isupper() and not word.endswith("."):
            # "JJ Redick", "AJ Brown": initials written as a given name, first; after a title
            # any two ("Gov. JB Pritzker", "Sen. JD Vance")
            initials = lx.is_given_name(word) or (run.titled and len(word) == 2)
            if position == 0 and len(run.words) > 1 and initials:
                continue
            if position == len(run.words) - 1 and position > 0 and word in lx.NAME_SUFFIXES:
                continue  # "King Charles III", "John Smith IV": a suffix
            return word
    return False


# Words of organizations' and places' names that are common surnames too: after a title and
# one more word, or set off by commas after a role, they end a person's name ("Councilmember
# Traci Park", "Chair Sharif Street", "Her attorney, Rebecca Hall,"; not "Ellis Park", "James
# Street")
_SURNAME_ORG_WORDS = frozenset(["Park", "Hall", "Street", "Castle"])


# Words of companies' names that are surnames too, after a place's name: "Georgia Power",
# "Florida Power & Light" (not "Samantha Power")
_AFTER_PLACE_ORG_WORDS = frozenset(["Power", "Light", "Edison"])


def person_in_context(text: str, start: int, words: tuple[str, ...], named: set[str]) -> bool:
    """Whether words at ``start`` that end in a surname also an organization's word are a
    person's by their context: two set off by commas after a role or kin noun ("Her attorney,
    Rebecca Hall, said"; not "near the venue, Victoria Park,"), or the surname alone of such
    a person the text named before (``named``: see :func:`org_word_surname`; "Hall said")."""
    if words[-1] not in _SURNAME_ORG_WORDS:
        return False  # nearly every group: no slice read
    if len(words) == 1:
        return words[0] in named
    if len(words) != 2:
        return False
    end = text.find(words[1], start) + len(words[1])
    return text.startswith(",", end) and lx.role_before_comma(text, start)


def org_word_surname(run: Run) -> str | None:
    """The surname of a person's name that is also an organization's word, when a title or a
    role before it made it a person's ("Councilmember Traci Park", "Her attorney, Rebecca
    Hall,"): the text's later "Park" or "Hall" alone is that person."""
    words = run.words
    if len(words) == 2 and (run.titled or run.described) and words[1] in _SURNAME_ORG_WORDS:
        return words[1]
    return None


def _organization_word(run: Run) -> bool | str:
    words = run.words
    last = len(words) - 1
    if (run.titled or run.described) and last <= 1 and words[-1] in _SURNAME_ORG_WORDS:
        return False
    if words[-1] in _AFTER_PLACE_ORG_WORDS and words[0] in lx.PLACES:
        return words[-1]
    for position, word in enumerate(words):
        # "Kelly File", "Trump Tower"; not "Bill Clinton"
        if word in lx.ORG_WORDS and not (position < last and lx.is_given_name(word)):
            return word
    return False


def _party_letter(run: Run) -> bool | str:
    """ "Rep. Nathan Small, D-Las Cruces, said": a party's letter and a hyphen before the
    member's town or state."""
    first = run.words[0]
    return len(first) > 2 and first[0] in "DRI" and first[1] == "-" and first[2].isupper() and first


def _speech_verb(run: Run) -> bool | str:
    """ "Senator Says" in a headline: a title and a speech verb, no name."""
    word = run.words[0]
    return len(run.words) == 1 and word.lower() in lx.SPEECH_VERBS and word


def _company(run: Run) -> bool | str:
    """ "Eli Lilly", "Morgan Stanley analysts": a company named like a person opens the run."""
    opening = run.words[:2]
    return opening in lx.COMPANY_NAMES and " ".join(opening)


# Role nouns that are common surnames: after a title they end a name ("Interim CEO Macquline
# King", "Chief Justice Stephen Bishop"), not a role
_SURNAME_ROLES = frozenset(["King", "Bishop", "Prince", "Judge", "Knight", "Dean", "Sheriff"])


def _role_last(run: Run) -> bool | str:
    words = run.words
    last = words[-1]
    if run.titled and last in _SURNAME_ROLES:
        return False
    return len(words) >= 2 and roles.is_role(last) and not lx.is_given_name(words[0]) and last


#: Is a run of capitalized words, after its leading titles, a name? The first check that
#: holds rejects it; a run none holds for is a name.
RUN_CHECKS: tuple[Check[Run], ...] = (
    Check("no-name-words", _no_words, "reject", "titles only, or a word that is no name first"),
    Check("place-led", _place_led, "reject", 'a place prefix leads it: "San Diego Padres"'),
    Check(
        "ends-with-initial",
        _ends_with_initial,
        "reject",
        'an initial ends it, or is all of it: "John F.", "Gen Z"',
    ),
    Check(
        "place-head",
        _place_head,
        "reject",
        'a place noun ends it or is in it: "Hyde Park", "Franklin County Auditor"',
    ),
    Check("acronym", _acronym, "reject", 'an acronym in it: "NATO"'),
    Check("speech-verb", _speech_verb, "reject", 'a speech verb alone: "…, Senator Says"'),
    Check(
        "party-letter", _party_letter, "reject", 'a party\'s letter: "Nathan Small, D-Las Cruces"'
    ),
    Check(
        "organization-word",
        _organization_word,
        "reject",
        'a word of organizations\' and things\' names: "Trump Tower", "Kelly File"',
    ),
    Check("company", _company, "reject", 'a company named like a person: "Eli Lilly"'),
    Check(
        "role-last",
        _role_last,
        "reject",
        'a role noun ends it: "the dead soldier\'s Commanding Officer"',
    ),
)


class Reading(NamedTuple):
    """What the words of a group say of the name in it, where they are (:func:`_read`)."""

    titles: tuple[str, ...]
    # The index of the honorific among the words, or -1
    honorific: int
    # The index of its first word: a rank of two honorifics ("Lt. Gen.") starts before it
    honorific_from: int
    # The name's words are the group's words[first:last]
    first: int
    last: int
    # Whether a role noun inside the group ended what describes the person
    inner_role: bool
    run: Run
    # Whether every word of the name is a title or a role noun (see all_titles)
    titled_only: bool


def read(words: tuple[str, ...]) -> Reading:
    """The leading titles and honorific of a group of words, where the name in it is, and
    the run of the name's words the checks read."""
    titles: list[str] = []
    honorific = -1
    place_led = False  # "San Diego Padres", "St. Louis": a place prefix leads the group
    index = 0
    while index < len(words) - 1 or (index < len(words) and words[index] in lx.FUNCTION_WORDS):
        word = words[index]
        if word in lx.PLACE_PREFIXES and honorific < 0:
            titles.clear()
            place_led = True
        elif word in lx.HONORIFICS and not title_words.ends_a_name(words, index):
            honorific = index
        elif word in lx.HONORIFICS:
            titles.clear()  # "Hun Sen. Deputy Prime Minister Suriya ...": a name's end
        elif honorific < 0 and title_words.is_title(words, index):
            titles.append(word)
            place_led = False
        elif _given_after_title(word, titles, honorific) or _given_before_surname(words, index):
            break  # "Chancellor Christian Kern": a given name that is also a word
        elif (
            word in lx.FUNCTION_WORDS
            or word in lx.NOT_NAMES
            or word in lx.PLACES
            or title_words.acronym_before_title(words, index)
            or title_words.before_honorific(words, index)
            or _people_before_given(words, index)
        ):
            titles.clear()
        elif honorific < 0 and _describes(words, index):
            titles.clear()  # "Controversial Australian Anthony Hill"
        else:
            break
        index += 1
    first, last = index, _name_end(words, index, bool(titles) or honorific >= 0)
    inner_role = False
    role = _inner_role(words[first:last])
    if role is None and last < len(words) - 1:
        # "Montgomery County Sheriff Jim Smith": a word no name holds ("County") ends the
        # name's words early, and a role noun after it describes the person named after it
        # (not across a function word in capitals, a headline's: "Hillary Aid And CNN
        # Reporter Caught Conspiring"; "Fox News Vice President and Managing Editor" is one).
        role = _inner_role(words[first:])
        if role is not None and any(
            word in lx.FUNCTION_WORDS and word[0].isupper()
            for word in words[first : first + role[0]]
        ):
            role = None
    if role is not None:
        split, role_first = first + role[0], first + role[1]
        last = max(last, _name_end(words, split + 1, after_title=True))
        if honorific < 0:
            titles = list(words[role_first : split + 1])
        # "Indonesian President Suharto": after a nationality or place the role is as good
        # as a leading title.
        inner_role = not _nationality(words[role_first - 1]) if role_first > first else False
        first, place_led = split + 1, False
        while first < last - 1 and words[first] in lx.HONORIFICS:
            # "Commander Col. Joseph Tirone": an honorific after the role is no part of
            # the name; the mention holds it
            honorific = first if honorific < 0 else honorific
            first += 1
    names = words[first:last]
    run = Run(names, place_led, bool(titles) or honorific >= 0)
    rank = _rank_start(words, honorific)
    return Reading(tuple(titles), honorific, rank, first, last, inner_role, run, all_titles(names))


def _rank_start(words: tuple[str, ...], honorific: int) -> int:
    """Where the rank the honorific at ``honorific`` ends starts: "Lt. Gen.", "Rear Adm."
    are one rank of two words (-1 when there is no honorific)."""
    start = honorific
    while start > 0 and words[start - 1] in lx.HONORIFICS:
        start -= 1
    return start


def _describes(words: tuple[str, ...], index: int) -> bool:
    """An adjective opening the run before a nationality and a full name: "Controversial
    Australian Anthony Hill", "Veteran Pakistani Jansher Khan". Read as a word that is not a
    given name, then a word never in a name, then at least two more words."""
    return (
        index + 3 < len(words)
        and words[index + 1] in lx.NOT_NAMES
        and not lx.is_given_name(words[index])
    )


def _given_after_title(word: str, titles: list[str], honorific: int) -> bool:
    """A given name that is also a word never in a name ("Christian"), after a title or an
    honorific: there it opens the name."""
    return (bool(titles) or honorific >= 0) and word in lx.NOT_NAMES and lx.is_given_name(word)


def _people_before_given(words: tuple[str, ...], index: int) -> bool:
    """A plural noun for people before a given name: "Celebrities Julianne Moore, Kerry
    Washington" (a sentence's first word; ``PEOPLE_NOUNS``)."""
    word = words[index]
    return (
        word.endswith("s")
        and word.lower() in PEOPLE_NOUNS
        and index + 1 < len(words)
        and lx.is_given_name(words[index + 1])
    )


def _given_before_surname(words: tuple[str, ...], index: int) -> bool:
    """A given name that is also a word never in a name ("Christian") or a place ("Jordan"),
    before one last word that may be a surname, a given name too: "backed by Christian
    Lindner" (not "Christian Democrats"), "Jordan Bardella", "Jordan Blake", "Virginia
    Alexander" (not "Jordan Valley")."""
    if index != len(words) - 2 or (
        words[index] not in lx.NOT_NAMES and words[index] not in lx.PLACES
    ):
        return False
    last = words[index + 1]
    return (
        lx.is_given_name(words[index])
        and last not in lx.NOT_NAMES
        and last not in lx.PLACES
        and last not in lx.FUNCTION_WORDS
    )


def _surname_word(words: tuple[str, ...], index: int, end: int) -> bool:
    """A word of ``data/word_surnames.txt`` ending the run after a known given name: "Ofwat
    chief executive David Black" (not "Black voters")."""
    return (
        end == len(words) - 1
        and end > index
        and words[end] in lx.WORD_SURNAMES
        and lx.is_given_name(words[end - 1])
    )


def _compound_adjective(word: str) -> bool:
    """ "US-based", "Kremlin-run", "Soviet-era": a lower-case end that makes an adjective;
    not the second syllable of a Korean given name ("Duck-soo", "Min-ji")."""
    head, _, tail = word.rpartition("-")
    if not tail[:1].islower():
        return False
    return (
        tail in lx.COMPOUND_TAILS
        or (len(tail) > 3 and tail.endswith(("ed", "ing")))
        or word.count("-") > 1  # "Father-of-one": a name's syllables join once
        or len(head) == 1  # "T-shirts", "X-ray"
    )


def _name_end(words: tuple[str, ...], index: int, after_title: bool = False) -> int:
    """Where the name's words from ``index`` end: at a word that cannot be part of it (but a
    given name opening it after a title: "Finance Minister Christian Lindner")."""
    end = index
    opens_after_title = (
        after_title and end + 1 < len(words) and _given_after_title(words[end], ["title"], -1)
    )
    if opens_after_title or _given_before_surname(words, end):
        end += 1
    while end < len(words):
        word = words[end]
        surname_place = word in lx.PLACES and end > index and lx.is_given_name(words[end - 1])
        if _surname_word(words, index, end):
            end += 1  # "David Black": a word that ends names is this one's surname
            continue
        if (
            word in lx.NOT_NAMES
            or word in lx.FUNCTION_WORDS
            or (word in lx.PLACES and not surname_place)
        ):
            break
        if _compound_adjective(word):
            break  # "Henry Lazenby US-based": a compound adjective ends the name
        if (
            end - index >= 2
            and end + 1 < len(words)
            and all(map(title_words.title_word, words[end : end + 2]))
        ):
            break  # "Adrian Walker Executive Director": a title of two words after a name
        end += 1
    return end


def all_titles(words: tuple[str, ...]) -> bool:
    """Whether every word of a name is a title or a role noun."""
    return all(word in lx.TITLES or roles.is_role(word) for word in words)
