"""The organizations field: a listed department's portfolio alone, after its full name, is the
department ("the Commerce Department ... Commerce said"; ``departments.py``), but not in an
office or another name ("secretary of State", "Chief Justice John Roberts"). Sentences
written for these tests, in the phrasing of American news."""

from __future__ import annotations

import pytest

from organization_checks import organizations

COMMERCE = (
    "Factory orders fell 0.8 percent in April, the Commerce Department said on Tuesday. "
    '"Demand for aircraft drove the gain," Commerce said. '
)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(fact.text, fact.name) for fact in organizations(text)]


def test_the_portfolio_alone_is_the_department() -> None:
    assert _found(COMMERCE + "Commerce said earlier that retail sales were flat.") == [
        ("Commerce Department", "Department of Commerce"),
        ("Commerce", "Department of Commerce"),
        ("Commerce", "Department of Commerce"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Justice Department opened an inquiry. A Justice official said on Friday that "
            "talks went on. In May, Justice officials widened the investigation.",
            ["Justice Department", "Justice", "Justice"],
        ),
        (
            "The State Department released the cables. He kept the records from his years at "
            "State.",
            ["State Department", "State"],
        ),
        # an office, or a word of another name: not the department
        (
            "The State Department released the cables. He was a former secretary of State.",
            ["State Department"],
        ),
        (
            "The Justice Department filed a brief. Chief Justice John Roberts wrote the opinion.",
            ["Justice Department"],
        ),
        (
            "The Department of Transportation awarded the grant. Transportation Secretary Pete "
            "Buttigieg announced it in Ohio.",
            ["Department of Transportation"],
        ),
    ],
)
def test_where_the_portfolio_names_the_department(text: str, found: list[str]) -> None:
    assert [fact.text for fact in organizations(text)] == found


def test_a_portfolio_the_article_writes_in_lower_case_names_nothing_alone() -> None:
    text = (
        "The Justice Department sued the county. Families asked for justice. "
        "Justice will be served, the mayor said."
    )
    assert [fact.text for fact in organizations(text)] == ["Justice Department"]
