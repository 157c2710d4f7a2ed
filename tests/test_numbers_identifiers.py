"""The patterns of ``data/identifiers.tsv`` that start at a number are tried only at the
numbers their head (the table's fourth column) allows: what the digits and the two characters
after them look like in every match. A head some match does not meet would lose that name, so
each is checked here on every number of sentences that hold matches of every such pattern, and
of every cut of them (a text may end right after its name: "the 4-H").
"""

from __future__ import annotations

import pytest

from newsfacts.plugin import compiled
from newsfacts_numbers import identifier_patterns, identifiers
from newsfacts_numbers.identifiers import (
    _DECIDED_NEEDS,
    _NAMES,
    _places,
    _rows_at,
    digit_hits,
    digit_runs,
    names,
)
from newsfacts_numbers.phones import PHONE
from newsfacts_numbers.phones import spans as phone_spans

SENTENCES = [
    "The 737 MAX jets and 787 Dreamliner planes stayed grounded.",
    "Polls close at 10:30 p.m. on Friday and open at 7am, 9.30 am in Lyon.",
    "The raid began at 0400 GMT; the convoy left at 1600hrs.",
    "The server at 10.0.12.7 logged visits dated 12/03/2024.",
    "Filed on 2024-03-12 after a 2-1 win: they won 3-1 and went 10-2-1.",
    "She moved from 49 Elm Tree Road to 22 Avenue Foch, mail to 90210 ZIP.",
    "He lost 3-6 6-3 7-6 (7-4) in the final.",
    "Police closed the 600 block of Maple Avenue near 131st Street.",
    "Account 12345678901 posted, and the 4-H fair opened.",
    "The Ravens (0-1) tried Gemini 2.5 Deep Think at the Mile Marker 14 Fire.",
    "Overall: 1. Ben Healy",
    "Mail 221B Baker Street, 12A N Main and 88 W. Broadway at 2200 Highway 50.",
    "She lives at 19 St Ailbe's Drive.",
    "The iPhone 16 and 16 Pro Max, the 25 Ultra and the AirPods Pro 3.",
    "Bills quarterback Josh Allen (17) and pitcher Gerrit Cole (45) posed.",
    "He went 4-for-5, is 14-for-30 this year, and the board set a 2-for-1 split.",
    "She was 12-of-21 from the field.",
    "A man in his 60's recalled the 1960’s and the 90's.",
    "Studio 54's owner and District 7’s member met.",
    "Ring 01632 960123, Oxford (01632) 960123 or the line on 0808-1570192.",
    "They sold 486-based machines and a 1998-built ferry.",
    "He ran in ’04 and ’08, lost in '12 as in ' 16, not in the '70s.",
    "Teams :\nRuritania - 1 - Ivo Brandt , 4 - Marc de Vries ( 15 - Tom Ruhl 60th ) ; 9 - Lars"
    " Olsen , 11- Pal Berg ( 12 - Ole Sand , 71st ) 8 - Jan Lind .",
    "Seeds : 3 - Ana Ruiz ( Spain ) beat 6 - Eva Holm ( Norway ) 6-4 6-2 12 - Li Na ( China ) bt",
    "Ola Berg ( Czech Republic ) beat 15 - Ida Lund ( Sweden ) 7-5 6-1",
    "Her 401(k) and the 501(c)(3) fund's 403(b) grew.",
    'Pixar\'s “Elio 2,” and "Top Gun 3" led, as “We won 3,” he said.',
]


@pytest.mark.parametrize(
    "text",
    [
        "Flight 370 left at 10:30 with 239 people aboard.",  # ASCII: a range of ten digits
        "Il a payé 1 200 € le 5 mai, “٥٠” fois, 3² m.",  # any other text: by "\d"
    ],
)
def test_digit_runs_are_the_runs_of_decimal_digits(text: str) -> None:
    assert digit_runs(text) == {run.start(): run.end() for run in compiled(r"\d+").finditer(text)}


def _texts() -> list[str]:
    return [sentence[:end] for sentence in SENTENCES for end in range(1, len(sentence) + 1)]


def test_every_match_of_a_pattern_at_a_number_meets_its_head() -> None:
    matched = set()
    for text in _texts():
        runs = digit_runs(text)
        for at in digit_hits(text, runs):
            rows = _rows_at(text, at, runs)
            for index, (source, _needs) in enumerate(identifier_patterns.DIGIT_LED):
                if compiled(source).match(text, at) is not None:
                    matched.add(index)
                    assert index in rows, (text, at, source)
    # the samples match every pattern
    assert matched == set(range(len(identifier_patterns.DIGIT_LED)))


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("It took 5 times longer.", 8),
        ("By 2025, prices had doubled.", 3),
        ("Sales rose 12% to $40 million.", 11),
        ("a $40 loan", 2),  # the currency symbol, a hit too, starts no digit-led pattern
    ],
)
def test_most_numbers_meet_no_head(text: str, at: int) -> None:
    assert _rows_at(text, at, digit_runs(text)) == ()


