"""The head words of organizations' names and the nouns for organizations: tables every field
reads alike.

A name ending in "Ministry", "University" or "Inc.", or opening "Bank of ...", is an
organization's. The organizations field reads the name, and its kind from the head ("the Kyiv
Regional Administration" is a government body); the people field reads no person in a run of
capitalized words that holds one ("Samsung Electronics said"). They read the same rows,
:data:`ORGANIZATION_HEADS` (``newsfacts/data/organization_heads.tsv``), so a head added there
is known to both; a field keeps in its own data only the words that are its own (the people
field's buildings, works and events: "Trump Tower", "the Rose Bowl").

A description set off after a name and headed by a noun for organizations is an
organization's ("Kantar, the market research company, said"): the organizations field reads
the name and the kind the noun tells, and the people field reads no person there ("Students
for Fair Admissions, a group founded by ..."); both read :data:`ORGANIZATION_NOUNS`
(``newsfacts/data/organization_nouns.tsv``).

A body named by its field and the place it serves ("Health Canada", "Parks Victoria",
"Kentucky Power", "Transport for Wales") is an organization's: the organizations field reads
the name, and the people field reads no person in it, though the place is a given name
("Victoria"); both read :data:`PLACE_BODY_FIELDS` (``newsfacts/data/place_bodies.tsv``).

    >>> ORGANIZATION_HEADS["Ministry"]
    OrganizationHead(kind='government', opens=True, legal_form=False)
    >>> ORGANIZATION_HEADS["Inc."]
    OrganizationHead(kind='company', opens=False, legal_form=True)
    >>> ORGANIZATION_NOUNS["lender"], ORGANIZATION_NOUNS["group"]
    ('company', None)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from newsfacts.tables import read_table


@attrs.frozen
class OrganizationHead:
    """What a head word tells of the name it ends: "Ministry" is a government body's, and
    opens an "X of Y" name too ("Ministry of Defence")."""

    #: The kind of organization a name ending in it is, one of the kinds of
    #: :class:`~newsfacts.fields.Organization` ("government", "company"); None where the head
    #: says nothing of it ("Group").
    kind: str | None
    #: Whether it may open an "X of Y" name ("Bank of England") as well as close one.
    opens: bool
    #: Whether it is a company's legal form ("Inc.", "Ltd", "GmbH"), not a word of its trade
    #: or kind ("Group", "Bank"): the words before one name the company.
    legal_form: bool = False


#: Lower-case nouns for organizations ("company", "agency", "party") that head a description
#: set off after a name ("Kantar, the market research company, said") -> the kind of
#: organization they tell (None for "group", "institute").
ORGANIZATION_NOUNS: Mapping[str, str | None] = MappingProxyType(
    {
        noun: None if kind == "-" else kind
        for noun, kind in read_table("newsfacts", "organization_nouns.tsv", columns=2)
    }
)

#: Each head word as written ("Ministry", "Inc.", "Council's") -> what it tells of the name,
#: in the table's order.
ORGANIZATION_HEADS: Mapping[str, OrganizationHead] = MappingProxyType(
    {
        word: OrganizationHead(None if kind == "-" else kind, where == "both", legal == "legal")
        for word, kind, where, legal in read_table("newsfacts", "organization_heads.tsv", columns=4)
    }
)


#: The fields of government, utilities and sports that name a body with the place it serves,
#: as the table's rows: the field's words, the side of the place they are written on
#: ("before": "Parks Victoria"; "after": "Kentucky Power"; "for": "Transport for Wales") and
#: the body's kind ("-" says nothing), in the table's order.
PLACE_BODY_FIELDS: tuple[tuple[str, ...], ...] = tuple(
    read_table("newsfacts", "place_bodies.tsv", columns=3)
)
