"""The gates of the locations field's checks (``newsfacts_locations.gates``): each is a
necessary condition of its check, so the table the screen cuts decides as the whole one.

Every name of every sentence below is decided both ways, and every check of the whole table
that holds for it must be in the cut table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsfacts
from gate_checks import assert_decided_alike, both_ways
from newsfacts_locations import checks, gates, repeats
from newsfacts_locations.candidacy import Candidacy

# Sentences of our own, one or more for each check the gates let through.
SENTENCES = (
    "She was rocking her baby, Chicago, as daughters Dakota and Paris sang in Denver.",
    "Traffic to Jasper is expected to slow in March, Kim Sutton said.",
    "Amazon said its Seattle offices would close; she studied at Harvard before that.",
    "The Falcon 9 rocket lifted off from Cape Canaveral, Florida.",
    "President Clinton met Senator Graham in Washington on Tuesday.",
    "Lindsey Graham spoke to the Kyiv Regional Administration.",
    "Most of the March rally was held in Paris, Texas.",
    "The shares rose to US$0.56 in Sydney.",
    "Former Del. Brian Moran attended the meeting in Richmond.",
    "Hurricane Milton struck Tampa. Milton would be the second major hurricane.",
    "The Orion capsule splashed down near San Diego. Orion carried no crew.",
    "The Cassini probe reached Saturn after a long trip from Earth.",
    "The vessel Dali hit the bridge in Baltimore, and USS Cole sailed to Aden.",
    "England v Pakistan at Lord's was delayed by rain in London.",
    "Tickets for the U.S. Open and the Berlin Grand Prix sold out in Germany.",
    "Norwich 1 Wolves 0, and No. 9 Alabama beat Texas (5-2) in Austin.",
    "BOSTON (Reuters) - Shares fell in New York on Monday.",
    "PLEASANTON, Calif - The city council met in Oakland.",
    "CRICKET - ENGLAND WIN IN LEEDS",
    "The Weston family and the Obama administration met in Chicago.",
    "The Duke of Norfolk and the Princess of Wales visited Sheffield.",
    "The game starts at 8 p.m. Pacific time in Seattle.",
    "St. Martin's Church in Dublin and Dubai Airport were closed.",
    "The fire at Northeast 8th Street in Portland spread to BBC Radio Nottingham.",
    "FOX 8 Cleveland and WLS-TV Chicago reported from Detroit.",
    "Her niece, Chelsea, was born in Reading, and whose son, Mason, 9, lives in Nice.",
    "Dole said he would visit Kansas, and Washington-based firms agreed.",
    "Ann Tuttle, 44, of Platte City, and Roy Kessler of Myerstown were there.",
    "The shop at 40 Church Street, Tipperary, was sold to a Vine video maker.",
    "He flew to the Mass. office in Boston and the IEV depot in the UK.",
    "Russia fired 397 drones at Kyiv on Thursday, killing at least two people.",
    "Results: Norwich 1 0 Wolves, Leeds 2 1 Hull.",
    "The Tempi train crash shocked Greece.",
    "People came from Over, Cambridgeshire; many came over the hill.",
    "Texas delegates said Rule 40 could change, and Alabama's Section 8 vouchers ran out.",
    "The Webster was sold, and Whitfield's daughter and Reyes' son moved to Hartford.",
    "Voters in Ohio compared her to Obama, and Bush stayed away from Tampa.",
)


def _decisions(text: str) -> Iterator[tuple[Candidacy, str, str, list[str]]]:
    """Each name of ``text``: its candidacy, the outcome of the whole table and of the cut
    one, and the checks that hold but are not in the cut table."""
    decided: list[tuple[Candidacy, str, str, list[str]]] = []

    def mention(candidacy: Candidacy) -> object:
        cut = gates.SCREEN.table(*gates.features(candidacy))
        decided.append((candidacy, *both_ways(checks.CHECKS, cut, candidacy)))
        return gates.mention(candidacy)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(repeats, "mention", mention)
        newsfacts.extract(newsfacts.Article(text=text))
    return iter(decided)


@pytest.mark.parametrize("text", SENTENCES)
def test_every_check_that_holds_passes_its_gates(text: str) -> None:
    decided = list(_decisions(text))
    assert decided  # every sentence names a place
    assert_decided_alike((c.candidate.key, whole, cut, missed) for c, whole, cut, missed in decided)


def test_the_cut_table_keeps_the_table_order_and_the_checks_without_gates() -> None:
    candidacy = next(
        c for c, *_ in _decisions("Traffic to Jasper is expected to slow.") if c.candidate.key
    )
    table = gates.SCREEN.table(*gates.features(candidacy))
    names = [check.name for check in table]
    assert names == [check.name for check in checks.CHECKS if check.name in names]
    assert names[-2:] == ["supported", "well-known"]  # no gates: always asked
    assert "storm-name" not in names and "person-title" not in names


def test_every_gate_names_a_check_of_the_table() -> None:
    names = {check.name for check in checks.CHECKS}
    assert {gate.check for gate in gates.GATES} <= names
