"""The people field on the names of holidays ending in "Day": the words before "Day" in them
("Labor", "Year", "Election") are in no one's name, and end a name they follow; "Day" after a
given name is a surname (``data/not_names.txt``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Since Labor Day, Nora Vance has held six rallies.", ["Nora Vance"]),
        ("After the storm on New Year Day, the roads stayed shut.", []),
        ("Turnout on Election Day may set a record, Vance said.", []),
        ("Readers named Sportsman of the Year Tobias Renk in March.", ["Tobias Renk"]),
        (
            "Volunteers signed up for Nora Vance Election Day, a drive to fill the polls.",
            ["Nora Vance"],
        ),
        ("Golfer Jason Day won, and Marla Day sang the anthem.", ["Jason Day", "Marla Day"]),
    ],
)
def test_a_holidays_words_name_no_one(text: str, names: list[str]) -> None:
    assert [p.name for p in people(text)] == names
