"""A person's gender from the honorifics of all their mentions: "Ms. Okafor" says that Lee
Okafor, whose given name says nothing, is a woman at every mention, "Lee Okafor" and
"Okafor" too; not only at the mention that wears the honorific. Else from the role the
article gives them: "her grandson, Lee Okafor", "spokeswoman Lee Okafor"."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts_people import lexicon as lx
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


# The words that end a role's head: "a spokeswoman for the ministry", "the driver of the
# truck", "a lawyer for his wife" (the lawyer's gender is not the wife's)
_AFTER_HEAD = frozenset(("of", "for", "to", "at", "in", "with", "from", "on", "and", "who"))


def role_gender(role: str | None) -> str | None:
    """The gender ("m" or "f") a role's head noun says (``data/role_genders.tsv``): the last
    word before a preposition ("her grandson": m; "a spokeswoman for the ministry": f)."""
    if not role:
        return None
    head = None
    for word in role.split():
        if word.lower() in _AFTER_HEAD:
            break
        head = word
    if head is None:
        return None
    return lx.ROLE_GENDERS.get(head.lower().removesuffix("'s").removesuffix("’s"))
