"""Which normalizer reads each rule of ``data/patterns.tsv``.

A normalizer returns None to reject a match that the pattern allowed but the words do not
support ("may" the verb, a year that counts people, an age).
"""

from __future__ import annotations

from newsfacts_dates import (
    absolute,
    amounts,
    clock,
    distances,
    ends,
    eras,
    holidays,
    numeric_dates,
    phrases,
    quarters,
    race_times,
    relative,
    shares,
)
from newsfacts_dates.reading import Normalizer

NORMALIZERS: dict[str, Normalizer] = {
    "iso": absolute.iso,
    "numeric": numeric_dates.numeric,
    "clock": clock.clock,
    "clock_after": clock.clock,
    "race_time": race_times.race_time,
    "century": eras.century,
    "spelled_year": absolute.spelled_year,
    "holiday": holidays.holiday,
    "dayrange": absolute.dayrange,
    "next_day": relative.next_day,
    "week_of": absolute.week_of,
    "end_of": ends.end_of,
    "monthday": absolute.monthday,
    "daymonth": absolute.daymonth,
    "monthyear": absolute.monthyear,
    "short_quarter": quarters.short_quarter,
    "short_quarter_first": quarters.short_quarter,
    "fiscal_split": quarters.fiscal_split,
    "fiscal_short": quarters.fiscal_short,
    "two_quarters": quarters.two_quarters,
    "quarter": quarters.quarter,
    "year_period": quarters.year_period,
    "decade": eras.decade,
    "decade_word": eras.decade_word,
    "relunit": relative.relunit,
    "fraction": shares.fraction,
    "ago": distances.ago,
    "duration": amounts.duration,
    "bare_units": amounts.bare_units,
    "nth_weekday": holidays.nth_weekday,
    "nth_unit": holidays.nth_unit,
    "day_of_event": holidays.day_of_event,
    "day_of_month": relative.day_of_month,
    "day_stretch": phrases.day_stretch,
    "weekday": relative.weekday,
    "season": absolute.season,
    "set": amounts.set_rule,
    "frequency": amounts.frequency,
    "yearrange": absolute.year_range,
    "far_year": absolute.year,
    "year": absolute.year,
    "month": absolute.month,
}
