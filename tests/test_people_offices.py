"""The people field on offices written with "of", "for" or "in" and a portfolio before a
name, as news of many countries writes a minister's ("Secretary of State for Work and
Pensions", "Minister of Information and Culture", "Leader of the Opposition"), a portfolio of
words joined by "and" and commas before a title ("Work and Pensions Secretary"), titles
opened by "Lord", "Shadow" or "State's", by a rank ("Under Secretary", "Assistant Attorney
General"), by a body ("White House Chief of Staff") or by a place that is the portfolio
("Northern Ireland Secretary"), and offices set off by commas after the name."""

from __future__ import annotations

import pytest

from people_checks import Expected, check_phrase

# (text, each person found: name, title, role)
OFFICES: list[tuple[str, Expected]] = [
    # The portfolio's last words after "and" are the office's, not the name's
    (
        "Secretary of State for Work and Pensions Tom Ellery said the rules would change.",
        [("Tom Ellery", "Secretary of State for Work and Pensions", None)],
    ),
    (
        "Minister of Information and Culture Musa Bello said on Sunday the ban would stay.",
        [("Musa Bello", "Minister of Information and Culture", None)],
    ),
    (
        "Minister for Foreign Affairs and Trade Karen Doyle flew to Jakarta on Monday.",
        [("Karen Doyle", "Minister for Foreign Affairs and Trade", None)],
    ),
    # Titles before the office's title, and a portfolio of commas
    (
        "Cabinet Secretary for Interior and National Administration Peter Odhiambo said"
        " the curfew would end.",
        [("Peter Odhiambo", "Cabinet Secretary for Interior and National Administration", None)],
    ),
    (
        "Minister for Housing, Local Government and Heritage Sean Daly opened the scheme.",
        [("Sean Daly", "Minister for Housing, Local Government and Heritage", None)],
    ),
    # "of the" and "in the": a body or a house the office is of
    (
        "Leader of the Opposition Arjun Mehta walked out of the debate.",
        [("Arjun Mehta", "Leader of the Opposition", None)],
    ),
    (
        "Chancellor of the Exchequer Helen Ward said the budget was fair.",
        [("Helen Ward", "Chancellor of the Exchequer", None)],
    ),
    (
        "Chair of the Treasury Committee Ruth Palmer said the bank must explain the losses.",
        [("Ruth Palmer", "Chair of the Treasury Committee", None)],
    ),
    (
        "Speaker of the House Brian Walsh delayed the vote.",
        [("Brian Walsh", "Speaker of the House", None)],
    ),
    (
        "Minister in the Presidency Thandi Mokoena briefed reporters.",
        [("Thandi Mokoena", "Minister in the Presidency", None)],
    ),
    # A place or a body ending the office: not the name's first word
    (
        "Premier of Ontario Gary Little said the plant would stay open.",
        [("Gary Little", "Premier of Ontario", None)],
    ),
    (
        "Governor of the Reserve Bank of India Anil Kumar kept rates on hold.",
        [("Anil Kumar", "Governor of the Reserve Bank of India", None)],
    ),
    (
        "Secretary of Homeland Security Laura Stein visited the border.",
        [("Laura Stein", "Secretary of Homeland Security", None)],
    ),
    # Two offices of two people: the given name between them ends the first
    (
        "Minister of Defence Ben Carter and Health Secretary Matt Cole met the unions.",
        [("Ben Carter", "Minister of Defence", None), ("Matt Cole", "Health Secretary", None)],
    ),
    # A title and a name before "and" are no part of the office after it
    (
        "President Ruiz and Secretary of State Paul Hale met in Lima.",
        [("Ruiz", "President", None), ("Paul Hale", "Secretary of State", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_office_with_portfolio(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


# A portfolio of words joined by "and" and commas before a title
PORTFOLIOS: list[tuple[str, Expected]] = [
    (
        "Work and Pensions Secretary Tom Ellery said the rules would change.",
        [("Tom Ellery", "Work and Pensions Secretary", None)],
    ),
    (
        "Budget and Economic Planning Minister Tunde Bello presented the plan.",
        [("Tunde Bello", "Budget and Economic Planning Minister", None)],
    ),
    (
        "Culture, Media and Sport Secretary Anna Price said the BBC would be reviewed.",
        [("Anna Price", "Culture, Media and Sport Secretary", None)],
    ),
    (
        "Environment, Food and Rural Affairs Secretary Mark Dunn visited the farm.",
        [("Mark Dunn", "Environment, Food and Rural Affairs Secretary", None)],
    ),
    (
        "Business and Trade Secretary Paul Reid said the tariffs would hurt.",
        [("Paul Reid", "Business and Trade Secretary", None)],
    ),
    (
        "Home Affairs Minister Kate Lyons cancelled the visas.",
        [("Kate Lyons", "Home Affairs Minister", None)],
    ),
    # A name before "and" is another person's, no portfolio's
    (
        "Emma Stone and Health Secretary Ian Moss met the nurses.",
        [("Emma Stone", None, None), ("Ian Moss", "Health Secretary", None)],
    ),
]

# The same portfolio in an office set off by commas before the name: a role
APPOSED: list[tuple[str, Expected]] = [
    (
        "The Work and Pensions Secretary, Tom Ellery, said the rules would change.",
        [("Tom Ellery", None, "Work and Pensions Secretary")],
    ),
    (
        "The Culture, Media and Sport Secretary, Anna Price, said the BBC would be reviewed.",
        [("Anna Price", None, "Culture, Media and Sport Secretary")],
    ),
    (
        "The Health Secretary, Ian Moss, met the nurses.",
        [("Ian Moss", None, "Health Secretary")],
    ),
]

# "Lord", "Shadow", "State's" opening a title
OPENED: list[tuple[str, Expected]] = [
    (
        "Lord Chancellor Helen Shaw said the prisons were full.",
        [("Helen Shaw", "Lord Chancellor", None)],
    ),
    (
        "Lord Advocate Fiona Gray said the case would go to trial.",
        [("Fiona Gray", "Lord Advocate", None)],
    ),
    # The peer's honorific stays one before a name
    ("Lord Ashcroft said the poll was clear.", [("Ashcroft", "Lord", None)]),
    # an appeal judge's title, the judge named by surname alone
    (
        "Lord Justice Fenwick, sitting with Lady Justice Orr, quashed the conviction.",
        [("Fenwick", "Lord Justice", None), ("Orr", "Lady Justice", None)],
    ),
    # a county's doctor for sudden deaths; the office named after the post names no one
    (
        "Medical Examiner Ruth Lo said the Office of the Chief Medical Examiner would rule.",
        [("Ruth Lo", "Medical Examiner", None)],
    ),
    # a port's officer, in two words or one
    (
        "Harbor Master Eli Vance said the port would reopen.",
        [("Eli Vance", "Harbor Master", None)],
    ),
    ("Harbormaster Ann Lo closed the port.", [("Ann Lo", "Harbormaster", None)]),
    # the leader of the opposition, as Westminster-style parliaments name the post
    (
        "Opposition Leader Dana Keel said the budget was a betrayal.",
        [("Dana Keel", "Opposition Leader", None)],
    ),
    (
        "Shadow Home Secretary Colin Hart said the figures were alarming.",
        [("Colin Hart", "Shadow Home Secretary", None)],
    ),
    (
        "State's Attorney Dan Whitfield said the charges would stand.",
        [("Dan Whitfield", "State's Attorney", None)],
    ),
    (
        "Cook County State's Attorney Maria Flores dropped the case.",
        [("Maria Flores", "State's Attorney", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIOS)
def test_portfolio_joined_by_and(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(("text", "expected"), OPENED)
def test_title_opened_by_lord_shadow_state(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_portfolio_in_apposed_office(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


# A rank before the title: its first word is the title's
RANKS: list[tuple[str, Expected]] = [
    (
        "Under Secretary Mark Dunn said the talks would resume.",
        [("Mark Dunn", "Under Secretary", None)],
    ),
    (
        "Under Secretary of State for Arms Control Mark Dunn flew to Geneva.",
        [("Mark Dunn", "Under Secretary of State for Arms Control", None)],
    ),
    (
        "Deputy Assistant Secretary Ruth Palmer testified on Tuesday.",
        [("Ruth Palmer", "Deputy Assistant Secretary", None)],
    ),
    (
        "Assistant Attorney General Dan Whitfield filed the motion.",
        [("Dan Whitfield", "Assistant Attorney General", None)],
    ),
    (
        "Associate Justice Helen Shaw wrote the dissent.",
        [("Helen Shaw", "Associate Justice", None)],
    ),
    (
        "The board thanked Press Secretary Anna Price for the briefing.",
        [("Anna Price", "Press Secretary", None)],
    ),
]

# A body of government whose name is written in its officers' titles: the title holds it
# whole; a body that only says where the office is stays out
BODIES: list[tuple[str, Expected]] = [
    (
        "White House Chief of Staff Laura Stein called the senators.",
        [("Laura Stein", "White House Chief of Staff", None)],
    ),
    (
        "White House Press Secretary Tom Ellery took questions.",
        [("Tom Ellery", "White House Press Secretary", None)],
    ),
    (
        "Pentagon Press Secretary Kate Lyons said the drills would go on.",
        [("Kate Lyons", "Pentagon Press Secretary", None)],
    ),
    (
        "State Department Spokesperson Colin Hart declined to comment.",
        [("Colin Hart", "State Department Spokesperson", None)],
    ),
    (
        "The memo went to Department of Defense Chief of Staff Paul Reid.",
        [("Paul Reid", "Department of Defense Chief of Staff", None)],
    ),
    (
        "White House National Security Adviser Sean Daly met his counterparts.",
        [("Sean Daly", "White House National Security Adviser", None)],
    ),
    (
        "Federal Reserve Chair Anil Kumar kept rates on hold.",
        [("Anil Kumar", "Chair", None)],
    ),
    # A party's national committee, written as "National" before its chairman's title,
    # says where the office is; "National" before a portfolio is the title's
    (
        "Republican National Chairman Colin Hart said the party was united.",
        [("Colin Hart", "Chairman", None)],
    ),
    (
        "Democratic National Chairwoman Ruth Palmer opened the convention.",
        [("Ruth Palmer", "Chairwoman", None)],
    ),
    (
        "US National Security Adviser Sean Daly met his counterparts.",
        [("Sean Daly", "National Security Adviser", None)],
    ),
]

# A place that is the portfolio of a bare "Secretary" or "Minister" before the name; not a
# place that says where an office with its own portfolio or title is
PLACE_PORTFOLIOS: list[tuple[str, Expected]] = [
    (
        "Northern Ireland Secretary Ruth Palmer met the parties at Stormont.",
        [("Ruth Palmer", "Northern Ireland Secretary", None)],
    ),
    (
        "Scottish Secretary Mark Dunn said the deal was good for Scotland.",
        [("Mark Dunn", "Scottish Secretary", None)],
    ),
    (
        "Welsh Secretary Anna Price visited the steelworks.",
        [("Anna Price", "Welsh Secretary", None)],
    ),
    (
        "Middle East Minister Colin Hart flew to Amman.",
        [("Colin Hart", "Middle East Minister", None)],
    ),
    (
        "Scottish Finance Secretary Kate Lyons set out the budget.",
        [("Kate Lyons", "Finance Secretary", None)],
    ),
    ("Ohio Governor Tom Ellery signed the bill.", [("Tom Ellery", "Governor", None)]),
    # A nation's prosecutor and marshal are named by it; "Attorney General" and
    # "Ambassador" are titles of their own, the nation only where they serve
    (
        "U.S. Attorney Laura Stein said the charges would stand.",
        [("Laura Stein", "U.S. Attorney", None)],
    ),
    ("U.S. Marshal Paul Reid led the search.", [("Paul Reid", "U.S. Marshal", None)]),
    (
        "Assistant U.S. Attorney Kate Lyons filed the motion.",
        [("Kate Lyons", "Assistant U.S. Attorney", None)],
    ),
    (
        "U.S. Attorney General Helen Ward announced the charges.",
        [("Helen Ward", "Attorney General", None)],
    ),
    ("U.S. Ambassador Mark Dunn met the minister.", [("Mark Dunn", "Ambassador", None)]),
]

# An office in capitals set off by commas after the name: the role
APPOSED_AFTER: list[tuple[str, Expected]] = [
    (
        "Ruth Palmer, Under Secretary of State, said the talks would resume.",
        [("Ruth Palmer", None, "Under Secretary of State")],
    ),
    (
        "Dan Whitfield, Assistant Attorney General, filed the motion.",
        [("Dan Whitfield", None, "Assistant Attorney General")],
    ),
    (
        "Mark Dunn, Northern Ireland Secretary, met the parties.",
        [("Mark Dunn", None, "Northern Ireland Secretary")],
    ),
    (
        "Kate Lyons, Pentagon Press Secretary, said the drills would go on.",
        [("Kate Lyons", None, "Pentagon Press Secretary")],
    ),
    (
        "Helen Ward, Chancellor of the Exchequer, said the budget was fair.",
        [("Helen Ward", None, "Chancellor of the Exchequer")],
    ),
    # its closing comma left out before a speech verb: the office is still the role
    (
        "Mary Akinyi, Fisheries Officer said the catch had halved.",
        [("Mary Akinyi", None, "Fisheries Officer")],
    ),
    (
        "Ms. Grace Njeri, Fisheries Assistant-Extension Officer noted: the nets were empty.",
        [("Grace Njeri", "Ms", "Fisheries Assistant-Extension Officer")],
    ),
    # the next name of a list, and a role of another person named after it, are none
    (
        "Helen Ward, Tom Bishop and Ann Lee signed the letter.",
        [("Helen Ward", None, None), ("Tom Bishop", None, None), ("Ann Lee", None, None)],
    ),
    (
        "The board named Vice Chair Ann Ping, Dayton businessman and Senate candidate Tom"
        " Reese, and two others.",
        [("Ann Ping", "Vice Chair", None), ("Tom Reese", None, "Senate candidate")],
    ),
    # a list of leaders each named with a country's possessive or an office in capitals
    (
        "Norway's Erik Lund, Chile's Rosa Vidal and Irish Prime Minister Sean Kelly will not"
        " sign the pact.",
        [
            ("Erik Lund", None, None),
            ("Rosa Vidal", None, None),
            ("Sean Kelly", "Prime Minister", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANKS)
def test_rank_opens_the_title(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_body_in_the_title(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(("text", "expected"), PLACE_PORTFOLIOS)
def test_place_as_portfolio(text: str, expected: Expected) -> None:
    check_phrase(text, expected)


@pytest.mark.parametrize(("text", "expected"), APPOSED_AFTER)
def test_office_in_capitals_after_the_name(text: str, expected: Expected) -> None:
    check_phrase(text, expected)
