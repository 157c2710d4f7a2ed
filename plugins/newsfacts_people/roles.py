"""What describes a person around the name: a role phrase before it ("Kremlin spokesperson
Dmitry Peskov") or an appositive after it ("Keith Kellogg, a retired general ..."), and the
capitalized role nouns that make a title."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import NamedTuple, cast

import regex

from newsfacts.plugin import compiled
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people.appointments import appointed_role
from newsfacts_people.portfolios import portfolio_start


class Context(NamedTuple):
    """What the words around a mention say of the person (a named tuple: cheap to build)."""

    # An honorific or title: written in the run ("Mr.", "Prime Minister") or in a role
    # phrase before it ("president")
    title: str | None
    # A describing phrase before ("Kremlin spokesperson") or after the name (", a retired
    # general")
    role: str | None
    # An age and a US party written next to the name (see newsfacts_people.particulars)
    age: int | None = None
    party: str | None = None


# A context made from its fields' tuple by tuple.__new__, in C: the named tuple's own __new__
# is a Python function, a call and a frame for every mention read (see read_context).
_NEW_CONTEXT = cast("Callable[[type[Context], tuple[object, ...]], Context]", tuple.__new__)


def is_role(word: str) -> bool:
    """A capitalized role noun, singular or plural, also shared: "Reporter", "Ministers",
    "Co-CEO"."""
    lowered = word.lower().removeprefix("co-")
    if lowered in lx.ROLE_HEADS:
        return True
    # (a plural situation is a headline's subject, no title the people share: "Voters Back
    # Vance", "Residents Fight Plan")
    singular = lowered[:-1]
    if lowered.endswith("s") and singular in lx.ROLE_HEADS and singular not in lx.SITUATION_ROLES:
        return True
    if "-" not in lowered:
        return False  # most words: no two offices joined
    # two offices joined: "Secretary-Treasurer", "Editor-in-Chief"
    parts = [part for part in lowered.split("-") if part not in _JOINING]
    return len(parts) > 1 and all(part in lx.ROLE_HEADS for part in parts)


_JOINING = frozenset({"in", "of", "at"})


def singular(word: str) -> str:
    """A plural role noun as one person's title: "Justices Elena Kagan and ..." is Justice."""
    lowered = word.lower().removeprefix("co-")
    if lowered.endswith("s") and lowered not in lx.ROLE_HEADS and lowered[:-1] in lx.ROLE_HEADS:
        return word[:-1]
    return word


def before(text: str, start: int) -> tuple[str | None, str | None]:
    """(title, role) from a lower-case role phrase before ``start``: "Kremlin spokesperson"."""
    # Split a short stretch rather than search it with an end-anchored pattern: this runs
    # for every candidate name and must stay cheap.
    if text[start - 1 : start] not in (" ", "\u00a0"):
        return None, None
    # The last two letters of the word before the blank, read before the window is split:
    # most words before a name end as no role noun nor possessive does ("said", "of", "by").
    # (A second blank there leaves the word farther back: the window read as before.)
    if not text[start - 2 : start - 1].isspace() and (
        text[start - 3 : start - 1].lower() not in _HEAD_ENDINGS
    ):
        return None, None
    return _role_phrase(text[start - 80 if start > 80 else 0 : start])


# How a role noun ends (its last two letters), or a possessive after it ("spokesman's"): what
# the word right before a name must end with for before() to read a role phrase there
_HEAD_ENDINGS = frozenset(head[-2:] for head in lx.ROLE_HEADS) | {"'s", "’s"}


def apposed_before(text: str, start: int, end: int) -> str | None:
    """A role phrase before a name set off by commas: "Evergrande's founder, Hui Ka Yan,
    was detained", "Its chief executive, Paul Goulter, said", or ending the sentence:
    "with Cambodia's former leader, Hun Sen."."""
    after = text[end : end + 2]
    closed = after.startswith(",") or after in (".", ". ", ".\n")  # "." ends the text
    if text[start - 2 : start] != ", " or not closed:
        return None
    window = text[start - 82 if start > 82 else 0 : start - 2] + " "
    # An office may be written in capitals here, as British papers style a minister's: "The
    # Work and Pensions Secretary, Liz Kendall, said" (a role, as "the health secretary" is)
    title, role = _role_phrase(window, _APPOSED_HEADS, capitalized=True)
    phrase = role or title
    if phrase and _not_a_capitalized_role(window, phrase):
        return None
    if phrase and phrase[0].isupper():
        # "The Work and| Pensions Secretary, Liz Kendall,": the portfolio's first words
        phrase_start = start - 2 - len(phrase)
        if text[phrase_start : start - 2] == phrase:
            phrase = text[portfolio_start(text, phrase_start, phrase.split()[0]) : start - 2]
    return phrase or _role_of(window)


