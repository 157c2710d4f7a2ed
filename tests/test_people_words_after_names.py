"""The people field on a common word a run of capitalized words carries on into after the
full name or the given name of a person the article names in full
(``newsfacts_people.words_after_names``): the name ends before it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after a full name, a word the article writes in lower case, or its "-s" form
        (
            "Marta Okonjo spoke first. A banner read Marta Okonjo Leads Again. Her lead grew.",
            [("Marta Okonjo", "Marta Okonjo"), ("Marta Okonjo", "Marta Okonjo")],
        ),
        (
            "Voters said Marta Okonjo Rejected the offer. Marta Okonjo had said she "
            "would reject it.",
            [("Marta Okonjo", "Marta Okonjo"), ("Marta Okonjo", "Marta Okonjo")],
        ),
        # after a given name in a headline, a verb's "-ing" form or a common word
        (
            "Ruiz on Marta Delaying Her Tax Returns: 'We Will Wait.'\n\n"
            "Marta Okonjo said on Monday that the returns would follow.",
            [("Marta", "Marta Okonjo"), ("Marta Okonjo", "Marta Okonjo")],
        ),
        # in running text a given name and such a word may be a relative's name
        (
            "Marta Okonjo spoke first. Marta Billing, her cousin, spoke next.",
            [("Marta Okonjo", "Marta Okonjo"), ("Marta Billing", "Marta Billing")],
        ),
        # a word that is someone's surname stays in the name
        (
            "Marta Okonjo met Paul Reed. Marta Reed, his sister, read the reed notes.",
            [
                ("Marta Okonjo", "Marta Okonjo"),
                ("Paul Reed", "Paul Reed"),
                ("Marta Reed", "Marta Reed"),
            ],
        ),
        # a name suffix is no common word
        (
            "Henry Foyle spoke. Henry Foyle Jr. replied.",
            [("Henry Foyle", "Henry Foyle"), ("Henry Foyle Jr.", "Henry Foyle Jr.")],
        ),
    ],
)
def test_a_common_word_after_a_known_name(text: str, found: list[tuple[str, str]]) -> None:
    assert [(p.text, p.name) for p in people(text)] == found
