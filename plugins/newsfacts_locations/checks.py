"""Is a gazetteer name a place mention here? The decision table of one candidate.

:data:`CHECKS` is an ordered table of named checks (:func:`newsfacts.plugin.decide`); the
first that holds decides, and ``newsfacts explain --field locations`` shows them (not
tracing, :mod:`newsfacts_locations.gates` asks only the checks that may hold). The checks
drop, in this order:

* products, companies, institutions and common words named like places ("Falcon 9",
  "Amazon said", "studied at Harvard", "Store sales fell"): the table of
  :mod:`newsfacts_locations.products`, whose reason code is the evidence;
* text claimed by the organizations or people fields ("Kyiv Regional Administration",
  "Lindsey Graham") — nested places are not reported, except a town or division before a
  public body's word ("Henry County Courthouse"), or a well-known or supported place whose
  name is all the claim holds (see :class:`~newsfacts_locations.neighbours.Claims`);
* words listed as rarely places ("March", "Most"), sports fixtures and results tables, and
  names in a sports report without support (:mod:`newsfacts_locations.sports_checks`);
* in a sentence written in capitals (headlines, datelines), all but well-known places:
  countries, divisions, regions and cities above 100,000 people;
* a name glued to a capitalized neighbour that is not a place ("Lindsey Graham" when no people
  field ran, "Kyiv Regional Administration" when no organizations field ran), except role
  words after it ("U.S. President") and compass words before it ("Southern California", which
  then joins the mention);
* common words or names that are places only with support ("Reading", "Nice", "Graham"; the
  checks of support are in :mod:`newsfacts_locations.support`), and small towns, which are
  kept *pending*: they stand if another name of the article points to their state, unless
  local news's own formulas place them (an address: "Main Street, Tipperary"; a resident's
  name and age, or name and "of": "Ian Jett, 30, of Platte City", "Betty Kneasel of
  Myerstown").
"""

from __future__ import annotations

from newsfacts.plugin import Check
from newsfacts_locations import (
    datelines,
    names_around,
    outlets,
    possessives,
    relatives,
    sports_checks,
    town_checks,
    word_checks,
)
from newsfacts_locations.candidacy import Candidacy

