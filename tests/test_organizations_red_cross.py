"""The organizations field: "the Red Cross" alone is the society of the article's country,
named as written, not the Geneva committee; after a society's or the committee's full name,
it is that body."""

from __future__ import annotations

from organization_checks import found


def test_the_red_cross_alone_is_named_as_written() -> None:
    text = "The Red Cross opened a shelter in a church hall for six families."
    assert found(text) == [("Red Cross", "Red Cross", "ngo")]


def test_the_red_cross_after_a_full_name_is_that_body() -> None:
    text = (
        "The American Red Cross sent volunteers to Elmdale on Sunday. The Red Cross said "
        "nine homes were lost."
    )
    assert found(text) == [
        ("American Red Cross", "American Red Cross", "ngo"),
        ("Red Cross", "American Red Cross", "ngo"),
    ]


def test_the_geneva_committee_keeps_its_short_name() -> None:
    text = (
        "The International Committee of the Red Cross reached the border town on Friday, "
        "and the Red Cross asked for safe passage."
    )
    assert [(mention, name) for mention, name, _ in found(text)] == [
        (
            "International Committee of the Red Cross",
            "International Committee of the Red Cross",
        ),
        ("Red Cross", "International Committee of the Red Cross"),
    ]
