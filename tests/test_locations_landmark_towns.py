"""The locations field on a landmark named before any town: it takes the first town after it
only when that town is of the article's country or in the landmark's own paragraph
(``placing.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from location_checks import places


@pytest.mark.parametrize(
    ("text", "landmark", "country"),
    [
        # took the point of a town abroad named in a later paragraph
        (
            "Mourners gathered at Washington National Cathedral on Saturday.\n\n"
            "The former envoy had served in Jerusalem, Amman and Cairo.",
            "Washington National Cathedral",
            None,
        ),
        (
            "The band will play the Royal Albert Hall in May.\n\n"
            "Its album was recorded in Amsterdam and Berlin and mixed in Los Angeles.",
            "Royal Albert Hall",
            None,
        ),
        # a town in its own paragraph, or one of the article's country
        (
            "The band will play the Royal Albert Hall in May, before a tour that ends in London.",
            "Royal Albert Hall",
            "GB",
        ),
        (
            "Traffic backed up on Elm Grove Road on Monday.\n\n"
            "Police in Springfield, Ohio, and in Dayton, Ohio, said the road would reopen.",
            "Elm Grove Road",
            "US",
        ),
    ],
)
def test_a_landmark_before_any_town(text: str, landmark: str, country: str | None) -> None:
    [found] = [place for place in places(text) if place.text == landmark]
    assert found.country_code == country
    assert (found.latitude is None) == (country is None)
