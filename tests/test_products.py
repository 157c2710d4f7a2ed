"""Products, platforms, institutions and parties: which are places, which organizations.

Three tables, one per class (docs/fields/locations.rst, "Products and institutions", and
docs/fields/organizations.rst, "Universities, museums, parties and movements"). Every
sentence lists all its location and organization facts, as (text, name) pairs.
"""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.plugin import tokenize
from newsfacts_locations import products
from newsfacts_locations.matching import Candidate

Facts = list[tuple[str, str]]


@pytest.fixture(scope="module")
def extractor() -> newsfacts.Extractor:
    return newsfacts.Extractor(["locations", "organizations", "people"], extra_plugins=[])


def facts(extractor: newsfacts.Extractor, text: str) -> tuple[Facts, Facts]:
    result = extractor.extract(text)
    places = [(fact.text, fact.name) for fact in result.locations]
    organizations = [(fact.text, fact.name) for fact in result.organizations]
    return places, organizations


# -- products and platforms are not places ---------------------------------------------------

PRODUCTS: list[tuple[str, Facts, Facts]] = [
    ("Apple said sales in its App Store rose.", [], [("Apple", "Apple")]),
    ("The phone runs on Android and costs less than the rival.", [], []),
    ("Owners of laptops running Windows can install the patch tonight.", [], []),
    # a listed company opening a longer name (a unit's) is not taken alone there
    ("Samsung Mobile showed a folding handset on Tuesday.", [], []),
    (
        "A Falcon 9 rocket lifted off from Florida before dawn.",
        [("Florida", "Florida")],
        [],
    ),
    ("Engineers said the Atlas V would fly again in spring.", [], []),
    # an oil grade named after a field, alone too in an article that names it so
    ("Brent slips below $70\n\nBrent crude fell 2% on Monday.", [], []),
    ("Texas crude rose on Monday.", [("Texas", "Texas")], []),
    ("The Phoenix lander dug into the Martian soil.", [], []),
    ("An Orion capsule splashed down near the recovery ship.", [], []),
    ("The new Tacoma sedan goes on sale next month.", [], []),
    # a disease named after a place
    ("Four people in the county caught West Nile virus this summer.", [], []),
    (
        "Cases of Lyme disease rose in Connecticut.",
        [("Connecticut", "Connecticut")],
        [],
    ),
    ("Traders said Mobil raised its diesel prices again.", [], []),
    ("Amazon said its cloud sales rose.", [], [("Amazon", "Amazon")]),
    ("Carrefour will close 20 stores.", [], [("Carrefour", "Carrefour")]),
    ("Shares in Carrefour fell 2 percent.", [], [("Carrefour", "Carrefour")]),
    # a company cited as a source
    (
        "Sales fell 3 percent, according to Carrefour.",
        [],
        [("Carrefour", "Carrefour")],
    ),
    # a company the article names in full, written short: no preposition makes it a place,
    # a qualifier or a place noun does
    (
        "Fairfield Corp. said holders approved the sale. Northway Inc. will buy the rest of"
        " Fairfield, and a stake in Fairfield is held by a fund.",
        [],
        [
            ("Fairfield Corp.", "Fairfield Corp."),
            ("Northway Inc.", "Northway Inc."),
            ("Fairfield", "Fairfield Corp."),
            ("Fairfield", "Fairfield Corp."),
        ],
    ),
    (
        "Nashua Corp. said profit fell. The city of Nashua taxes its plant.",
        [("Nashua", "Nashua")],
        [("Nashua Corp.", "Nashua Corp."), ("Nashua", "Nashua Corp.")],
    ),
    (
        "Prices fell, mortgage lender Halifax said. Ann Lee, head of mortgages at Halifax, said"
        " the market had cooled.",
        [],
        [("Halifax", "Halifax"), ("Halifax", "Halifax")],
    ),
    ("The Mustang is built in Michigan.", [("Michigan", "Michigan")], []),
    (
        "Google, Amazon and Apple led the market higher.",
        [],
        [("Google", "Google"), ("Amazon", "Amazon"), ("Apple", "Apple")],
    ),
    ("The firm released Office for Mac and Chrome for Android.", [], []),
    # a platform's releases named after places
    (
        "Apple will stop updating macOS Monterey and macOS Big Sur after the summer.",
        [],
        [("Apple", "Apple")],
    ),
    (
        "The flaw affects Macs running macOS Ventura, a researcher in Monterey said.",
        [("Monterey", "Monterey")],
        [],
    ),
    ("Store sales fell in July, and the store chain cut jobs.", [], []),
    ("Central banks raised rates. The central bank of Peru did too.", [("Peru", "Peru")], []),
    # the place readings stand where the words say place
    ("Reading police said the reading was wrong.", [("Reading", "Reading")], []),
    (
        "He flew to Mobile, Alabama, for the hearing.",
        [("Mobile", "Mobile"), ("Alabama", "Alabama")],
        [],
    ),
    ("She has lived in Phoenix 20 years now.", [("Phoenix", "Phoenix")], []),
    ("The Gaza rocket attack wounded three people.", [("Gaza", "Gaza Strip")], []),
    # a product the article names with its noun is the product alone too, where nothing
    # says place
    (
        "NASA's Orion spacecraft splashed down. Orion will carry four astronauts next time.",
        [],
        [("NASA", "National Aeronautics and Space Administration")],
    ),
    (
        "The Phoenix lander dug into the soil. Phoenix sent pictures home. Engineers in "
        "Phoenix cheered.",
        [("Phoenix", "Phoenix")],
        [],
    ),
    # ... or set off by commas before a product noun with its owner or an article
    (
        "Orion, Lockheed Martin's capsule, passed its final tests.",
        [],
        [("Lockheed Martin", "Lockheed Martin")],
    ),
    ("Atlas, the company's new rocket, flew again in March.", [], []),
    # a planet in a sentence of astronomy; the town of its name where nothing says so
    ("The Cassini probe reached Saturn after seven years.", [], []),
    ("Mercury and Venus are the closest planets to the Sun.", [], []),
    ("Jupiter police said the town's parks would reopen.", [("Jupiter", "Jupiter")], []),
]


