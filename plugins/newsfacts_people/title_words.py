"""Titles before a name: the words of a run that describe the office ("Transport Minister",
"Homeland Security Deputy Secretary", "Harris County District Attorney"), the body an
honorific's office is of ("Cebu Gov. Pamela Baricuatro"), and an honorific's word that ends
the sentence before ("... Hun Sen. Deputy Prime Minister Suriya"). Read by
:func:`newsfacts_people.names.read`."""

from __future__ import annotations

from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people import roles


def ends_a_name(words: tuple[str, ...], index: int) -> bool:
    """An honorific's word before a title, not a name: the last word of the sentence before
    ("... former leader Hun Sen. Deputy Prime Minister Suriya Juangroongruangkit")."""
    # A title of two words at least, and a name after it: "Mr. King", "Dr. King" are
    # surnames, "Lt. Colonel Tom Keegan" holds one rank.
    return index + 3 < len(words) and all(title_word(word) for word in words[index + 1 : index + 3])


def title_at(words: tuple[str, ...], index: int) -> int:
    """How many words of a title are at ``index``: a body's name written in its officers'
    titles ("White House| Press Secretary", "State Department| Spokesperson": not "State" a
    title and "Department" none), else one title word (see :func:`is_title`), else 0."""
    if names_a_body(words, index):
        return 0  # "Republican National| Chairman": the body's name, not the title's
    return office_body(words, index) or int(is_title(words, index))


def is_title(words: tuple[str, ...], index: int) -> bool:
    """A title, a role noun or a portfolio before one at ``index``: "Prime", "Minister",
    "Actor", "Transport (Minister)"; not before a place's head word, which makes a place's
    name of it: "the historic Grand Canyon Lodge"."""
    word = words[index]
    if index + 1 < len(words) and words[index + 1] in lx.INNER_PLACE_HEADS:
        return False
    return (
        word in lx.TITLES
        or roles.is_role(word)
        or modifies_title(words, index)
        or place_portfolio(words, index)
    )


def place_portfolio(words: tuple[str, ...], index: int) -> bool:
    """A place or a nation before a title it is the portfolio of, the title alone before the
    name: "Northern Ireland Secretary Hilary Benn", "Scottish Secretary", "Europe Minister",
    "U.S. Attorney John Smith" (``data/place_portfolio_titles.txt``,
    ``data/nation_abbreviations.txt``; not "UK Prime Minister", "Scottish Finance Secretary",
    where the place says where the office is)."""
    end = index
    while (
        end < len(words)
        and (words[end] in lx.PLACES or words[end] in lx.NATION_ABBREVIATIONS)
        and end - index < _PLACE_WORDS
    ):
        end += 1
    return (
        end > index
        and end + 1 < len(words)
        and words[end] in lx.PLACE_PORTFOLIO_TITLES
        and not title_word(words[end + 1])
        and not roles.is_role(words[end + 1])
    )


# How many words a place's name before a portfolio's title may have: "Middle East Minister"
_PLACE_WORDS = 3


def names_a_body(words: tuple[str, ...], index: int) -> bool:
    """A word of a body's name between a party's or nation's word and a title: "Democratic
    National Chairman Dale Whitcomb" heads his party's national committee, and
    "National" is no portfolio of his title (not "National Security Adviser", "US National
    Security Adviser": a portfolio's word follows it)."""
    if words[index] not in _BODY_NAME_WORDS or not 0 < index < len(words) - 1:
        return False
    before, after = words[index - 1], words[index + 1]
    return (
        (before in lx.NOT_NAMES or before in lx.PLACES)
        and (after in lx.TITLES or roles.is_role(after))
        and after not in lx.TITLE_MODIFIERS
    )


# The words of bodies' names that stand before their officers' titles: "Republican National
# Chairman", "Democratic National Chairwoman"
_BODY_NAME_WORDS = frozenset({"National"})


def office_body(words: tuple[str, ...], index: int) -> int:
    """How many words of a body whose name is written in its officers' titles open at
    ``index`` before a title: "White House| Press Secretary", "Pentagon| Press Secretary"
    (``data/office_bodies.txt``); 0 if none."""
    for size in _BODY_SIZES:
        after = index + size
        if after < len(words) and words[index:after] in lx.OFFICE_BODIES and is_title(words, after):
            return size
    return 0


# The lengths of the bodies' names, longest first
_BODY_SIZES = sorted({len(body) for body in lx.OFFICE_BODIES}, reverse=True)


def title_word(word: str) -> bool:
    return (
        (word in lx.TITLES or word in lx.TITLE_MODIFIERS)
        and word not in lx.HONORIFICS
        and not nf.is_given_name(word)
    )


def acronym_before_title(words: tuple[str, ...], index: int) -> bool:
    """An organization's acronym before a title: "WHO Director-General Tedros", "NYPD
    Commissioner"."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    return (
        len(word) > 1
        and word.isupper()
        and word.isalpha()
        and (following in lx.TITLES or roles.is_role(following))
    )


def modifies_title(words: tuple[str, ...], index: int) -> bool:
    """A portfolio before a title: "Transport Minister", "Communications Director" (not
    "Labor Day", "the Institute for Climate Impact Research")."""
    word = words[index]
    if word not in lx.TITLE_MODIFIERS or not title_follows(words, index + 1):
        return False
    # "City", "County", "District" open the title or follow another, a place's name they
    # do not end or a nation's abbreviation: "Acting City Planner", "Harris County District
    # Attorney", "U.S. District Judge", not "New York City Mayor", whose city's name they end
    return (
        word not in _PLACE_NAME_ENDS
        or index == 0
        or words[index - 1] in lx.TITLES
        or words[index - 1] in lx.TITLE_MODIFIERS
        or words[index - 1] in _PLACE_NAME_ENDS
        or words[index - 1] in lx.NATION_ABBREVIATIONS
    )


_PLACE_NAME_ENDS = frozenset({"City", "County", "District"})
# How many portfolio words may stand between a portfolio word and its title: "Homeland
# Security Deputy Secretary", "Public Information Officer".
_MODIFIER_CHAIN = 3


def title_follows(words: tuple[str, ...], index: int) -> bool:
    """Whether a title or role noun is at ``index``, or after a few more portfolio words: a
    title a portfolio word is too only before another ("National Finance| Leadership Call
    Day" holds none)."""
    for at, following in enumerate(words[index : index + _MODIFIER_CHAIN + 1], index):
        if following in lx.TITLE_MODIFIERS:
            continue
        # "Assistant| U.S. Attorney": a place that is the title's portfolio
        return following in lx.TITLES or roles.is_role(following) or place_portfolio(words, at)
    return False


def before_honorific(words: tuple[str, ...], index: int) -> bool:
    """A word before an honorific: the place or body the office is of ("Cebu Gov. Pamela
    Baricuatro", "Marine Gen. Eric Smith"), also of two words, the second a word of bodies'
    names ("Air Force Gen. Dan Caine", "Coast Guard Adm. Linda Fagan")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if following in lx.HONORIFICS:
        if index + 2 >= len(words):
            # "Hun Sen said": an honorific closing the run has no name after it to title,
            # and with no full stop it is the name's own last word
            return False
        # A given name only before a full name: not "Alan Lord" (a surname that is one)
        return not nf.is_given_name(words[index]) or index + 3 < len(words)
    return (
        following in lx.ORG_WORDS
        and index + 2 < len(words) - 1
        and words[index + 2] in lx.HONORIFICS
    )
