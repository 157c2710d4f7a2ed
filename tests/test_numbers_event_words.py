"""What happened to the counted people, from the words police, ambulance and disaster
reports use: taken or rushed to hospital (wounded), a headline's "injures" (wounded),
electrocuted (killed), taken into custody (arrested), shot and killed (killed); and an
event word of a relative clause with a count of its own, or with a number or a vague amount
after it, is that count's.
An event noun in the singular before a noun in lower case modifies it, no event ("40 death
claims").
Each row is a sentence of news and its counts: span, counted noun and event. The sentences
are made up for these tests."""

from __future__ import annotations

import pytest

from number_checks import numbers

EVENT_WORDS = [
    (
        "Two people died and four were taken to hospital after the crash on the M6.",
        [("Two", "people", "killed"), ("four", None, "wounded")],
    ),
    (
        "Three children were rushed to the hospital after the school bus overturned.",
        [("Three", "children", "wounded")],
    ),
    ("Two hikers were airlifted to hospital from the mountain.", [("Two", "hikers", "wounded")]),
    (
        "At least five people were electrocuted as heavy rain flooded the city.",
        [("five", "people", "killed")],
    ),
    (
        "Police said 14 people were taken into custody after the match.",
        [("14", "people", "arrested")],
    ),
    # a relative clause with a count of its own: its event word is that count's
    (
        "Dozens of pastors denounced the sweeps in which 87 people were taken into custody.",
        [("Dozens", "pastors", None), ("87", "people", "arrested")],
    ),
    (
        "Hundreds of students joined a march where 40 were hurt.",
        [("Hundreds", "students", None), ("40", None, "wounded")],
    ),
    # an event verb with a vague amount of its own after it is that amount's
    (
        "The shelling killed 900 soldiers and hurt hundreds over the weekend.",
        [("900", "soldiers", "killed"), ("hundreds", None, "wounded")],
    ),
    (
        "The mine blast killed 14 miners and hurt dozens more on Tuesday.",
        [("14", "miners", "killed"), ("dozens", None, "wounded")],
    ),
    # shot and killed: killed
    (
        "The 40 motorists shot and killed on that road were all local.",
        [("40", "motorists", "killed")],
    ),
    ("Two men were shot and killed outside a bar.", [("Two", "men", "killed")]),
    # an en dash ends the clause, as an em dash does; not one in a range
    (
        "The landlord faces dozens of tenants who say he misled them–he was charged in May.",
        [("dozens", "tenants", None)],
    ),
    ("Between 10–12 miners died in the flood.", [("10–12", "miners", "killed")]),
    # a headline's present tense: "injures", "displaces", "evacuates" as "kills", its object
    # the people it happened to
    ("Gas blast injures 7 at a bakery in Dunmore.", [("7", None, "wounded")]),
    ("Hailstorm injures at least 30 people at a fair.", [("30", "people", "wounded")]),
    ("Two dogs injure a postman.", [("Two", "dogs", None)]),
    ("Mudslide displaces 85 families in the hills.", [("85", "families", "displaced")]),
    ("Crews evacuate 300 from a tower block.", [("300", None, "evacuated")]),
    ("A gas leak forced 1,200 to evacuate.", [("1,200", None, "evacuated")]),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_WORDS)
def test_the_event_of_the_counted_people(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text, q.counted, q.event) for q in numbers(text)] == expected


# A text of few numbers for its length has its counts' clauses read word by word, not the
# event words of the whole text looked for first (events.event_starts): the same events.
_CALM_PARAGRAPH = "\n\n" + "The harbour stayed quiet while the ferries kept their timetable. " * 50


@pytest.mark.parametrize(("text", "expected"), EVENT_WORDS)
def test_the_event_is_the_same_in_a_long_text_of_few_numbers(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text, q.counted, q.event) for q in numbers(text + _CALM_PARAGRAPH)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The insurer settled the last 40 death claims in June.", [("40", "death claims", None)]),
        (
            "She was one of two death row inmates moved that week.",
            [("one", "death row inmates", None), ("two", "death row inmates", None)],
        ),
        ("One protest leader spoke to the crowd.", [("One", "protest leader", None)]),
        ("Judges signed three arrest warrants.", [("three", "arrest warrants", None)]),
        # the event itself, before a function word or a verb
        ("One death was reported in the valley.", [("One", None, "killed")]),
        ("Police made one arrest after the match.", [("one", None, "arrested")]),
    ],
)
def test_an_event_noun_before_a_noun_modifies_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text, q.counted, q.event) for q in numbers(text)] == expected
