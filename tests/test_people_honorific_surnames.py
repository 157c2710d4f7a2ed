"""The people field on a name whose last word is spelled as an honorific ("Hun Sen", whose
"Sen" is also the senator's "Sen."): an honorific closing a run of capitalized words has no
name after it to title, so the word before it is the name's first, not a place or body the
office is of (``title_words.before_honorific``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hun Sen said on Tuesday that the vote would go ahead.", [("Hun Sen", None, None)]),
        (
            "Second Prime Minister Hun Sen called a snap vote on Thursday.",
            [("Hun Sen", "Prime Minister", None)],
        ),
        (
            "King Norodom Sihamoni and Hun Sen met in the capital on Monday.",
            [("Norodom Sihamoni", "King", None), ("Hun Sen", None, None)],
        ),
        # an honorific before a name still titles it, after a place or body's word
        ("Cebu Gov. Pamela Baricuatro said on Friday.", [("Pamela Baricuatro", "Gov", None)]),
        ("Air Force Gen. Dan Caine spoke on Friday.", [("Dan Caine", "Gen", None)]),
        ("Sen. Ted Cruz said the bill would fail.", [("Ted Cruz", "Sen", None)]),
    ],
)
def test_an_honorific_closing_a_name_is_its_last_word(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


def test_a_whole_word_honorific_before_a_full_stop_ends_its_sentence() -> None:
    # "Lord" is never written short: its full stop ends the sentence, where "Sen." would
    # title the name after it
    text = 'Nell Lord spoke first. "It was hard," said Lord. Lord runs the shelter now.'
    assert [(p.text, p.name) for p in people(text)] == [
        ("Nell Lord", "Nell Lord"),
        ("Lord", "Nell Lord"),
        ("Lord", "Nell Lord"),
    ]
