"""The cheap tests the people field reads next to a name before a pattern (the first or last
letters of the words there) never change the answer the patterns alone give."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st
import pytest

import newsfacts
from newsfacts_people import (
    appointments,
    evidence,
    name_shapes,
    next_to,
    person_cues,
    runs,
    surroundings,
    vessels,
)
from newsfacts_people import lexicon as people_lexicon
from newsfacts_people.candidates import Mention

# Pieces of the words around a name: speech verbs, role nouns, "according to", prepositions
# and words that share their first or last letters ("sad", "to" ending "Soto"), blanks and
# marks between them.
_PIECES = [
    *("said", "says", "told", "added", "sa", "sad", "tol", "addressed"),
    *("spokesman", "midfielder", "man", "according", "to", "Soto", "in", "for", "he"),
    *("Ann", "“I", "me", "”", '"', ".", "x", " ", " ", " ", "\u00a0", ",", ", "),
]
_AROUND = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)


def _near_speech_by_the_patterns(text: str, start: int, end: int) -> bool:
    """surroundings.near_speech read with its patterns alone, at every name."""
    after = surroundings._NEXT_WORD.match(text, end, min(len(text), end + 30))
    if after is not None and after.group(1) in people_lexicon.SPEECH_VERBS:
        return not text.endswith(surroundings._OBJECT_BEFORE, max(0, start - 12), start)
    before = surroundings._PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if before is None:
        return False
    if before.group(1) in people_lexicon.SPEECH_VERBS or text.endswith("according to ", 0, start):
        return True
    if before.group(1) not in people_lexicon.ROLE_HEADS:
        return False
    verb = surroundings._PREVIOUS_WORD.search(text, max(0, before.start() - 20), before.start())
    return verb is not None and verb.group(1) in people_lexicon.SPEECH_VERBS


@hypothesis.given(_AROUND, _AROUND)
@hypothesis.settings(max_examples=400, deadline=None)
def test_the_quick_tests_of_near_speech_change_no_answer(before: str, after: str) -> None:
    text = before + "Jan Smith" + after
    start, end = len(before), len(before) + len("Jan Smith")
    expected = _near_speech_by_the_patterns(text, start, end)
    assert surroundings.near_speech(text, start, end) == expected


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("“We will win,” said Jan Smith, the coach.", True),
        ("Jan Smith told reporters on Monday.", True),
        ("Jan Smith, told of the ruling, wept.", True),
        ("according to Jan Smith of the union", True),
        ("said spokesman Jan Smith on Friday", True),
        ("a spokesman for Jan Smith said", False),  # someone else speaks
        ("Police in Jan Smith said", False),
        ("Jan Smith sadly left the club.", False),
        ("the midfielder Jan Smith scored", False),
    ],
)
def test_a_speech_verb_next_to_a_name(text: str, near: bool) -> None:
    start = text.index("Jan Smith")
    assert surroundings.near_speech(text, start, start + len("Jan Smith")) is near


@hypothesis.given(_AROUND)
@hypothesis.settings(max_examples=300, deadline=None)
def test_the_quick_test_of_a_speech_verb_after_a_word_changes_no_answer(after: str) -> None:
    """evidence._quoted_as_he_next reads the blank and the first letters after the word
    before _VERB_AFTER."""
    text = "Smith" + after + " “I am done,” he said."
    mention = Mention(0, 5, ("Smith",), "Smith", None, False)
    verb = evidence._VERB_AFTER.match(text, 5, min(len(text), 5 + 24))
    expected = (
        verb is not None
        and verb.group(1) in people_lexicon.SPEECH_VERBS
        and evidence._HE_AFTER_QUOTE.match(text, verb.end(), min(len(text), verb.end() + 240))
        is not None
    )
    assert evidence._quoted_as_he_next(text, mention) == expected


@hypothesis.given(st.text(alphabet="AaBcDMOSIl'’-ÉéŁłǅ", min_size=1, max_size=8))
@hypothesis.settings(max_examples=300, deadline=None)
def test_a_word_without_capitals_after_its_first_letter_has_no_inner_one(word: str) -> None:
    """name_shapes.name_shaped calls _INNER_CAPITAL only when a capital may follow the first
    letter: it finds none in a word whose rest is in lower case ("Smith", "Łukasz")."""
    if word[1:].islower():
        assert name_shapes._INNER_CAPITAL.search(word, 1) is None


_BEFORE_PIECES = [
    *("analysts at ", "shares of ", "the town of ", "lender ", "in ", "of ", "at ", "er "),
    *("1. Ivo Brandt ( Germany ) , ", "Graf (Germany), ", "), ", " , ", ", ", "said ", "x"),
]


@hypothesis.given(
    st.lists(st.sampled_from(_BEFORE_PIECES), max_size=3).map("".join),
    st.sampled_from(["", " , 61.417", " said", ", 4"]),
    st.booleans(),
)
@hypothesis.settings(max_examples=300, deadline=None)
def test_the_quick_test_before_a_name_changes_no_answer(
    before: str, after: str, multiword: bool
) -> None:
    """surroundings.owned_before reads the last characters before the name before its
    checks: the same answer as theirs ("analysts at Morgan Stanley", "the town of Mai
    Mahiu", "( Germany ) , Lola Ford , 61.417")."""
    text = before + "Lola Ford" + after
    start, end = len(before), len(before) + len("Lola Ford")
    expected = (
        (multiword and surroundings.firm_before(text, start))
        or surroundings.place_before(text, start)
        or surroundings.team_in_results(text, start, end)
    )
    assert surroundings.owned_before(text, start, end, multiword) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The board named Jan Smith chief executive on Monday.", "chief executive"),
        ("Parliament elected Jan Smith as speaker.", "speaker"),
        ("The club chose Jan Smith as its new manager.", "manager"),
        ("The board named  Jan Smith chairwoman.", "chairwoman"),
        ("The board said Jan Smith chief executive", None),  # no appointment verb
        ("The board renamed Jan Smith chief executive", None),  # a verb ending so, not one
    ],
)
def test_an_appointment_verb_read_by_its_last_letters_first(text: str, role: str | None) -> None:
    """appointments.appointed_role reads the last two letters of the word before the name
    ("ed" of "named") before its pattern: the verbs are found as before."""
    start = text.index("Jan Smith")
    assert appointments.appointed_role(text, start, start + len("Jan Smith")) == role