@pytest.mark.parametrize(("text", "places", "organizations"), PRODUCTS)
def test_products_and_platforms_are_not_places(
    extractor: newsfacts.Extractor, text: str, places: Facts, organizations: Facts
) -> None:
    assert facts(extractor, text) == (places, organizations)


def test_a_state_or_a_big_city_stays_a_place_where_a_cue_says_company(
    extractor: newsfacts.Extractor,
) -> None:
    # the organizations field reads both as companies here ("analyst at X", "X shares")
    places, _ = facts(extractor, "An analyst at London brokers said Indiana shares rose.")
    assert places == [("London", "London"), ("Indiana", "Indiana")]


# -- universities and museums known by one word ----------------------------------------------

INSTITUTIONS: list[tuple[str, Facts, Facts]] = [
    ("She studied at Harvard before joining the bank.", [], [("Harvard", "Harvard University")]),
    (
        "He was educated at Oxford and now farms in Kent.",
        [("Kent", "Kent")],
        [("Oxford", "University of Oxford")],
    ),
    (
        "A graduate of Columbia, she moved to Ohio in 2010.",
        [("Ohio", "Ohio")],
        [("Columbia", "Columbia University")],
    ),
    (
        "The Cambridge researchers tested the drug in Lagos.",
        [("Lagos", "Lagos")],
        [("Cambridge", "University of Cambridge")],
    ),
    (
        "The tapestry hangs in the Louvre in Paris.",
        [("Paris", "Paris")],
        [("Louvre", "Louvre Museum")],
    ),
    ("The Smithsonian will lend the fossil.", [], [("Smithsonian", "Smithsonian Institution")]),
    (
        "Crowds queued outside the Prado in Madrid.",
        [("Madrid", "Madrid")],
        [("Prado", "Prado Museum")],
    ),
    (
        "She is a professor of economics at Columbia.",
        [],
        [("Columbia", "Columbia University")],
    ),
    ("The students flew from Oxford to Rome.", [("Oxford", "Oxford"), ("Rome", "Rome")], []),
    # the town where nothing says university; the name is not spread to the whole article
    ("The festival returns to Oxford in June.", [("Oxford", "Oxford")], []),
    (
        "He studied at Cambridge. His parents still live in Cambridge.",
        [("Cambridge", "Cambridge")],
        [("Cambridge", "University of Cambridge")],
    ),
    (
        "She grew up in Harvard, Massachusetts, a small town.",
        [("Harvard", "Harvard"), ("Massachusetts", "Massachusetts")],
        [("Harvard", "Harvard University")],
    ),
]


@pytest.mark.parametrize(("text", "places", "organizations"), INSTITUTIONS)
def test_one_word_universities_and_museums_are_organizations(
    extractor: newsfacts.Extractor, text: str, places: Facts, organizations: Facts
) -> None:
    assert facts(extractor, text) == (places, organizations)


# -- parties and movements ---------------------------------------------------------------------

