"""The explain trace's decision tables: named checks, the first that holds deciding, screens
that cut a table to the checks that may hold, and what is recorded while recording. The trace
of the built-in fields, ``newsfacts explain`` and the pages that show them:
``test_explain_trace.py``."""

from __future__ import annotations

import attrs
import pytest

import newsfacts
from newsfacts.explain import recording
from newsfacts.plugin import Check, Gate, Screen, decide
from newsfacts.plugin import tracing as traced


def _ends_in_s(word: str) -> bool | str:
    return word.endswith("s") and "s"


def _short(word: str) -> bool:
    return len(word) < 3


WORD_TABLE = (
    Check("plural", _ends_in_s, "many", "ends in s"),
    Check("short", _short, "tiny", "fewer than three letters"),
)


@pytest.mark.parametrize(
    ("word", "outcome"),
    [("drones", "many"), ("as", "many"), ("ox", "tiny"), ("drone", "one")],
)
def test_the_first_check_that_holds_decides_none_gives_the_default(word: str, outcome: str) -> None:
    assert decide(WORD_TABLE, word, default="one", start=0, end=len(word)) == outcome


# The checks of WORD_TABLE cut to those that may hold: "plural" only for a word ending in s
# (its evidence), "short" only for a word flagged short.
WORD_SCREEN = Screen(
    WORD_TABLE,
    words=("last",),
    flags=("short",),
    gates=(Gate("plural", "last", "s".__eq__), Gate("short", "short")),
)


@pytest.mark.parametrize(
    ("word", "names"),
    [("drones", ["plural"]), ("as", ["plural", "short"]), ("ox", ["short"]), ("drone", [])],
)
def test_a_screen_keeps_the_checks_whose_gates_pass_in_table_order(
    word: str, names: list[str]
) -> None:
    table = WORD_SCREEN.table((word[-1],), (_short(word),))
    assert [check.name for check in table] == names
    expected = decide(WORD_TABLE, word, default="one", start=0, end=len(word))
    assert decide(table, word, default="one", start=0, end=len(word)) == expected


def test_a_screen_answers_alike_past_the_words_it_keeps() -> None:
    # More distinct words than a feature keeps the answers of (4,096): the kept answers are
    # forgotten at once, and a word asked again is answered again, alike.
    assert [check.name for check in WORD_SCREEN.table(("s",), (True,))] == ["plural", "short"]
    for index in range(5000):
        assert WORD_SCREEN.table((f"drone{index}",), (False,)) == ()
    assert [check.name for check in WORD_SCREEN.table(("s",), (True,))] == ["plural", "short"]


def test_a_screen_refuses_words_of_another_number() -> None:
    with pytest.raises(ValueError, match="2 words for a screen of 1"):
        WORD_SCREEN.table(("s", "x"), (False,))


@pytest.mark.parametrize(
    "gate",
    [
        Gate("long", "last", str.isupper),
        Gate("plural", "first", str.isupper),
        Gate("short", "last"),
    ],
)
def test_a_gate_of_no_check_or_feature_or_without_its_test_is_refused(gate: Gate) -> None:
    with pytest.raises(ValueError, match="gate"):
        Screen(WORD_TABLE, words=("last",), flags=("short",), gates=(gate,))


def test_a_decision_is_recorded_only_while_recording() -> None:
    assert decide(WORD_TABLE, "ox", default="one", start=0, end=2) == "tiny"
    text = "An ox and two drones."
    with recording("animals", text) as decisions:
        decide(WORD_TABLE, "ox", default="one", start=3, end=5)
        decide(WORD_TABLE, "drones", default="one", start=14, end=20)
        decide(WORD_TABLE, "An", default="one", start=0, end=2)
    decide(WORD_TABLE, "and", default="one", start=6, end=9)  # after the block: not recorded
    assert [(d.text, d.outcome, d.reason) for d in decisions] == [
        ("ox", "tiny", "short"),
        ("drones", "many", "plural"),
        ("An", "tiny", "short"),
    ]
    assert decisions[1].steps == (newsfacts.Step("plural", True, "s"),)
    assert decisions[0].steps == (
        newsfacts.Step("plural", False, None),
        newsfacts.Step("short", True, None),
    )
    assert decisions[0].field == "animals"


def test_no_check_holding_is_the_default_reason() -> None:
    with recording("animals", "A drone.") as decisions:
        decide(WORD_TABLE, "drone", default="one", start=2, end=7)
    [decision] = decisions
    assert (decision.outcome, decision.reason) == ("one", "default")
    assert [step.held for step in decision.steps] == [False, False]


@pytest.mark.parametrize("name", ["Listed", "not a place", "listed_not", "-x", ""])
def test_a_check_name_is_a_kebab_case_reason_code(name: str) -> None:
    with pytest.raises(ValueError, match="kebab-case"):
        Check(name, _short, "reject", "why")


def test_decisions_are_frozen_values() -> None:
    decision = newsfacts.Decision("locations", 0, 5, "Paris", "accept", "default", [])
    assert decision.steps == ()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        decision.outcome = "reject"  # type: ignore[misc]


def test_tracing_says_whether_decisions_are_recorded() -> None:
    """A plugin may reuse an outcome it decided before only when no trace is recorded."""
    assert not traced()
    with recording("locations", "in Paris"):
        assert traced()
    assert not traced()
