"""An office given to a name makes it a person's, the office its role
(``newsfacts_people/appointments.py``); a firm's appointment does not."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import Person

EXTRACTOR = newsfacts.Extractor(["people"])


def people(text: str) -> list[tuple[str, str | None]]:
    result = EXTRACTOR.extract(text)
    assert not result.errors
    return [(fact.name, fact.role) for fact in result.people if isinstance(fact, Person)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the verb, the name, the role in lower case
        (
            "The president named Sri Mulyani Indrawati finance minister on Wednesday.",
            [("Sri Mulyani Indrawati", "finance minister")],
        ),
        # "as" before the role, and what the role serves after it
        (
            "The board appointed Tafadzwa Okonkwo-Bere as director-general of the trade body.",
            [("Tafadzwa Okonkwo-Bere", "director-general")],
        ),
        (
            "Delegates elected Jane Mwangi chairwoman of the cooperative after a long vote.",
            [("Jane Mwangi", "chairwoman")],
        ),
        # an article or a possessive and "new" before the role
        (
            "The club named Oyvind Haaland its new manager on Friday.",
            [("Oyvind Haaland", "manager")],
        ),
        (
            "Shareholders re-elected Marit Sandvold as the chair of the company.",
            [("Marit Sandvold", "chair")],
        ),
        # role words up to the last role noun
        (
            "The bank hired Tobias Wernecke chief executive officer last month.",
            [("Tobias Wernecke", "chief executive officer")],
        ),
        # no role after the name: no evidence
        ("The council chose Rukmini Varadpande to lead the inquiry into the flooding.", []),
        # a role firms hold too: no person
        ("The utility hired Harwell Brandt as adviser on the sale of its grid.", []),
        ("The issuer appointed Kestrel Dunmore as lead manager for the bond.", []),
        # a single word: no evidence
        ("The agency named Zorbex auditor of the fund.", []),
    ],
)
def test_an_appointment_names_a_person_and_gives_the_role(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    assert people(text) == found
