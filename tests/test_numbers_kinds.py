"""The ``numbers`` field: fractions, ages, degrees, ranks and the events counted."""

from __future__ import annotations

import pytest

from newsfacts_numbers import lexicon as numbers_lexicon
from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "number", "value", "unit"),
    [
        ("December wheat settled down 9 1/4 cents.", "9 1/4", 9.25, "cent"),
        ("The envoy spent about 3 1/2 hours in Accra.", "3 1/2", 3.5, "hour"),
        ("The notes pay 6 3/8% a year.", "6 3/8%", 6.375, "percent per year"),
        # a fraction in one character, glued to the number or not
        ("The pipe was 2 ½ inches wide.", "2 ½", 2.5, "inch"),
        ("Shares rose 3¼ points.", "3¼", 3.25, "point"),
    ],
)
def test_a_whole_number_and_a_fraction_are_one_number(
    text: str, number: str, value: float, unit: str
) -> None:
    [quantity] = numbers(text)
    assert (quantity.text, quantity.value, quantity.unit) == (number, value, unit)


@pytest.mark.parametrize(
    ("text", "number", "value", "unit"),
    [
        ("The bank cut its rate by a quarter point.", "a quarter", 0.25, "point"),
        ("He ran a half mile.", "a half", 0.5, "mile"),
        ("The drive took half an hour.", "half", 0.5, "hour"),
        ("Growth slowed by half a percentage point.", "half a percentage point", 0.5,
         "percentage point"),
    ],
)  # fmt: skip
def test_a_fraction_before_a_unit_is_a_part_of_it(
    text: str, number: str, value: float, unit: str
) -> None:
    [quantity] = numbers(text)
    assert (quantity.text, quantity.value, quantity.unit) == (number, value, unit)


def test_quarters_that_make_a_whole_or_more_are_periods_not_a_fraction() -> None:
    assert numbers("The economy grew at its fastest pace in five quarters.") == []
    [fraction] = numbers("The party won three quarters of the vote.")
    assert (fraction.text, fraction.value) == ("three quarters", 0.75)


def test_quarters_after_a_word_of_a_span_are_periods_not_a_fraction() -> None:
    assert numbers("Profits fell in each of the last two quarters.") == []
    assert numbers("Sales had slumped over the previous three quarters.") == []
    [fraction] = numbers("About three quarters said they would vote.")
    assert (fraction.text, fraction.value) == ("three quarters", 0.75)
    [_, fraction] = numbers("The first three quarters of the match were slow.")
    assert (fraction.text, fraction.value) == ("three quarters", 0.75)


def test_an_ordinal_and_a_hyphen_before_a_unit_is_a_rank() -> None:
    [rank] = numbers("She is a third-year physics student.")
    assert (rank.text, rank.kind, rank.value) == ("third", "ordinal", 3)
    [rank] = numbers("Heavy rain lashed Kerala for a third day.")  # no third of a day
    assert (rank.text, rank.kind, rank.value, rank.counted) == ("third", "ordinal", 3, "day")


def test_a_whole_number_and_a_proper_fraction_with_no_unit_are_one_count() -> None:
    text = "Buehler lasted 4 2/3 innings; the Yankees are 1 1/2 games back. The 9/11 report."
    assert [(q.text, q.value, q.counted) for q in numbers(text)] == [
        ("4 2/3", 4 + 2 / 3, "innings"),
        ("1 1/2", 1.5, "games"),
    ]
    text = "The Guardians came back from 15½ games behind."
    assert [(q.text, q.value, q.counted) for q in numbers(text)] == [("15½", 15.5, "games")]


def test_a_change_then_a_level_is_no_range() -> None:
    text = "ZAP jumped 3 7/8 to 96 3/8, and sales rose 10 to 15 percent."
    assert [q.text for q in numbers(text)] == ["3 7/8", "96 3/8", "10 to 15 percent"]


@pytest.mark.parametrize(
    "text",
    ["A magnitude 6.2 earthquake struck off the coast.", "The strongest was of magnitude 6.2."],
)
def test_a_magnitude_is_written_before_its_number(text: str) -> None:
    [quake] = numbers(text)
    assert (quake.value, quake.kind, quake.unit) == (6.2, "measure", "magnitude")


