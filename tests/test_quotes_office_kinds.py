"""An organization before a noun for an office says what kind of person speaks, as it does
before a noun of relation ("a Pentagon spokesman"): "the UN secretary-general said" is the
secretary-general's quote, not the United Nations', and so are "the EU commissioner said" and
"the Bank of England governor said" (the office nouns of ``data/office_nouns.txt``, which
hold the hyphenated offices "secretary-general", "director-general", "attorney-general").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from quote_checks import only_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Every fraction of a degree matters,” the UN secretary-general said.",
            "UN secretary-general",
        ),
        (
            "“Every fraction of a degree matters,” said the UN secretary-general.",
            "UN secretary-general",
        ),
        ("The UN secretary-general said: “We are running out of time.”", "UN secretary-general"),
        ("“The rules apply to everyone,” the EU commissioner said.", "EU commissioner"),
        ("“Inflation is falling,” the Bank of England governor said.", "Bank of England governor"),
        ("“The outbreak is under control,” the WHO director-general said.", "WHO director-general"),
        # as before: a noun of relation, and the organization speaking for itself
        ("“We are ready,” a Pentagon spokesman said.", "Pentagon spokesman"),
        ("“We will respond,” the Pentagon said.", "Pentagon"),
        # the person named keeps the quote
        (
            "António Gomes, the UN secretary-general, said the world was “running out of time”.",
            "António Gomes",
        ),
    ],
)
def test_an_organization_before_an_office_names_who_speaks(text: str, speaker: str) -> None:
    assert only_speaker(text) == speaker
