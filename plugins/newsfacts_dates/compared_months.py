"""A month named alone after a comparison of times: "no earlier than March", "no later than
May". "than" alone leads no month ("polled better than May did": the leader), so only
"earlier", "later" or "sooner" before it make the month a time.
"""

from __future__ import annotations

import regex

from newsfacts.plugin import compiled

# "earlier than ", "later than ", "sooner than " right before the month. Read backwards from
# the month (REVERSE, anchored by \G).
_COMPARED_TIME_BEFORE = compiled(
    r"\b(?i:earlier|later|sooner)[ \t]++than[ \t]++\G", flags=regex.REVERSE
)


def compared_time_before(text: str, start: int) -> bool:
    """Whether a comparison of times leads the month at ``start`` ("no earlier than March")."""
    return _COMPARED_TIME_BEFORE.match(text, max(0, start - 24), start) is not None
