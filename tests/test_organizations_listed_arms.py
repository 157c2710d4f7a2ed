"""The organizations field on bodies the bundled list names whole that other rules cut or
missed: a network's sports arm (not the network alone), and the ticket sellers, auction
houses, publishers, web platforms and space agencies news names without a head word (an
international agency of its kind, not a government's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the network's sports arm, not the network alone
        (
            "The skater told NBC Sports that she would compete again next winter.",
            [("NBC Sports", "NBC Sports", "media")],
        ),
        (
            "A Yahoo Sports report on Monday said the coach would resign.",
            [("Yahoo Sports", "Yahoo Sports", "media")],
        ),
        (
            "The bout was carried by Fox Sports in three countries.",
            [("Fox Sports", "Fox Sports", "media")],
        ),
        # named alone, with no head word
        (
            "Fans waited for hours in a Ticketmaster queue for the reunion shows.",
            [("Ticketmaster", "Ticketmaster", "company")],
        ),
        (
            "Sotheby's said the painting fetched $18 million in Hong Kong.",
            [("Sotheby's", "Sotheby's", "company")],
        ),
        (
            "The memoir will be published by Penguin Random House in March.",
            [("Penguin Random House", "Penguin Random House", "company")],
        ),
        (
            "The series moves to Hulu in the autumn, the studio said.",
            [("Hulu", "Hulu", "company")],
        ),
        (
            "Roscosmos and the European Space Agency delayed the rover again.",
            [
                ("Roscosmos", "Roscosmos", "government"),
                ("European Space Agency", "European Space Agency", "international"),
            ],
        ),
    ],
)
def test_a_listed_body_is_named_whole(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text, fields=("organizations",)) == expected
