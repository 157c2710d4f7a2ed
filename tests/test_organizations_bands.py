"""The organizations field on bands: a name after "band" or "rock group", before a member's
part in the band ("frontman", "guitarist", "drummer"), or set off before a description
ending in "band" is a music act's, kind other (``data/cues.tsv``,
``data/appositive_nouns.tsv``); the member is the people field's. A name only doing what
bands do ("released an album") is none: a singer is a person. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import newsfacts
from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        ("The band Coldplay will tour Europe next year.", [("Coldplay", "Coldplay", "other")]),
        (
            "British rock band Oasis released their first album in 1994.",
            [("Oasis", "Oasis", "other")],
        ),
        (
            "Beyonce's band Destiny's Child split in 2005.",
            [("Destiny's Child", "Destiny's Child", "other")],
        ),
        (
            "Blur drummer Dave Rowntree is running for Parliament.",
            [("Blur", "Blur", "other"), ("Parliament", "Parliament", "government")],
        ),
        (
            "The Rolling Stones lead singer Mick Jagger had heart surgery.",
            [("Rolling Stones", "Rolling Stones", "other")],
        ),
        (
            "Radiohead, the British band, released a new album on Friday.",
            [("Radiohead", "Radiohead", "other")],
        ),
        # a band in lower case names none, nor does a singer releasing an album
        ("The band played until midnight.", []),
        ("Adele released a new album on Friday.", []),
    ],
)
def test_a_band_is_an_organization(
    text: str, organizations: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == organizations


def test_a_bands_member_is_a_person() -> None:
    result = newsfacts.Extractor(["people", "organizations"]).extract(
        newsfacts.Article(text="Oasis guitarist Noel Gallagher wrote the song.")
    )
    assert [person.text for person in result.people] == ["Noel Gallagher"]
    assert [org.text for org in result.organizations] == ["Oasis"]
