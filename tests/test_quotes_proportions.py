"""A proportion of people that speaks is read whole, its "in" or "out" no preposition that
ends the noun phrase: "About four in 10 voters say" is "four in 10 voters", never the bare
number "four"."""

from __future__ import annotations

import pytest

from quote_checks import speaker_and_cue

PROPORTIONS: list[tuple[str, str, str, str]] = [
    (
        "About four in 10 Iowa Republican caucus-goers say they want a candidate who “tells it"
        " like it is.”",
        "tells it like it is.",
        "four in 10 Iowa Republican caucus-goers",
        "say",
    ),
    # no noun after it: the proportion alone
    (
        "More than half of the voters were under 30. About one in five said they were"
        " “very angry” with Washington.",
        "very angry",
        "one in five",
        "said",
    ),
    # (read so before too: "out" is no word that ends a noun phrase)
    (
        "Two out of three doctors said the new rules were “a recipe for chaos.”",
        "a recipe for chaos.",
        "Two out of three doctors",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue"), PROPORTIONS)
def test_proportion_speaks(text: str, words: str, speaker: str, cue: str) -> None:
    assert speaker_and_cue(text, words) == (speaker, cue)
