"""Hostile inputs for newsfacts: one generator per kind of pathological text.

Shared by ``benchmarks/hostile.py`` (which times them at 0.25, 1 and 4 MB) and
``tests/test_hostile.py`` (which compares two small sizes, so that a quadratic path fails
the tests). Each generator takes a size in characters and a stretch of news text at least
that long (real news from the development corpora in the benchmark, :data:`SAMPLE_NEWS`
repeated in the tests) and returns a text of about that size. Generators are deterministic:
the random ones are seeded.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable
from pathlib import Path

Generator = Callable[[int, str], str]

# Written for these benchmarks (not taken from any corpus): names, titles, numbers, money,
# dates, quotes, places, streets and organizations, as news writes them.
SAMPLE_NEWS = """\
KYIV, Ukraine (AP) — Russia fired 397 drones and 18 missiles at Ukraine overnight, killing
at least two people and wounding 14 others, Ukrainian President Volodymyr Zelensky said on
Thursday.

“This was one of the largest attacks of the war,” Zelensky wrote on Telegram. “We need more
air defense, and we need it now.” Mr. Zelensky said the strikes hit homes on Khreshchatyk
Street in Kyiv and a power plant near Lviv.

The Institute for the Study of War (ISW) said in a report that Moscow had spent about $1.2
billion on the attack. NATO Secretary General Mark Rutte called it “a reminder,” adding that
allies would meet in Brussels next week.

In Washington, Sen. Lindsey Graham, R-S.C., said the U.S. Senate could vote on new sanctions
by March 3, 2026. Prices rose 4.5% in May from a year earlier, the Labor Department said,
and the Dow Jones Industrial Average fell 312.3 points, or 0.7 percent, to 44,120.5.

LONDON — Prime Minister Keir Starmer hosted French President Emmanuel Macron in Downing
Street on Tuesday. The two leaders agreed to spend £2.5bn (€2.9bn) over five years on a
joint programme, officials said. “We are ready to go,” Macron told reporters outside.

