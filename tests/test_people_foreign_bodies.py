"""The people field on bodies named in Spanish, Portuguese, French or Italian, as news
writes them in their own language: no person (``data/org_words.txt``). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comisión Federal de Electricidad said power was restored in Monterrey.", []),
        ("The Ateneo de Manila said classes would resume on Monday.", []),
        ("Fundação Getulio Vargas said inflation would ease.", []),
        ("Banque Misr said profit rose in the year.", []),
        # a person's name beside one
        (
            "Rector Ana Morales of the Universidad Central said fees would rise.",
            [("Ana Morales", "Rector", None)],
        ),
    ],
)
def test_bodies_named_in_their_own_language(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
