"""Settle the candidates of the rules into organization facts for the whole article.

Overlapping candidates: list names, defined acronyms and head-word names win over weaker
clues, then the longest wins. A person's name is never an organization. Every name taken
once is then looked for in the whole article (document-level consistency), with its short
forms: a company's name without "Inc." or "Corp.", an acronym defined in the text.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence

import newsfacts
from newsfacts.plugin import Check, Organization, decide, tracing
from newsfacts_organizations import (
    acronyms,
    branches,
    chambers,
    digests,
    gates,
    institutions,
    person_checks,
    programs,
    repeats,
    rules,
    short_forms,
    sports,
    units,
    unknown_acronyms,
)
from newsfacts_organizations.again_tables import AgainTables
from newsfacts_organizations.candidacy import Candidacy
from newsfacts_organizations.chunks import Sentences
from newsfacts_organizations.lexicon import (
    CALL_SIGN,
    LEGAL_SUFFIXES,
    PLACE_KEYS,
    SPORT_WORDS,
    key_of,
)
from newsfacts_organizations.name_tables import KNOWN, Entry
from newsfacts_organizations.regional import Regional
from newsfacts_organizations.rule_table import Find, sentence_rules
from newsfacts_organizations.rules import Candidate
from newsfacts_organizations.runs import Sentence, is_year
from newsfacts_organizations.selection import Taken, select
from newsfacts_organizations.sports_individual import individual_sport


def _lexicon(
    chosen: Sequence[Candidate],
    person_keys: set[tuple[str, ...]],
    lower_case: frozenset[str] = frozenset(),
    sports_report: bool = False,
    own_paper: Mapping[tuple[str, ...], Entry] | None = None,
    in_capitals: Iterable[str] = (),
) -> dict[tuple[str, ...], Entry]:
    """The names taken (``chosen``) and the short forms and acronyms they go by; ``in_capitals``:
    the words of headlines in capitals that may be acronyms (see acronyms.link)."""
    lexicon: dict[tuple[str, ...], Entry] = {}
    owned: set[tuple[str, ...]] = set()  # the names' own words without a legal ending
    # Defined acronyms and list names first: they carry the canonical long form.
    for candidate in sorted(chosen, key=lambda c: -c.rule):
        shorts = list(short_forms.short_forms(candidate.key, lower_case))
        if candidate.entry.kind == "sports":
            shorts.extend(short_forms.nicknames(candidate.key, lower_case, sports_report))
        # "Volkswagen AG" is the listed Volkswagen: a listed name with a legal ending
        listed = next((KNOWN[short] for short in shorts if short in KNOWN), None)
        if listed is None or candidate.rule >= rules.KNOWN_RULE:
            # "Nimbus Analytics Inc" after "Nimbus Analytics": the name the article gave it
            listed = short_forms.same_name(lexicon, candidate.key)
        if listed is None or candidate.rule >= rules.KNOWN_RULE:
            listed = candidate.entry
        entry = lexicon.setdefault(candidate.key, listed)
        if entry.acronym:
            lexicon.setdefault(key_of(entry.acronym), entry)
        lexicon.setdefault(key_of(entry.name), entry)
        short_forms.enter(lexicon, owned, candidate.key, shorts, entry)
        if entry.kind == "media":
            # "The New York Times" ... "The Times said": the paper named in full, though
            # another is listed by its title, before or after it
            for title in short_forms.newspaper_title(candidate.key):
                lexicon[title] = short_forms.paper_of_title(lexicon.get(title), entry, title[-1])
    lexicon.update(own_paper or {})  # "told The Times" in the paper's own article: its own
    for key in (*person_keys, *chambers.CHAMBER_KEYS, *_cued_places(chosen)):
        lexicon.pop(key, None)
    institutions.unspread(lexicon, sports_report)
    acronyms.link(lexicon, in_capitals)
    return lexicon


def _cued_places(chosen: Sequence[Candidate]) -> set[tuple[str, ...]]:
    """Places only a cue made organizations ("New York magazine", "a Washington newspaper"):
    each of their mentions needs a cue of its own ("the former mayor of New York" is the city,
    not the magazine)."""
    cued = {c.key for c in chosen if c.rule == rules.CUE_RULE and c.key in PLACE_KEYS}
    return cued - {c.key for c in chosen if c.rule != rules.CUE_RULE} if cued else cued


def _before_dateline(sentence: Sentence, candidate: Candidate) -> bool:
    """ "PARIS 1996-08-26", "GREEN BAY , Wisconsin 1996-08-27": a dateline names a place.
    Before a comma, only a name opening its sentence: a headline lists sides so ("SOCCER -
    ITALY , CROATIA SQUADS NAMED")."""
    texts, end = sentence.texts, candidate.last
    if end >= len(texts):
        return False
    if texts[end] == ",":
        return candidate.start == sentence.starts[0]
    return is_year(texts, end)


def _consistent(sentence: Sentence, found: Iterable[Candidate]) -> Iterable[Candidate]:
    """The mentions ``found`` of names already taken as organizations in this article, but
    a place's before a dateline."""
    for candidate in found:
        if not (sentence.caps and _before_dateline(sentence, candidate)):
            yield candidate


def _organization_named(person: newsfacts.Fact, keys: Mapping[str, tuple[str, ...]]) -> bool:
    """A "person" whose name is a listed organization or ends like a company ("Pirelli SpA");
    ``keys``: the key of each name (see key_of)."""
    name = getattr(person, "name", None)
    full = name if isinstance(name, str) and name else person.text
    if " " in full and full != person.text and not _company_like(keys[full]):
        return False  # "Ford" of "Doug Ford" is the person, though a company is named so
    return any(_company_like(keys[written]) for written in (person.text, full))


def _person_keys(
    people: Sequence[newsfacts.Fact], keys: Mapping[str, tuple[str, ...]]
) -> set[tuple[str, ...]]:
    """The keys of the people's names, as written and in full."""
    person_keys = {keys[person.text] for person in people}
    for person in people:
        name = getattr(person, "name", None)
        if isinstance(name, str) and name:
            person_keys.add(keys[name])
    return person_keys


def _company_like(key: tuple[str, ...]) -> bool:
    return not key or key in KNOWN or key[-1] in LEGAL_SUFFIXES


# The head words a sport's word makes a sports body's outside a sports report too
_SPORTS_BODY_HEADS = frozenset({"League", "Federation", "Confederation", "Association"})


def _without_sports(candidate: Candidate) -> Candidate:
    """Outside a sports report, "Club" or "United" says nothing of sport: "Citizens United",
    "Club for Growth". Only a listed team keeps the kind, and a league or a federation its
    sport's word made one (``data/head_modifiers.tsv``: "the Champions League", as the listed
    Premier League; "the International Ski Federation")."""
    if candidate.entry.kind != "sports" or candidate.rule >= rules.KNOWN_RULE:
        return candidate
    key = candidate.key
    if key[-1] in _SPORTS_BODY_HEADS or (key[-1] == "Club" and key[-2:-1] in _SPORTS_CLUBS):
        return candidate  # "the Quarry Hills Golf Club", "the Harmon Country Club": clubs
    return candidate._replace(entry=candidate.entry._replace(kind=None))


# A sport's word, and the country and sailing clubs' own, before "Club": a club of sport in
# any article ("the Quarry Hills Golf Club", "the Harmon Country Club", "the Bay Yacht Club")
_SPORTS_CLUBS = frozenset((word,) for word in (*SPORT_WORDS, "Country", "Yacht"))


#: Whether a candidate is kept in its sentence.
_Allowed = Callable[[Sentence, Candidate], bool]


def _found(
    sentence: Sentence, found_by: Iterable[Find], sports_report: bool, individual: bool = False
) -> list[Candidate]:
    """The candidates the rules ``found_by`` (and the sports rule in a sports report, of a
    sport of players if ``individual``) find in ``sentence``, not checked yet."""
    found = [c for rule in found_by for c in rule(sentence)]
    if sports_report:
        found.extend(sports.team_names(sentence, individual))
    return found


def _found_kept(
    sentence: Sentence,
    found_by: Iterable[Find],
    sports_report: bool,
    allowed: _Allowed,
    individual: bool = False,
) -> list[Candidate]:
    """The candidates of :func:`_found` that ``allowed`` keeps, every one checked."""
    found = _found(sentence, found_by, sports_report, individual)
    return [c for c in found if allowed(sentence, c)]


def _found_again(
    sentence: Sentence,
    tables: AgainTables,
    allowed: _Allowed,
    covered: Taken | None,
) -> list[Candidate]:
    """The mentions in ``sentence`` of the names taken (``tables``: as written, folded) that
    ``allowed`` keeps. Those over a name already taken (``covered``, when not traced:
    ``newsfacts explain``) are not checked: they are dropped whatever the checks say (see
    selection.select), and the checks of every mention of every name taken, the first time
    and again, were a third of the plugin's time."""
    # A mention that opens where a name was taken is dropped in any case: not made
    taken = None if covered is None else covered.holds
    found = rules.names_in(sentence, tables.folded if sentence.caps else tables.written, 0, taken)
    if not found:  # an empty tuple: no word of the sentence opens a name taken (most)
        return []
    again = _consistent(sentence, found)
    if covered is not None:
        again = (c for c in again if not covered.overlaps(c.start, c.end))
    return [c for c in again if allowed(sentence, c)]


def _taken_again(
    sentences: Sentences,
    lexicon: dict[tuple[str, ...], Entry],
    taken: dict[int, list[Taken | None]],
    allowed: _Allowed,
    allowed_here: _Allowed,
    people: newsfacts.SpanSet,
) -> list[Candidate]:
    """The second pass: the mentions of the names taken (``lexicon``) in every sentence,
    but over what the first pass took in it (``taken``: by chunk, the spans of its sentences
    taken, None where none was; ``allowed``: as there, ``allowed_here``: but for the people)."""
    tables = AgainTables(lexicon)

    # Not traced, the candidates of a sentence the text repeats are found once (see repeats).
    traced = tracing()
    agains = repeats.Repeats(people)
    find_again = functools.partial(_found_again, tables=tables, allowed=allowed_here, covered=None)
    chosen: list[Candidate] = []
    for index, chunk in sentences.chunks(tables.may_hold):
        # A chunk the first pass did not read took nothing.
        covers = taken.get(index) or [None] * len(chunk)
        for position, sentence in enumerate(chunk):
            if not sentence.runs:  # every name is found inside a run
                continue
            # No word of the sentence opens a name taken (most sentences): nothing found
            # in it, nor in its copies (rules.names_in's test, made with no call of it but
            # in capitals, whose folded table is made only for a sentence that may need it)
            if sentence.caps:
                if not tables.folded_opens(sentence.lowered):
                    continue
            elif tables.written.lengths.keys().isdisjoint(sentence.texts):
                continue
            covered = covers[position] or Taken(sentence)  # (None: the first pass took none)
            if traced or not agains.seen(sentence):
                again = _found_again(sentence, tables, allowed, None if traced else covered)
                # (Its names were taken in its first copy, and are found again in each.)
                agains.note(sentence, True)
            else:
                again = agains.found(sentence, find_again, ())
                again = [c for c in again if not covered.overlaps(c.start, c.end)]
            chosen.extend(select(again, covered))
    return chosen


def find_organizations(
    document: newsfacts.Document, people: Sequence[newsfacts.Fact] = ()
) -> list[Organization]:
    """The organization mentions of ``document``; ``people`` are the person facts."""
    text = document.text
    # The key of every person's name, kept for the whole article (and the next ones): an
    # article of more distinct names than key_of's own cache holds would compute them again
    # and again.
    keys = document.vocabulary.column(key_of)
    people = [person for person in people if not _organization_named(person, keys)]
    person_spans = newsfacts.SpanSet([*people, *person_checks.titled(text, people)])
    person_keys = _person_keys(people, keys)
    sentences = Sentences(document)
    sports_document = document.sports_report
    individual = sports_document and individual_sport(document)
    lower_case = document.lower_case_words

    # A surname or given name alone ("Rios", "Jansher") is the person named in full elsewhere.
    surnames = {key[-1:] for key in person_keys if len(key) > 1}
    surnames.update(key[:1] for key in person_keys if len(key) > 1)

    def allowed(sentence: Sentence, candidate: Candidate) -> bool:
        candidacy = Candidacy(sentence, candidate, surnames, person_spans, lower_case)
        return gates.kept(candidacy)

    def allowed_here(sentence: Sentence, candidate: Candidate) -> bool:
        candidacy = Candidacy(sentence, candidate, surnames, person_spans, lower_case)
        return repeats.kept_but_for_people(candidacy)

    # Not traced, the candidates of a sentence the text repeats are found once (see repeats).
    traced = tracing()
    firsts = repeats.Repeats(person_spans)
    # What the first pass took in each chunk it read: a list of the sentences' spans taken,
    # made for a sentence where a candidate is found (None: most sentences, which find none).
    taken: dict[int, list[Taken | None]] = {}
    chosen: list[Candidate] = []
    in_capitals: set[str] = set()
    for index, chunk in sentences.ruled(sports_document):
        covers: list[Taken | None] = [None] * len(chunk)
        taken[index] = covers
        # the opening headline's acronyms of names the body spells out (see acronyms.link)
        in_capitals.update(unknown_acronyms.in_capitals(chunk, lower_case) if not index else ())
        for position, sentence in enumerate(chunk):
            if not sentence.runs:  # every rule looks for names inside runs
                continue
            # The rules of the chunk whose words the sentence holds (see rule_table)
            found_by = sentence_rules(sentence)
            kept: Callable[[Candidate], bool] | None = None
            if traced:  # every candidate checked, and every decision shown
                found = _found_kept(sentence, found_by, sports_document, allowed, individual)
            elif not firsts.seen(sentence):
                # each checked when select reaches it: not one under a name taken before it
                found = _found(sentence, found_by, sports_document, individual)
                kept = functools.partial(allowed, sentence)
            else:
                find_here = functools.partial(
                    _found_kept,
                    found_by=found_by,
                    sports_report=sports_document,
                    allowed=allowed_here,
                    individual=individual,
                )
                found = firsts.found(sentence, find_here, found_by)
            selected: list[Candidate] = []
            if found:
                covers[position] = spans = Taken(sentence)
                selected = select(found, spans, kept)
                chosen.extend(selected if sports_document else map(_without_sports, selected))
            if traced or kept is not None:
                # A candidate kept in the sentence is chosen: the first kept, at least
                firsts.note(sentence, bool(selected))
    if not chosen:  # no name taken (most short texts): none to look for again
        return digests.with_papers(text, [])

    own = short_forms.own_paper(document.article.source)
    lexicon = _lexicon(chosen, person_keys, lower_case, sports_document, own, in_capitals)
    entries = {candidate.key: lexicon.get(candidate.key, candidate.entry) for candidate in chosen}
    # No name taken, none to look for again: a long text is not read a second time, and a
    # short one makes no tables.
    if lexicon:
        chosen.extend(_taken_again(sentences, lexicon, taken, allowed, allowed_here, person_spans))

    entries.update(programs.program_entries(text, chosen))  # "HALO grant": every mention
    people_words = frozenset(word for key in person_keys for word in key)
    local = chambers.LocalBodies.of(text, [candidate.key for candidate in chosen], people_words)
    regional = Regional(text)
    facts: list[Organization] = []
    for candidate in sorted(chosen, key=lambda c: c.start):
        entry = local.entry(candidate, entries.get(candidate.key, candidate.entry))
        entry = regional.entry(candidate.key, entry)  # "the ABC" in an Australian story
        entry = regional.paper(entry)  # "the Times" of a British story, else unresolved
        if entry.kind in _NOT_BODIES:  # (its step shown by the explain trace)
            decide(_THING_CHECKS, entry, default="keep", start=candidate.start, end=candidate.end)
            continue
        end, name, kind = branches.numbered_branch(text, candidate.end, entry.name, entry.kind)
        end = short_forms.own_possessive(text, candidate.start, end, name)  # "Boatmen's"
        start, name = units.numbered_unit(text, candidate.start, name)  # "82nd Airborne"
        if kind is None and CALL_SIGN.fullmatch(name):
            kind = "media"  # "told WMUR", "WSB-TV reported": a station's call sign
        facts.append(
            Organization.at(
                text,
                start,
                end,
                name=name,
                acronym=entry.acronym,
                kind=kind,
            )
        )
    return digests.with_papers(text, facts)


#: The kinds of entries that name a thing, not a body: no fact is made of their mentions.
_NOT_BODIES = frozenset((rules.THING, programs.PROGRAM))

#: The last step of a name whose entry names a thing, not a body (see rules.THING).
_THING_CHECKS: tuple[Check[Entry], ...] = (
    Check(
        "defined-thing",
        lambda entry: entry.kind == rules.THING,
        "drop",
        "a pact, a law, a scheme or a region defined with its acronym, and every mention of "
        'the acronym: "Rural Heating Payment (RHP)" (data/defined_things.txt), '
        '"Latin America and Africa (LAA)"',
    ),
    Check(
        "program-acronym",
        lambda entry: entry.kind == programs.PROGRAM,
        "drop",
        "an unknown acronym one of whose mentions a program's word follows, and every mention: "
        '"the state\'s HALO grant" (programs.py)',
    ),
)
