"""The organizations field: a party's word before a chamber's ("with a Democratic Senate", "the
GOP Senate nomination") says which party holds the chamber or runs for its seats; the
chamber is named by its word alone."""

from __future__ import annotations

from organization_checks import found


def test_a_party_adjective_before_a_chamber_is_no_word_of_its_name() -> None:
    text = (
        "Should Dana Ortiz win, a Democratic Senate would confirm her judges quickly. The "
        "Republican Congress stalled the farm bill, and Walt Ibsen, once Republican Senate "
        "majority leader, blamed the calendar."
    )
    assert found(text) == [
        ("Senate", "United States Senate", "government"),
        ("Congress", "United States Congress", "government"),
        ("Senate", "United States Senate", "government"),
    ]


def test_a_partys_short_name_before_a_chamber_is_the_party() -> None:
    text = "Three ranchers have entered a GOP Senate primary in Wyoming this summer."
    assert found(text) == [
        ("GOP", "Republican Party", "party"),
        ("Senate", "United States Senate", "government"),
    ]


def test_names_with_their_own_head_after_the_chamber_stay_whole() -> None:
    text = (
        "The Democratic Senatorial Campaign Committee and the Democratic Party raised money "
        "for the race."
    )
    assert [mention for mention, _, _ in found(text)] == [
        "Democratic Senatorial Campaign Committee",
        "Democratic Party",
    ]
