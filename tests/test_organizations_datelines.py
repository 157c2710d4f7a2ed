"""The organizations field: a place the core reads as a dateline is no organization."""

from __future__ import annotations

import pytest

from organization_checks import found

# A first paragraph long enough that the sentence after it is no longer the article's opening.
_OPENING = (
    "School boards across the state met on Monday to weigh the budget the legislature passed "
    "last week, which raises the money each district gets per pupil for the first time in "
    "three years but cuts what the state pays toward busing by almost a third. District "
    "leaders said the change would force some of them to cut routes, raise fees or draw on "
    "reserves they had set aside for repairs, and several said they would ask lawmakers to "
    "revisit the formula when they return in January.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place in capitals in brackets before a dash: the core's dateline, not an acronym
        ("(LONDON) -- Police arrested two men on Monday after a stabbing in the city's east.", []),
        (
            "(MIAMI) — A tropical storm knocked out power to thousands of homes on Sunday, "
            "officials said.",
            [],
        ),
        (
            "(WASHINGTON, D.C.) -- The Senate voted on Tuesday to extend the program for a year.",
            [("Senate", "government")],
        ),
        # what the tables know, or a station's call sign, is the agency in brackets
        (
            "(CNN) — After a record year, the airline said on Friday that its sales fell.",
            [("CNN", "media")],
        ),
        (
            "(WSAW) -- Dozens of volunteers cleared the riverbank on Monday morning.",
            [("WSAW", "media")],
        ),
        # a place in capitals before a title-case word opening the article
        ("LONDON The Latest on Britain's new government and the plans it laid out on Monday:", []),
        (
            "LONDON King Charles on Sunday again urged an end to the fighting in the region.",
            [],
        ),
        (
            "FBI Director James Comey said on Monday that the inquiry would go on.",
            [("FBI", "government")],
        ),
        # the dateline of a listed international body's seat names the body
        (
            "UNITED NATIONS 2020-03-05\nDiplomats on the Security Council met on Thursday.",
            [("UNITED NATIONS", "international"), ("Security Council", "international")],
        ),
        # later in the article, an unknown acronym before a title names a body
        (
            _OPENING + "GCPS Superintendent Ann Lee said the district would lose two bus routes.",
            [("GCPS", None)],
        ),
    ],
)
def test_a_dateline_place_is_no_organization(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(text, kind) for text, _, kind in found(text, fields=("organizations",))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline alone on its line, in capitals: its agency's credit in brackets
        (
            "HAVANA (AP) --\n\nCuban officials said on Thursday that the talks would go on.",
            [("AP", "Associated Press", "media")],
        ),
        (
            "BUFFALO, N.Y. (AP) --\n\nA man accused of setting the fire was arraigned on Monday.",
            [("AP", "Associated Press", "media")],
        ),
        # an agency the tables do not know, after a dateline place: no place, an agency
        (
            "LAGOS, Nigeria (NAN) — Fuel prices rose again.",
            [("NAN", "NAN", "media")],
        ),
        # the credit of the agency's kind, though the unknown-acronym rule reads it too
        (
            "NEW DELHI (IANS) — The minister said on Monday that the bill would pass. IANS "
            "reported that it would be tabled next week.",
            [("IANS", "IANS", "media"), ("IANS", "IANS", "media")],
        ),
        # a label in brackets is no agency
        ("WASHINGTON (VIDEO) --\n\nThe president said on Monday that he would sign it.", []),
        # in brackets alone, a place in capitals is the dateline (see above)
        ("(LONDON) --\n\nPolice arrested two men on Monday after a stabbing in the east.", []),
    ],
)
def test_an_agency_credited_after_a_dateline_is_an_organization(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text, fields=("organizations",)) == expected
