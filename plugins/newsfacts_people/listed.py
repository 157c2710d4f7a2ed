"""A plural title before a list of names is each one's: "Sens. Rand Paul and Susan Collins",
"Justices Mara Ellison and Tomas Reyes". Read by :func:`newsfacts_people.resolve.resolve`
over the mentions it linked."""

from __future__ import annotations

from typing import TypeVar

from newsfacts.plugin import compiled
from newsfacts_people.candidates import Mention
from newsfacts_people.roles import Context

Named = TypeVar("Named")  # whom a mention names (resolve's cluster of mentions)


# What joins the names of a list: "Rand Paul and Susan Collins", "A, B and C", also after
# the place each is from: "Ann Gilroy of Ohio, Ben Carver of Iowa and ...".
_LIST_JOIN = compiled(
    r"(?:[ ](?:of|from)[ ]\p{Lu}[\p{L}.]*+(?:[ ]\p{Lu}[\p{L}.]*+){0,2})?(?:[ ]and|,|,[ ]and)[ ]"
)
_LIST_JOIN_OPENERS = frozenset(" ,")
_LIST_JOIN_ENDS = (" and ", ", ")  # how it ends: both tested before the pattern is called


def listed_titles(
    text: str, people: list[tuple[Mention, Context, Named]]
) -> list[tuple[Mention, Context, Named]]:
    """A plural title before a list of names is each one's: "Sens. Rand Paul and Susan
    Collins", "Justices Mara Ellison and Tomas Reyes" (``people`` in text order)."""
    shared: str | None = None
    for index in range(1, len(people)):
        previous, (mention, described, cluster) = people[index - 1], people[index]
        gap = previous[0].end
        # What the pattern reads first, tested first: most names have no list's gap after them
        joined = (
            text[gap : gap + 1] in _LIST_JOIN_OPENERS
            and text.endswith(_LIST_JOIN_ENDS, gap, mention.start)
            and _LIST_JOIN.fullmatch(text, gap, mention.start) is not None
        )
        if not joined:
            shared = None
            continue
        title = previous[1].title
        if shared is None and title and _plural_before(text, previous[0].start, title):
            shared = title
        if shared is not None and described.title is None:
            people[index] = (mention, described._replace(title=shared), cluster)
    return people


def _plural_before(text: str, start: int, title: str) -> bool:
    """Whether ``title`` is written in the plural at or right before ``start``: "Sens.",
    "Justices"."""
    window = text[max(0, start - len(title) - 3) : start + len(title) + 3]
    return f"{title}s " in window or f"{title}s. " in window
