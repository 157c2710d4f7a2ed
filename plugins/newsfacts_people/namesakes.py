"""Namesakes: the people of an article who share a surname, and which of them a surname alone
names at each mention (the one the article has named most so far, the first introduced of
equals, someone's relative after the others). Read by :mod:`newsfacts_people.resolve`."""

from __future__ import annotations

import attrs

from newsfacts.plugin import KIN_NOUNS
from newsfacts_people import name_forms as nf
from newsfacts_people.candidates import Mention


@attrs.define(repr=False, eq=False)
class Cluster:
    """One person of the article as its mentions are linked: the fullest name, and what the
    mentions read so far say of them (mutable: filled in as mentions are read, in text
    order)."""

    name: str
    role: str | None = None
    age: int | None = None
    party: str | None = None
    last_seen: int = -1
    times_named: int = 0  # its mentions read so far
    relative: bool = False  # described as someone's relative so far ("her son")
    # The keys of its namesakes, when it has a full name: its surname, and the first of two
    # joined ones ("Fernández" of "Cristina Fernández de Kirchner")
    surnames: tuple[str, ...] = ()
    gender: str | None = None  # set once the name is the fullest ("m", "f" or None)
    order: int = 0  # rank among the article's full names, by first mention


Gender = str | None
_GENDERS: tuple[Gender, ...] = (None, "m", "f")


@attrs.define(repr=False, eq=False)
class Namesakes:
    """The people of one surname, per gender ("m", "f", None): the one introduced first and
    the one a surname alone names now. That is the one the article has named most so far
    (the first introduced of equals), one described as someone's relative ("her son, Daniel
    Keane", "his wife, Nora Pell") after those never so described: news leaves the surname
    alone to the person the story is about (the judge "Keane" of an obituary that names her
    son; "Clinton" is Hillary Clinton in a story of her campaign that names Bill Clinton and
    Chelsea Clinton too). Kept up to date as mentions are read, so that picking one for a
    surname alone costs the same however many namesakes the article has (a scan of them all
    for every mention would be quadratic in a list of namesakes)."""

    first: dict[Gender, Cluster] = attrs.field(factory=dict)
    leader: dict[Gender, Cluster] = attrs.field(factory=dict)
    # the latest mentioned of those never described as a relative: the leader's heir
    latest_plain: dict[Gender, Cluster] = attrs.field(factory=dict)

    @classmethod
    def of(cls, clusters: list[Cluster]) -> Namesakes:
        """The namesakes ``clusters``, in order of introduction, their names complete."""
        namesakes = cls()
        for cluster in clusters:
            cluster.gender = nf.gender(cluster.name, None)
            namesakes.first.setdefault(cluster.gender, cluster)
        return namesakes

    def seen(self, cluster: Cluster) -> None:
        """``cluster`` was mentioned (mentions come in text order)."""
        gender = cluster.gender
        leader = self.leader.get(gender)
        heir = self.latest_plain.get(gender)
        if leader is cluster and cluster.relative and heir is not None and not heir.relative:
            # the leader turned out a relative: the latest of the others takes its place (not
            # a scan of them all, which would be quadratic in a list of namesakes)
            self.leader[gender] = heir
        elif leader is None or _standing(cluster) > _standing(leader):
            self.leader[gender] = cluster
        if not cluster.relative:
            self.latest_plain[gender] = cluster

    def nearest(self, title: str | None) -> Cluster:
        """The leading person; before any is mentioned, the first introduced. A gendered
        honorific picks among them: "Mrs. Clinton" is not Bill."""
        wanted = nf.gender("", title) if title else None
        genders: tuple[Gender, ...] = _GENDERS
        if wanted is not None and (wanted in self.first or None in self.first):
            genders = (wanted, None)
        best: Cluster | None = None
        for gender in genders:  # (a loop: a list and max() cost more, at every mention)
            cluster = self.leader.get(gender)
            if cluster is not None and (best is None or _standing(cluster) > _standing(best)):
                best = cluster
        if best is not None:
            return best
        return min(
            (self.first[gender] for gender in genders if gender in self.first),
            key=lambda cluster: cluster.order,
        )


def relative(role: str | None) -> bool:
    """Whether a role says whose relative one is ("her son", "the senator's wife")."""
    return role is not None and role.rsplit(None, 1)[-1].lower() in KIN_NOUNS


def _standing(cluster: Cluster) -> tuple[bool, int, int]:
    """How strongly a surname alone names ``cluster`` now (see ``Namesakes``)."""
    return (not cluster.relative, cluster.times_named, -cluster.order)


def _first_word_is(name: str, word: str) -> bool:
    """Whether ``word`` is the first word of ``name`` (read without splitting all of it)."""
    return name.startswith(word) and name[len(word) : len(word) + 1] in ("", " ")


def namesake(
    namesakes: Namesakes, mention: Mention, title: str | None, singles: dict[str, Cluster]
) -> Cluster:
    """The person of the mention's surname it names."""
    cluster = namesakes.nearest(title)
    if len(mention.words) >= 2 and not _first_word_is(cluster.name, mention.words[0]):
        # "Lakshman Seneviratne" is not "John Seneviratne": a relative, another person
        cluster = singles.setdefault(mention.written, Cluster(mention.written))
    elif _other_gender(cluster, title):
        # "Mr. Obama" in an article naming only Michelle Obama: another person, unnamed
        cluster = singles.setdefault(mention.written, Cluster(mention.written))
    return cluster


def _other_gender(cluster: Cluster, title: str | None) -> bool:
    """Whether a gendered honorific says the other gender than the person's given name."""
    wanted = nf.gender("", title) if title else None
    return wanted is not None and cluster.gender is not None and cluster.gender != wanted
