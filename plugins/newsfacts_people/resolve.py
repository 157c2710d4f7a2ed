"""Link the mentions of one person and give them all the person's fullest name."""

from __future__ import annotations

import attrs

from newsfacts_people import lexicon as lx
from newsfacts_people.mentions import Mention
from newsfacts_people.person import Person


@attrs.define
class _Cluster:
    name: str
    role: str | None = None
    last_seen: int = -1


def _key(words: tuple[str, ...]) -> tuple[str, str]:
    return words[0], words[-1]


def _nearest(clusters: list[_Cluster]) -> _Cluster:
    # The most recently mentioned person wins; before any is mentioned, the first introduced.
    return max(clusters, key=lambda cluster: cluster.last_seen)


def resolve(text: str, mentions: list[Mention]) -> list[Person]:
    """Person facts for the mentions that are people, each with its fullest name."""
    full: dict[tuple[str, str], _Cluster] = {}
    by_last: dict[str, list[_Cluster]] = {}
    by_first: dict[str, list[_Cluster]] = {}
    for mention in mentions:
        if not (mention.sure and len(mention.words) >= 2):
            continue
        known = full.get(_key(mention.words))
        if known is None:
            known = full[_key(mention.words)] = _Cluster(mention.written)
            by_last.setdefault(mention.words[-1], []).append(known)
            by_first.setdefault(mention.words[0], []).append(known)
        elif len(mention.written.split()) > len(known.name.split()):
            known.name = mention.written

    singles: dict[str, _Cluster] = {}
    people: list[tuple[Mention, _Cluster]] = []
    for mention in mentions:
        words = mention.words
        cluster: _Cluster | None = full.get(_key(words)) if len(words) >= 2 else None
        if cluster is None and words[-1] in by_last:
            cluster = _nearest(by_last[words[-1]])
        elif cluster is None and len(words) == 1 and len(by_first.get(words[0], ())) == 1:
            # "Hillary" alone, when one person of the article has that given name
            cluster = by_first[words[0]][0]
        if cluster is None and mention.sure:
            cluster = singles.get(mention.written)
            if cluster is None:
                cluster = singles[mention.written] = _Cluster(mention.written)
        if cluster is None:
            continue
        cluster.last_seen = mention.start
        cluster.role = cluster.role or mention.role
        people.append((mention, cluster))

    return [
        Person.at(
            text,
            mention.start,
            mention.end,
            name=cluster.name,
            title=mention.title,
            role=mention.role or cluster.role,
        )
        for mention, cluster in people
    ]


def gender(person: Person) -> str | None:
    """ "m", "f" or None: what the person's honorific or given name says."""
    return lx.gender(person.name, person.title)
