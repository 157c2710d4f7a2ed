"""The organization fact."""

from __future__ import annotations

import attrs

import newsfacts


@attrs.frozen(kw_only=True)
class Organization(newsfacts.Fact):
    """A mention of an organization: a government body, company, party, news outlet, team...

    ``name`` is the canonical long form shared by every mention of the same organization
    ("ISW" and "Institute for the Study of War" both have the name "Institute for the Study of
    War"); ``acronym`` is its short form when the article or the bundled list gives one;
    ``kind`` is one of government, military, party, company, media, international, ngo,
    education, sports, other, or None when nothing tells it.
    """

    name: str
    acronym: str | None = None
    kind: str | None = None
