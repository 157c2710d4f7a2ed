"""A body named with its country after "of" ("the Marine Accident Board of Canada") may go by
the initials of its words before the country, used without brackets later ("MAB inspectors"):
the acronym is that body. Three letters at least: two initials spell too many names ("RB" is
no "Reserve Bank of India").

The sentences are made up for these tests.
"""

from __future__ import annotations

from organization_checks import found


def test_an_acronym_may_leave_the_country_out() -> None:
    text = (
        "The Marine Accident Board of Canada said it would examine the ferry. "
        "MAB inspectors boarded the vessel in Halifax on Wednesday."
    )
    facts = found(text, fields=("organizations",))
    assert ("MAB", "Marine Accident Board of Canada", "government") in facts


def test_an_acronym_may_leave_the_country_with_its_article_out() -> None:
    text = (
        "The Coastal Survey Office of the Philippines mapped the reef. "
        "CSO divers counted the corals over two weeks."
    )
    names = {written: name for written, name, _ in found(text, fields=("organizations",))}
    assert names["CSO"] == "Coastal Survey Office of the Philippines"


def test_two_initials_without_the_country_spell_nothing() -> None:
    text = "The Reserve Bank of India raised rates on Friday. RB traders had expected it."
    names = {written: name for written, name, _ in found(text, fields=("organizations",))}
    assert names.get("RB", "RB") == "RB"
