"""The locations field on short real-world phrases: places found, and words that are none."""

from __future__ import annotations

import pytest

from location_checks import by_text, places

# -- short phrases: surface, canonical name, country code ------------------------------------

PHRASES = [
    ("Shelling hit Kiev overnight.", "Kiev", "Kyiv", "UA"),
    ("Officials in Kyiv said so.", "Kyiv", "Kyiv", "UA"),
    ("Talks with the U.S. resumed.", "U.S.", "United States", "US"),
    ("Fighting resumed in eastern Congo.", "Congo", "Democratic Republic of the Congo", "CD"),
    ("Exports from Korea fell in May.", "Korea", "South Korea", "KR"),
    ("N. Korea urges S. Korea to talk.", "N. Korea", "North Korea", "KP"),
    ("Rain hit S. Africa on Monday.", "S. Africa", "South Africa", "ZA"),
    # other and former English spellings of countries, as wire copy and archives write them
    ("Talks with Byelorussia resumed in Moscow.", "Byelorussia", "Belarus", "BY"),
    ("Exports from Turkmenia rose in May.", "Turkmenia", "Turkmenistan", "TM"),
    ("The miners flew home from Spitsbergen.", "Spitsbergen", "Svalbard", "SJ"),
    # a seaside town by the name news gives it, without "-on-Sea" or "-by-Sea"
    ("Crowds packed the pier at Clacton on Sunday.", "Clacton", "Clacton-on-Sea", "GB"),
    ("The council in Bexhill voted on Monday.", "Bexhill", "Bexhill-on-Sea", "GB"),
    ("Talks in N. Ireland resumed.", "N. Ireland", "Northern Ireland", "GB"),
    (
        "Brazzaville is the capital of Congo-Brazzaville.",
        "Congo-Brazzaville",
        "Republic of the Congo",
        "CG",
    ),
    ("Talks with the US resumed.", "US", "United States", "US"),
    ("He flew to the United States.", "United States", "United States", "US"),
    ("America will respond.", "America", "United States", "US"),
    ("Britain left the bloc.", "Britain", "United Kingdom", "GB"),
    ("The UK economy shrank.", "UK", "United Kingdom", "GB"),
    ("Prices rose in the U.K. last year.", "U.K.", "United Kingdom", "GB"),
    ("She moved to New York in 2010.", "New York", "New York City", "US"),
    ("The carnival in Rio de Janeiro drew crowds.", "Rio de Janeiro", "Rio de Janeiro", "BR"),
    ("He grew up in Paris, Texas, a small town.", "Paris", "Paris", "US"),
    ("The summit in Paris ended.", "Paris", "Paris", "FR"),
    # a country whose possessive a name follows holds it
    ("Canada's London is a quiet city.", "London", "London", "CA"),
    ("A quake shook Papua New Guinea's New Britain island.", "New Britain", "New Britain", "PG"),
    # and so does a country it is said to be in, a town the gazetteer lacks taking its point
    ("The storm hit New Hope in southwestern Jamaica.", "New Hope", "New Hope", "JM"),
    ("The storm hit Black River in Jamaica.", "Black River", "Black River", "JM"),
    ("Georgia and Armenia signed a pact in Tbilisi.", "Georgia", "Georgia", "GE"),
    ("Voters in Atlanta, Georgia went to the polls.", "Georgia", "Georgia", "US"),
    ("a Washington-based think tank", "Washington", "Washington", "US"),
    ("Washington said the sanctions would stay.", "Washington", "Washington", "US"),
    ("Troops crossed into Ukraine’s east.", "Ukraine", "Ukraine", "UA"),
    ("Russia's army advanced.", "Russia", "Russia", "RU"),
    ("Leaders met in Berlin.", "Berlin", "Berlin", "DE"),
    ("The flight from Tokyo landed.", "Tokyo", "Tokyo", "JP"),
    ("Protests spread in Beijing.", "Beijing", "Beijing", "CN"),
    ("Strikes hit Kharkiv.", "Kharkiv", "Kharkiv", "UA"),
    ("Ships left Odessa.", "Odessa", "Odesa", "UA"),
    ("He was born in Bombay.", "Bombay", "Mumbai", "IN"),
    ("Markets in Hong Kong fell.", "Hong Kong", "Hong Kong", "HK"),
    ("The war in the Middle East widened.", "Middle East", "Middle East", None),
    ("Fighting in Donbas continued.", "Donbas", "Donbas", "UA"),
    ("Russia annexed Crimea in 2014.", "Crimea", "Crimea", "UA"),
    ("Aid reached the Gaza Strip.", "Gaza Strip", "Gaza Strip", "PS"),
    ("Tankers crossed the Black Sea.", "Black Sea", "Black Sea", None),
    ("Storms battered Florida.", "Florida", "Florida", "US"),
    ("Wildfires burned in California.", "California", "California", "US"),
    ("She lives in Texas.", "Texas", "Texas", "US"),
    ("Exports from Australia grew.", "Australia", "Australia", "AU"),
    ("Rains flooded Bangladesh.", "Bangladesh", "Bangladesh", "BD"),
    ("Elections in South Korea were held.", "South Korea", "South Korea", "KR"),
    ("North Korea fired a missile.", "North Korea", "North Korea", "KP"),
    ("Iran denied it.", "Iran", "Iran", "IR"),
    ("Refugees fled Syria.", "Syria", "Syria", "SY"),
    ("Troops left Afghanistan.", "Afghanistan", "Afghanistan", "AF"),
    ("The visit to Mexico City was short.", "Mexico City", "Mexico City", "MX"),
    ("Police in Los Angeles arrested him.", "Los Angeles", "Los Angeles", "US"),
    ("The rally in San Francisco was peaceful.", "San Francisco", "San Francisco", "US"),
    ("He studied in St. Petersburg.", "St. Petersburg", "Saint Petersburg", "RU"),
    ("The talks in Geneva stalled.", "Geneva", "Geneva", "CH"),
    ("Snow fell across Europe.", "Europe", "Europe", None),
    ("Trade with Africa grew.", "Africa", "Africa", None),
    ("A ferry sank in the Mediterranean.", "Mediterranean", "Mediterranean Sea", None),
    ("She visited Reading last week.", "Reading", "Reading", "GB"),
    ("He retired to Nice, France.", "Nice", "Nice", "FR"),
    ("The port of Mobile, Alabama, reopened.", "Mobile", "Mobile", "US"),
    ("Kyiv's mayor spoke.", "Kyiv", "Kyiv", "UA"),
    ("Markets opened in Sydney.", "Sydney", "Sydney", "AU"),
    ("NEW YORK 1996-08-30", "NEW YORK", "New York City", "US"),
    ("LONDON (Reuters) - Shares fell.", "LONDON", "London", "GB"),
    ("The Netherlands won.", "Netherlands", "Netherlands", "NL"),
    ("He was jailed in Burma.", "Burma", "Myanmar", "MM"),
    ("Demonstrators gathered in Cairo.", "Cairo", "Cairo", "EG"),
    ("The plane landed in Nairobi.", "Nairobi", "Nairobi", "KE"),
    # a possessive or a place compound after another name: the place stands
    ("By Trend Iran's trade with Armenia grew.", "Iran", "Iran", "IR"),
    ("By Oliver Pemberton US-based Alcoa signed a deal.", "US", "United States", "US"),
    # a person's title after a place: the place is a modifier, not part of a name
    ("Manila Archbishop Luis Tagle spoke.", "Manila", "Manila", "PH"),
    (
        "The Marathon County Sheriff declined to comment.",
        "Marathon County",
        "Marathon County",
        "US",
    ),
    # a dateline in capitals without a dash
    ("LONDON The Latest on the poisoning of a former spy.", "LONDON", "London", "GB"),
    # a weekday before it is no given name
    ("Late on Sunday Chattanooga firefighters were called.", "Chattanooga", "Chattanooga", "US"),
    # a village in a dateline before prose: where the story comes from
    ("Barn fire .\nCOGGESHALL -- Firefighters were called.", "COGGESHALL", "Coggeshall", "GB"),
    # an abbreviation before a name in a dateline in capitals
    ("FT. WORTH -- The fair opened on Monday.", "FT. WORTH", "Fort Worth", "US"),
    # villages (GeoNames, 1,000 to 5,000 people) with their county or a neighbour
    ("The next race is at Silverstone, Northamptonshire.", "Silverstone", "Silverstone", "GB"),
    ("A lorry crashed near Coggeshall, Essex.", "Coggeshall", "Coggeshall", "GB"),
    # a place noun right before a small town supports it
    ("Residents of the town Hinton protested.", "Hinton", "Hinton", "CA"),
    # a pair of places joined by a hyphen
    ("US-China trade tensions rose.", "China", "China", "CN"),
    ("They hailed the DPRK-South Korea summit.", "South Korea", "South Korea", "KR"),
    ("The Amsterdam-London leg needs a change of trains.", "London", "London", "GB"),
    ("Egyptian-US relations improved that year.", "US", "United States", "US"),
    ("The attacks on U.S embassies in Ghana and Togo.", "U.S", "United States", "US"),
    # a possessive in capitals
    ("WHY CHINA’S SLOWDOWN WORRIES ITS NEIGHBOURS", "CHINA", "China", "CN"),
    ("ITALY'S QUAKE ZONE RATTLED AGAIN", "ITALY", "Italy", "IT"),
    # islands and war zones news names by themselves
    ("About 2,300 migrants are stranded on Samos.", "Samos", "Samos", "GR"),
    ("Tourists flocked to Crete this summer.", "Crete", "Crete", "GR"),
    ("The offensive in eastern Ghouta killed hundreds.", "Ghouta", "Eastern Ghouta", "SY"),
    ("Shells landed on Qamishli and nearby villages.", "Qamishli", "Al Qāmishlī", "SY"),
    # "Residents of" opening a sentence supports a small town
    ("Residents of Tadcaster were told to leave.", "Tadcaster", "Tadcaster", "GB"),
    # regions of an Indian state that news names alone
    ("Drought hit farmers across Marathwada this year.", "Marathwada", "Marathwada", "IN"),
    ("Cotton growers in Vidarbha sought relief.", "Vidarbha", "Vidarbha", "IN"),
    # Indonesia's provinces, not only its island groups
    ("The ferry left a port in East Java for Bali.", "East Java", "East Java", "ID"),
    ("Floods hit Sumatera Utara on Monday.", "Sumatera Utara", "North Sumatra", "ID"),
    # the council areas of Britain and the counties of Ireland (not Fife, Washington)
    ("The Fife Council voted to close schools in Kirkcaldy.", "Fife", "Fife", "GB"),
    ("A walker was rescued near Aberaeron, Ceredigion.", "Ceredigion", "Ceredigion", "GB"),
    ("A farmer from Co. Kerry won the prize.", "Co. Kerry", "Kerry", "IE"),
    # as news and their councils write them, where GeoNames spells them otherwise or in full
    (
        "Floods closed roads across Rhondda Cynon Taf.",
        "Rhondda Cynon Taf",
        "Rhondda Cynon Taff",
        "GB",
    ),
    ("Police on Anglesey closed the bridge.", "Anglesey", "Isle of Anglesey", "GB"),
    ("Ferries to Shetland were cancelled.", "Shetland", "Shetland Islands", "GB"),
    # Northern Ireland's counties, by the names news gives them
    ("A crash closed a road in County Down.", "County Down", "County Down", "GB"),
    ("He was born in Dungannon, Co Tyrone.", "Co Tyrone", "County Tyrone", "GB"),
    ("A man from Co. Derry was charged.", "Co. Derry", "County Londonderry", "GB"),
    # Britain's national parks and uplands (not "Peak", a district of Hong Kong)
    ("Two walkers were rescued in the Brecon Beacons.", "Brecon Beacons", "Brecon Beacons", "GB"),
    ("Snow fell overnight in the Peak District.", "Peak District", "Peak District", "GB"),
    ("Drivers were stranded on the Pennines.", "Pennines", "Pennines", "GB"),
    # islands, lochs and peaks named alone
    ("Ferries to Skye were cancelled because of the gales.", "Skye", "Isle of Skye", "GB"),
    ("Divers searched Loch Ness for a missing kayaker.", "Loch Ness", "Loch Ness", "GB"),
    ("Two climbers were rescued from Ben Nevis.", "Ben Nevis", "Ben Nevis", "GB"),
    ("Police in Argyll said the road was shut.", "Argyll", "Argyll and Bute", "GB"),
    # the provinces of the Philippines, the departments of France
    ("A strong quake struck Cebu province on Tuesday.", "Cebu", "Cebu", "PH"),
    ("Floods hit Southern Leyte and Batangas.", "Southern Leyte", "Southern Leyte", "PH"),
    ("Wildfires burned in the Bouches-du-Rhône.", "Bouches-du-Rhône", "Bouches-du-Rhône", "FR"),
    # Australia's larger local government areas, named as news names them (GeoNames lists
    # the towns Logan City and Caboolture, not "Logan" nor "Moreton Bay")
    ("Storms cut power across Moreton Bay and Brisbane.", "Moreton Bay", "Moreton Bay", "AU"),
    ("Queensland police said homes in Logan flooded.", "Logan", "Logan", "AU"),
    ("Fighting spread to the Amhara region.", "Amhara", "Amara", "ET"),
    ("A bus overturned near Pitlochry in Perthshire.", "Perthshire", "Perthshire", "GB"),
    ("A quake struck off Mindanao early Sunday.", "Mindanao", "Mindanao", "PH"),
    # regions and landmarks of the United States named alone, and a renamed gulf
    ("Trump spent the weekend at Mar-a-Lago.", "Mar-a-Lago", "Mar-a-Lago", "US"),
    ("Democrats lost ground in the Rust Belt.", "Rust Belt", "Rust Belt", "US"),
    ("Tankers crossed the Gulf of America.", "Gulf of America", "Gulf of Mexico", None),
    # places of wars and disputes as news spells them
    ("Russian troops pushed towards Kupiansk and Avdiivka.", "Avdiivka", "Avdiyivka", "UA"),
    ("Georgian forces shelled Tskhinvali overnight.", "Tskhinvali", "Ts’khinvali", "GE"),
    ("Chinese ships blocked Scarborough Shoal.", "Scarborough Shoal", "Scarborough Shoal", None),
    (
        "Water cannon hit a boat near Second Thomas Shoal.",
        "Second Thomas Shoal",
        "Second Thomas Shoal",
        None,
    ),
    (
        "Patrols in the West Philippine Sea grew.",
        "West Philippine Sea",
        "West Philippine Sea",
        "PH",
    ),
    ("Drones hit the Sumy region overnight.", "Sumy region", "Sumy region", "UA"),
    ("Shelling hit Dnipropetrovsk Oblast.", "Dnipropetrovsk Oblast", "Dnipropetrovsk region", "UA"),
    # a division noun, capitalized, after a name that is also a town of its country
    ("The Lagos State Governor met the mission.", "Lagos", "Lagos", "NG"),
    ("Kano State Governor Abba Kabir Yusuf sacked five commissioners.", "Kano", "Kano", "NG"),
    ("Queensland Treasurer David Janetzki handed down a budget.", "Queensland", "Queensland", "AU"),
    # ... or one with "of" before it
    (
        "Rain killed 39 in the state of Rio Grande do Sul.",
        "Rio Grande do Sul",
        "Rio Grande do Sul",
        "BR",
    ),
    ("Protesters blocked roads in La Paz and El Alto.", "El Alto", "El Alto", "BO"),
    # "City" before a body of the city is the body's word, when the name alone is the city
    ("Protesters gathered outside Manila City Hall.", "Manila", "Manila", "PH"),
    ("The Kansas City Council met on Monday.", "Kansas City", "Kansas City", "US"),
    # a county news names without its word
    ("Schools in southwest Miami-Dade closed.", "Miami-Dade", "Miami-Dade County", "US"),
    ("He lives in Davao City with his wife.", "Davao City", "Davao", "PH"),
    # metropolitan areas named as one place
    ("Schools closed in Metro Manila and 10 provinces.", "Metro Manila", "Metro Manila", "PH"),
    (
        "Police in Greater Manchester arrested two men.",
        "Greater Manchester",
        "Greater Manchester",
        "GB",
    ),
    # a town after the possessive of a well-known place of two words, though its name is
    # another spelling of the gazetteer's
    (
        "In Uttar Pradesh's Bahraich district, wolves killed eight children.",
        "Bahraich",
        "Bahraigh",
        "IN",
    ),
    ("Heat closed schools in Tamil Nadu's Madurai on Monday.", "Madurai", "Madurai", "IN"),
]


