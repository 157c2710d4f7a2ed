"""Medicines regulators of pharma news (``data/known.tsv`` of the organizations field),
named alone with no head word ("Anvisa", "Swissmedic"), by a head after "and" ("the
Pharmaceuticals and Medical Devices Agency", was "Medical Devices Agency") or by their
acronyms ("the MHRA", the whole name); and a supreme court named in its own language with
its adjective after the head ("Supremo Tribunal Federal", was "Supremo Tribunal"). A
drug's brand is no organization ("Wegovy").

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Brazil's health regulator Anvisa and Swissmedic approved Wegovy last year.",
            ["Anvisa", "Swissmedic"],
        ),
        (
            "Japan's Pharmaceuticals and Medical Devices Agency said the trial data was"
            " sufficient.",
            ["Pharmaceuticals and Medical Devices Agency"],
        ),
        (
            "The MHRA said it had approved the weight-loss drug for adults.",
            ["Medicines and Healthcare products Regulatory Agency"],
        ),
        (
            "Australia's Therapeutic Goods Administration and the PMDA are reviewing the pill.",
            ["Therapeutic Goods Administration", "Pharmaceuticals and Medical Devices Agency"],
        ),
        (
            "Germany's Paul-Ehrlich-Institut said side effects were rare.",
            ["Paul-Ehrlich-Institut"],
        ),
        (
            "Brazil's Supremo Tribunal Federal ruled on Thursday. The STF said the trial"
            " would resume.",
            ["Supremo Tribunal Federal", "Supremo Tribunal Federal"],
        ),
    ],
)
def test_a_regulator_is_a_public_body(text: str, names: list[str]) -> None:
    bodies = found(text)
    assert [name for _, name, _ in bodies] == names
    assert {kind for _, _, kind in bodies} == {"government"}