def test_a_clock_time_meets_the_heads_of_clock_times_only() -> None:
    text = "Polls open at 10:30."
    rows = _rows_at(text, 14, digit_runs(text))
    sources = [identifier_patterns.DIGIT_LED[index][0] for index in rows]
    assert [source[: len(r"\b\d{1,2}:")] for source in sources] == [r"\b\d{1,2}:"]


PHONE_SENTENCES = [
    "Call Crime Stoppers at 1-888-274-6372 or the desk on +44 20 7946 0958.",
    "The office, (020) 7946 0958, opens at 9; the hotline is 555-1234.",
    "Dial +1 (800) 555 1234, or 1.800.555.1234 from abroad.",
    "Arsenal 21 14 5 2 63-25 47 and Chelsea 21 13 4 4 50-30 43 led the table.",
    "Fax (555 123-4567 before $5 000 or 12 345 6789 units on 2024-06-12.",
]


@pytest.mark.parametrize("sentence", PHONE_SENTENCES)
def test_phone_numbers_are_tried_at_runs_of_digits_as_a_scan_finds_them(sentence: str) -> None:
    phone = compiled(PHONE)
    for end in range(1, len(sentence) + 1):
        for text in (sentence[:end], sentence[end - 1 :]):
            scanned = [match.span() for match in phone.finditer(text)]
            assert phone_spans(text, digit_hits(text)) == scanned, text


def test_phone_numbers_of_a_sentence() -> None:
    text = PHONE_SENTENCES[0]
    assert [text[start:end] for start, end in phone_spans(text, digit_hits(text))] == [
        "1-888-274-6372",
        "+44 20 7946 0958",
    ]


# Sentences with matches of every pattern of data/identifiers.tsv tried at its needs ("need"
# in the fourth column)
AT_NEED_SENTENCES = [
    "The Boeing 737 MAX 9 and two Airbus A320neo jets were grounded, and its Max 8 too.",
    "The brothers looked after one another, and each one called 911 at once.",
    "BBC One showed Ground Zero as Formula One returned; no One of them spoke.",
    "Crews should first repair the line, which was first reported on Sunday.",
    "The Final Four and Mega Millions drew crowds as the Ten Commandments were read.",
    "The First Amendment, the Second World War and a talk at First Methodist Church.",
    "She cited her First Amendment rights at Oakdale's Second Baptist Church.",
    "A 911 call reached the 999 operator before the 112 system failed.",
    "Prices were steady.\n-- Oslo Newsroom +47 22 55 01 42 Fax +47 22 55 01 43\n",
    "UPDATE 2-Exports rose as Erik ten Hag watched; later, ten Dutch fans left.",
    "The Group of Seven met as the Gang of Four, the Sweet Sixteen and the Fifty Club did.",
    "Third-party sellers gave first-hand advice to first-time buyers of second-hand cars.",
    "BBC 6 Music played the album before BBC 5 Live aired the match.",
    "The plan is a good one, the one she promised, not the one thing they need.",
    "One might think the plan is one that works, as one could say.",
    "They left one by one, and one after another the rooms emptied.",
    "At one point the lead shrank; at one point per game, it was the best rate.",
    # Those that start at a distance from a need ("[Nn]o one" at "o one", "(?<=\bPro[ ])\d"
    # after "Pro"); and code names, scanned ("-\d" stands at every score of a page of results)
    "Two F-35A jets and a MiG-29 flew as traces of caesium-137 and the H-1B rules came up.",
    "No one came from day one; it was one's duty, one’s own, a net-zero aim, net zero in all.",
    "Ratings: CNN -4 and BBC -12. She won 6-4, 3-6, 7-6 (7-2), lost 6-7 (4), then 7-6(5).",
    "A one-off fee and a One-time bonus; his maiden Test hundred at Lord's, a second hundred.",
    "At first, the plan worked, charged with first-degree murder and second degree assault.",
    "The First Lady met first responders before the Six Nations and the Five Eyes talks.",
    "The AirPods Pro 2 sold as the S P 500 rose in the last-16 tie and the 2,000 Guineas.",
    "The 1000 Guineas and the Group of 20 met. One day he left. One day, they returned.",
    "It was a plan, one that worked, but one who knew it left as we one day will too.",
    "A No 10 aide and the world No 3 met; No 16-year-old came. No, 5 did.",
    "At 1 o'clock, six o’clock and Twelve o'clock, by 12 noon or twelve midnight, 3 left.",
    "A World War 2 shell lay by the 7-Eleven; World War 1 ended, and 7-11 more came.",
]