@pytest.mark.parametrize(("text", "surface", "name", "code"), PHRASES)
def test_phrase(text: str, surface: str, name: str, code: str | None) -> None:
    found = by_text(text)
    assert surface in found, [fact.text for fact in found.values()]
    assert found[surface].name == name
    assert found[surface].country_code == code


NOT_PLACES = [
    ("Reading the report, he frowned.", "Reading"),
    ("Nice work, she said.", "Nice"),
    ("Mobile phones were banned.", "Mobile"),
    ("Most people agreed.", "Most"),
    ("A Pitt County man was charged. Council member Jo Smith voted no.", "Council"),
    ("The talks began in March.", "March"),
    ("Families bought many gifts at Christmas.", "Christmas"),
    ("Senator Lindsey Graham spoke.", "Graham"),
    ("Mr Graham said no.", "Graham"),
    ("He posted on Telegram.", "Telegram"),
    ("Russia launched Shahed drones.", "Shahed"),
    ("Officials of the Kyiv Regional Administration said so.", "Kyiv"),
    ("The Washington Post reported it.", "Washington"),
    ("The outage began at about 8 p.m. Pacific time on Sunday.", "Pacific"),
    # a name and a particle before it: a longer name
    ("Trump ate a taco bowl on Cinco de Mayo.", "Mayo"),
    ("He won the Tour de France twice.", "France"),
    # the university of Kent, Ohio, not the English county, and the universities of states
    ("She studied at Kent State before moving on.", "Kent"),
    ("Boise State will play Oregon State on Saturday.", "Oregon"),
    ("Jenna Holt, whose boy, Parker, 6, has asthma, spoke.", "Parker"),
    ("He was charged with attacking his niece, Brittany, in May 2011.", "Brittany"),
    # children named like places: after a baby's noun, or listed after a plural noun of kin
    ("She sang to her baby, Chicago, on the porch.", "Chicago"),
    ("The couple posed with daughters Dakota and Chicago at the fair.", "Chicago"),
    ("The brothers Austin and Tyler Reed were charged on Monday.", "Austin"),
    # a possessive before a noun of kin: a person's name, whatever town bears it
    ("Guests flew to Boston, Massachusetts, to see Webster's daughter graduate.", "Webster"),
    # a town's name after "the", before a clause's end or a verb: a venue's, a model's
    ("The Webster was the oldest movie house in Worcester, Massachusetts.", "Webster"),
    ("Her family sold the Webster. It stands in Worcester, Massachusetts.", "Webster"),
    ("The Dorchester has a second-floor loft and a two-car garage.", "Dorchester"),
    ("The Xinhua news agency and Yonhap, Kyodo and Xinhua reported it.", "Xinhua"),
    ("The Duke of Norfolk greeted guests in London.", "Norfolk"),  # titles of nobility
    ("The chain is controlled by the Weston family of Toronto.", "Weston"),  # a surname
    ("Same-store sales rose 2.1% in the quarter.", "Same"),
    ("The trophy was presented by the Princess of Wales.", "Wales"),
    ("French president Emmanuel Macron spoke.", "French"),
    ("Reporters at the White House waited.", "White House"),
    ("The deal needs a vote of Congress.", "Congress"),  # a village in Arizona
    ("Economy Minister Ivan Petrov spoke about the economy.", "Economy"),
    # a portfolio after an office's "of", which supports a place's name ("the mayor of Paris")
    ("Vice President of Economy Ivan Petrov spoke on Monday.", "Economy"),
    ("Ivan Petrov, the Minister of Economy, spoke on Monday.", "Economy"),
    ("The Minister of Homeland Security met the governors.", "Homeland"),
    ("Police in Athens-Clarke said so.", "Clarke"),  # a small town after a big one's hyphen
    ("Shares of Coca-Cola rose.", "Cola"),
    ("Visitation is at the Hanson-Runsvold Funeral Home.", "Hanson"),  # a double name
    ("Crews fought the Gifford Fire in the hills on Monday.", "Gifford"),  # a wildfire
    ("He met Jerry Hall and Nathan Lane.", "Hall"),  # surnames, not a hall or a lane
    ("COGGESHALL: Firefighters were called.", "COGGESHALL"),  # a label, not a dateline
    ("Jones threw for 300 yards as No. 9 Oregon beat Utah.", "Oregon"),  # a ranked team
    ("Illinois (6-1, 4-0 Big Ten) visits Purdue next week.", "Illinois"),  # a team's record
    ("He entered the Country Music Hall of Fame in 2009.", "Hall"),  # the name goes on
    ("Crowds packed the square for the Mass.", "Mass"),  # no state's abbreviation
    ("Alcaraz won the U.S. Open on Sunday.", "U.S."),  # an event's name
    ("Buses stop at St. Michael's Catholic School daily.", "Michael"),  # a saint's school
    ("He was taken to St Thomas' Hospital by ambulance.", "Thomas"),  # "Thomas'" too
    ("She won the Berlin Grand Prix in May.", "Berlin"),
    ("RUGBY UNION - WALES BEAT FIJI 30-12 .\nCARDIFF 1996-08-31", "RUGBY"),  # a section
]


