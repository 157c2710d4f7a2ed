"""The locations field on streets, saints' landmarks, natural features and townships: where
they stand, and the town or country they take."""

from __future__ import annotations

import pytest

from location_checks import by_text, places


@pytest.mark.parametrize(
    ("text", "street", "code"),
    [
        ("A cafe opened on Atlantic Avenue in Freeport, New York.", "Atlantic Avenue", "US"),
        ("Harare's Third Street will be renamed.", "Third Street", "ZW"),
        ("Police were called to Kingsley Road in Winnipeg.", "Kingsley Road", "CA"),
        ("Two were detained on 14th Street in Chattanooga.", "14th Street", "US"),
        ("Police went to the 1500 block of 7th Avenue in Cedar Rapids.", "7th Avenue", "US"),
        ("The wedding is in St George's Chapel at Windsor Castle.", "Windsor Castle", None),
        ("Fans filled Wembley Stadium in London.", "Wembley Stadium", "GB"),
        ("She sang at the Royal Albert Hall in London.", "Royal Albert Hall", "GB"),
        ("The Barclays Center in Brooklyn, New York, was sold out.", "Barclays Center", "US"),
    ],
)
def test_streets_take_their_town(text: str, street: str, code: str | None) -> None:
    found = by_text(text)
    assert found[street].kind == "feature"
    assert found[street].country_code == code


@pytest.mark.parametrize(
    ("text", "street", "code"),
    [
        ("Police searched a house at 112 Sycamore St., Dayton, on Friday.", "Sycamore St.", "US"),
        ("The shop at 40 Riverside Ave. in Tulsa closed.", "Riverside Ave.", "US"),
        ("A truck overturned on Canyon Rd. in Flagstaff.", "Canyon Rd.", "US"),
        ("The store at 210 W. Pine St. in Flagstaff reopened.", "W. Pine St.", "US"),
    ],
)
def test_abbreviated_streets_take_their_town(text: str, street: str, code: str) -> None:
    found = by_text(text)
    assert found[street].kind == "feature"
    assert found[street].country_code == code
    assert found[street].latitude is not None


def test_a_saints_possessive_opens_a_landmarks_name() -> None:
    text = "Crowds packed St. Peter's Square in Rome, then Saint Mark's Basilica in Venice."
    assert [(place.text, place.country_code) for place in places(text)] == [
        ("St. Peter's Square", "IT"),
        ("Rome", "IT"),
        ("Saint Mark's Basilica", "IT"),
        ("Venice", "IT"),
    ]


def test_a_saints_church_is_no_island() -> None:
    found = places("They married in 1959 at St. Martin's Church in Cascade.")
    assert [(place.text, place.kind) for place in found][:1] == [("St. Martin's Church", "feature")]


def test_a_saints_name_is_no_street() -> None:
    assert "Paul St." not in by_text("Fans of Paris St. Germain met in Lyon.")
    assert by_text("He moved from St. Louis to Denver.")["St. Louis"].kind == "city"


@pytest.mark.parametrize(
    ("text", "feature", "code"),
    [
        ("Volunteers pulled tires from the Merrimack River near Lowell.", "Merrimack River", "US"),
        ("The fire spread across Bitterroot Valley outside Missoula.", "Bitterroot Valley", "US"),
        (
            "Hikers were rescued in the Absaroka Wilderness near Bozeman.",
            "Absaroka Wilderness",
            "US",
        ),
        ("Storms hit the West Coast as Denver stayed dry.", "West Coast", "US"),
        ("Two boats collided on Murray Lake near Columbia.", "Murray Lake", "US"),
        ("Boats crowded Lake Lanier near Gainesville.", "Lake Lanier", "US"),
        ("Climbers died on Mt. Adams near Yakima.", "Mt. Adams", "US"),
        ("Anglers fished the River Tay near Dundee, Scotland.", "River Tay", "GB"),
        ("The storm neared the Marquesas Keys west of Miami.", "Marquesas Keys", "US"),
        ("Hikers were lost in the Smoky Mountains near Knoxville.", "Smoky Mountains", "US"),
        ("The brigade returns to Fort Benning near Columbus.", "Fort Benning", "US"),
        # the place whose possessive it follows, wherever the dateline
        (
            "HONOLULU (AP) — A quake off Russia's Kamchatka Peninsula set off warnings.",
            "Kamchatka Peninsula",
            "RU",
        ),
    ],
)
def test_natural_features_get_a_country_but_no_point(text: str, feature: str, code: str) -> None:
    found = by_text(text)
    assert found[feature].kind == "feature"
    assert found[feature].country_code == code
    assert (found[feature].latitude, found[feature].longitude) == (None, None)


@pytest.mark.parametrize(
    ("text", "township", "point"),
    [
        # a township is a few miles across, around or beside its town: the town's point
        ("She grew up in Harmony Township near Phillipsburg.", "Harmony Township", (40.69, -75.19)),
        (
            "Marysville, Ohio, will extend its sewer line to homes in Jerome Township.",
            "Jerome Township",
            (40.24, -83.37),
        ),
    ],
)
def test_a_township_stands_at_its_town(
    text: str, township: str, point: tuple[float, float]
) -> None:
    found = by_text(text)[township]
    assert found.kind == "feature"
    assert found.country_code == "US"
    assert (round(found.latitude or 0, 2), round(found.longitude or 0, 2)) == point
