"""The organizations field: outside a sports report, "Club" says nothing of sport ("the Club
for Growth"), but a sport's word, "Country" or "Yacht" before it names a club of sport."""

from __future__ import annotations

from organization_checks import found


def test_a_sports_word_before_club_makes_a_sports_club_in_any_article() -> None:
    text = (
        "The retired dentist belonged to the Quarry Hills Golf Club, the Harmon Country "
        "Club and the Lakeshore Tennis Club, his family said."
    )
    assert found(text) == [
        ("Quarry Hills Golf Club", "Quarry Hills Golf Club", "sports"),
        ("Harmon Country Club", "Harmon Country Club", "sports"),
        ("Lakeshore Tennis Club", "Lakeshore Tennis Club", "sports"),
    ]


def test_other_clubs_keep_no_kind_outside_a_sports_report() -> None:
    text = "Ads paid for by the Ridgeway Civic Club ran on Tuesday."
    assert found(text) == [("Ridgeway Civic Club", "Ridgeway Civic Club", None)]
