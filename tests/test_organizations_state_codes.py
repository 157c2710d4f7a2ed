"""The organizations field on the postal codes of the states of the United States alone in
prose ("a champion for AZ", "as FL congressman struggles"): no organization, but the codes
that name bodies too ("the VA", the Veterans Affairs department). Sentences written for
these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator said she would be a champion for AZ, not for the lobbyists.", []),
        ("Donors rush to help an FL congressman in trouble.", []),
        ("No surprise the governor won MI by ten points.", []),
        ("The veterans said the VA had failed them.", ["VA"]),
        ("The NAACP and the ACLU filed suit.", ["NAACP", "ACLU"]),
    ],
)
def test_a_states_code_names_no_body(text: str, expected: list[str]) -> None:
    assert [fact.text for fact in EXTRACTOR.extract(text).organizations] == expected
