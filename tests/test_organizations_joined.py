"""The organizations field: where "and" and commas end a name and where they stay inside one
(councils of places, fields of one body, series before a head word), on news sentences
written for these tests."""

from __future__ import annotations

import pytest

import newsfacts


def mentions(text: str) -> list[str]:
    """The organizations' mentions (people read first, as in a real run)."""
    result = newsfacts.Extractor(["organizations"]).extract(text)
    return [fact.text for fact in result.organizations]


# A council of a place after "and" is a body of its own; two places that name one council,
# or two fields of one body, stay one name
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Unite and Cardiff Council said the bin strike would go ahead.", ["Cardiff Council"]),
        (
            "Talks between Unison and Leeds City Council broke down.",
            ["Unison", "Leeds City Council"],
        ),
        ("Shoppers and Bristol City Council objected to the plan.", ["Bristol City Council"]),
        # a police force of a place too; two places listed together stay one force
        ("Unite and Kent Police said the strike would go ahead.", ["Kent Police"]),
        (
            "Unison and Devon and Cornwall Police settled the dispute.",
            ["Unison", "Devon and Cornwall Police"],
        ),
        ("Kensington and Chelsea Council apologised.", ["Kensington and Chelsea Council"]),
        ("Brighton and Hove City Council raised council tax.", ["Brighton and Hove City Council"]),
        ("The Nursing and Midwifery Council struck her off.", ["Nursing and Midwifery Council"]),
        (
            "The Arts and Humanities Research Council funded the study.",
            ["Arts and Humanities Research Council"],
        ),
    ],
)
def test_a_council_of_a_place_after_and_is_a_name_of_its_own(text: str, names: list[str]) -> None:
    assert mentions(text) == names


# A place named with "of" names the body whole, and two places of one word each joined by
# "and" open the name of a body whose own words "and" joined
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Isle of Wight Council closed the road.", ["Isle of Wight Council"]),
        ("The City of London Police made two arrests.", ["City of London Police"]),
        ("The Vale of Glamorgan Council agreed the budget.", ["Vale of Glamorgan Council"]),
        (
            "Dorset and Wiltshire Fire and Rescue Service sent six crews.",
            ["Dorset and Wiltshire Fire and Rescue Service"],
        ),
        (
            "Hampshire and Isle of Wight Fire and Rescue Service said crews were at the scene.",
            ["Hampshire and Isle of Wight Fire and Rescue Service"],
        ),
        (
            "Kent Police and Kent Fire and Rescue Service attended.",
            ["Kent Police", "Kent Fire and Rescue Service"],
        ),
        # two places not listed together: a name before "and" and a service of its own
        (
            "Unite and Kent Fire and Rescue Service said talks would resume on Monday.",
            ["Kent Fire and Rescue Service"],
        ),
        (
            "The GMB and Essex Fire and Rescue Service reached a pay deal.",
            ["GMB", "Essex Fire and Rescue Service"],
        ),
        (
            "Devon and Somerset Fire and Rescue Service sent four engines.",
            ["Devon and Somerset Fire and Rescue Service"],
        ),
        ("The Mayor of the City of London attended.", []),
    ],
)
def test_a_place_s_whole_name_opens_its_body_s_name(text: str, names: list[str]) -> None:
    assert mentions(text) == names


# A series with commas is one body's fields: in its complement, the last item may end in a
# field's plural ("Medium Enterprises"); before its head word, after "the" or a word in lower
# case, the items join the fields "and" joins
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Ministry of Micro, Small and Medium Enterprises issued new rules.",
            ["Ministry of Micro, Small and Medium Enterprises"],
        ),
        (
            "The Department of Health, Social Services and Public Safety said waits grew.",
            ["Department of Health, Social Services and Public Safety"],
        ),
        (
            "The Rail, Maritime and Transport Workers Union called a strike.",
            ["Rail, Maritime and Transport Workers Union"],
        ),
        (
            "The Kenya Medical Practitioners, Pharmacists and Dentists Union threatened a strike.",
            ["Kenya Medical Practitioners, Pharmacists and Dentists Union"],
        ),
        # a list of bodies, no series of fields
        (
            "The Department of Transportation, JetBlue and Spirit Airlines settled.",
            ["Department of Transportation", "JetBlue", "Spirit Airlines"],
        ),
        (
            "The Ministry of Defence, Rolls-Royce and BAE Systems signed the deal.",
            ["Ministry of Defence", "Rolls-Royce", "BAE Systems"],
        ),
        (
            "Members of Unison, Usdaw and Transport Workers Union marched.",
            ["Unison", "Usdaw", "Transport Workers Union"],
        ),
    ],
)
def test_a_series_with_commas_names_one_body_s_fields(text: str, names: list[str]) -> None:
    assert mentions(text) == names


def test_an_acronym_defined_after_a_series_names_the_whole_body() -> None:
    result = newsfacts.Extractor(["organizations"]).extract(
        "The mayor thanked the town's Arts, Heritage and Youth Office (AHYO). "
        "AHYO staff ran the camp."
    )
    assert [(fact.text, fact.name, fact.acronym) for fact in result.organizations] == [
        ("Arts, Heritage and Youth Office",) * 2 + ("AHYO",),
        ("AHYO", "Arts, Heritage and Youth Office", "AHYO"),
        ("AHYO", "Arts, Heritage and Youth Office", "AHYO"),
    ]
