"""The gates of the organizations field's candidate checks (``newsfacts_organizations.gates``):
each is a necessary condition of its check, so the table the screen cuts decides as the whole
one.

Every candidate of every sentence below is decided both ways, and every check of the whole
table that holds for it must be in the cut table."""

from __future__ import annotations

import pytest

import newsfacts
from gate_checks import assert_decided_alike, both_ways
from newsfacts_organizations import checks, gates
from newsfacts_organizations.candidacy import Candidacy

# Sentences of our own, one or more for each check the gates let through.
SENTENCES = (
    "MELBOURNE, Australia — Australia beat England, the ICC said.",
    "Carlos Rios joined Microsoft in May. Rios said the Microsoft deal was done.",
    "Jewish West Bank settlements grew, and Biden flew aboard Air Force One to NATO talks.",
    "Fed Cup finalists and the British Masters drew crowds, the BBC reported.",
    "The Muscat International Film Festival (MIFF) opened; the UEFA Cup and U.S. Open followed.",
    "Fans filled Emirates Stadium and AT&T Stadium, said the Arsenal Football Club.",
    "The rally near Mill and Congress streets was held by the Teamsters Union.",
    "The Norland Semiconductor index rose 2 percent, the Nasdaq said.",
    "Her Boeing 767 and an Airbus A330-200 sat beside Exxon's 400 tankers, Delta said.",
    "BASEBALL - The Boston Red Sox beat the Yankees 5-3 . Fans in Boston cheered the win .",
    "Deforestation in the Amazon worried Greenpeace, and the Brazilian Amazon burned.",
    "Labour costs rose, the Bank of England said, and Labor shortages grew.",
    "The deal was worth AU$20 billion, Qantas Airways said.",
    "Ford Motor Co. chief Henry Ford spoke. Ford said sales rose.",
    "Microsoft Office for Mac was updated by Apple Inc. on Tuesday.",
    "Sally Dowling SC and Jane Smith, OBE, spoke to the Law Society.",
    "Del. Marcia Price (D-Newport News) backed the Virginia Education Association.",
    "Officials in Haiti reported damage. Residents of Shrewsbury told the Red Cross.",
    "the TWA Flight 800 crash was studied by the National Transportation Safety Board.",
    "Sporting Lisbon beat Benfica 2-0 in Lisbon .",
    "In Montreal, the Expos beat the Cubs 3-2, and a crowd in Moldova cheered Sheriff Tiraspol.",
    "Balls were flying very quickly, the Yankees said. The ball hit Boston Red Sox fans.",
    "The Justice Department sued. Chief Justice John Roberts and Justice officials met.",
    "SOCCER - GHANA OUT .\nACCRA 1996-09-14\nGhana's football federation sacked the coach"
    " after Ghana lost 3-1 to Malawi . Malawi 's soccer federation was pleased .",
    "TENNIS - PERU WIN .\nLIMA 1996-08-30\nPeru beat Chile 3-2 , and Peru officials cheered"
    " Ana Ruiz , a proud Peru citizen .",
    "Frankfurt shares fell on Friday, and the ZIX index lost 2 percent.",
)


def _decisions(text: str) -> list[tuple[Candidacy, str, str, list[str]]]:
    """Each candidate of ``text``: its candidacy, the outcome of the whole table and of the
    cut one, and the checks that hold but are not in the cut table."""
    decided: list[tuple[Candidacy, str, str, list[str]]] = []
    kept = gates.kept

    def deciding(candidacy: Candidacy) -> bool:
        cut = gates.SCREEN.table(*gates.features(candidacy))
        decided.append((candidacy, *both_ways(checks.CANDIDATE_CHECKS, cut, candidacy)))
        return kept(candidacy)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gates, "kept", deciding)
        newsfacts.extract(newsfacts.Article(text=text))
    return decided


@pytest.mark.parametrize("text", SENTENCES)
def test_every_check_that_holds_passes_its_gates(text: str) -> None:
    decided = _decisions(text)
    assert decided  # every sentence has a candidate
    assert_decided_alike((c.candidate.key, whole, cut, missed) for c, whole, cut, missed in decided)


def test_a_plain_name_is_asked_few_checks() -> None:
    text = "The shares that Microsoft sold rose sharply on Tuesday in New York trading."
    candidacy = next(c for c, *_ in _decisions(text))
    names = [check.name for check in gates.SCREEN.table(*gates.features(candidacy))]
    assert names == []  # a name in lower-case prose, past the sentence's opening


def test_every_gate_names_a_check_of_the_table() -> None:
    names = {check.name for check in checks.CANDIDATE_CHECKS}
    assert {gate.check for gate in gates.GATES} <= names


def test_a_team_inside_its_sentence_is_asked_no_check() -> None:
    # A team read by the sports rule: not after "In" or "At" opening the sentence, nor after
    # "in", nor opening the sentence, so neither a venue's checks nor the common word's
    text = (
        "SOCCER - WELSH LEAGUE RESULT .\nCARDIFF 1996-08-24\n"
        "Two late goals gave Wigmore a 2-1 win over Daleford on Saturday ."
    )
    decided = {c.candidate.key: c for c, *_ in _decisions(text)}
    team = decided[("Daleford",)]
    assert team.candidate.entry.kind == "sports"
    assert gates.SCREEN.table(*gates.features(team)) == ()
