"""Link the mentions of one person and give them all the person's fullest name."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsfacts.plugin import Person
from newsfacts_people import evidence
from newsfacts_people import lexicon as lx
from newsfacts_people import name_forms as nf
from newsfacts_people.candidates import Mention, context
from newsfacts_people.completed_names import completed_names
from newsfacts_people.couples import couples
from newsfacts_people.genders import honorific_genders, role_gender
from newsfacts_people.legal_names import legal_names
from newsfacts_people.listed import listed_titles
from newsfacts_people.namesakes import Cluster, Namesakes, namesake, relative
from newsfacts_people.particulars import particulars
from newsfacts_people.roles import Context
from newsfacts_people.scorers import pitchers, scorers
from newsfacts_people.surname_first import surname_first
from newsfacts_people.words_after_names import names_before_common_words
from newsfacts_people.words_before_surnames import surnames_after_common_words


def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    # "Donald Trump Jr." and "Donald Jr." are one person; "Ken Griffey Sr." and "Ken Griffey
    # Jr." two; "Geert Supré" and "Geert Supre" one
    return nf.plain(words[0]), nf.plain(words[-1])


def _middles_differ(words: tuple[str, ...], name: str) -> bool:
    """ "George H.W. Bush" and "George W. Bush": two people of one first and last name."""
    if len(words) <= 2:
        return False  # no middle to compare: the known name is not split
    known = name.split()
    return len(known) > 2 and words[1:-1] != tuple(known[1:-1])


# The customs whose family name alone names the person: "Wang", "Yoon"
_FAMILY_NAME_ALONE = frozenset({"chinese", "korean"})

# The particles that join two surnames, the first of which names the person alone:
# "Cristina Fernández de Kirchner" is "Fernández", "Luiz Inácio Lula da Silva" "Lula".
_SURNAME_JOINS = frozenset({"de", "del", "da", "y"})


def _surnames(words: tuple[str, ...], written: str) -> tuple[str, ...]:
    """The keys a surname alone names the person by: the surname (of ``words``, the name's
    words without particles), and the first of two joined by a particle after the given
    names (of ``written``, the name as written); the family name of a Chinese or Korean
    name first (a Vietnamese one is named by its last word: "Pham Minh Chinh" is
    "Chinh")."""
    last = nf.surname(words)
    if surname_first(words) in _FAMILY_NAME_ALONE:
        return (nf.surname_key(words[0]), last)  # "Li Wenzu" is "Li", her family name
    if len(words) < 3:
        return (last,)
    parts = written.split()
    for index in range(1, len(parts) - 2):
        if parts[index + 1] in _SURNAME_JOINS and not nf.is_given_name(parts[index]):
            first = nf.surname_key(parts[index])
            return (last, first) if first != last else (last,)
    return (last,)


_ByWord = dict[str, list[Cluster]]


def _full_names(
    mentions: list[Mention],
) -> tuple[dict[tuple[str, ...], Cluster], _ByWord, _ByWord]:
    """The people the sure names of two words or more make, by the key of their names, and
    by their surnames and given names; each named by its fullest form."""
    full: dict[tuple[str, ...], Cluster] = {}
    by_last: _ByWord = {}
    by_first: _ByWord = {}
    for mention in mentions:
        if not (mention.sure and len(mention.words) >= 2):
            continue
        key = _key(mention.words)
        known = full.get(key)
        if known is not None and _middles_differ(mention.words, known.name):
            key = mention.words
            known = full.get(key)
        if known is None:
            # "Joseph R. Biden Jr." is a namesake of "Biden", not of "Jr"
            surnames = _surnames(mention.words, mention.written)
            known = full[key] = Cluster(mention.written, surnames=surnames, order=len(full))
            for surname in surnames:
                by_last.setdefault(surname, []).append(known)
            by_first.setdefault(mention.words[0], []).append(known)
        # Names are written with single spaces: counting them counts the words.
        elif mention.written.count(" ") > known.name.count(" ") or (
            # "François Hollande" after "Francois Hollande": the name with its accents
            known.name.isascii()
            and not mention.written.isascii()
            and mention.written.count(" ") == known.name.count(" ")
        ):
            known.name = mention.written
    return full, by_last, by_first


def _middle_words(clusters: Iterable[Cluster]) -> dict[str, list[Cluster]]:
    """The people of the article by the first of two surnames after their given names:
    "Díaz" of "Claudia Díaz Guillen", "López" of "Andrés Manuel López Obrador", "Lula" of
    "Luiz Inácio Lula da Silva" (a word that is no given name, initial or suffix, written as
    a name is; particles between the two surnames aside)."""
    found: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        words = cluster.name.split()
        word = _before_particle(words) or _middle_surname(words)
        if (
            word
            and word[:1].isupper()
            and word[1:].islower()
            # (a given name here is a second given name, but before a particle a surname)
            and (word == _before_particle(words) or not nf.is_given_name(word))
            and word not in lx.NAME_SUFFIXES
        ):
            found.setdefault(nf.surname_key(word), []).append(cluster)
    return found


def _before_particle(words: list[str]) -> str:
    """The first of two surnames joined by a particle, after two given names: "Lula" of "Luiz
    Inácio Lula da Silva"; "" for none."""
    if len(words) >= 5 and words[-2] in lx.PARTICLES and words[-3] not in lx.PARTICLES:
        return words[-3]
    return ""


