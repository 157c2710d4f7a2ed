"""A branch numbered after its body's name: "Operating Engineers Local 727", "VFW Post
1234", "Fraternal Order of Police Lodge 7": the number is part of the name."""

from __future__ import annotations

from newsfacts.plugin import compiled
from newsfacts_organizations.stations import numbered_station

# The words of a branch numbered after its body's name: "Operating Engineers Local 727",
# "VFW Post 1234", "Fraternal Order of Police Lodge 7"
_BRANCH_WORDS = ("Local", "Post", "Lodge", "Chapter")
_BRANCH_NUMBER = compiled(r"[ ]\d{1,5}\b(?![.,]\d)")


def numbered_branch(
    text: str, end: int, name: str, kind: str | None
) -> tuple[int, str, str | None]:
    """The end, name and kind of a body's name, with the number of a branch after it (a
    branch of a membership body: "Post" names no newspaper there) or of a broadcaster's
    station ("BBC Radio 5 Live": :mod:`newsfacts_organizations.stations`)."""
    if not name.endswith(_BRANCH_WORDS) or not text.endswith(_BRANCH_WORDS, 0, end):
        return (*numbered_station(text, end, name), kind)
    number = _BRANCH_NUMBER.match(text, end)
    if number is None:
        return end, name, kind
    return number.end(), name + number.group(), "other" if kind == "media" else kind