def _not_a_capitalized_role(window: str, phrase: str) -> bool:
    """Whether a role phrase ending in a capitalized role noun is a person's name, a given
    name before the noun ("Kevin Bishop, Lena Marsh, ...": "Bishop" a surname), or the end
    of a longer name cut at the phrase's length of words ("United States House of
    Representatives Majority Whip": the phrase is no "States House ...")."""
    words = phrase.split()
    if not words[-1][0].isupper():
        return False
    if len(words) > 1 and nf.is_given_name(words[-2]):
        return True
    written = window.split()
    before = written[-len(words) - 1] if len(written) > len(words) else ""
    return (
        before[:1].isupper()
        and before not in lx.FUNCTION_WORDS
        and not before.endswith(("'s", "’s"))  # "Amnesty International's Secretary General"
    )


_APPOSED_HEADS = lx.ROLE_HEADS | lx.RELATIONS

# A role noun and what it heads or serves, ending a window: "the head of the state oil
# company", "a spokeswoman for the Department of Homeland Security", "an analyst at Fitch".
_ROLE_OF = compiled(
    r"""
    (?<![\w'’-])(?P<head>\p{Ll}[\p{Ll}-]*+)   # a role noun in lower case: "head", "director"
    [ ](?:of|for|at|with)[ ]                  # "the head of", "a spokeswoman for"
    # one to five words, no comma nor relative pronoun: "the state oil company "
    (?:(?!(?:who|whose|which|that)[ ])[\w'’.&-]++[ ]){1,5}$
    """,
    regex.VERBOSE,
)


def _role_of(window: str) -> str | None:
    """The role phrase "ROLE of ...", "ROLE for ..." ending ``window``: "the head of the state
    rail company, Osei Mensah," (the role names the one who holds it)."""
    # overlapped: "met with the director of the play," holds "director of ..." inside "met
    # with ..."
    for match in _ROLE_OF.finditer(window, max(0, len(window) - 60), overlapped=True):
        if match.group("head") in lx.ROLE_HEADS:
            return window[match.start() : -1]
    return None


def _role_phrase(
    window: str, heads: frozenset[str] = lx.ROLE_HEADS, *, capitalized: bool = False
) -> tuple[str | None, str | None]:
    """(title, role) from the role phrase ending ``window`` (a space ends it), whose last word
    is one of ``heads``, in lower case unless ``capitalized``."""
    # The last word alone decides whether there is a role phrase: it is split off first, the
    # whole window only for the few candidates a role noun precedes.
    last = window.rsplit(maxsplit=1)[-1:]
    if not last:
        return None, None
    # (also shared: "SPD co-leader Lars Klingbeil", "Netflix co-CEO Ted Sarandos")
    head = last[0].lower().removesuffix("’s").removesuffix("'s").removeprefix("co-")
    if head not in heads or not (capitalized or last[0][0].islower()):
        return None, None
    words = window.split()[-6:]
    first = len(words) - 1
    for index in range(len(words) - 2, -1, -1):
        word = words[index]
        lowered = word.lower()
        if word[0].isupper():
            if not word.replace("-", "").replace(".", "").isalpha():
                break
            if word in lx.FUNCTION_WORDS and not (
                word in lx.TITLE_MODIFIERS and words[index + 1][0].isupper()
            ):
                break  # "The", "When"; not "First" of "the Scottish First Minister"
            if _ends_a_sentence(word, words[index + 1]):
                break  # "for the Heat. Miami coach Erik Spoelstra": the role is "Miami coach"
        elif lowered in _NAME_LINKS and index and words[index - 1][0].isupper():
            if not words[index + 1][0].isupper() or words[index + 1] in _PARTY_WORDS:
                break  # (a party's word after it: "the District for Republican incumbent")
            # "Reserve Bank of Australia governor": "of" inside an organization's name
        elif lowered not in lx.ROLE_MODIFIERS and lowered not in lx.ROLE_HEADS:
            break
        elif lowered in _VERB_MODIFIERS and words[index + 1][0].isupper():
            break  # "can fire Federal Reserve governor Lisa Cook": the verb, not "fire chief"
        first = index
    phrase = " ".join(words[first:])
    if first == len(words) - 1 and head in lx.LOWER_TITLES:
        return phrase, None
    return None, phrase