def _middle_surname(words: list[str]) -> str:
    """The first of two surnames after one given name or two: "Díaz" of "Claudia Díaz
    Guillen", "López" of "Andrés Manuel López Obrador"; "" when the name has no two."""
    given = 2 if len(words) == 4 and nf.is_given_name(words[1]) else 1
    return words[given] if len(words) == given + 2 else ""


def _unsuffixed_first(clusters: list[Cluster]) -> list[Cluster]:
    """The people a surname alone may name: "Mr. Trump" is Donald J. Trump, not Donald Trump
    Jr., when the article names both; the son is "Trump" only in an article without his
    father. The others are no longer namesakes (their ``surnames`` are unset)."""
    plain = [c for c in clusters if c.name.rsplit(" ", 1)[-1].rstrip(".") not in lx.NAME_SUFFIXES]
    if not plain or len(plain) == len(clusters):
        return clusters
    kept = {id(cluster) for cluster in plain}  # not "in plain": a scan for each namesake
    for cluster in clusters:
        if id(cluster) not in kept:
            cluster.surnames = ()
    return plain


def _tail_key(words: list[str]) -> tuple[str, ...]:
    # "Von der Leyen" opening a sentence is the "von der Leyen" of "Ursula von der Leyen";
    # "Lopez Obrador" the "López Obrador" of "Andrés Manuel López Obrador"
    words = [nf.plain(word) for word in words]
    if words and words[0].lower() in lx.PARTICLES:
        return (words[0].lower(), *words[1:])
    return tuple(words)


def _tails(clusters: Iterable[Cluster]) -> dict[tuple[str, ...], Cluster]:
    """The last words of the names of three words or more, of two words up: "López Obrador"
    and "Manuel López Obrador" are "Andrés Manuel López Obrador", "Von der Leyen" is "Ursula
    von der Leyen"."""
    tails: dict[tuple[str, ...], Cluster] = {}
    for cluster in clusters:
        words = cluster.name.split()
        for start in range(1, len(words) - 1):
            # "Hamdan bin Mohammed bin Rashid Al Maktoum": after "bin", the father's name;
            # "Universe Alicia Machado" (of "Miss Universe"): a given name opens the name
            if words[start - 1].lower() in lx.PATRONYMICS or (
                nf.is_given_name(words[start]) and not nf.is_given_name(words[0])
            ):
                continue
            tails.setdefault(_tail_key(words[start:]), cluster)
    return tails


def _longest(clusters: list[Cluster], tails: dict[tuple[str, ...], Cluster]) -> list[Cluster]:
    """``clusters`` but those whose name ends a longer one's (a surname alone names the
    longer one)."""
    if not tails:
        return clusters  # most texts name no one in three words or more: no key to make
    kept = [c for c in clusters if tails.get(_tail_key(c.name.split()), c) is c]
    return kept or clusters