# What may follow a name: the words and marks the readings right after it look for, words
# sharing their first letters, blanks of every kind.
_AFTER_PIECES = [
    *("county", "County", "COUNTY", "parish", "area", "district", "suburb", "coach", "tower"),
    *("daily", "firm", "and", "an", "& Sons", "&", "said", "of", "’s", "'s", "ſuburb"),
    *(", 45,", "(D-Calif.)", "( Italy )", ",", "(", ".", ", a group founded by"),
    *(" ", " ", " ", "\u00a0", "\t", "\n"),
]


@hypothesis.given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=6).map("".join))
@hypothesis.settings(max_examples=500, deadline=None)
def test_what_follows_a_name_is_read_once_for_its_three_readings(after: str) -> None:
    """next_to.may_follow reads the first characters after a name once: where it is false,
    the noun of divisions, the age or party and the firm's noun are all absent ("Jan Smith
    said"), as their own readings say."""
    text = "Jan Smith" + after
    if not next_to.may_follow(text, 9):
        assert not next_to.division_after(text, 9)
        assert not person_cues.person_after(text, 9, ("Jan", "Smith"))
        assert not surroundings.names_organization(text, 9)


@pytest.mark.parametrize(
    ("after", "follows"),
    [
        (" said on Monday.", False),
        ("’s office", False),
        (" of Ohio", False),
        (", 45, was arrested", True),  # an age
        (" (D-Calif.) said", True),  # a party
        (" County officials", True),  # "Prince William County"
        (" & Sons", True),
        (" daily reported", True),  # "Zycie Warszawy daily"
    ],
)
def test_what_follows_a_name_read_by_its_first_characters(after: str, follows: bool) -> None:
    assert next_to.may_follow("Jan Smith" + after, 9) is follows