# Words between capitalized words of an organization's name in a role phrase
_NAME_LINKS = frozenset({"of", "for"})

# Modifiers of a role that are verbs too: before a capitalized word, the verb.
_VERB_MODIFIERS = frozenset({"fire", "force", "press"})
# A party's word after "of" or "for" opens the role, no organization's name goes on through
# it: "the race for the Fifth District for Republican incumbent Ann Roe"
_PARTY_WORDS = frozenset({"Republican", "Democratic", "Democrat", "GOP", "Labour", "Tory"})


def _ends_a_sentence(word: str, following: str) -> bool:
    """A full stop that ends a sentence: "Heat." before "Miami"; not "U.S.", "St." or "Co."
    before "spokesman"."""
    return (
        word.endswith(".")
        and "." not in word[:-1]
        and word[:-1] not in lx.ABBREVIATED
        and following[:1].isupper()
    )


def after(text: str, end: int) -> str | None:
    """A role phrase after a comma: "Keith Kellogg, a retired general and ..."."""
    # No timeout: the window is short and the pattern linear, and a timeout makes the regex
    # module read the clock on every call (four times the cost of a failed match).
    if not text.startswith(",", end):
        return None  # what the pattern reads first: most names have no comma after them
    match = lx.APPOSITIVE.match(text, end, end + 160, lx.CONCURRENT)
    if match is None or len(match.group(1)) > lx.APPOSITIVE_LONGEST:
        return None  # (a longer phrase is a sentence's, no role: the pattern reads no bound)
    phrase = match.group(1).strip()
    opener = lx.RELATIVE_ROLE_OPENER.match(phrase)
    if opener is not None:
        phrase = phrase[opener.end() :]  # ", who is the country's finance minister,"
        if _unlike_role(phrase):
            return None
    # The first word is tested before all are listed: most phrases after a comma open with
    # no article or role noun (", Iowa,").
    first = lx.APPOSITIVE_WORD.search(phrase, 0, len(phrase), lx.CONCURRENT)
    if first is None or not _opens_appositive(first.group(), phrase):
        return None
    written = lx.APPOSITIVE_WORD.findall(phrase)
    if _titles_a_name(written) or _role_before_a_name(written):
        return None  # "appointed by President Biden, Judge Ann Lee ruled": another person
    words = [w.lower() for w in written]
    if not any(word.removesuffix("’s") in lx.ROLE_HEADS for word in _before_linking(words[:10])):
        return None
    office = _office_before_speech(written)
    if office is not None:
        # "Ms. Ada Quist, Forestry Officer remarked:": the office's comma left out
        ends = [word.end() for word in lx.APPOSITIVE_WORD.finditer(phrase)]
        return phrase[: ends[office]]
    if words[-1] in lx.SPEECH_VERBS:
        return None  # "to meet President Donald Trump, a NATO spokesperson said": a speaker
    # "the jazz pianist whose spare, luminous style shaped ...": a clause about what is the
    # person's, often cut by its own comma; the role is the noun phrase before it
    role = phrase.split(" whose ", 1)[0]
    return role.removesuffix(" and") if role != phrase else role


def _office_before_speech(written: list[str]) -> int | None:
    """The index of the role noun ending an office in capitals right before a speech verb,
    as a name's appositive written without its closing comma: "Fisheries Officer said",
    "Fisheries Deputy-Information Officer remarked" (not "a NATO spokesperson
    said", another person, who speaks); None if none."""
    for index, word in enumerate(written[1:], 1):
        if not word[:1].isupper():
            return index - 1 if word in lx.SPEECH_VERBS and is_role(written[index - 1]) else None
    return None


# Prepositions that link a role noun to what it is of ("spokesman for the ministry") or a
# phrase about something else to a name ("the latest clash between Prime Minister ...").
_LINKING = frozenset({"between", "against", "over", "amid", "after", "since", "during", "from"})


def _before_linking(words: list[str]) -> list[str]:
    """The words of a phrase outside its linking prepositions' objects: the role noun comes
    before one ("a spokesman for the agency"; not "the latest clash between Prime Minister",
    "a remark from Mr. Dale's sister"), or opens a second phrase after "and" ("a DNC
    committeewoman from Idaho and a member of the board")."""
    kept: list[str] = []
    linked = False
    for index, word in enumerate(words):
        if word in _LINKING:
            linked = True
        elif linked and word in _COORDINATION and words[index + 1 : index + 2] in _OPENERS:
            linked = False
        if not linked:
            kept.append(word)
    return kept