def test_an_event_word_followed_by_its_own_number_is_that_numbers_event() -> None:
    text = "The quake shook a city of 16 million and injured at least 151 people."
    assert [(q.text, q.event) for q in numbers(text)] == [
        ("16 million", None),
        ("151", "wounded"),
    ]


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        (
            "He closed with a 3-under 68 to finish at 17-under 267, under 270.",
            [("3", "="), ("68", "="), ("17", "="), ("267", "="), ("270", "<")],
        ),
        # the strokes under or over par spelled out
        (
            "Scheffler shot a bogey-free seven-under 64 to lead by two strokes.",
            [("seven", "="), ("64", "="), ("two", "=")],
        ),
        ("She carded a one-over 73 on Friday.", [("one", "="), ("73", "=")]),
    ],
)
def test_a_golf_scores_under_or_over_qualifies_no_number(
    text: str, qualifiers: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.qualifier) for q in numbers(text)] == qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "He turned 26 in September.",
        "Support runs until the child turns 18.",
        "The student, 20, was from Chesterfield.",
        "A fire killed a man, 84, in Scottdale.",
    ],
)
def test_a_birthday_is_an_age(text: str) -> None:
    [age] = numbers(text)
    assert (age.kind, age.unit) == ("measure", "year of age")


def test_a_rank_takes_no_qualifier() -> None:
    [rank] = numbers("Chelsea moved up to third with a win.")
    assert (rank.kind, rank.qualifier) == ("ordinal", "=")


def test_a_count_after_and_with_a_passive_of_its_own_takes_no_event_before() -> None:
    found = numbers("Some 60 residents were evacuated and three people were treated at a clinic.")
    assert [(quantity.text, quantity.event) for quantity in found] == [
        ("60", "evacuated"),
        ("three", None),
    ]


def test_adjectives_before_an_event_noun_describe_the_event() -> None:
    [deaths] = numbers("Arizona recorded 645 heat-related deaths last year.")
    assert (deaths.counted, deaths.event) == ("heat-related deaths", "killed")


@pytest.mark.parametrize(
    ("text", "counted", "event"),
    [
        ("The recall followed 14 crashes and two minor injuries.", "minor injuries", "wounded"),
        ("The shelter reported 31 animal deaths over the spring.", "animal deaths", "killed"),
        ("Officials confirmed three civilian casualties.", "civilian casualties", "wounded"),
    ],
)
def test_words_before_an_event_noun_in_the_plural_describe_it(
    text: str, counted: str, event: str
) -> None:
    last = numbers(text)[-1]
    assert (last.counted, last.event) == (counted, event)


@pytest.mark.parametrize(
    "text", ["Idaho has 9 people on death row.", "Two judges received death threats."]
)
def test_death_row_and_death_threats_are_no_deaths(text: str) -> None:
    assert [quantity.event for quantity in numbers(text)] == [None]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Deployments rose to 9.6 gigawatt-hours.", "gigawatt hour"),
        ("The grid used 3 terawatt hours.", "terawatt hour"),
    ],
)
def test_energy_in_watt_hours_written_out(text: str, unit: str) -> None:
    assert [quantity.unit for quantity in numbers(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a degree's letter after one space, as AP writes temperatures
        ("It was 23.6 C in Madrid and above 38 C in Paris.", ["celsius", "celsius"]),
        ("Highs reached 104 F, the hottest day of the year.", ["fahrenheit"]),
        # not a model's letter and number
        ("The carrier holds 30 to 40 F-15 fighters and 158 F /A-18s.", [None, None]),
        # another one-letter unit after a space, before a word in lower case
        ("The pool is 5 m deep.", ["m"]),
    ],
)
def test_a_degrees_letter_after_one_space(text: str, units: list[str | None]) -> None:
    assert [quantity.unit for quantity in numbers(text)] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man in his 40s was stabbed.", [("40s", 40, 40, 49)]),
        ("The victim, in her early 30s, was hurt.", [("30s", 30, 30, 33)]),
        ("Both were in their mid-20s.", [("20s", 24, 24, 26)]),
        ("She is now in her late 70s.", [("70s", 77, 77, 79)]),
        # with an apostrophe
        ("A man in his 60's was taken to hospital.", [("60's", 60, 60, 69)]),
        ("The driver, in her mid-20’s, was unhurt.", [("20’s", 24, 24, 26)]),
        # a decade of years is no age
        ("In the 70s, prices rose.", []),
    ],
)
def test_an_age_told_by_its_decade_is_a_range_of_years(
    text: str, expected: list[tuple[str, int, int, int]]
) -> None:
    found = [q for q in numbers(text) if q.unit == "year of age"]
    assert [(q.text, q.value, q.low, q.high) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # bare degrees in the one scale of the temperatures of their sentence
        ("It passed 40C in Seville and 38 degrees in Rome.", ["celsius", "celsius"]),
        ("Highs of 95F gave way to 70 degrees at night.", ["fahrenheit", "fahrenheit"]),
        # not in another sentence, nor between two scales
        ("It hit 40C. The car made a 180 degree turn.", ["celsius", "degree"]),
        ("From 30C, or 86F, it fell 10 degrees.", ["celsius", "fahrenheit", "degree"]),
    ],
)
def test_bare_degrees_take_the_scale_of_their_sentence(text: str, units: list[str | None]) -> None:
    assert [quantity.unit for quantity in numbers(text)] == units


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Ruiz, a retired four-star admiral and former F-16 pilot, spoke.", "star"),
        ("It ordered 24 F-15 and F-16 fighter jets in May.", "F-15 and F-16 fighter jets"),
    ],
)
def test_and_joins_a_model_number_only_to_another(text: str, counted: str) -> None:
    assert [fact.counted for fact in numbers(text)] == [counted]


