"""The ``numbers`` field: "TEU" (twenty-foot equivalent units) after a number is the measure
of a container ship's size or a port's volume, as shipping news writes it."""

from __future__ import annotations

import pytest

from number_checks import facts

_TEU = "twenty-foot equivalent unit"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("A 20,000 TEU container ship ran aground.", ("20,000", 20000, "measure", _TEU, None)),
        ("The 24,000-TEU vessel was refloated.", ("24,000", 24000, "measure", _TEU, None)),
        (
            "The carrier moved 12.4 million TEU last year.",
            ("12.4 million", 12400000, "measure", _TEU, None),
        ),
        ("The port handled 3 million TEUs.", ("3 million", 3000000, "measure", _TEU, None)),
    ],
)
def test_teu_after_a_number_is_a_measure(text: str, row: tuple[object, ...]) -> None:
    assert row in facts(text)