def _named_as_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions but those of a name the article once writes as a publication or firm:
    it names no person in it; nor does a name it writes before a company's legal form
    ("Harbor Textile Corp."), unless a title or honorific goes with it ("Mr. Harbor")."""
    not_people = {mention.written for mention in mentions if mention.not_a_person}
    companies = legal_names(text)
    if not not_people and not companies:
        return mentions  # most articles have none: no pass to copy them all
    return [
        mention
        for mention in mentions
        if mention.written not in not_people
        and (mention.title is not None or mention.written not in companies)
    ]


def resolve(
    text: str,
    mentions: list[Mention],
    lower_case: Callable[[], frozenset[str]] = frozenset,
    sports_report: Callable[[], bool] = bool,
) -> list[Person]:
    """Person facts for the mentions that are people, each with its fullest name;
    ``lower_case`` gives the words the article writes in lower case (read only when asked:
    ``Document.lower_case_words``); ``sports_report`` whether the article is one (read only
    when asked, as few mentions need it: ``Document.sports_report``)."""
    if not mentions:
        return []  # no one named (244 of NewsQuant's 573 one-sentence texts): no tables
    mentions = surnames_after_common_words(text, _named_as_people(text, mentions), lower_case)
    mentions = names_before_common_words(text, mentions, lower_case)  # "Nora Vance Leads"
    mentions = completed_names(text, mentions)  # a headline's "Lena Ray" of Lena Ray Brill
    mentions = couples(text, mentions)  # "Mary and John Smith": Mary Smith too
    mentions = evidence.listed_with_people(text, evidence.spoken_of(text, mentions, lower_case))
    mentions = evidence.lone_names(text, mentions, lower_case, sports_report)
    mentions = evidence.place_surnames(text, mentions)
    mentions = scorers(text, mentions)  # "Scorers: Shearer 12, Fowler 67"
    mentions = pitchers(text, mentions, sports_report)  # "Logan Gilbert (9-7) allowed"
    # The people named by one word and a title ("Prince Harry", "Pope Francis"): the word
    # alone names them too, before or after ("Harry, 39, moved to California").
    singles = {m.written: Cluster(m.written) for m in mentions if m.sure and len(m.words) == 1}
    full, by_last, by_first = _full_names(mentions)
    tails = _tails(full.values())
    namesakes = {
        surname: Namesakes.of(_unsuffixed_first(_longest(clusters, tails)))
        for surname, clusters in by_last.items()
    }
    primary = {cluster.surnames[0] for cluster in full.values() if cluster.surnames}
    by_middle = _middle_words(full.values())
    people: list[tuple[Mention, Context, Cluster]] = []
    for mention in mentions:  # in text order
        words = mention.words
        cluster: Cluster | None = None
        described: Context | None = None
        if len(words) >= 2:
            # (most texts name no one in three words or more: no key to make)
            tail = tails.get(_tail_key(mention.written.split())) if tails else None
            cluster = tail or full.get(words) or full.get(_key(words))
        # (read only for a mention no full name took: a full name's are most mentions)
        last = nf.surname_key(words[-1]) if cluster is None else ""
        # A joined surname names its person alone: "Fernández", not "Faubourg Marigny"
        if cluster is None and last in namesakes and (len(words) == 1 or last in primary):
            described = context(text, mention)
            cluster = namesake(namesakes[last], mention, described.title, singles)
        elif cluster is None and len(words) == 1 and len(by_first.get(words[0], ())) == 1:
            # "Hillary" alone, when one person of the article has that given name
            cluster = by_first[words[0]][0]
        elif cluster is None and len(words) == 1 and len(by_middle.get(last, ())) == 1:
            # "Díaz" of "Claudia Díaz Guillen", "Rodham" of "Hillary Rodham Clinton": the
            # first of two surnames, when no one of the article bears it last
            cluster = by_middle[last][0]
        if cluster is None and len(words) == 1:
            cluster = singles.get(mention.written)
        if cluster is None:
            continue
        mention = _with_particle(text, mention, cluster.name)
        described = particulars(text, mention, described or context(text, mention), sports_report)
        cluster.last_seen = mention.start
        cluster.times_named += 1
        cluster.role = cluster.role or described.role
        cluster.relative = cluster.relative or relative(cluster.role)
        for surname in cluster.surnames:
            namesakes[surname].seen(cluster)
        cluster.age = cluster.age or described.age  # (the first read, as the role)
        cluster.party = cluster.party or described.party
        people.append((mention, described, cluster))

    people = listed_titles(text, people)
    # (a gendered honorific at one mention says the gender of a name that does not)
    by_titles = honorific_genders(
        (cluster.name, described.title) for _, described, cluster in people
    )
    found: list[Person] = []
    for mention, described, cluster in people:
        # (nf.gender keeps its answers: a person is named again and again)
        name, title = cluster.name, described.title
        found.append(
            Person(  # not Person.at: its keywords passed on cost more than the fact
                text=text[mention.start : mention.end],
                start=mention.start,
                end=mention.end,
                name=name,
                title=title,
                role=described.role or cluster.role,
                # (a role's noun after the name's own words: a role read across a list
                # may be another's, "Gov. Jack Lind, his wife, Betsy,")
                gender=nf.gender(name, title) or by_titles.get(name) or role_gender(cluster.role),
                age=described.age or cluster.age,
                party=described.party or cluster.party,
            )
        )
    return found


def _with_particle(text: str, mention: Mention, name: str) -> Mention:
    """``mention`` with the capitalized particle written right before it where ``name`` has
    that particle in lower case before the mention's words: "Ten Hag" of "Erik ten Hag" (a
    run of capitalized words leaves "Ten" out, as a number word)."""
    start = mention.start
    low = start - 6 if start > 6 else 0  # a particle has five letters at most ("della")
    space = text.rfind(" ", low, start - 1) + 1
    if space == 0 and low > 0:
        return mention  # a longer word before it (never a slice of the text before it)
    particle = text[space : start - 1]
    if not (particle[:1].isupper() and text[start - 1 : start] == " "):
        return mention  # (most mentions: no capitalized word of a particle's length before)
    lowered = particle.lower()
    if lowered not in lx.PARTICLES or f" {lowered} {mention.written}" not in name:
        return mention
    return mention._replace(start=space, written=f"{particle} {mention.written}")
