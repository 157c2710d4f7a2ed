"""A quote inside a sentence with no cue before it is attributed by a cue and a capitalized
word right after it (a name, a title) after the sentence's last comma, the writer's sentence
being what that speaker said: ", said Boston College professor Nora Castillo.". A short
subject before its cue there ("..., Ana Ruiz said.") attributes it too
(tests/test_quotes_closing_subjects.py).

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

ROWS: list[Row] = [
    # (was no quote: unattributed, not read as speech)
    (
        "Walsh “did very well among young, rural voters” in the 2019 race,"
        " said Boston College professor Nora Castillo.",
        "did very well among young, rural voters",
        "Nora Castillo",
        "said",
        "Nora Castillo",
    ),
    # (was the speaker of the quote before, "Vargas")
    (
        "“A turning point was the arrival of the mural crews,” said Vargas. The town's art"
        " program began six years ago. The idea is to paint a wall that is a frequent"
        " victim of “tagging” - spraying a name or sign - and to have the"
        " painter teach local teens, said Helen Marsh with the county Arts Council.",
        "tagging",
        "Helen Marsh",
        "said",
        "Helen Marsh",
    ),
    # a cue of its own ("added")
    (
        "The heart of the club's aims is to foster young players' “hunger” to become the"
        " next Pele, added Omar Haddad.",
        "hunger",
        "Omar Haddad",
        "added",
        "Omar Haddad",
    ),
]

# A name after the cue may have an appositive after it: the cue is then after the comma
# before the last.
APPOSITIVE_AFTER: list[Row] = [
    (
        '"She can say it, but it looks very unlikely" that the mayor can win the runoff, said'
        " Tom Reyes, a consultant for the Green Party.",
        "She can say it, but it looks very unlikely",
        "Tom Reyes",
        "said",
        "Tom Reyes",
    ),
    (
        "“For most nurses, she is making the right promises” about pay and staffing, said Ana"
        " Ruiz, director of the state nurses' union.",
        "For most nurses, she is making the right promises",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "The vote marks “the start of a long fight” for the council, said Omar Haddad, a"
        " lawyer for the residents.",
        "the start of a long fight",
        "Omar Haddad",
        "said",
        "Omar Haddad",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS + APPOSITIVE_AFTER)
def test_a_name_after_the_last_comma(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_a_subject_before_the_cue_attributes_a_quote_inside_the_sentence() -> None:
    # (was no quote: read as a scare quote nobody is said to speak)
    text = "The plan drew “a lot of interest” in the county last year, Ana Ruiz said."
    check(text, "a lot of interest", "Ana Ruiz", "said", "Ana Ruiz")


def test_no_name_right_after_an_earlier_cue_attributes_nothing() -> None:
    # (the cue after the comma before the last has its subject before it)
    text = "The plan drew “a lot of interest” in the county, it said, and more than it hoped."
    assert quotes(text) == []
