"""The organizations field on a church's sees and conventions ("the Archdiocese of
Chicago", "the Southern Baptist Convention") and on bodies named in Spanish, Portuguese,
French or Italian, whose head word opens the name before its "de" ("the Ateneo de Manila
University", "the Ministerio de Economía"): the core's heads
(``newsfacts/data/organization_heads.tsv``) and the field's known names
(``data/known.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts

EXTRACTOR = newsfacts.Extractor(["organizations"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Archdiocese of Chicago said on Monday it would close six parishes.",
            [("Archdiocese of Chicago", "other")],
        ),
        (
            "The Diocese of Winona-Rochester settled the last claims in 2021.",
            [("Diocese of Winona-Rochester", "other")],
        ),
        (
            "Delegates to the Southern Baptist Convention voted on Tuesday to condemn it.",
            [("Southern Baptist Convention", "other")],
        ),
        (
            "She studied at the Ateneo de Manila University before joining the bank.",
            [("Ateneo de Manila University", "education")],
        ),
        (
            "The Ministerio de Economía said inflation slowed in June.",
            [("Ministerio de Economía", "government")],
        ),
        (
            "Researchers at the Université de Montréal published the study.",
            [("Université de Montréal", "education")],
        ),
        (
            "A spokesman for the Junta de Andalucía said the fires were contained.",
            [("Junta de Andalucía", "government")],
        ),
    ],
)
def test_sees_conventions_and_foreign_bodies_are_organizations(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(fact.text, fact.kind) for fact in EXTRACTOR.extract(text).organizations]
    assert found == expected


def test_a_sees_city_is_the_organizations_not_a_place() -> None:
    text = "Bishop Maria Lopez of the Archdiocese of Denver said the school would reopen."
    result = newsfacts.Extractor(["organizations", "locations"]).extract(text)
    assert [fact.text for fact in result.organizations] == ["Archdiocese of Denver"]
    assert result.locations == ()
