"""The people field on the trade or rank written before a name in arts, media, faith,
university and services' news: the noun is the person's title, never part of the name
(``data/roles.txt``, ``data/title_pairs.tsv``, ``data/honorifics.tsv``), and a trade both
people and firms ply titles a person only before a known given name
(``data/trade_nouns_of_both.txt``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # media, music and the stage
        (
            "Presenter Fiona Hale will host the new quiz show on Saturday nights.",
            [("Fiona Hale", "Presenter", None)],
        ),
        (
            "Guitarist Johnny Reeve said the band would tour Europe next spring.",
            [("Johnny Reeve", "Guitarist", None)],
        ),
        (
            "Curator Maria Delgado said the gallery would reopen in May.",
            [("Maria Delgado", "Curator", None)],
        ),
        (
            "Writer Zoe Hartley said she was moved by the award.",
            [("Zoe Hartley", "Writer", None)],
        ),
        (
            "Podcaster Joe Brennan criticised the ruling on Tuesday.",
            [("Joe Brennan", "Podcaster", None)],
        ),
        # the land, the crafts and a firm's chiefs by their letters
        (
            "Rancher Tom Smith found the calves on Tuesday morning.",
            [("Tom Smith", "Rancher", None)],
        ),
        (
            "Plumber Ed Walsh said the pipes froze overnight.",
            [("Ed Walsh", "Plumber", None)],
        ),
        (
            "Acme CFO Dora Pennick said revenue fell in the quarter.",
            [("Dora Pennick", "CFO", None)],
        ),
        # a pitcher by the hand he throws with
        (
            "Lakeport: RHP Tanner Hollis (8-9, 3.12 ERA) starts Sunday's series finale.",
            [("Tanner Hollis", "RHP", None)],
        ),
        # faith
        (
            "Vicar Jane Holloway said the church roof had been repaired.",
            [("Jane Holloway", "Vicar", None)],
        ),
        (
            "Archdeacon Simon Okafor was installed at the cathedral on Sunday.",
            [("Simon Okafor", "Archdeacon", None)],
        ),
        # universities
        (
            "Vice-Chancellor Irene Walsh said exams would go ahead despite the protest.",
            [("Irene Walsh", "Vice-Chancellor", None)],
        ),
        (
            "Lecturer David Mensah was suspended pending an inquiry.",
            [("David Mensah", "Lecturer", None)],
        ),
        # campaigning
        (
            "Campaigner Greta Lind was detained outside the parliament.",
            [("Greta Lind", "Campaigner", None)],
        ),
    ],
)
def test_a_trade_before_a_name_is_its_title(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flight Lieutenant Sarah Brennan flew the jet over the airfield.",
            [("Sarah Brennan", "Flight Lieutenant", None)],
        ),
        (
            "Lance Corporal James Ashcroft was honoured for his bravery.",
            [("James Ashcroft", "Lance Corporal", None)],
        ),
        (
            "Wing Commander Paul Hughes took command of the squadron.",
            [("Paul Hughes", "Wing Commander", None)],
        ),
        (
            "Brigadier Ben Carter said the army was stretched.",
            [("Ben Carter", "Brigadier", None)],
        ),
        (
            "Rifleman Sam Ward was wounded in the attack.",
            [("Sam Ward", "Rifleman", None)],
        ),
        # "Lance" alone before a surname is a given name
        (
            "Lance Armstrong said he had no regrets.",
            [("Lance Armstrong", None, None)],
        ),
    ],
)
def test_ranks_of_the_services(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maulana Fazal Karim addressed the rally in the city on Friday.",
            [("Fazal Karim", "Maulana", None)],
        ),
        (
            "Mufti Abdul Basit said the mosque would reopen.",
            [("Abdul Basit", "Mufti", None)],
        ),
    ],
)
def test_honorifics_of_faith(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Broadcaster Jeremy Vane said he was thrilled to return to radio.",
            [("Jeremy Vane", "Broadcaster", None)],
        ),
        (
            "Veteran broadcaster David Dimmock will present the programme.",
            [("David Dimmock", None, "Veteran broadcaster")],
        ),
        # a firm's name after the same noun
        ("Qatari broadcaster Al Jazeera said its office was raided.", []),
        ("French broadcaster Canal Plus said the deal was done.", []),
    ],
)
def test_a_broadcaster_is_a_person_or_a_firm(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
