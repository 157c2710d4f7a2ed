"""Ready checks for plugin authors: what every field must do, as one call from a test.

::

    from newsfacts.testing import check_field

    def test_urls_field_passes_the_checks():
        check_field(URLS, ["The report is at https://www.understandingwar.org/russia."])

:func:`check_field` runs every check on a field and raises :class:`FieldCheckError` (an
:class:`AssertionError`, so pytest reports it as a failure) saying which check failed, on
which text and why. Each check is also a function of its own, and :func:`news_texts` and
:func:`hostile_texts` are `hypothesis <https://hypothesis.readthedocs.io/>`_ strategies for
property tests (hypothesis is needed only by them).
"""

from __future__ import annotations

from newsfacts.testing.checks import (
    GROWTH_BASE_SIZE,
    GROWTH_FACTOR,
    GROWTH_SLACK,
    SkippedCheckWarning,
    check_bounded_growth,
    check_deterministic,
    check_fact_types,
    check_json_round_trip,
    check_no_exception,
    check_offsets,
    check_schema,
)
from newsfacts.testing.subject import FieldCheckError, FieldUnderTest
from newsfacts.testing.suite import check_field, check_text
from newsfacts.testing.texts import (
    HOSTILE_TEXTS,
    NEWS_SAMPLES,
    HostileText,
    hostile_texts,
    news_texts,
)

__all__ = [
    "GROWTH_BASE_SIZE",
    "GROWTH_FACTOR",
    "GROWTH_SLACK",
    "HOSTILE_TEXTS",
    "NEWS_SAMPLES",
    "FieldCheckError",
    "FieldUnderTest",
    "HostileText",
    "SkippedCheckWarning",
    "check_bounded_growth",
    "check_deterministic",
    "check_fact_types",
    "check_field",
    "check_json_round_trip",
    "check_no_exception",
    "check_offsets",
    "check_schema",
    "check_text",
    "hostile_texts",
    "news_texts",
]
