"""A speaker described by whom they represent speaks for themselves, as one described by
"for" does: "said a lawyer representing Tom Kerr" is the lawyer's quote, not Kerr's.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from quote_checks import only_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will appeal,” said a lawyer for Tom Kerr.", "lawyer for Tom Kerr"),
        ("“We will appeal,” said a lawyer representing Tom Kerr.", "lawyer representing Tom Kerr"),
        (
            "“We will appeal,” said the lawyer who represented Tom Kerr.",
            "lawyer who represented Tom Kerr",
        ),
        (
            "A lawyer representing Tom Kerr said: “We will appeal the ruling.”",
            "lawyer representing Tom Kerr",
        ),
        # the person named, then described: the named one speaks
        ("“We will appeal,” said Mary Lane, a lawyer representing Tom Kerr.", "Mary Lane"),
        # the person who represents others speaks
        ("“We will appeal,” said Tom Kerr, who represented the family.", "Tom Kerr"),
    ],
)
def test_a_representative_speaks_for_themselves(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker
