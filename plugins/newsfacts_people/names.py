"""What the words of a run of capitalized words say of the name in it: its leading titles
and honorific, where the name's words are, a role noun inside the run ("Federal Reserve
Governor Paul Whitmore"), and the run of the name's words that the checks of
:mod:`newsfacts_people.run_checks` read. Read once per distinct run by
:mod:`newsfacts_people.mentions`."""

from __future__ import annotations

from typing import NamedTuple

from newsfacts.plugin import CARDINAL_WORDS, PEOPLE_NOUNS
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people import roles, title_words
from newsfacts_people.run_checks import Run
from newsfacts_people.surname_first import function_word_opens


def _nationality(word: str) -> bool:
    """A nationality or place word: "Indonesian", "Belgian", "Japanese", "Iraqi", "Ohio"."""
    return word in lx.PLACES or word in lx.NOT_NAMES or word.endswith(("an", "ese", "ish", "i"))


def _inner_role(words: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a role noun inside the run ends what describes the person, and where that
    description starts: "Federal Reserve Governor Paul Whitmore", "Tunisian Defence
    Minister Karim Belhadj"; None if no role noun does. After a given name, only before a
    full name opening with one: "Florence Mayor Ann Whitley" (a town's mayor)."""
    if not words:
        return None
    given = nf.is_given_name(words[0])
    for split in range(len(words) - 2, -1, -1):
        if given and not (split + 2 < len(words) and nf.is_given_name(words[split + 1])):
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


# The titles of two words whose first is no title alone, the second word as a slice of the
# words (none after the last): "Lord| Chancellor", "Under| Secretary" (data/title_pairs.tsv)
_OPENING_PAIRS = frozenset((first, (second,)) for first, second in lx.TITLE_PAIRS)


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
    while (
        index < len(words) - 1 or (index < len(words) and words[index] in lx.FUNCTION_WORDS)
    ) and not (  # "Sheikh Hasina": her name, no honorific (a set's test first: most words)
        words[index] in lx.FAMILY_HONORIFICS and nf.family_name_first(words, index)
    ):
        word = words[index]
        if word in lx.PLACE_PREFIXES and honorific < 0:
            titles.clear()
            place_led = True
        elif _in_title_pair(words, index, titles, honorific):
            # "First Lady Jill Biden", "Lord Chancellor Shabana Mahmood": a title, not the
            # peer's "Lady" or "Lord"
            titles.append(word)
        elif word in lx.HONORIFICS and not title_words.ends_a_name(words, index):
            honorific = index
        elif word in lx.HONORIFICS:
            titles.clear()  # "Hun Sen. Deputy Prime Minister Suriya ...": a name's end
        elif honorific < 0 and (size := title_words.title_at(words, index)):
            titles.extend(words[index : index + size])
            place_led = False
            index += size
            continue
        elif (
            _given_after_title(word, titles, honorific)
            or _given_before_surname(words, index)
            or _given_word_after_title(words, index, titles)
            or _family_function_word(words, index)  # "President To Lam"
        ):
            break  # "Chancellor Christian Kern": a given name that is also a word
        elif (
            word in lx.FUNCTION_WORDS
            or word in lx.NOT_NAMES
            or word in lx.PLACES
            or _opener_before_full_name(words, index)
            or title_words.acronym_before_title(words, index)
            or title_words.before_honorific(words, index)
            or _people_before_given(words, index)
            # "Republican National Chairman": the party committee's name, no portfolio
            or title_words.names_a_body(words, index)
            # "Ohio-based Dan Kowalczyk said": a compound adjective describes the name after it
            or ("-" in word and _compound_adjective(word))
        ):
            titles.clear()
        elif honorific < 0 and _describes(words, index):
            titles.clear()  # "Outspoken Canadian Gordon Pryce"
        else:
            break
        index += 1
    first, last = index, _name_end(words, index, bool(titles) or honorific >= 0)
    inner_role = False
    role = _inner_role(words[first:last])
    if role is None and last < len(words) - 1:
        # "Montgomery County Sheriff Jim Smith": a word no name holds ("County") ends the
        # name's words early, and a role noun after it describes the person named after it
        # (not across a function word in capitals, a headline's: "Senator Aide And TV
        # Reporter Caught Arguing"; "Fox News Vice President and Managing Editor" is one;
        # the title's own words are read as a title: "Scottish First Minister John Swinney").
        role = _inner_role(words[first:])
        if role is not None and any(
            word in lx.FUNCTION_WORDS and word[0].isupper()
            for word in words[first : first + role[1]]
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
            # "Commander Col. Mark Dolan": an honorific after the role is no part of
            # the name; the mention holds it
            honorific = first if honorific < 0 else honorific
            first += 1
    names = words[first:last]
    run = Run(names, place_led, bool(titles) or honorific >= 0, plural_title=_plural(titles))
    rank = _rank_start(words, honorific)
    return Reading(tuple(titles), honorific, rank, first, last, inner_role, run, all_titles(names))


def _plural(titles: list[str]) -> bool:
    """Whether the last title is a plural noun ("Finance Leaders", "Teachers"; not
    "Actress", "Justice"): a title of many people, not of the one a name after it names."""
    last = titles[-1] if titles else ""
    return last.endswith("s") and not last.endswith("ss") and last[:-1].lower() in lx.ROLE_HEADS


def _in_title_pair(words: tuple[str, ...], index: int, titles: list[str], honorific: int) -> bool:
    """Whether the word at ``index`` is one of a title of two words: the second after the
    first ("First| Lady"), or the first, no title alone, opening one ("Lord| Chancellor",
    "Under| Secretary")."""
    word = words[index]
    if titles and (titles[-1], word) in lx.TITLE_PAIRS:
        return True
    return honorific < 0 and (word, words[index + 1 : index + 2]) in _OPENING_PAIRS


def _rank_start(words: tuple[str, ...], honorific: int) -> int:
    """Where the rank the honorific at ``honorific`` ends starts: "Lt. Gen.", "Rear Adm."
    are one rank of two words (-1 when there is no honorific)."""
    start = honorific
    while start > 0 and words[start - 1] in lx.HONORIFICS:
        start -= 1
    return start


def _describes(words: tuple[str, ...], index: int) -> bool:
    """An adjective opening the run before a nationality and a full name: "Controversial
    Canadian Mark Dolan", "Veteran Kenyan Paul Otieno". Read as a word that is not a
    given name, then a word never in a name, then at least two more words."""
    return (
        index + 3 < len(words)
        and words[index + 1] in lx.NOT_NAMES
        and not nf.is_given_name(words[index])
    )


def _given_after_title(word: str, titles: list[str], honorific: int) -> bool:
    """A given name that is also a word never in a name ("Christian"), after a title or an
    honorific: there it opens the name."""
    return (bool(titles) or honorific >= 0) and word in lx.NOT_NAMES and nf.is_given_name(word)


def _given_word_after_title(words: tuple[str, ...], index: int, titles: list[str]) -> bool:
    """A month's name or a place's that is a given name too, after a title and before one
    last word that may be a surname: "Judge April Perry" (not "Supporters May Be ..."),
    "Defence Minister Israel Katz", "Interior Minister Carolina Toha" (a title's place is
    written before it: "Ohio Governor Mike DeWine")."""
    if not titles or index != len(words) - 2:
        return False
    word, last = words[index], words[index + 1]
    if word not in lx.MONTH_GIVEN_NAMES and not _place_given_name(word, last):
        return False
    return len(last) > 2 and last not in lx.NOT_NAMES and last not in lx.FUNCTION_WORDS


def _place_given_name(word: str, last: str) -> bool:
    """A place's word of one plain word ("Israel", not "U.S." nor "North") before a last
    word that is neither a place's, a title's nor a role's: a given name there."""
    return (
        word in lx.PLACES
        and word.isalpha()
        and word.lower() not in CARDINAL_WORDS
        and last.isalpha()
        and last not in lx.PLACES
        and not title_words.is_title((last,), 0)
    )


def _people_before_given(words: tuple[str, ...], index: int) -> bool:
    """A plural noun for people before a given name: "Celebrities Dana Hollis, Marco
    Venn" (a sentence's first word; ``PEOPLE_NOUNS``)."""
    word = words[index]
    return (
        word.endswith("s")
        and word.lower() in PEOPLE_NOUNS
        and index + 1 < len(words)
        and nf.is_given_name(words[index + 1])
    )


def _opener_before_full_name(words: tuple[str, ...], index: int) -> bool:
    """A sentence's opening adverb, verb or imperative (``data/sentence_words.txt``) before
    a given name and one word more: "Perhaps Nora Vance knew", "Follow Nora Vance on X";
    or, if no given name itself, before one word: "Neither Okafor nor ..." ("Will Dunn" is
    a name). The name is the words after it."""
    if index != 0 or words[0] not in lx.SENTENCE_WORDS:
        return False
    if len(words) == 2:
        return words[0] in lx.NO_GIVEN_SENTENCE_WORDS
    return nf.is_given_name(words[1])


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
        nf.is_given_name(words[index])
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
        and nf.is_given_name(words[end - 1])
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
        after_title
        and end + 1 < len(words)
        and (
            _given_after_title(words[end], ["title"], -1)
            or _given_word_after_title(words, end, ["title"])
        )
    )
    if opens_after_title or _given_before_surname(words, end) or _family_function_word(words, end):
        end += 1
    while end < len(words):
        word = words[end]
        surname_place = word in lx.PLACES and _given_before(words, index, end)
        if _surname_word(words, index, end):
            end += 1  # "David Black": a word that ends names is this one's surname
            continue
        # (a word never in a name, a function word, or a headline's verb after the name: "Jo
        # Reyes Says Vote Was Fair"; before it, a clause's: "Had Reyes won, ...")
        if (word in lx.NAME_ENDS and (end > index or word not in lx.VERBS_AFTER_NAMES)) or (
            word in lx.PLACES and not surname_place
        ):
            break
        # (A word with no hyphen opening in capitals is none: most words, no call.)
        if ("-" in word or word[:1].islower()) and _compound_adjective(word):
            break  # "Henry Lazenby US-based": a compound adjective ends the name
        if (
            end - index >= 2
            and end + 1 < len(words)
            and all(map(title_words.title_word, words[end : end + 2]))
        ):
            break  # "Nadia Brooks Executive Director": a title of two words after a name
        end += 1
    return end


def _family_function_word(words: tuple[str, ...], index: int) -> bool:
    """A Vietnamese family name spelled as a function word opening the run's last two
    words, a name's: "President To Lam"; not before a place or a word no name holds ("Pope
    Heads To Rome")."""
    return (
        function_word_opens(words, index)
        and words[-1] not in lx.PLACES
        and words[-1] not in lx.NOT_NAMES
        and words[-1] not in lx.FUNCTION_WORDS
    )


def _given_before(words: tuple[str, ...], index: int, end: int) -> bool:
    """A known given name right before ``end``, or before a middle initial there: "Michael
    Jordan", "Marcus T. Hill" (a place's name is their surname)."""
    before = end - 1
    if (
        before > index
        and len(words[before]) == 2
        and words[before][1] == "."
        and words[before][0].isupper()
    ):
        before -= 1
    return before >= index and end > index and nf.is_given_name(words[before])


def all_titles(words: tuple[str, ...]) -> bool:
    """Whether every word of a name is a title or a role noun."""
    return all(word in lx.TITLES or roles.is_role(word) for word in words)