@pytest.mark.parametrize(
    "text",
    [
        "The bank booked a one-time gain from its stake in Visa.",
        "Sunday's final was a one-sided contest.",
        "Sites list one-way tickets to Lima.",
        "Hackers broke into a third-party platform.",
        "The report rests on first-hand testimony.",
        "Second-hand cars sold well, and Third-world debt fell.",
        "She flew first-class to a first-rate hotel, and he made a maiden first-class century.",
        "They fielded a second-rate team; the first-string quarterback sat.",
    ],
)
def test_one_in_an_idiom_is_no_count(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a cricketer's century after its rank is no hundred
        ("Smith made his 29th Test hundred on Friday.", ["29th"]),
        ("Root scored his 30th hundred at Lord's.", ["30th"]),
        ("He struck a maiden first-class hundred.", []),
        # a hundred that counts something is one
        ("In his first hundred days he signed 40 orders.", ["first", "hundred", "40"]),
    ],
)
def test_a_century_after_its_rank_is_no_hundred(text: str, found: list[str]) -> None:
    assert [fact.text for fact in numbers(text)] == found


def test_the_level_an_index_closes_at_is_in_points() -> None:
    text = "Britain's FTSE 100 index closed at a record 8,871.31 on Friday, up 0.4%."
    level = numbers(text)[0]
    assert (level.value, level.kind, level.unit) == (8871.31, "measure", "point")


def test_a_tiebreak_after_a_set_is_no_count() -> None:
    text = "Carlos Alcaraz beat Taylor Fritz 6-4, 5-7, 6-3, 7-6 (6) on Friday."
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A special court had sentenced five of the men to death in 2015.", "detained"),
        ("Two people were stabbed to death on Sunday.", "killed"),
    ],
)
def test_to_death_after_a_verb_is_that_verbs_event(text: str, event: str) -> None:
    assert numbers(text)[0].event == event


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At first he thought the meter was broken.", []),
        ("At first glance the plan looked cheap.", []),
        ("Moreno lost at first play-off hole.", ["first"]),
    ],
)
def test_at_first_is_no_ordinal_but_before_what_it_counts(text: str, found: list[str]) -> None:
    assert [fact.text for fact in numbers(text)] == found


def test_an_age_after_a_name_may_end_its_sentence() -> None:
    text = "The truck struck a car driven by Susan Doyle, 62. Justice Ann Murray spoke."
    age = numbers(text)[0]
    assert (age.value, age.unit) == (62, "year of age")


def test_a_mile_marker_is_no_quantity() -> None:
    assert numbers("The truck crossed the median near mile 186 and struck a car.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The system should first repair its aging fleet.", []),
        ("The deal was first disclosed by Reuters.", []),
        ("The first came shortly before 9 p.m.", ["first"]),
        ("The league may hold its first open draft in 25 years.", ["first", "25"]),
    ],
)
def test_first_before_a_verb_is_an_adverb(text: str, found: list[str]) -> None:
    assert [fact.text for fact in numbers(text)] == found


def test_the_digits_of_a_unit_follow_a_letter() -> None:
    """The scan does not read a number inside a date when the next number is a run of digits
    with no letter before it: what a scale, unit or rate after the number reads holds no
    such digits ("km2" holds its "2" after a letter)."""
    words = [*numbers_lexicon.UNITS, *numbers_lexicon.SCALES, *numbers_lexicon.RATES]
    for word in words:
        for index, char in enumerate(word):
            assert not char.isdecimal() or (index > 0 and word[index - 1].isalpha()), word
