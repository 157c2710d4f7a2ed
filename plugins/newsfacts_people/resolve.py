"""Link the mentions of one person and give them all the person's fullest name."""

from __future__ import annotations

import attrs

from newsfacts.plugin import Person
from newsfacts_people import lexicon as lx
from newsfacts_people.mentions import Mention


@attrs.define
class _Cluster:
    name: str
    role: str | None = None
    last_seen: int = -1


def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[0], words[-1]


def _middles_differ(words: tuple[str, ...], name: str) -> bool:
    """ "George H.W. Bush" and "George W. Bush": two people of one first and last name."""
    known = name.split()
    return len(words) > 2 and len(known) > 2 and words[1:-1] != tuple(known[1:-1])


def _nearest(clusters: list[_Cluster], title: str | None = None) -> _Cluster:
    # The most recently mentioned person wins; before any is mentioned, the first introduced.
    # A gendered honorific picks among people of one surname: "Mrs. Clinton" is not Bill.
    wanted = lx.gender("", title) if title else None
    if wanted is not None:
        fitting = [c for c in clusters if lx.gender(c.name, None) in (wanted, None)]
        clusters = fitting or clusters
    return max(clusters, key=lambda cluster: cluster.last_seen)


def resolve(text: str, mentions: list[Mention]) -> list[Person]:
    """Person facts for the mentions that are people, each with its fullest name."""
    # A name the article once writes as a publication or firm names no person in it.
    not_people = {mention.written for mention in mentions if mention.org_like}
    mentions = [mention for mention in mentions if mention.written not in not_people]
    full: dict[tuple[str, ...], _Cluster] = {}
    by_last: dict[str, list[_Cluster]] = {}
    by_first: dict[str, list[_Cluster]] = {}
    for mention in mentions:
        if not (mention.sure and len(mention.words) >= 2):
            continue
        key = _key(mention.words)
        known = full.get(key)
        if known is not None and _middles_differ(mention.words, known.name):
            key = mention.words
            known = full.get(key)
        if known is None:
            known = full[key] = _Cluster(mention.written)
            by_last.setdefault(mention.words[-1], []).append(known)
            by_first.setdefault(mention.words[0], []).append(known)
        elif len(mention.written.split()) > len(known.name.split()):
            known.name = mention.written

    singles: dict[str, _Cluster] = {}
    people: list[tuple[Mention, _Cluster]] = []
    for mention in mentions:
        words = mention.words
        cluster: _Cluster | None = None
        if len(words) >= 2:
            cluster = full.get(words) or full.get(_key(words))
        if cluster is None and words[-1] in by_last:
            cluster = _nearest(by_last[words[-1]], mention.title)
            if len(words) >= 2 and cluster.name.split()[0] != words[0]:
                # "Lakshman Seneviratne" is not "John Seneviratne": a relative, another person
                cluster = singles.setdefault(mention.written, _Cluster(mention.written))
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
            gender=lx.gender(cluster.name, mention.title),
        )
        for mention, cluster in people
    ]