_COORDINATION = frozenset({"and", "or"})
_OPENERS = [[word] for word in ("a", "an", "the", "his", "her", "their")]


def _role_before_a_name(words: list[str]) -> bool:
    """A role noun in lower case or a possessive before a given name, outside the object of a
    preposition: the phrase describes another person of a list ("Vice Chair Ann Ping, Dayton
    businessman and Senate candidate Tom Reese, and ...", "Hungary's Viktor Orban,
    Slovakia's Robert Fico and Czech Prime Minister Andrej Babis"); not "the daughter of
    school principal Dawn Reyes", "a chief Democratic negotiator", "Apple's senior vice
    president"."""
    for word, following in itertools.pairwise(words):
        if word in _OBJECT_OPENERS:
            return False
        names = word in lx.ROLE_HEADS or word.endswith(("'s", "’s"))
        if names and nf.is_given_name(following):
            return True
    return False


# The prepositions whose object may name another person: "the daughter of", "attorney for"
_OBJECT_OPENERS = frozenset({"of", "for", "to", "at", "with", "from", "by", "on"})


def _titles_a_name(words: list[str]) -> bool:
    """A title in capitals before a capitalized word: "Judge Ann Lee", "CEO Tim Cook" name
    someone else ("President of the United States", "Chief Executive of", "President
    Obama's nominee" do not)."""
    if len(words) < 2 or not (words[0][0].isupper() and words[1][0].isupper()):
        return False
    following = words[1]
    return (
        words[0].lower() in lx.ROLE_HEADS
        and following.lower() not in lx.ROLE_HEADS
        and following not in lx.TITLES
        and not following.endswith(("'s", "’s"))
    )


def _opens_appositive(word: str, phrase: str) -> bool:
    """Whether ``word`` opens a role phrase: an article, a possessive ("Apple's senior vice
    president"), a role noun, or a word before one (see :func:`_modifier_led`): a role word
    or, in an office written in capitals, any word but a given name ("Under Secretary of
    State", "Northern Ireland Secretary", "Pentagon Press Secretary"; not "Tom Bishop", the
    next name of a list)."""
    lowered = word.lower()
    if lowered in lx.APPOSITIVE_OPENERS or word.endswith(("'s", "’s")):
        return True
    opens = lowered in lx.ROLE_MODIFIERS or (word[:1].isupper() and not nf.is_given_name(word))
    return opens and _modifier_led(lx.APPOSITIVE_WORD.findall(phrase))


def _modifier_led(words: list[str]) -> bool:
    """ "managing partner at Deepwater", "senior vice president of software", "Assistant
    Attorney General": role words up to the head noun, and no name right after it ("former
    Kansas governor Tom Barker", "Vice President Biden" are other people; "then became
    a supporter" no role). A title in capitals goes on after a role noun: "Attorney|
    General"."""
    for index, word in enumerate(words[:5]):
        lowered = word.lower()
        following = words[index + 1] if index + 1 < len(words) else ""
        if lowered in lx.ROLE_HEADS and not (word[0].isupper() and following in lx.TITLES):
            return not following[:1].isupper()
        if lowered not in lx.ROLE_MODIFIERS and not word[:1].isupper():
            return False
    return False


def read_context(text: str, start: int, end: int, title: str | None) -> Context:
    """The title written in the run, else one in a lower-case role phrase before ``start``;
    the role phrase before it, else an appositive after ``end``."""
    role: str | None = None
    if title is None:
        title, role = before(text, start)
    elif title.lower() in lx.SITUATION_ROLES:
        # "Passenger Omar Haddad": a situation written with a capital is no title
        role, title = title.lower(), None
    return _NEW_CONTEXT(
        Context,
        (
            title,
            role
            # (the comma each reads first is tested here: most names have none next to
            # them, and neither is called for them)
            or (after(text, end) if text.startswith(",", end) else None)
            or (apposed_before(text, start, end) if text.startswith(", ", start - 2) else None)
            # "appointed Ngozi Okonjo-Iweala as director-general"
            or appointed_role(text, start, end),
            None,
            None,
        ),
    )


def _unlike_role(phrase: str) -> bool:
    """Whether a relative clause's words read as no role: a clause of its own inside ("a
    leader who embodies ..."), or a speech verb, its closing comma left out ("who is
    chairman of the group said in a statement")."""
    words = [word.lower() for word in lx.APPOSITIVE_WORD.findall(phrase)]
    return "who" in words or any(word in lx.SPEECH_VERBS for word in words)