def test_a_groups_possessive_and_a_saints_name_stay_in_a_landmarks_name() -> None:
    found = places("Gifts went to the St. Jude Children's Research Hospital in Memphis.")
    assert [fact.text for fact in found] == ["St. Jude Children's Research Hospital", "Memphis"]
    found = places("She was taken to St. Mary Hospital on Monday.")
    assert [(fact.text, fact.kind) for fact in found] == [("St. Mary Hospital", "feature")]


def test_a_saints_hospital_is_no_town_that_pulls_the_city_after_it_abroad() -> None:
    found = places("He was taken to St Thomas' Hospital in London on Friday.")
    assert [(fact.text, fact.country_code) for fact in found] == [("London", "GB")]


def test_a_plural_street_word_makes_streets_of_a_list_the_gazetteer_knows() -> None:
    found = places("A cyclist fell near Warren and Hudson avenues in Raleigh.")
    assert [(fact.text, fact.kind) for fact in found[:2]] == [
        ("Warren", "feature"),
        ("Hudson", "feature"),
    ]


def test_a_part_of_town_after_a_preposition_supports_the_town() -> None:
    found = places("A boil-water notice went out in downtown Pineville on Monday.")
    assert [(fact.text, fact.country_code) for fact in found] == [("Pineville", "US")]


