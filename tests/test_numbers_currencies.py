"""The ``numbers`` field: which currency an amount is in. Cents of the amount before them, a
bare dollar (the dateline's, the named country's), a dollar with its country's prefix
("Can$5"), the old currencies of news archives, exchange rates (one currency per another)."""

from __future__ import annotations

import pytest

from number_checks import Row, facts, numbers


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Net income doubled to 697 million euros, or 79 cents a share.", "EUR"),
        ("The stock ended at C$48, down 7.5 cents.", "CAD"),
        ("It earned $7 million, or 12 cents a share.", "USD"),
        ("Sales hit 5 billion euros. Shares rose 20 cents.", "USD"),
        ("The Australian dollar bought 65 US cents.", "USD"),
        ("Profit was C$612 million. The loonie fetched 73.05 U.S. cents.", "USD"),
        ("The kiwi rose to 59 Australian cents.", "AUD"),
    ],
)
def test_cents_are_of_the_currency_of_the_amount_before_them(text: str, currency: str) -> None:
    assert numbers(text)[-1].currency == currency


def test_cents_of_an_article_in_another_dollar_are_that_dollars() -> None:
    text = "Profit rose to C$612 million. The dividend rose by 15% to 59 cents a share."
    assert numbers(text)[-1].currency == "CAD"
    assert numbers("SYDNEY — Shares rose 12 cents to $4.50.")[0].currency == "AUD"


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # a dateline's dollar: a local paper's "$"
        ("SYDNEY — He owed $340,000 and 5,000 dollars more.", [("AUD", "australian dollar")] * 2),
        ("LONDON, Ontario — The city spent $2 million.", [("CAD", "canadian dollar")]),
        (
            "SINGAPORE — A fine of $5,000, or US$3,700.",
            [("SGD", "singapore dollar"), ("USD", "dollar")],
        ),
        # a qualifier decides; a local symbol written keeps "$" for the US dollar
        ("PERTH, Scotland — The council spent $5 million.", [("USD", "dollar")]),
        (
            "TORONTO (Reuters) - Shares hit C$150 as oil rose to $70.",
            [("CAD", "canadian dollar"), ("USD", "dollar")],
        ),
        ("The Sydney council spent $5 million.", [("USD", "dollar")]),
        # the US dollar's mark after the amount, as Canadian papers write it
        (
            "TORONTO — The mine sold for $75 million U.S., and the city spent $5 million.",
            [("USD", "dollar"), ("CAD", "canadian dollar")],
        ),
        # a world agency's dateline: its "$" is the US dollar; a country's own agency's not
        ("SYDNEY (Reuters) - The miner will invest $2 billion.", [("USD", "dollar")]),
        ("TORONTO (CP) — The city will spend $3 million.", [("CAD", "canadian dollar")]),
        # Hong Kong's dollar, unless the article writes "HK$"
        ("HONG KONG — The fare rises to $12.", [("HKD", "hong kong dollar")]),
        (
            "HONG KONG — Fares rise to HK$12; the line cost $2 billion.",
            [("HKD", "hong kong dollar"), ("USD", "dollar")],
        ),
        # a dateline in the United States, or of a place not listed
        ("BUFFALO, N.Y. — A reward of $650,000 was offered in Canada.", [("USD", "dollar")]),
        # the world quotes gold and oil in US dollars
        ("PERTH — Gold rose to $2,300 an ounce.", [("USD", "dollar per ounce")]),
        # and the markets it prices in them, named before the amount in its sentence, and the
        # price quoted again after it; not a local price after another number
        (
            "SINGAPORE — Bitcoin rose above $123,000; the city fined him $5,000.",
            [("USD", "dollar"), ("SGD", "singapore dollar")],
        ),
        (
            "HONG KONG — Gold closed at $2,310 an ounce, against $2,305 in New York.",
            [("USD", "dollar per ounce"), ("USD", "dollar")],
        ),
        (
            "PERTH — Gold rose to $2,300 an ounce, lifting the miner's shares 3% to $25.10.",
            [("USD", "dollar per ounce"), ("AUD", "australian dollar")],
        ),
    ],
)
def test_a_bare_dollar_is_the_datelines_own(text: str, currencies: list[tuple[str, str]]) -> None:
    assert [(q.currency, q.unit) for q in numbers(text) if q.kind == "money"] == currencies


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # an article with no dateline, about one country: named three times at least, and
        # twice as often as all others together
        (
            "The Manitoba government will spend $2 billion on new trains. The premier said "
            "Canada needed them, and Canadian makers will build them.",
            [("CAD", "canadian dollar")],
        ),
        (
            "Jamaica's health ministry will screen Jamaicans at $2,400 each, the Jamaica "
            "Cancer Society said.",
            [("JMD", "jamaican dollar")],
        ),
        # the US dollar: a country named less, or no more than twice the others
        ("The company, based in Canada, paid $5 million.", [("USD", "dollar")]),
        (
            "Canada sold $5 billion of wheat to China, Japan and South Korea. Canadian "
            "farmers and Canada's railways gained.",
            [("USD", "dollar")],
        ),
        # or its own dollar written: "Canadian dollars"
        (
            "Canada's levy rose to 40 Canadian dollars a ton, about $29. Canadian firms and "
            "Canada's provinces paid.",
            [("CAD", "canadian dollar per ton"), ("USD", "dollar")],
        ),
    ],
)
def test_a_bare_dollar_is_the_named_countrys_own(
    text: str, currencies: list[tuple[str, str]]
) -> None:
    assert [(q.currency, q.unit) for q in numbers(text) if q.kind == "money"] == currencies


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("They will share the 11 million Swedish kronor prize.", "SEK"),
        ("The fine was 25,000 Swiss francs.", "CHF"),
        ("Bonds worth 2.7 billion zlotys were sold.", "PLN"),
        ("A phone costs 7,199 Chinese yuan.", "CNY"),
    ],
)
def test_a_currency_named_with_its_country_is_money(text: str, currency: str) -> None:
    assert [(fact.kind, fact.currency) for fact in numbers(text)] == [("money", currency)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rupee weakened to 85.9 per dollar on Tuesday.",
            [("85.9", 85.9, "money", "indian rupee per dollar", "INR")],
        ),
        (
            "The lira slumped to a record 7.2 per U.S. dollar.",
            [("7.2", 7.2, "money", "turkish lira per dollar", "TRY")],
        ),
        (
            "The yen traded at 150 to the dollar in Tokyo.",
            [("150", 150, "money", "japanese yen per dollar", "JPY")],
        ),
        (
            "Traders paid 16,200 rupiah per dollar.",
            [("16,200", 16200, "money", "indonesian rupiah per dollar", "IDR")],
        ),
        (
            "The dollar slipped to 109.15 yen from 109.37.",
            [
                ("109.15", 109.15, "money", "japanese yen per dollar", "JPY"),
                ("109.37", 109.37, "money", "japanese yen per dollar", "JPY"),
            ],
        ),
        (
            "The euro rose to $1.1650 against the dollar.",
            [("$1.1650", 1.165, "money", "dollar per euro", "USD")],
        ),
        (
            "Sterling fell 0.5% to $1.26.",
            [
                ("0.5%", 0.5, "percent", "percent", None),
                ("$1.26", 1.26, "money", "dollar per pound sterling", "USD"),
            ],
        ),
        (
            "The Australian dollar bought US66.2 cents in late trade.",
            [("US66.2", 66.2, "money", "cent per australian dollar", "USD")],
        ),
        (
            # a price of the currency in US dollars, though the dateline's dollar is another
            "SYDNEY — The Australian dollar rose to $0.66 on Friday.",
            [("$0.66", 0.66, "money", "dollar per australian dollar", "USD")],
        ),
        (
            "The New Zealand dollar fell to US58.3c.",
            [("US58.3", 58.3, "money", "cent per new zealand dollar", "USD")],
        ),
        (
            "Shares of the Canadian miner rose US12 cents a share.",
            [("US12", 12, "money", "cent per share", "USD")],
        ),
        # a subject after a country's possessive
        (
            "Kenya's shilling traded at 129 per dollar.",
            [("129", 129, "money", "kenyan shilling per dollar", "KES")],
        ),
        (
            "Uganda's shilling eased to 3,700 per dollar.",
            [("3,700", 3700, "money", "ugandan shilling per dollar", "UGX")],
        ),
        # against another currency: in the later of the two in the market's order
        (
            "The won fell to 1,400 against the dollar.",
            [("1,400", 1400, "money", "south korean won per dollar", "KRW")],
        ),
        (
            "Turkey's lira hit a record low of 38.2 against the dollar.",
            [("38.2", 38.2, "money", "turkish lira per dollar", "TRY")],
        ),
        (
            "The dollar rose to 150 against the yen.",
            [("150", 150, "money", "japanese yen per dollar", "JPY")],
        ),
        (
            "The euro rose to 1.17 against the dollar.",
            [("1.17", 1.17, "money", "dollar per euro", "USD")],
        ),
        (
            "The euro was at 0.86 against sterling.",
            [("0.86", 0.86, "money", "pound sterling per euro", "GBP")],
        ),
    ],
)
def test_an_exchange_rate_is_one_currency_per_another(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency's name in a compound, or no currency at all, prices nothing
        ("The euro zone economy grew to $15 trillion.", ("dollar", "USD")),
        ("The dollar store chain raised prices to $1.25.", ("dollar", "USD")),
        ("The pound fell, and shares rose to $15.", ("dollar", "USD")),
        ("The Rand Corporation put the cost at $5.", ("dollar", "USD")),
        ("A pound of beef cost $5.", ("dollar", "USD")),
        # a share of each dollar: a rate, in one currency
        ("We paid 10 cents per dollar of debt.", ("cent per dollar", "USD")),
        # a change against a currency is no rate
        ("The dollar fell 0.3 against the yen.", (None, None)),
        # the rate between them names the price before its base: "1 USD" is what it is per
        ("The yen now trades at 110 JPY to 1 USD.", ("dollar", "USD")),
    ],
)
def test_an_amount_is_no_exchange_rate_without_a_currency_it_prices(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    last = numbers(text)[-1]
    assert (last.unit, last.currency) == expected


def test_a_number_glued_to_us_is_a_code_unless_cents_follow() -> None:
    assert facts("The US1 highway runs for 2,000 miles.") == [
        ("2,000", 2000, "measure", "mile", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will cost the party 549,000 German marks.", ("deutsche mark", "DEM")),
        ("Net profit rose to 318 million guilders.", ("dutch guilder", "NLG")),
        ("The shares rose to 2,555 lire in Milan.", ("italian lira", "ITL")),
        ("Sales were 47.3 million French francs.", ("french franc", "FRF")),
        ("The banks bid 497.5 billion lei at the auction.", ("romanian leu", "RON")),
        ("The kidnappers sought a ransom of dlrs 3 million.", ("dollar", "USD")),
        # a bare "marks" is no money: "scored 95 marks", "the 600 mark"
        ("She scored 95 marks in the exam.", (None, None)),
    ],
)
def test_currencies_of_news_archives(text: str, expected: tuple[str | None, str | None]) -> None:
    last = numbers(text)[-1]
    assert (last.unit, last.currency) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal is worth Can$5 million.", ("Can$5 million", "CAD")),
        ("The deal is worth CAD$5 million.", ("CAD$5 million", "CAD")),
        ("The stake sold for Cdn$1.2 billion.", ("Cdn$1.2 billion", "CAD")),
        ("It cost Aus$300 a night.", ("Aus$300", "AUD")),
        ("A fee of NZD$5 applies.", ("NZD$5", "NZD")),
        ("Bonds worth USD$40 million.", ("USD$40 million", "USD")),
    ],
)
def test_a_dollar_written_with_its_countrys_prefix(text: str, expected: tuple[str, str]) -> None:
    [found] = numbers(text)
    assert (found.text, found.currency) == expected
