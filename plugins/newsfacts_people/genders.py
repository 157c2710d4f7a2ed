"""A person's gender from the honorifics of all their mentions: "Ms. Okafor" says that Lee
Okafor, whose given name says nothing, is a woman at every mention, "Lee Okafor" and
"Okafor" too; not only at the mention that wears the honorific."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts_people import name_forms as nf


def honorific_genders(named: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """The gender ("m" or "f") the titles of a person's mentions agree on, by the person's
    name, of ``named``: each mention's person's name and title. A person whose titles say
    both ("Mr. Okafor" and "Mrs. Okafor" read as one person, a couple of one surname) gets
    none: which of them a bare mention names is unknown."""
    said: dict[str, set[str]] = {}
    for name, title in named:
        if title is not None:
            gender = nf.gender("", title)
            if gender is not None:
                said.setdefault(name, set()).add(gender)
    return {name: genders.pop() for name, genders in said.items() if len(genders) == 1}
