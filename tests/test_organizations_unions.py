"""The organizations field: trade unions and the lobbies of firms or members, each of one
kind whether a head word ("Union", "Workers") or the bundled list ("Unison", "Aslef") finds
them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from organization_checks import found


def named(text: str) -> list[tuple[str, str | None]]:
    """The name and kind of each organization found in ``text``."""
    return [(name, kind) for _, name, kind in found(text)]


# A trade union is ngo, named by its head word, by its members or by the list
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Transport Workers Union said members would strike.",
            "Transport Workers Union",
            "ngo",
        ),
        ("Unison said its members had voted to strike.", "Unison", "ngo"),
        (
            "The Associated Society of Locomotive Engineers and Firemen balloted its members.",
            "Associated Society of Locomotive Engineers and Firemen",
            "ngo",
        ),
        ("The United Farm Workers endorsed the bill.", "United Farm Workers", "ngo"),
        (
            "The International Brotherhood of Electrical Workers backed the pact.",
            "International Brotherhood of Electrical Workers",
            "ngo",
        ),
        (
            "The Maritime Union of Australia said dockers would walk off the job.",
            "Maritime Union of Australia",
            "ngo",
        ),
        (
            "The National Union of Rail, Maritime and Transport Workers held talks.",
            "National Union of Rail, Maritime and Transport Workers",
            "ngo",
        ),
        # a plural's apostrophe inside the name, written apart in a text spaced token by token:
        # the name is written as the unspaced one
        (
            "The Ottawa Wheat Growers ' Association said prices would fall .",
            "Ottawa Wheat Growers' Association",
            "ngo",
        ),
        # a federation of unions is no public body, whatever its "Congress" or "Council"
        ("The Trades Union Congress backed the strike.", "Trades Union Congress", "ngo"),
        (
            "The New Zealand Council of Trade Unions said wages lagged.",
            "New Zealand Council of Trade Unions",
            "ngo",
        ),
        ("Cosatu called a national strike.", "Congress of South African Trade Unions", "ngo"),
        # a credit union is a lender, a union of economies an international body
        ("The Navy Federal Credit Union raised its rates.", "Navy Federal Credit Union", "company"),
        (
            "Armenia joined the Eurasian Economic Union in 2015.",
            "Eurasian Economic Union",
            "international",
        ),
    ],
)
def test_a_trade_union_is_of_one_kind_however_it_is_found(text: str, name: str, kind: str) -> None:
    assert named(text) == [(name, kind)]


# An association of firms or of members for a cause is a lobby, ngo, whatever its head word
# ("Group", "Chamber", "Federation"); a sport's federation is a sports body
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Confederation of British Industry warned of job losses.",
            "Confederation of British Industry",
            "ngo",
        ),
        (
            "The Canadian Federation of Independent Business said firms were struggling.",
            "Canadian Federation of Independent Business",
            "ngo",
        ),
        (
            "The Australian Industry Group said energy costs rose.",
            "Australian Industry Group",
            "ngo",
        ),
        ("The Lagos Chamber of Commerce backed the plan.", "Lagos Chamber of Commerce", "ngo"),
        # an association of managers, named by their trade after its place
        (
            "The Denver Purchasing Managers index rose to 55 in May .",
            "Denver Purchasing Managers",
            "ngo",
        ),
        ("The Business Roundtable urged lawmakers to act.", "Business Roundtable", "ngo"),
        # a lobby named by a public body's head word, listed
        (
            "Lobbyists for the American Israel Public Affairs Committee toured Ohio.",
            "American Israel Public Affairs Committee",
            "ngo",
        ),
        (
            "Business Unity South Africa said investment was falling.",
            "Business Unity South Africa",
            "ngo",
        ),
        (
            "The American Federation of Teachers endorsed her.",
            "American Federation of Teachers",
            "ngo",
        ),
        (
            "The International Ski Federation cancelled the race.",
            "International Ski Federation",
            "sports",
        ),
        (
            "The Asian Football Confederation fined the club.",
            "Asian Football Confederation",
            "sports",
        ),
        # an association of members is ngo too, but a sport's or a lender's
        (
            "The National Education Association backed the levy.",
            "National Education Association",
            "ngo",
        ),
        ("The American Bar Association objected.", "American Bar Association", "ngo"),
        (
            "The Panamanian Boxing Association stripped him of the title.",
            "Panamanian Boxing Association",
            "sports",
        ),
        (
            "The United Savings Association of Texas failed in 1988.",
            "United Savings Association of Texas",
            "company",
        ),
    ],
)
def test_a_lobby_of_firms_or_members_is_ngo(text: str, name: str, kind: str) -> None:
    assert named(text) == [(name, kind)]


# Bodies of members and lobbies named without a head word, by the list
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Nigeria Labour Congress called a general strike.", "Nigeria Labour Congress", "ngo"),
        ("Ibec said employers backed the pay deal.", "Ibec", "ngo"),
        ("BusinessNZ opposed the bill.", "BusinessNZ", "ngo"),
        ("Fórsa said its members would ballot.", "Fórsa", "ngo"),
        ("Focus Ireland said homelessness hit a record.", "Focus Ireland", "ngo"),
        ("Habitat for Humanity built 30 homes.", "Habitat for Humanity", "ngo"),
    ],
)
def test_a_body_named_without_a_head_word_is_listed(text: str, name: str, kind: str) -> None:
    assert named(text) == [(name, kind)]


# A listed charity's, union's or broadcaster's name and a nation's or country's name ending
# its run: its branch there; a public or international body's is only described
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Unison Scotland said members would strike.", [("Unison Scotland", "ngo")]),
        ("BBC Scotland reported the story first.", [("BBC Scotland", "media")]),
        ("Oxfam Australia said aid had been cut.", [("Oxfam Australia", "ngo")]),
        ("The EU Canada summit was delayed.", [("European Union", "international")]),
    ],
)
def test_a_listed_body_and_a_nation_s_name_are_its_branch(
    text: str, names: list[tuple[str, str]]
) -> None:
    assert named(text) == names


# A charity's noun before a name: the charity named so ("the charity Marie Curie"), but the
# founder before a founder's clause (the people field's reading, which the organizations
# field follows)
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The charity Marie Curie launched an appeal.", [("Marie Curie", "ngo")]),
        ("A charity Jane Smith founded in 2019 now feeds 300 families.", []),
        ("The charity Tom Evans set up after his son died has raised £2m.", []),
    ],
)
def test_a_charity_after_its_noun_but_not_its_founder(
    text: str, names: list[tuple[str, str]]
) -> None:
    assert named(text) == names


# Not every "Union" or "Association" is a body of members: a lender's trade inside the name
# makes a company, "the people" or democrats a party, a compass point or "First" alone an
# old company's name; the Soviet state is a place
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Harbor Federal Savings and Loan Association posted a loss.",
            [("Harbor Federal Savings and Loan Association", "company")],
        ),
        (
            "The Leeds Building Society raised its mortgage rates.",
            [("Leeds Building Society", "company")],
        ),
        (
            "The Modular Building Systems Association backed the bill.",
            [("Modular Building Systems Association", "ngo")],
        ),
        (
            "The Austrian People's Union won four seats.",
            [("Austrian People's Union", "party")],
        ),
        (
            "The Slovak Democratic Union joined the coalition.",
            [("Slovak Democratic Union", "party")],
        ),
        ("Western Union said money transfers rose.", [("Western Union", "company")]),
        ("First Union said it would cut 300 jobs.", [("First Union", "company")]),
        ("The Union of Soviet Socialist Republics signed the treaty.", []),
    ],
)
def test_a_union_or_association_of_another_kind(text: str, names: list[tuple[str, str]]) -> None:
    assert named(text) == names


# A trade's plural in "-men" before its head word: the union's name, not its head word alone
# (nor a country ending in "-men" as the owner of a ministry)
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Dockside Longshoremen's Association rejected the contract.",
            [("Dockside Longshoremen's Association", "ngo")],
        ),
        (
            "The Brookfield Policemen's Benevolent Association endorsed the mayor.",
            [("Brookfield Policemen's Benevolent Association", "ngo")],
        ),
        (
            "Quotas were cut, said a spokesman for the Fishermen's Association of Nova Scotia.",
            [("Fishermen's Association of Nova Scotia", "ngo")],
        ),
        ("Yemen's Interior Ministry denied the report.", [("Interior Ministry", "government")]),
    ],
)
def test_a_trade_s_plural_in_men_is_part_of_a_union_s_name(
    text: str, names: list[tuple[str, str]]
) -> None:
    assert named(text) == names
