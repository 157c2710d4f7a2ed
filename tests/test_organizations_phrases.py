"""The organizations field on short real-world phrases: kinds told by cues, and acronyms."""

from __future__ import annotations

import pytest

from organization_checks import Phrase, check_phrase

# (sentence, mention text, canonical name, acronym, kind)
PHRASES: list[Phrase] = [
    ("He told UPI on Monday.", "UPI", "United Press International", "UPI", "media"),
    (
        "The Fox Business Network hosted it.",
        "Fox Business Network",
        "Fox Business Network",
        "FBN",
        "media",
    ),
    (
        "The union, Unite, said 2,000 workers would strike.",
        "Unite",
        "Unite",
        None,
        "ngo",
    ),
    # museums and galleries by their head word, and well-known ones by name
    (
        "The British Museum will close for two days.",
        "British Museum",
        "British Museum",
        None,
        "other",
    ),
    ("The V&A remains open.", "V&A", "Victoria and Albert Museum", "V&A", "other"),
    (
        "Scientists at CERN ran the test.",
        "CERN",
        "European Organization for Nuclear Research",
        "CERN",
        "international",
    ),
    # a name set off by commas after a cue's noun is of the kind it tells
    (
        "Figures gathered by our firm, Pollwise, show it.",
        "Pollwise",
        "Pollwise",
        None,
        "company",
    ),
    (
        "The airline, Zorbair, cancelled 40 flights.",
        "Zorbair",
        "Zorbair",
        None,
        "company",
    ),
    # ... and so is a name a description set off after it names so
    (
        "Zorbex, a London-based fintech firm, raised $20 million.",
        "Zorbex",
        "Zorbex",
        None,
        "company",
    ),
    (
        "Ifo, the Munich-based economic institute, said growth would pick up.",
        "Ifo",
        "Ifo",
        None,
        None,
    ),
    # ... and a name set off before "based in" or "headquartered in" is seated there
    (
        "Ventrel, based in the central town of Bistrita, makes water purification equipment.",
        "Ventrel",
        "Ventrel",
        None,
        None,
    ),
    (
        "Orvana, headquartered in Austin, Texas, cut 40 jobs.",
        "Orvana",
        "Orvana",
        None,
        None,
    ),
    # ... by a noun of trade no person is described by, after a nationality too
    ("Kiwimilk, the dairy giant, cut its price.", "Kiwimilk", "Kiwimilk", None, "company"),
    (
        "Tarragrain, Australia's biggest wheat exporter, lost money.",
        "Tarragrain",
        "Tarragrain",
        None,
        "company",
    ),
    (
        "Brava Foods, the Brazilian meat supplier, cut 900 jobs.",
        "Brava Foods",
        "Brava Foods",
        None,
        "company",
    ),
    # ... also when the description opens with its owner's possessive
    (
        "Voltera, South Africa's state power utility, said cuts would resume.",
        "Voltera",
        "Voltera",
        None,
        "company",
    ),
    (
        "Enregul, Britain's energy regulator, said bills would rise.",
        "Enregul",
        "Enregul",
        None,
        "government",
    ),
    (
        "He studied at UCLA for years.",
        "UCLA",
        "University of California, Los Angeles",
        "UCLA",
        "education",
    ),
    (
        "The Cable Sports Network aired it live.",
        "Cable Sports Network",
        "Cable Sports Network",
        None,
        "media",
    ),
    ("The Ford Foundation gave money.", "Ford Foundation", "Ford Foundation", None, "ngo"),
    ("She wrote for the Plain Dealer.", "Plain Dealer", "The Plain Dealer", None, "media"),
    (
        "It was forecast by the Economist Intelligence Unit.",
        "Economist Intelligence Unit",
        "Economist Intelligence Unit",
        None,
        None,
    ),
    (
        "The Kansas Highway Patrol said it was a crash.",
        "Kansas Highway Patrol",
        "Kansas Highway Patrol",
        None,
        "government",
    ),
    (
        "The International Organization for Migration counted them.",
        "International Organization for Migration",
        "International Organization for Migration",
        "IOM",
        "international",
    ),
    (
        "The Norwegian Refugee Council warned of famine.",
        "Norwegian Refugee Council",
        "Norwegian Refugee Council",
        None,
        "ngo",
    ),
    (
        "The Ministry of Health said so.",
        "Ministry of Health",
        "Ministry of Health",
        None,
        "government",
    ),
    ("The Green Party won seats.", "Green Party", "Green Party", None, "party"),
    (
        "The Idaho Statesman Times reported it.",
        "Idaho Statesman Times",
        "Idaho Statesman Times",
        None,
        "media",
    ),
    ("The Pentagon declined to comment.", "Pentagon", "Pentagon", None, "military"),
    ("Apple Inc. reported record sales.", "Apple Inc.", "Apple", None, "company"),
    ("He bought shares of Tesla last year.", "Tesla", "Tesla", None, "company"),
    ("Reuters reported the deal on Monday.", "Reuters", "Reuters", None, "media"),
    (
        "NATO allies met in Brussels.",
        "NATO",
        "North Atlantic Treaty Organization",
        "NATO",
        "international",
    ),
    (
        "A Washington-based Brookings Institution study found gaps.",
        "Brookings Institution",
        "Brookings Institution",
        None,
        "ngo",
    ),
    ("The Kremlin rejected the offer.", "Kremlin", "Kremlin", None, "government"),
    ("The Treasury said it would sell more debt.", "Treasury", "Treasury", None, "government"),
    ("Shoppers lined up at Best Buy.", "Best Buy", "Best Buy", None, "company"),
    ("Spotify raised its prices.", "Spotify", "Spotify", None, "company"),
    (
        "Residents moved to higher ground, Civil Defence said.",
        "Civil Defence",
        "Civil Defence",
        None,
        "government",
    ),
    # an acronym defined beside a listed long form is of the listed body's kind
    (
        "The Reserve Bank of India (RBI) cut rates.",
        "RBI",
        "Reserve Bank of India",
        "RBI",
        "government",
    ),
    (
        "HM Treasury published the figures.",
        "HM Treasury",
        "HM Treasury",
        None,
        "government",
    ),
    (
        "The Oakland A's traded their ace.",
        "Oakland A's",
        "Oakland Athletics",
        None,
        "sports",
    ),
    (
        "The turnout was 49.6%, the Federal Chancellery said.",
        "Federal Chancellery",
        "Federal Chancellery",
        None,
        "government",
    ),
    ("Officials at the White House said so.", "White House", "White House", None, "government"),
    ("Talks were held at Downing Street.", "Downing Street", "Downing Street", None, "government"),
    ("The UN said aid was blocked.", "UN", "United Nations", "UN", "international"),
    (
        "The U.N. Security Council met.",
        "U.N. Security Council",
        "United Nations Security Council",
        "UNSC",
        "international",
    ),
    ("The IMF cut its forecast.", "IMF", "International Monetary Fund", "IMF", "international"),
    ("The FBI opened an inquiry.", "FBI", "Federal Bureau of Investigation", "FBI", "government"),
    (
        "The European Union imposed sanctions.",
        "European Union",
        "European Union",
        "EU",
        "international",
    ),
    ("The EU imposed sanctions.", "EU", "European Union", "EU", "international"),
    ("The Federal Reserve held rates.", "Federal Reserve", "Federal Reserve", "Fed", "government"),
    (
        "The Bank of England raised rates.",
        "Bank of England",
        "Bank of England",
        "BoE",
        "government",
    ),
    (
        "The Ministry of Defence confirmed the strike.",
        "Ministry of Defence",
        "Ministry of Defence",
        "MoD",
        "government",
    ),
    (
        "Ukraine's Defence Ministry said two died.",
        "Defence Ministry",
        "Defence Ministry",
        None,
        "government",
    ),
    (
        "The Kyiv Regional Administration said 19 were hurt.",
        "Kyiv Regional Administration",
        "Kyiv Regional Administration",
        None,
        "government",
    ),
    (
        "He spoke at Harvard University on Monday.",
        "Harvard University",
        "Harvard University",
        None,
        "education",
    ),
    (
        "She studied at the University of Toronto.",
        "University of Toronto",
        "University of Toronto",
        None,
        "education",
    ),
    ("Goldman Sachs raised its target.", "Goldman Sachs", "Goldman Sachs", None, "company"),
    ("Acme Widgets Ltd posted a loss.", "Acme Widgets Ltd", "Acme Widgets Ltd", None, "company"),
    (
        "Zenith Holdings Corp. agreed to the deal.",
        "Zenith Holdings Corp.",
        "Zenith Holdings Corp.",
        None,
        "company",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "name", "acronym", "kind"), PHRASES)
def test_phrases(
    sentence: str, text: str, name: str, acronym: str | None, kind: str | None
) -> None:
    check_phrase(sentence, text, name, acronym, kind)