# What may stand before a name: the phrases and prefixes the readings right before it look
# for, words sharing their last letters, marks and blanks.
_BEFORE_NAME_PIECES = [
    *("analysts at ", "the town of ", "lender ", "the carrier ", "HMS ", "USS ", "THMS "),
    *("Her mother, ", "Its chief executive, ", "Graf (Germany), ", " , ", "), ", "said "),
    *("Smith, ", "of", "at", "S", ",", " ", "\u00a0", "\n", "x"),
]


@hypothesis.given(st.lists(st.sampled_from(_BEFORE_NAME_PIECES), max_size=4).map("".join))
@hypothesis.settings(max_examples=500, deadline=None)
def test_what_precedes_a_name_is_read_once_for_its_three_readings(before: str) -> None:
    """next_to.may_precede reads the last characters before a name once: where it is false,
    no owner's phrase, navy's prefix or comma after a word in lower case stands there ("said
    Linda Park"), as their own readings say."""
    text = before + "Linda Park, 53.980"
    start, end = len(before), len(before) + len("Linda Park")
    if not next_to.may_precede(text, start):
        assert not surroundings.owned_before(text, start, end, True)
        assert vessels.ship_prefixed(text, start) == vessels.ship_prefixed(text, start, False)
        assert not person_cues.after_lower_word_and_comma(text, start)


@pytest.mark.parametrize(
    ("before", "precedes"),
    [
        ("Police said ", False),
        ("“We won,” ", False),
        ("analysts at ", True),  # "analysts at Morgan Stanley"
        ("the carrier HMS ", True),
        ("Her mother, ", True),
    ],
)
def test_what_precedes_a_name_read_by_its_last_characters(before: str, precedes: bool) -> None:
    assert next_to.may_precede(before + "Linda Park", len(before)) is precedes


# Pieces of the gaps between two capitalized words: particles, words sharing their first
# letters, blanks of every kind, quotes, brackets and marks.
_GAP_PIECES = [
    *("de", "von", "der", "al", "bin", "y", "and", "of", "the", "in", "on", "daily"),
    *(" ", " ", "\u00a0", "\u2009", "\n", '"', "“", "”", ")", "(", ",", ".", "-"),
]


@hypothesis.given(st.lists(st.sampled_from(_GAP_PIECES), min_size=2, max_size=6).map("".join))
@hypothesis.settings(max_examples=500, deadline=None)
def test_a_gap_read_by_its_second_character_first(gap: str) -> None:
    """runs.runs reads the second character of a gap that opens as a name's may (a blank, a
    quote, a bracket) before splitting it into words: where it is none of _GAP_SECOND, the
    gap holds a word that is no particle (" of ", " ( ")."""
    if gap[0] in runs._GAP_OPENERS and gap[1] not in runs._GAP_SECOND:
        assert not people_lexicon.PARTICLES.issuperset(gap.strip(runs._GAP_MARKS).split())


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # one run across the particles (the name words of the run: "von der" is its gap's)
        ("Ursula von der Leyen said.", [["Ursula", "Leyen"]]),
        ('Emanuel "Chris" Welch said.', [["Emanuel", "Chris", "Welch"]]),
        ("Smith and Jones met.", [["Smith"], ["Jones"]]),
        ("Smith ( Italy ) won.", [["Smith"], ["Italy"]]),
        ("Smith of Ohio won.", [["Smith"], ["Ohio"]]),
    ],
)
def test_the_runs_of_capitalized_words_across_gaps(text: str, groups: list[list[str]]) -> None:
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    assert [[word for _, _, word in group] for group in runs.runs(document)] == groups
