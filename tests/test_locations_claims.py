"""What the locations field reads of the other fields' claims (``neighbours.Claims``): the
names they cover, the surnames a bare place name may be, where a state's office holder's
name ends, an office named by its place, and an institution's short name."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts_locations.neighbours import Claims

TEXT = (
    "Sen. Chuck Schumer of New York met Governor Hochul and Lee Jae-myung at the Franklin "
    "County Sheriff's Office; Harvard said Hochul spoke."
)


@pytest.fixture(scope="module")
def claims() -> Claims:
    result = newsfacts.Extractor(["people", "organizations"]).extract(newsfacts.Article(TEXT))
    return Claims.of(result.organizations, result.people)


def _texts(spans: frozenset[tuple[int, int]]) -> list[str]:
    return [TEXT[start:end] for start, end in sorted(spans)]


def test_every_claimed_name(claims: Claims) -> None:
    assert _texts(claims.exact) == [
        "Sen. Chuck Schumer",
        "Hochul",
        "Lee Jae-myung",
        "Franklin County Sheriff's Office",
        "Harvard",
        "Hochul",
    ]
    assert _texts(claims.people) == ["Sen. Chuck Schumer", "Hochul", "Lee Jae-myung", "Hochul"]
    assert claims.spans.contains(TEXT.index("Franklin"), TEXT.index(";"))


def test_surnames(claims: Claims) -> None:
    # the last word of a full name, and the one word of a person named with a title
    assert claims.surnames == frozenset({"Schumer", "Jae-myung", "Hochul"})


def test_where_names_start_and_end(claims: Claims) -> None:
    assert sorted(claims.people_starts) == [
        TEXT.index(name) for name in ("Sen.", "Hochul", "Lee")
    ] + [TEXT.rindex("Hochul")]
    ends = [TEXT.index(name) + len(name) for name in ("Schumer", "Hochul", "Jae-myung")]
    assert sorted(claims.people_ends) == [*ends, TEXT.rindex("Hochul") + len("Hochul")]


def test_state_office_holders(claims: Claims) -> None:
    # "Sen." and "Governor" are a state's seat and office: "Sen. Chuck Schumer| of New York"
    assert sorted(claims.state_office_ends) == [
        TEXT.index("Schumer") + len("Schumer"),
        TEXT.index("Hochul") + len("Hochul"),
    ]


def test_office_named_by_its_place(claims: Claims) -> None:
    county = TEXT.index("Franklin County")
    assert claims.offices.contains(county, county + len("Franklin County"))
    assert not claims.offices.overlaps(0, TEXT.index(" of New York"))


def test_institution_named_short(claims: Claims) -> None:
    # "Harvard" for Harvard University: the institution's word is not in the text
    assert _texts(claims.readings.institutions) == ["Harvard"]
    assert claims.readings.companies == frozenset()


def test_no_claims() -> None:
    claims = Claims.of([], [])
    assert claims.exact == frozenset()
    assert claims.surnames == frozenset()
    assert not claims.spans.overlaps(0, 100)
    assert not claims.offices.contains(0, 1)