#: Is a gazetteer name a place mention here? The first check that holds decides; a name none
#: holds for is a place. ``name-part`` rejects the name and marks it as a part of a person's
#: name, so that its other mentions need support; ``pending`` keeps it only if another name
#: of the article points to its state (:mod:`newsfacts_locations.readings`).
CHECKS: tuple[Check[Candidacy], ...] = (
    Check(
        "product-or-institution",
        word_checks.product,
        "reject",
        'a product, company, institution or common word named like a place: "Falcon 9", '
        '"Amazon said", "studied at Harvard", "Store sales fell" (products.py)',
    ),
    Check(
        "claimed-by-person",
        word_checks.claimed_by_person,
        "name-part",
        'the people field claims the name: a person here ("President Clinton")',
    ),
    Check(
        "claimed",
        word_checks.claimed,
        "reject",
        'text claimed by the organizations or people field ("Kyiv" of "Kyiv Regional '
        'Administration")',
    ),
    Check(
        "listed-home-town",
        word_checks.listed_home_town,
        "pending",
        "listed as rarely a place, after a preposition of place, and a town of 20,000 people:"
        ' kept if its state is named ("in Bend" in a story from Oregon)',
    ),
    Check(
        "listed-not-a-place",
        word_checks.listed_not_a_place,
        "reject",
        'listed as rarely a place ("March", "Most"), and no qualifier after it',
    ),
    Check(
        "currency-sign",
        word_checks.currency_sign,
        "reject",
        'a dollar sign glued after it: "US$0.56"',
    ),
    Check(
        "title-before-person",
        names_around.title_before_person,
        "reject",
        'a title abbreviated as a state is, before a person\'s name: "Del. Brian Moran"',
    ),
    Check(
        "storm-name",
        names_around.storm_name,
        "reject",
        'opens a storm\'s name: "Hurricane Milton" (storm_words.txt)',
    ),
    Check(
        "storm-named",
        names_around.storm_named,
        "reject",
        'a storm\'s name the article gives after a storm word: "Milton" after "Hurricane Milton"',
    ),
    Check(
        "product-named",
        names_around.product_named,
        "reject",
        'a product\'s name the article gives with its noun: "Orion" after "the Orion capsule"',
    ),
    Check(
        "celestial",
        names_around.celestial,
        "reject",
        'a planet or a moon in a sentence of astronomy: "The Galileo craft orbited Jupiter"',
    ),
    Check(
        "vessel-name",
        names_around.vessel_name,
        "reject",
        'a ship\'s name: "the vessel Dali", "USS Cole" (vessel_words.txt)',
    ),
    Check("fixture", sports_checks.fixture, "reject", 'a sports fixture: "England v Pakistan"'),
    Check(
        "event-name",
        names_around.event_name,
        "reject",
        'opens an event\'s name: "the U.S. Open", "the Berlin Grand Prix" (event_words.txt)',
    ),
    Check(
        "table-cell",
        sports_checks.table_cell,
        "reject",
        'a bare number after it: "Norwich 1 Wolves 0"',
    ),
    Check(
        "ranked-or-record",
        names_around.team,
        "reject",
        'a team: a ranking before it or a record after it ("No. 9 Alabama", "Texas (5-2)")',
    ),
    Check(
        "sports-unsupported",
        sports_checks.sports_unsupported,
        "reject",
        "a sentence of a sports report (teams are named after places), without support",
    ),
    Check(
        "village-without-state",
        datelines.village_without_state,
        "reject",
        'a village in a headline or dateline, without its state ("CRICKET - ENGLAND WIN")',
    ),
    Check(
        "shouted-dateline",
        datelines.shouted_dateline,
        "dateline",
        'opens a dateline in capitals: "PLEASANTON, Calif"',
    ),
    Check(
        "shouted-not-well-known",
        datelines.shouted_not_well_known,
        "reject",
        "in a sentence in capitals, not a well-known place (or an ambiguous one unsupported)",
    ),
    Check("shouted-well-known", datelines.shouted, "accept", "a well-known place in capitals"),
    Check(
        "person-title",
        names_around.person_title,
        "name-part",
        'a person\'s title before it: "Senator Graham"',
    ),
    Check(
        "family-name",
        relatives.family_name,
        "name-part",
        'a family or a government named by a surname: "the Weston family", "the Obama'
        ' administration"',
    ),
    Check(
        "peerage",
        names_around.peerage,
        "name-part",
        'a title of nobility: "the Duke of Norfolk", "the Princess of Wales"',
    ),
    Check(
        "surname",
        word_checks.surname,
        "name-part",
        "the surname of a person of the article: no well-known place, or one (no country)"
        " without support of its own",
    ),
    Check("dateline", datelines.dateline, "dateline", 'opens a dateline: "BOSTON (Reuters) -"'),
    Check(
        "time-zone",
        names_around.time_zone,
        "reject",
        'a time zone named like a place: "8 p.m. Pacific time"',
    ),
    Check(
        "saints-building",
        names_around.saints_building,
        "reject",
        "a saint's possessive before a building or standing for one: \"St. Martin's Church\", "
        '"to St. Michael\'s for"',
    ),
    Check(
        "landmark-head",
        names_around.landmark_head,
        "reject",
        'a street or landmark word ending a name: "Airport" in "Dubai Airport"',
    ),
    Check(
        "compass-of-street",
        names_around.compass_of_street,
        "reject",
        'a compass word opening a numbered street\'s name: "Northeast 8th Street"',
    ),
    Check(
        "outlet-name",
        outlets.outlet,
        "reject",
        'a broadcaster\'s name before it, "FOX 8 Cleveland", or a dateline\'s: "LAGOS (Punch) -"',
    ),
    Check(
        "name-before",
        names_around.name_before_it,
        "name-part",
        'a capitalized word or an initial before it: "Lindsey Graham", "R. Croft"',
    ),
    Check(
        "name-after",
        names_around.name_after_it,
        "reject",
        'a capitalized word after it: "Kyiv Regional", "Washington Post"',
    ),
    Check(
        "relative-named",
        relatives.relative_named,
        "name-part",
        'a name of one word set off by commas after a relative: "her daughter, Brittany,"',
    ),
    Check(
        "relatives-listed",
        relatives.relatives_listed,
        "name-part",
        'a name of one word listed after a plural noun of kin: "daughters Dakota and Chicago"',
    ),
    Check(
        "kin-possessor",
        relatives.kin_possessor,
        "name-part",
        'a possessive before a noun of kin, and no well-known place: "Webster\'s daughter"',
    ),
    Check(
        "venue-named",
        town_checks.venue,
        "name-part",
        'a town of one word after "the", unsupported, before a clause\'s end or a verb: "The'
        ' Webster was a theater"',
    ),
    Check(
        "own-age",
        names_around.own_age,
        "name-part",
        'an age set off by commas after a name of one word: "whose son, Parker, 8,"',
    ),
    Check(
        "speaker",
        names_around.speaker,
        "name-part",
        'a speech verb after it, and no well-known place nor support: "Dole said"',
    ),
    Check(
        "numbered-name",
        town_checks.numbered,
        "reject",
        "a village before a number, unsupported: a rule's or a clause's name (\"Rule 40\")",
    ),
    Check(
        "nationality",
        town_checks.nationality,
        "reject",
        'a town named like a nationality before a lower-case word: "a Canadian trade lawyer"',
    ),
    Check(
        "without-its-article",
        town_checks.without_its_article,
        "reject",
        'a town named "The ..." without its article, unqualified: "Villages were flooded"',
    ),
    Check(
        "village-common-word",
        town_checks.village_common_word,
        "reject",
        'a village whose name the article writes in lower case, unqualified: "Over", "Economy"',
    ),
    Check(
        "village-at-home",
        town_checks.village_at_home,
        "accept",
        'a village after a street ("Main Street, Tipperary"), a name and an age ("Ian '
        'Jett, 30, of Platte City") or a person\'s name and "of" ("Betty Kneasel of Myerstown")',
    ),
    Check(
        "names-listed",
        town_checks.names_listed,
        "reject",
        'supported by its list alone, among people\'s names: "her children, Talia, Dover and Amy"',
    ),
    Check(
        "village-pending",
        town_checks.village_pending,
        "pending",
        "a village without a qualifier: kept if another place of its state is named",
    ),
    Check(
        "small-town-unsupported",
        town_checks.small_town,
        "pending",
        "a town under 15,000 people without support: kept if its state is named",
    ),
    Check(
        "leader-named",
        town_checks.leader_named,
        "pending",
        'a leader named by the surname alone, like a town ("a memoir that attacks Obama")',
    ),
    Check(
        "person-possessive",
        possessives.person_possessive,
        "pending",
        'a person-like name owning what a preposition governs: "in Graham\'s desk"',
    ),
    Check(
        "ambiguous-unsupported",
        word_checks.ambiguous,
        "pending",
        'a common word or name that is also a place ("Reading"), without support',
    ),
    Check(
        "renamed-unsupported",
        town_checks.renamed,
        "reject",
        'a town\'s name in another language after "the" or as a common word: "a Vine video"',
    ),
    Check("too-short", word_checks.too_short, "reject", "a single letter"),
    Check(
        "abbreviation-after-article",
        names_around.abbreviation_after_article,
        "reject",
        'an abbreviation after an article: "the Mass."',
    ),
    Check(
        "short-acronym",
        word_checks.short_acronym,
        "reject",
        'a short acronym not of a country or region nor the place\'s initials ("IEV"; not "NSW")',
    ),
    Check(
        "supported",
        word_checks.supported,
        "accept",
        "support around it: a preposition of place, a qualifier, a place noun...",
    ),
    Check(
        "well-known", word_checks.well_known, "accept", "a country, division or city above 100,000"
    ),
)