def _at_need_rows() -> list[tuple[str, tuple[str, ...], range]]:
    return [
        (source, needs, identifier_patterns.AT_NEEDS[source])
        for source, needs in identifier_patterns.IDENTIFIERS
        if source in identifier_patterns.AT_NEEDS
    ]


def test_patterns_tried_at_their_needs_have_needs_to_find() -> None:
    rows = _at_need_rows()
    assert len(rows) == len(identifier_patterns.AT_NEEDS)
    for source, needs, offsets in rows:
        assert needs and offsets, source
        assert not set(needs) & set(identifiers._PATTERN_NEEDS), source  # literal strings


@pytest.mark.parametrize(
    ("head", "offsets"),
    [
        ("need", range(0, 1)),
        ("need-1", range(-1, 0)),
        ("need+4", range(4, 5)),
        ("need-7..-6", range(-7, -5)),
        ("need+3..+4", range(3, 5)),
        (r"\d{1,2}:\d", None),  # a number's head
        ("", None),  # scanned
    ],
)
def test_the_head_of_a_pattern_tried_at_its_needs(head: str, offsets: range | None) -> None:
    assert identifier_patterns._offsets(head) == offsets


def test_every_match_of_a_pattern_tried_at_its_needs_starts_at_one_or_its_offset() -> None:
    matched = set()
    for sentence in AT_NEED_SENTENCES:
        for source, needs, offsets in _at_need_rows():
            places = {at for need in needs for at in _places(sentence, need)}
            for match in compiled(source).finditer(sentence):
                matched.add(source)
                starts = {match.start() - offset for offset in offsets}
                assert starts & places, (source, match.group())
    assert matched == set(identifier_patterns.AT_NEEDS)  # the samples match every pattern


def _scanned(text: str) -> list[tuple[int, int]]:
    """The spans of the names whose needs ``text`` meets, as a scan of each pattern finds."""
    rows = _NAMES.held(text)[0]
    return [match.span() for index in rows for match in _NAMES.pattern(index).finditer(text)]


@pytest.mark.parametrize("sentence", AT_NEED_SENTENCES)
def test_patterns_tried_at_their_needs_find_what_a_scan_finds(sentence: str) -> None:
    for end in range(1, len(sentence) + 1):
        for text in (sentence[:end], sentence[end - 1 :]):
            assert _NAMES.spans(text) == _scanned(text), text


def test_a_text_that_holds_needs_nearly_everywhere_is_scanned() -> None:
    # Too many places to try ("Pro 1, Pro 2", "no one's"): the rows are scanned, to the same
    # matches.
    text = "No one's one-off: Pro 1, Pro 2, the last-16 and first-degree charges. " * 40
    rows, met, scanned = _NAMES.held(text)
    places = dict(scanned)
    dense = [
        index
        for index in rows
        if index in _NAMES.at_needs
        and len(_NAMES._starts(text, index, met, places)) * identifiers._DENSE_STARTS > len(text)
    ]
    assert len(dense) >= 4
    assert _NAMES.spans(text) == _scanned(text)


def test_each_need_is_read_once_for_all_the_rows_that_have_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "one" is a need of two rows, "Two" ... "Twelve" of three, "First" and "Second" of two:
    # a find reads the whole text, once per need looked for one by one ("one"), however many
    # rows a long text calls for; the scan of the needs tells where the others stand.
    found: list[str] = []

    def places(text: str, need: str) -> list[int]:
        found.append(need)
        return _places(text, need)

    monkeypatch.setattr(identifiers, "_places", places)
    text = "The Big Two met at Eton's Second Field, as each one and the one they chose did."
    assert _NAMES.spans(text) == _scanned(text)
    assert "one" in found and not {"Two", "Second"} & set(found)
    assert sorted(found) == sorted(set(found))


def test_names_tried_at_their_needs() -> None:
    text = AT_NEED_SENTENCES[4]
    assert sorted(text[start:end] for start, end in names(text)) == [
        "Four",
        "Millions",
        "Ten",
    ]


def test_rows_decided_by_the_scan_of_the_names_needs() -> None:
    # A digit-led row is skipped in a text whose scan of the names' needs finds none of its
    # needs: the scan must find each that the text holds, at a text's edges too.
    assert {"St", "Road", "Highway", "737"} <= _DECIDED_NEEDS
    for sentence in SENTENCES:
        for end in range(1, len(sentence) + 1):
            for text in (sentence[:end], sentence[end - 1 :]):
                held = {need for need in _DECIDED_NEEDS if need in text}
                assert held <= _NAMES.held(text)[1], text
