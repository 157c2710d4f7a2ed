"""The organizations field: a partnership written with commas between its partners' surnames
("Goldman, Sachs & Co.") is one firm's name, from its first surname; a list of names before
an ampersand's firm stays a list."""

from __future__ import annotations

from organization_checks import found


def test_surnames_with_commas_before_an_ampersand_open_the_firms_name() -> None:
    text = (
        "The bonds were placed by Harlow, Pruett & Co. on Tuesday. Mina Sato, an analyst at "
        "Vance, Okafor, Lindqvist & Baird, called the price fair."
    )
    assert found(text) == [
        ("Harlow, Pruett & Co.", "Harlow, Pruett & Co.", "company"),
        ("Vance, Okafor, Lindqvist & Baird", "Vance, Okafor, Lindqvist & Baird", "company"),
    ]


def test_a_legal_ending_closes_the_partners_name() -> None:
    text = "Underwriters led by Harlow, Pruett & Co. Quillon Corp. -- $80 million of notes."
    assert [mention for mention, _, _ in found(text)] == [
        "Harlow, Pruett & Co.",
        "Quillon Corp.",
    ]


def test_a_list_before_an_ampersands_firm_stays_a_list() -> None:
    text = (
        "Bidders included Lazard, Tessaro Partners, Pruett & Baird and two banks. Drug makers "
        "such as Pfizer, Merck & Co. gave money."
    )
    assert [mention for mention, _, _ in found(text)] == [
        "Tessaro Partners",
        "Pruett & Baird",
        "Pfizer",
        "Merck & Co.",
    ]
