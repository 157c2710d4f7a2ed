"""A town named like a nationality or a people, before a lower-case word: the adjective, not
the town."""

from __future__ import annotations

from location_checks import by_text


def test_a_nationality_before_a_noun_is_no_town() -> None:
    # Canadian, Texas and Welsh, Louisiana are villages; their states named in the story
    # kept them as places before a noun
    found = by_text("Officials in Lubbock, Texas, met. Canadian trade lawyer Ann Roy objected.")
    assert sorted(found) == ["Lubbock", "Texas"]
    found = by_text("Refinery workers in Lake Charles, Louisiana, met two Welsh engineers.")
    assert sorted(found) == ["Lake Charles", "Louisiana"]


def test_the_town_stays_after_a_preposition_or_before_one() -> None:
    found = by_text("Officials in Amarillo, Texas, said hail hit Canadian on Monday.")
    assert (found["Canadian"].kind, found["Canadian"].country_code) == ("city", "US")
    found = by_text("Officials in Amarillo, Texas, said flooding in Canadian closed roads.")
    assert (found["Canadian"].kind, found["Canadian"].country_code) == ("city", "US")


def test_a_people_before_a_noun_is_no_town() -> None:
    # Latina is a city south of Rome; a word of a people before a noun is its adjective
    found = by_text("Council member Rosa Ibarra became the second Latina mayor of Tucson.")
    assert sorted(found) == ["Tucson"]
    found = by_text("Protests spread in Latina, south of Rome, on Monday.")
    assert (found["Latina"].kind, found["Latina"].country_code) == ("city", "IT")
