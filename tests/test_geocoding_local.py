"""Geocoding in local news: division nouns, local papers' forms, post-office towns and the
divisions of countries abroad; one table per class of clue, as in test_geocoding.py.
"""

from __future__ import annotations

import pytest

from geocoding_checks import Expected, check

DIVISION_NOUNS = [
    # a noun of divisions in lower case after the name: the division, not the town
    (
        "Volunteers delivered food to farms in western New York state on Monday.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    (
        "Buses carried the fighters and their families to Idlib province on Sunday.",
        ("Idlib", "Idlib", "SY", 35.93, 36.63),
    ),
    # a list before a plural noun of divisions: each name is the division, not its town
    (
        "Drones struck power plants in the Kharkiv and Donetsk regions overnight.",
        ("Kharkiv", "Kharkiv region", "UA", 49.5, 36.5),
    ),
    # the last name, right before the noun, too
    (
        "Drones struck power plants in the Kharkiv and Donetsk regions overnight.",
        ("Donetsk", "Donetsk region", "UA", 48.0, 37.75),
    ),
    # "oblasts", and the gazetteer's own name of the region ("Sumy Oblast")
    (
        "Villages in the Sumy and Chernihiv oblasts were evacuated after the shelling.",
        ("Sumy", "Sumy region", "UA", 50.9, 34.0),
    ),
    # regions of Russia as news names them
    (
        "Moscow said it repelled attacks in the Belgorod and Kursk regions.",
        ("Belgorod", "Belgorod region", "RU", 50.7, 37.2),
    ),
    # a division's own reading of the name: Kano State, not the city
    (
        "The governors of Kano and Kaduna states met in Abuja on Monday.",
        ("Kano", "Kano", "NG", 12.0, 8.52),
    ),
    # a county of England beside the US counties of its name, in an English story
    (
        "Floods closed roads across Kent and Sussex counties near Maidstone on Tuesday.",
        ("Sussex", "Sussex", "GB", 50.9, -0.3),
    ),
    # rivers: the gazetteer's river of the name with "River", or the name's own river
    (
        "Rain swelled the Mississippi and Ohio rivers near Cairo, Illinois.",
        ("Ohio", "Ohio River", "US", 38.5, -85.5),
    ),
    (
        "Floods displaced thousands after the Niger and Benue rivers burst their banks.",
        ("Benue", "Benue River", "NG", 7.8, 6.75),
    ),
    # a state named like a county of the list stays the county
    (
        "Cass, Otoe and Washington counties grew, the Omaha analysts reported.",
        ("Washington", "Washington County", "US", 41.5, -96.19),
    ),
    # a party's word after a state's name: the state's party, not the city named like it
    (
        "Most New York Democratic voters backed her in the primary, the exit polls showed.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    (
        "Washington GOP leaders said they would back the nominee at the convention.",
        ("Washington", "Washington", "US", 47.26, -120.59),
    ),
    # the state's own line and government after its name: the state, not the city
    (
        "Tolls end at the New York border, the turnpike authority said on Monday.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    (
        "The Washington governor signed the bill in Olympia on Friday.",
        ("Washington", "Washington", "US", 47.26, -120.59),
    ),
    (
        "Critics said New York's legislature had moved too slowly.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    # and the governor's title before a name
    (
        "New York Gov. Ann Ruiz signed the budget in Albany on Friday.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    # and an office of two words of its government after it
    (
        "New York Attorney General Ann Ruiz sued the landlord on Friday.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    (
        "Washington's attorney general filed the suit in Seattle.",
        ("Washington", "Washington", "US", 47.26, -120.59),
    ),
    # not a lawyer of the city
    (
        "A New York attorney for the family said the case would go to trial.",
        ("New York", "New York City", "US", 40.71, -74.01),
    ),
    # a part of it in lower case before the name of a state and its city: the state
    (
        "Dairy farms in upstate New York lost money this year, the report said.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    (
        "Apple growers in central Washington hired more pickers this fall.",
        ("Washington", "Washington", "US", 47.26, -120.59),
    ),
    # a division and a town of another country ("Ontario", California)
    (
        "Cottage owners in central Ontario were told to expect snow on Friday.",
        ("Ontario", "Ontario", "CA", 49.25, -84.5),
    ),
    # not a quarter of the capital ("northwest", no adjective of the compass)
    (
        "Police said the man was shot in northwest Washington on Sunday.",
        ("Washington", "Washington", "US", 38.9, -77.04),
    ),
    # a state after a town and a comma holds the town: the state, not its big city
    (
        "The firm, based in Forest Hills, New York, plans to grow in 2027.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    # a state after a senator's, a representative's or a governor's name and "of"
    (
        "Sen. Ann Ruiz of New York voted for the stopgap bill on Friday.",
        ("New York", "New York", "US", 42.59, -75.78),
    ),
    (
        "Gov. Tom Hale of Washington signed the budget on Friday.",
        ("Washington", "Washington", "US", 47.26, -120.59),
    ),
    # and a state whose name is no city's is found before it, not left as a longer name's
    (
        "She has been a force in West Virginia Democratic circles since 2002.",
        ("West Virginia", "West Virginia", "US", 38.88, -80.15),
    ),
    (
        "A Nevada GOP state senator resigned on Friday, his office said.",
        ("Nevada", "Nevada", "US", 38.71, -117.03),
    ),
]

LOCAL_NEWS_FORMS = [
    # a party and the member's state or home town
    (
        "Rep. Jane Doe, D-N.Y., and state Sen. John Roe (R-Ocilla) backed the bill.",
        ("N.Y.", "New York", "US", 42.59, -75.78),
    ),
    (
        "Rep. Jane Doe, D-N.Y., and state Sen. John Roe (R-Ocilla) backed the bill.",
        ("Ocilla", "Ocilla", "US", 31.59, -83.25),
    ),
    # closed by a dash opening an aside, or by the first byte of one read as Latin-1
    (
        "Sen. Ann Doe, R-Winona — joined by Sen. Bob Roe, DFL-Hibbing — asked for a vote.",
        ("Hibbing", "Hibbing", "US", 47.43, -92.94),
    ),
    (
        "Sen. Ann Doe, R-Winona \u00e2 \u201c joined by two colleagues \u00e2 \u201c asked.",
        ("Winona", "Winona", "US", 44.05, -91.64),
    ),
    # an abbreviation with its full stop, or written without it
    (
        "Sen. Dianne Feinstein (D-Calif.) objected.",
        ("Calif.", "California", "US", 36.88, -120.13),
    ),
    (
        "Rep. Ann Cole, D-Calif, told reporters.",
        ("Calif", "California", "US", 36.88, -120.13),
    ),
    # a town's council, mayor or schools
    (
        "The Mansfield council voted on Monday to raise fees.",
        ("Mansfield", "Mansfield", "GB", 53.13, -1.2),
    ),
    # a public body named after a town
    (
        "The Torrington Fire Department put out the blaze.",
        ("Torrington", "Torrington", "US", 41.8, -73.12),
    ),
    # a state's possessive before a county: that state's county (not Houston's, nor a town
    # of the country Georgia the gazetteer lacks)
    (
        "The storm cut power across Ohio's Franklin County and Georgia's Harris County.",
        ("Harris County", "Harris County", "US", 32.77, -84.81),
    ),
    # whatever other state the article names more
    (
        "After two days in Manchester, New Hampshire, and Concord, New Hampshire, the "
        "campaign turned to Florida's Hillsborough County.",
        ("Hillsborough County", "Hillsborough County", "US", 27.93, -82.37),
    ),
]

# New England's towns and other US post-office towns GeoNames lacks (from the ZIP codes):
# read with a qualifier or beside other places of their state, at their own point
POST_OFFICE_TOWNS = [
    (
        "Firefighters from Danbury, Bethel and Brookfield battled a two-alarm blaze on Sunday.",
        ("Brookfield", "Brookfield", "US", 41.47, -73.4),
    ),
    ("Ferries left Old Lyme, Conn., every hour.", ("Old Lyme", "Old Lyme", "US", 41.33, -72.31)),
    # named like the English county: left out of the gazetteer, a town it lacks at its
    # state's point
    (
        "The couple bought a dairy farm in Cornwall, Conn., last spring.",
        ("Cornwall", "Cornwall", "US", 41.51, -72.75),
    ),
]

# ... and no reason to leave a known place: a larger town of the name, a well-known place,
# a larger place abroad (post-office towns of those names would take them in an article
# that names their state or country)
NOT_POST_OFFICE_TOWNS = [
    (
        "Shoppers lined up outside the mall in Brookfield early on Friday.",
        ("Brookfield", "Brookfield", "US", 43.06, -88.11),
    ),
    (
        "Delegates from Fargo, North Dakota, flew to Cleveland for the convention.",
        ("Cleveland", "Cleveland", "US", 41.5, -81.7),
    ),
    (
        "The governor of Indiana spent a week in Scotland before a rally in Indianapolis.",
        ("Scotland", "Scotland", "GB", 56.5, -4.0),
    ),
    (
        "NEW YORK (AP) - The Wimbledon finalist was beaten at the U.S. Open.",
        ("Wimbledon", "Wimbledon", "GB", 51.42, -0.21),
    ),
]


# a province, state or nation of Canada, Australia or Britain named in the article keeps
# its small towns and pulls its namesakes home, as a US state does; and a body named after
# it counts as a mention of it
DIVISIONS_ABROAD = [
    (
        "The province of Ontario will pay for it, officials in Chatham said.",
        ("Chatham", "Chatham", "CA", 42.41, -82.18),
    ),
    (
        "New South Wales announced new funding on Monday. Residents of Lismore welcomed it.",
        ("Lismore", "Lismore", "AU", -28.81, 153.28),
    ),
    (
        "Residents of Lismore and Murwillumbah were told to leave, the NSW State Emergency"
        " Service said.",
        ("Murwillumbah", "Murwillumbah", "AU", -28.33, 153.39),
    ),
    (
        "Scotland announced new funding on Monday. Residents of Dunoon welcomed it.",
        ("Dunoon", "Dunoon", "GB", 55.95, -4.93),
    ),
    # Wales too: the Flintshire town, not the Hertfordshire village of the name
    (
        "Floods closed roads across Wales on Monday. In Holywell, a bridge collapsed.",
        ("Holywell", "Holywell", "GB", 53.27, -3.23),
    ),
    # a city's short form without its river, in its country's news
    (
        "LONDON (Reuters) - Police in Newcastle arrested two men on Friday.",
        ("Newcastle", "Newcastle upon Tyne", "GB", 54.97, -1.61),
    ),
    (
        "SYDNEY (Reuters) - Police in Newcastle arrested two men on Friday.",
        ("Newcastle", "Newcastle", "AU", -32.93, 151.78),
    ),
    # an Irish county as the Irish papers write it, and its town
    (
        "Gardai in Co Kerry are investigating a crash near Killarney.",
        ("Co Kerry", "Kerry", "IE", 52.22, -9.74),
    ),
    (
        "Gardai in Co Kerry are investigating a crash near Killarney.",
        ("Killarney", "Killarney", "IE", 52.06, -9.51),
    ),
]


# a town near the places the article's other names were read as, whatever state they lie
# in, over a larger namesake elsewhere
COLUMBUS_AND_HARRIS = (
    "Voters queued at polling places in Columbus on Tuesday. Columbus election officials reported "
    "turnout was high, and Columbus police reported no trouble. The count in Harris County "
    "went smoothly."
)

NEIGHBOURS = [
    # Gainesville, Texas, 50 km from Sherman: not the larger Gainesville of Florida
    (
        "Police in Sherman said the driver from Gainesville was taken to a hospital.",
        ("Gainesville", "Gainesville", "US", 33.63, -97.13),
    ),
    # Montgomery, Minnesota, beside Belle Plaine: not the capital of Alabama
    (
        "Fire crews from Belle Plaine helped put out a barn fire near Montgomery on Sunday.",
        ("Montgomery", "Montgomery", "US", 44.44, -93.58),
    ),
    # a county beside its town: Pottawatomie County, Kansas, not Oklahoma's larger one
    (
        "The Pottawatomie County commission met in Wamego on Monday.",
        ("Pottawatomie County", "Pottawatomie County", "US", 39.34, -96.25),
    ),
    # a region's city of under 250,000 people is a neighbour too: Clinton, Connecticut, 35 km
    # from New Haven, not the larger Clinton of Maryland
    (
        "Clinton police arrested two men on Friday after a chase that ended in New Haven.",
        ("Clinton", "Clinton", "US", 41.28, -72.53),
    ),
    # a well-known city is named from afar and pulls no namesake to its suburbs: not
    # Springfield, New Jersey
    (
        "She moved from New York City to Springfield in 1990.",
        ("Springfield", "Springfield", "US", 37.22, -93.3),
    ),
    # two names whose readings may lie side by side are so read, a big city too: Columbus,
    # Georgia, and the Georgia county beside it, not Columbus, Ohio, and Houston's county
    (
        COLUMBUS_AND_HARRIS,
        ("Columbus", "Columbus", "US", 32.46, -84.99),
    ),
    (
        COLUMBUS_AND_HARRIS,
        ("Harris County", "Harris County", "US", 32.77, -84.81),
    ),
    # named once each, neither is ambiguous enough for it: each name's largest reading
    (
        "Voters lined up in Columbus, and the count in Harris County went smoothly.",
        ("Columbus", "Columbus", "US", 39.96, -83.0),
    ),
]


# a state's association votes for its state as its government's bodies do
STATE_BODIES = [
    (
        "Omar Diaz of Rochester won the Minnesota State Chess Association title on Sunday.",
        ("Rochester", "Rochester", "US", 44.02, -92.47),
    ),
    # without it, the larger Rochester, New York
    (
        "Alex Cheng of Rochester won the title on Sunday.",
        ("Rochester", "Rochester", "US", 43.15, -77.62),
    ),
    # a body named after a part of its state votes for the state
    (
        "A Mount Pleasant teen earned a grant from Northeast Texas Community College.",
        ("Mount Pleasant", "Mount Pleasant", "US", 33.16, -94.97),
    ),
    # without it, the larger Mount Pleasant, South Carolina
    (
        "A Mount Pleasant student won a scholarship on Friday.",
        ("Mount Pleasant", "Mount Pleasant", "US", 32.79, -79.86),
    ),
    (
        "Students from Tavistock ride buses run by Southwestern Ontario Student "
        "Transportation Services.",
        ("Tavistock", "Tavistock", "CA", 43.32, -80.83),
    ),
    # without it, the larger Tavistock of Devon
    (
        "Students from Tavistock ride buses run by the consortium.",
        ("Tavistock", "Tavistock", "GB", 50.55, -4.14),
    ),
    # a hospital whose kind the organizations field leaves open votes too (was Jackson,
    # Mississippi)
    (
        "A driver from Jackson was taken to Tennessee Heart Hospital after the crash on Friday.",
        ("Jackson", "Jackson", "US", 35.61, -88.81),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NEIGHBOURS
    + STATE_BODIES
    + DIVISIONS_ABROAD
    + DIVISION_NOUNS
    + LOCAL_NEWS_FORMS
    + POST_OFFICE_TOWNS
    + NOT_POST_OFFICE_TOWNS,
)
def test_resolves(text: str, expected: Expected) -> None:
    check(text, expected)