def test_a_national_park_needs_no_preposition() -> None:
    found = places("Yellowstone National Park will reopen its northeast entrance road.")
    assert [(fact.text, fact.kind) for fact in found] == [("Yellowstone National Park", "feature")]
    # not a park's words alone after a name they do not continue
    found = places("It named Martin Dies Jr. State Park among its picks.")
    assert "State Park" not in [fact.text for fact in found]


@pytest.mark.parametrize(("text", "word"), NOT_PLACES)
def test_not_a_place(text: str, word: str) -> None:
    assert all(word not in fact.text for fact in places(text))


def test_an_australian_area_named_like_a_person_is_one_only_in_its_state() -> None:
    """Logan is the Queensland area where the article points to Queensland, else the town of
    Utah it was; a person's name, it is a place only with support either way."""
    queensland = by_text("Homes in Logan flooded, police in Brisbane said.")["Logan"]
    assert (queensland.kind, queensland.country_code) == ("admin", "AU")
    for text in ("Students marched in Logan, Utah, on Monday.", "Students marched in Logan."):
        utah = by_text(text)["Logan"]
        assert (utah.kind, utah.country_code, utah.geonames_id) == ("city", "US", 5777544)
    assert "Logan" not in by_text("Logan said the video was a mistake.")


@pytest.mark.parametrize(
    ("text", "surface", "point"),
    [
        # GeoNames' points (the geoparsing corpora's), not a middle we chose by hand
        ("Peace in the Middle East seemed close.", "Middle East", (33.14, 35.86)),
        ("EU ministers met on Monday.", "EU", (48.69, 9.14)),
        ("Storms formed over the Atlantic early.", "Atlantic", (10.0, -25.0)),
        ("The search moved to the Indian Ocean.", "Indian Ocean", (-10.0, 70.0)),
        # a former country at its largest successor's point, not its capital
        ("He left the Soviet Union in 1979.", "Soviet Union", (60.0, 100.0)),
        (
            "The Union of Soviet Socialist Republics joined the pact.",
            "Union of Soviet Socialist Republics",
            (60.0, 100.0),
        ),
        ("Yugoslavia broke up in 1991.", "Yugoslavia", (44.0, 21.0)),
    ],
)
def test_a_region_or_an_ocean_stands_at_the_gazetteers_point(
    text: str, surface: str, point: tuple[float, float]
) -> None:
    place = by_text(text)[surface]
    assert (place.latitude, place.longitude) == point


def test_a_former_country_stands_where_its_largest_successor_does() -> None:
    found = by_text("Russia is the largest heir of the Soviet Union.")
    russia, union = found["Russia"], found["Soviet Union"]
    assert (union.latitude, union.longitude) == (russia.latitude, russia.longitude)


def test_a_town_after_the_stays_where_a_preposition_or_a_noun_supports_it() -> None:
    # "in the Valley": a preposition of place; "the Gainesville area": a place noun after it
    assert "Valley" in by_text("Business is booming here in the Valley.")
    assert "Gainesville" in by_text("Rain fell on the Gainesville area. It was cold.")
    assert "The Hague" in by_text("Judges sitting in The Hague will rule soon.")
