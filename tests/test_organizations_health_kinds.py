"""The organizations field: the kinds of hospitals named by another head than "Hospital",
of the health service's trusts and of a country's laboratories (data/head_modifiers.tsv),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # a hospital by another head is of no kind, as "Hospital" tells none
        (
            "The boy was flown to the Riverside Medical Center with burns.",
            ("Riverside Medical Center", "Riverside Medical Center", None),
        ),
        (
            "Nurses at the Harbourview Medical Centre voted to strike.",
            ("Harbourview Medical Centre", "Harbourview Medical Centre", None),
        ),
        (
            "She began treatment at the Lakeside Cancer Center in March.",
            ("Lakeside Cancer Center", "Lakeside Cancer Center", None),
        ),
        (
            "Two victims were taken to the Valley Trauma Center overnight.",
            ("Valley Trauma Center", "Valley Trauma Center", None),
        ),
        # the listed clinics are hospitals too (data/known.tsv)
        (
            "Doctors at the Mayo Clinic reviewed the scans.",
            ("Mayo Clinic", "Mayo Clinic", None),
        ),
        (
            "The Cleveland Clinic opened a heart unit in London.",
            ("Cleveland Clinic", "Cleveland Clinic", None),
        ),
        # a trust of the health service in England and Wales is a public body
        (
            "The Northfield Teaching Hospitals NHS Trust apologised to the family.",
            (
                "Northfield Teaching Hospitals NHS Trust",
                "Northfield Teaching Hospitals NHS Trust",
                "government",
            ),
        ),
        (
            "Guy's and St Thomas' NHS Foundation Trust said the cyber attack hit its systems.",
            (
                "Guy's and St Thomas' NHS Foundation Trust",
                "Guy's and St Thomas' NHS Foundation Trust",
                "government",
            ),
        ),
        # a country's laboratory is its government's
        (
            "Scientists at the Oak Ridge National Laboratory built the reactor.",
            ("Oak Ridge National Laboratory", "Oak Ridge National Laboratory", "government"),
        ),
    ],
)
def test_health_and_laboratory_kinds(text: str, organization: tuple[str, str, str | None]) -> None:
    assert found(text) == [organization]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # think tanks and charities keep the kind their head tells
        (
            "The Resolution Foundation said wages fell for a third month.",
            ("Resolution Foundation", "Resolution Foundation", "ngo"),
        ),
        (
            "The Institute for Fiscal Studies said taxes would have to rise.",
            ("Institute for Fiscal Studies", "Institute for Fiscal Studies", "ngo"),
        ),
        (
            "The Canal and River Trust closed the towpath.",
            ("Canal and River Trust", "Canal and River Trust", "other"),
        ),
    ],
)
def test_other_heads_keep_their_kind(text: str, organization: tuple[str, str, str | None]) -> None:
    assert found(text) == [organization]