PARTIES: list[tuple[str, Facts, list[tuple[str, str, str | None]]]] = [
    ("Labour won the vote in Leeds.", [("Leeds", "Leeds")], [("Labour", "Labour Party", "party")]),
    (
        "Syriza and Podemos held talks in Athens.",
        [("Athens", "Athens")],
        [("Syriza", "Syriza", "party"), ("Podemos", "Podemos", "party")],
    ),
    (
        "The Taliban closed the schools in Kandahar.",
        [("Kandahar", "Kandahār")],
        [("Taliban", "Taliban", "other")],
    ),
    ("Hamas rejected the offer on Sunday.", [], [("Hamas", "Hamas", "other")]),
    (
        "Extinction Rebellion blocked two bridges.",
        [],
        [("Extinction Rebellion", "Extinction Rebellion", "ngo")],
    ),
    # a party's members are people, not the party
    ("The Tories lost seats to the Greens in Bristol.", [("Bristol", "Bristol")], []),
    ("Democrats and Republicans argued over the budget.", [], []),
    ("The Conservatives lost the seat, and the Tories blamed the polls.", [], []),
    (
        "The Conservative Party chose a leader, and the Tories cheered.",
        [],
        [("Conservative Party", "Conservative Party", "party")],
    ),
]


@pytest.mark.parametrize(("text", "places", "organizations"), PARTIES)
def test_parties_and_movements_are_organizations(
    extractor: newsfacts.Extractor,
    text: str,
    places: Facts,
    organizations: list[tuple[str, str, str | None]],
) -> None:
    result = extractor.extract(text)
    assert [(fact.text, fact.name) for fact in result.locations] == places
    assert [(f.text, f.name, f.kind) for f in result.organizations] == organizations


# -- the checks, one by one ---------------------------------------------------------------------


def _around(key: str, previous: str, following: str, after: str = "") -> products.Around:
    return products.Around(key, previous, following, after, institution=False, qualified=False)


@pytest.mark.parametrize(
    ("around", "check"),
    [
        (_around("Falcon", "a", "9", "rocket"), "model-designator"),
        (_around("Atlas", "the", "V", "."), "model-designator"),
        (_around("Phoenix", "The", "lander"), "product-noun"),
        (_around("Orion", "the", "rocket"), "product-noun"),
        (_around("Mobile", "Samsung", "unveiled"), "product-line"),
        (_around("Phoenix", "in", "20", "years"), None),
        (_around("Phoenix", "beat", "12", ","), None),
        (_around("Mustang", "The", "is"), "product-article"),
        (_around("Phoenix", "The", "area")._replace(well_known=True), None),
        (_around("Gaza", "The", "rocket", "attack"), None),
        (_around("Mobile", "in", ",", "Alabama"), None),
        (_around("Mobile", "North", "County"), None),
        (_around("Summit", "", "talks")._replace(common=True), "common-word"),
        (_around("Reading", "", "police")._replace(common=True), None),
    ],
)
def test_each_check(around: products.Around, check: str | None) -> None:
    found = next((check.name for check in products.CHECKS if check.test(around)), None)
    assert found == check


def test_reason_names_the_institution_check() -> None:
    tokens = tokenize("She studied at Harvard .")
    candidate = Candidate(15, 22, 3, 3, "Harvard", (), False, False)
    read = products.Readings(institutions=frozenset({(15, 22)}))
    assert products.reason(tokens, candidate, read, qualified=False) == "institution"
    assert products.reason(tokens, candidate, read, qualified=True) is None


def test_reason_names_the_company_check() -> None:
    tokens = tokenize("Amazon said sales rose . Fires spread across Amazon land .")
    said = Candidate(0, 6, 0, 0, "Amazon", (), False, False)
    across = Candidate(45, 51, 8, 8, "Amazon", (), False, False)
    read = products.Readings(companies=frozenset({(0, 6), (45, 51)}))
    assert products.reason(tokens, said, read, qualified=False) == "company"
    assert products.reason(tokens, across, read, qualified=False) is None


def test_the_explain_trace_names_the_products_check() -> None:
    extractor = newsfacts.Extractor(["locations", "organizations", "people"], trace=True)
    result = extractor.extract("A Falcon 9 rocket left Florida. She studied at Harvard.")
    decided = {d.text: d for d in result.trace if d.field == "locations"}
    for text, evidence in (("Falcon", "model-designator"), ("Harvard", "institution")):
        decision = decided[text]
        assert (decision.outcome, decision.reason) == ("reject", "product-or-institution")
        assert decision.steps[0].evidence == evidence
    assert decided["Florida"].outcome == "accept"