Residents of Red Oak, Iowa, said the storm two years ago cost the town 3 million dollars.
About 1,500 people, or one in five, lost power for 36 hours, according to the county.
"""

SIZES_MB = (0.25, 1.0, 4.0)
MB = 1_000_000  # characters: a "megabyte" of text here is a million characters


def _repeat(piece: str, size: int) -> str:
    """``piece`` repeated to ``size`` characters (the last copy cut short)."""
    return (piece * (size // len(piece) + 1))[:size]


def _run(piece: str) -> Generator:
    return lambda size, news: _repeat(piece, size)


def _in_sentence(opening: str, piece: str, closing: str = "") -> Generator:
    """``piece`` repeated inside one sentence of prose: after ``opening`` (lower-case words
    that make it no headline), before ``closing``."""
    return lambda size, news: opening + _repeat(piece, size - len(opening) - len(closing)) + closing


def _words(choices: Iterable[str], seed: int) -> Generator:
    pool = list(choices)

    def make(size: int, news: str) -> str:
        picker = random.Random(seed)
        # chunks of 1,000 choices keep the generator fast at 20 MB
        chunks: list[str] = []
        total = 0
        while total < size:
            chunk = " ".join(picker.choices(pool, k=1000)) + " "
            chunks.append(chunk)
            total += len(chunk)
        return "".join(chunks)[:size]

    return make


def _random_unicode(size: int, news: str) -> str:
    picker = random.Random(10)
    # every plane's assigned code points but the surrogates (not encodable in UTF-8)
    points = [p for p in picker.choices(range(0x2FFFF), k=size) if not 0xD800 <= p < 0xE000]
    return "".join(map(chr, points))


def _namesakes(size: int, news: str) -> str:
    """Many people of one surname, each then named by the surname alone."""
    picker = random.Random(12)
    pieces: list[str] = []
    total = 0
    while total < size:
        given = "".join(picker.choice("bdfgklmnprstvz") + picker.choice("aeiou") for _ in range(3))
        piece = f"Dr. {given.capitalize()} Smith. Smith. "
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


def _random_numbers(size: int, news: str) -> str:
    picker = random.Random(11)
    pieces: list[str] = []
    total = 0
    while total < size:
        value = picker.choice(
            [
                str(picker.randrange(1, 10_000)),
                f"{picker.randrange(1, 10**9):,}",
                f"{picker.random() * 1000:.2f}",
                f"${picker.randrange(1, 999)}",
                f"{picker.randrange(1, 100)}%",
            ]
        )
        pieces.append(value)
        total += len(value) + 1
    return " ".join(pieces)[:size]


def _pronouns_after_one_name(size: int, news: str) -> str:
    """One person named at the start, then many quotes of a "he" after a sentence a role
    opens: each pronoun looks back for a person, and the role sentences between."""
    opening = "Mayor John Smith spoke on Monday. "
    said = "The union leader gave the speech at a dinner. “We will win,” he stated. "
    return opening + _repeat(said, size - len(opening))


def _news(size: int, news: str) -> str:
    return news[:size]


def _one_line(size: int, news: str) -> str:
    return news[:size].replace("\n", " ")


def _shouted(size: int, news: str) -> str:
    return news[:size].upper()


def _no_spaces(size: int, news: str) -> str:
    return "".join(news[: size * 2].split())[:size]


def _mojibake(size: int, news: str) -> str:
    """UTF-8 read as Latin-1, the commonest mis-encoding of crawled pages: "Ã©" for "é"."""
    return news[:size].encode("utf-8").decode("latin-1")[:size]


_PUNCTUATION = {
    "dots": ".",
    "exclamation marks": "!",
    "question marks": "?",
    "ellipses": "…",
    "commas": ",",
    "semicolons": ";",
    "colons": ":",
    "hyphens": "-",
    "dashes": "—",
    "apostrophes": "'",
    "straight quotes": '"',
    "curly quotes": "“",
    "closing quotes": "”",
    "single curly quotes": "‘",
    "grave accents": "`",
    "opening brackets": "(",
    "closing brackets": ")",
    "square brackets": "[",
    "slashes": "/",
    "hashes": "#",
    "at signs": "@",
    "ampersands": "&",
    "percent signs": "%",
    "dollar signs": "$",
    "asterisks": "*",
    "newlines": "\n",
    "spaces": " ",
}

#: name -> generator, in the order the benchmark prints them.
GENERATORS: dict[str, Generator] = {
    **{f"run of {name}": _run(mark) for name, mark in _PUNCTUATION.items()},
    "dots between capitals": _run("A. "),
    "marks between words": _run("Wait... What?! No!!! Yes?? "),
    "abbreviations": _run("U.S. Mr. Dr. St. a.m. Gen. Jan. No. "),
    "one name repeated": _run("John Smith "),
    "names that say": _run("John Smith said. "),
    "namesakes": _namesakes,
    "title name place said": _run("President John Smith of New York Said "),
    "titles": _run("President Prime Minister Secretary General Mr. Dr. Sen. "),
    "capitalized words": _words(
        ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"], 1
    ),
    "words in capitals": _run("NEW YORK CITY POLICE SAY "),
    "appositives": _run("John Smith, a retired general and former adviser, "),
    "organizations": _run("Ministry of Defence of the United Nations Security Council Department "),
    "acronyms": _run("(NATO) ISW UN EU ( ECB ) "),
    "head words in one run": _run("Ministry Council Department Agency Bank Institute "),
    "head words in prose": _in_sentence("Officials said that ", "Alpha Ministry "),
    "names joined by of": _in_sentence("Shares of ", "Alpha of Bravo of "),
    "names and acronyms": _run("Alpha Bravo Charlie Delta Echo Foxtrot (ABCDEF) "),
    "long name then acronym": _in_sentence("Officials said that ", "Alpha Bravo ", " (AB) today."),
    "digits": _run("1"),
    "digits with commas": _run("1,"),
    "currency with commas": _run("$1,"),
    "dotted numbers": _run("1."),
    "number words": _run("one two three four five six seven eight nine ten "),
    "ordinals": _run("first second third twenty-first "),
    "ranges": _run("5-10 "),
    "money": _run("$5 million, €3bn and £2 "),
    "random numbers": _random_numbers,
    "dates": _run("Monday, Jan. 5, 2025, "),
    "relative dates": _run("next year, 2 years ago, tomorrow "),
    "years": _run("1999 2000 2001 "),
    "clock times": _run("10:30 a.m. "),
    "time words in names": _run("USA Today said so. Today the Week With Ann aired daily Granma. "),
    "quoted speech": _run("“Yes,” he said. "),
    "pronouns after one name": _pronouns_after_one_name,
    "unclosed quotes": _run("“ a "),
    "nested quotes": _run("“‘“‘"),
    "empty quotes as wire copy writes them": _run("`` '' "),
    "nested brackets": _run("(("),
    "web addresses": _run("http://www.example.com/a/1/2/3 mail@example.com "),
    "streets in towns": _run("Main Street in Springfield, Oak Avenue in Paris, "),
    "listed streets": _run("Lakeview and Harrison streets in Paris. "),
    "towns with states": _run("in Red Oak, Iowa, "),
    "short lines": _run("a\n"),
    "wrapped lines": _run("word word,\nword "),
    "random unicode": _random_unicode,
    "mis-encoded news": _mojibake,
    "news in capitals": _shouted,
    "news on one line": _one_line,
    "news without spaces": _no_spaces,
    "news": _news,
}


def news_text(size: int, paths: Iterable[Path] = ()) -> str:
    """At least ``size`` characters of news: the texts of the JSON Lines corpora ``paths``
    (one article object per line) one after another, over again until long enough; else
    :data:`SAMPLE_NEWS` repeated."""
    texts: list[str] = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    pieces: list[str] = []
    total = 0
    source = texts or [SAMPLE_NEWS]
    while total < size:
        for text in source:
            pieces.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(pieces)
