"""Publication dates as news metadata writes them, read into dates and datetimes.

ISO 8601 (extended and basic: ``2025-07-10``, ``20250710``, ``2025-07-10T08:00:00Z``) is read
by a fast path of our own, so it behaves the same on every Python (3.10's ``fromisoformat``
knows fewer forms than 3.11's; a bare day, ``2025-07-10``, every Python's reads alike, and it
reads it first). Everything else — RFC 822/1123 feed dates, "10 July 2025",
"July 10, 2025 14:00 EDT", "10 juillet 2025" — goes to dateparser, imported only when needed
(it is slow to import and to call), with settings that never guess: no relative dates
("yesterday" has no anchor here), no timestamps, and day, month and year all required.
An all-numeric date such as "10/07/2025" is read only with an explicit ``date_order``.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any, Literal, get_args

import regex

from newsfacts.errors import InvalidArticleError
from newsfacts.tables import compiled

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

PublishedDate = dt.date | dt.datetime
DateOrder = Literal["DMY", "MDY", "YMD"]
DATE_ORDERS: tuple[str, ...] = get_args(DateOrder)

# Extended (2025-07-10T08:00:00+03:00) or basic (20250710T080000+0300) ISO 8601; the two
# forms are not mixed within the date or within the time.
_ISO = compiled(
    r"""
    (?P<year>\d{4})(?:-(?P<month>\d{2})-(?P<day>\d{2})|(?P<bmonth>\d{2})(?P<bday>\d{2}))
    (?:[T\x20]
      (?P<hour>\d{2})
      (?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?
       |(?P<bminute>\d{2})(?P<bsecond>\d{2})?(?:[.,](?P<bfraction>\d{1,9}))?)?
      (?P<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?
    )?
    """,
    regex.VERBOSE,
)
# RFC 822/1123 as feeds write it, with a zone the standard library knows (others, such as
# "CEST", go to dateparser, which knows more): read fast and exactly by email.utils.
_RFC_822 = compiled(
    r"""(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+
    (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{2}(?:\d{2})?\s+
    \d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|UTC?|GMT|Z|[ECMPA][SD]T))?""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A date written with digits only and not starting with a four-digit year: its order of day,
# month and year is a convention of the writer, which we refuse to guess.
_NUMERIC_DATE = compiled(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
# 2025/07/10, 2025.07.10: year, month, day whatever the date order asked for.
_YEAR_FIRST = compiled(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)")

# An absolute date has a day and a year, so at least two runs of digits: "yesterday",
# "Thursday" or "2 days ago" are refused at once (dateparser would first load every language
# it knows to find out, which takes seconds).
_DIGIT_RUN = compiled(r"\d+")

# "Thursday, 10 July 2025, 14:00:00 Eastern Daylight Time" is 55: a longer string is no date,
# and dateparser's time grows with the length.
_LONGEST_DATE = 120
_NOT_A_DATE = "not an absolute date in a known format"

_DATEPARSER_SETTINGS: dict[str, Any] = {
    # absolute dates only: no "yesterday", "2 days ago", "Thursday", no Unix timestamps
    "PARSERS": ["custom-formats", "absolute-time"],
    # "July 2025" or "10 July" would be completed from today's date: refuse them
    "REQUIRE_PARTS": ["day", "month", "year"],
    # tells a date ("10 July 2025") from a date-time ("10 July 2025 00:00")
    "RETURN_TIME_AS_PERIOD": True,
}


def parse_published(value: object, *, date_order: DateOrder | None = None) -> PublishedDate | None:
    """Read a publication date: a date, a datetime or a string in any common format.

    Returns a :class:`datetime.date` for a day and a :class:`datetime.datetime` when a time is
    given (time-zone aware when the string names a zone or an offset); an empty string or None
    gives None. ``date_order`` (``"DMY"``, ``"MDY"`` or ``"YMD"``) says how to read an
    all-numeric date such as ``10/07/2025``, which is refused without it. Anything that is not
    an absolute date raises :class:`~newsfacts.InvalidArticleError` naming the value.

    >>> parse_published("Thu, 10 Jul 2025 08:00:00 GMT").isoformat()
    '2025-07-10T08:00:00+00:00'
    >>> parse_published("10/07/2025", date_order="DMY")
    datetime.date(2025, 7, 10)
    """
    if value is None or isinstance(value, dt.date):  # datetime is a date subclass
        return value
    if not isinstance(value, str):
        raise InvalidArticleError(
            "published", f"expected a date, a datetime or a string, got {type(value).__name__}"
        )
    if date_order is not None and date_order not in DATE_ORDERS:
        raise InvalidArticleError(
            "published", f"date_order must be one of {', '.join(DATE_ORDERS)}, not {date_order!r}"
        )
    text = value.strip()
    if not text:
        return None
    if len(text) == 10 and text[4] == text[7] == "-":
        # A day as most metadata writes it, "2025-07-10": read by the standard library, which
        # reads that form (and no other of ten characters with these hyphens) as _ISO does, at
        # a tenth of the cost of the match and its named groups, for every dated article.
        # A form it refuses (digits other than ASCII, 31 Feb) is read below as before.
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    iso = _ISO.fullmatch(text)
    if iso:
        return _from_iso(iso, value)
    if _RFC_822.fullmatch(text):
        import email.utils  # here: its import costs a cold start more than ISO dates need

        try:
            return email.utils.parsedate_to_datetime(text)
        except ValueError as error:  # 31 Feb, an offset of a day or more
            raise _fail(value, f"not a valid RFC 822 date ({error})") from None
    return _from_words(text, value, date_order)


def _fail(value: str, why: str) -> InvalidArticleError:
    shown = value if len(value) <= 80 else value[:77] + "..."
    return InvalidArticleError("published", f"{why}: {shown!r}")


def _from_iso(match: regex.Match[str], value: str) -> PublishedDate:
    part = match.groupdict()
    try:
        day = dt.date(
            int(part["year"]),
            int(part["month"] or part["bmonth"]),
            int(part["day"] or part["bday"]),
        )
        if part["hour"] is None:
            return day
        fraction = part["fraction"] or part["bfraction"] or ""
        return dt.datetime(
            day.year,
            day.month,
            day.day,
            int(part["hour"]),
            int(part["minute"] or part["bminute"] or 0),
            int(part["second"] or part["bsecond"] or 0),
            int(fraction[:6].ljust(6, "0")),
            tzinfo=_zone(part["zone"]),
        )
    except ValueError as error:  # month 13, hour 25, an offset of a day or more...
        raise _fail(value, f"not a valid ISO 8601 date or date-time ({error})") from None


def _zone(zone: str | None) -> dt.tzinfo | None:
    if zone is None:
        return None
    if zone in "Zz":
        return dt.timezone.utc
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if minutes >= 60:
        raise ValueError(f"offset minutes out of range: {minutes}")
    offset = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-offset if zone[0] == "-" else offset)


@functools.cache
def _dateparser(date_order: DateOrder | None) -> DateDataParser:
    """One parser per date order: building one loads dateparser's language data."""
    from dateparser.date import DateDataParser

    settings = dict(_DATEPARSER_SETTINGS)
    if date_order is not None:
        settings["DATE_ORDER"] = date_order
    return DateDataParser(settings=settings)


def _from_words(text: str, value: str, date_order: DateOrder | None) -> PublishedDate:
    if len(text) > _LONGEST_DATE:
        raise _fail(value, f"too long for a date ({len(text)} characters)")
    if len(_DIGIT_RUN.findall(text)) < 2:
        raise _fail(value, _NOT_A_DATE)
    numeric = _YEAR_FIRST.match(text)
    if numeric:
        date_order = "YMD"
    else:
        numeric = _NUMERIC_DATE.match(text)
        if numeric and date_order is None:
            raise _fail(value, "an all-numeric date needs a date_order (DMY, MDY or YMD)")
    parsed, period, problem = _dateparser_reading(text, date_order)
    if problem:
        raise _fail(value, problem)
    if parsed is None:
        raise _fail(value, _NOT_A_DATE)
    if numeric and date_order is not None:
        _check_order(numeric, parsed, date_order, value)
    if period != "time":
        return parsed.date()
    offset = parsed.utcoffset()
    # dateparser's own tzinfo classes do not pickle well: keep the offset in a stdlib zone
    return parsed.replace(tzinfo=None if offset is None else dt.timezone(offset))


@functools.lru_cache(maxsize=4096)
def _dateparser_reading(
    text: str, date_order: DateOrder | None
) -> tuple[dt.datetime | None, str | None, str | None]:
    """dateparser's reading of a string: (datetime, period, problem); cached, as feeds and
    crawls repeat the same dates and one reading costs milliseconds."""
    try:
        data = _dateparser(date_order).get_date_data(text)
    except (ValueError, OverflowError, RecursionError) as error:
        return None, None, f"not a date ({error})"
    return data.date_obj, data.period, None


def _check_order(
    numeric: regex.Match[str], parsed: dt.datetime, date_order: DateOrder, value: str
) -> None:
    """dateparser swaps day and month when the given order cannot be right: we refuse."""
    numbers = dict(zip(date_order, (numeric[1], numeric[3], numeric[4]), strict=True))
    year = int(numbers["Y"])
    same_year = parsed.year == year or (len(numbers["Y"]) == 2 and parsed.year % 100 == year)
    if not (same_year and parsed.month == int(numbers["M"]) and parsed.day == int(numbers["D"])):
        raise _fail(value, f"not a valid {date_order} date")
