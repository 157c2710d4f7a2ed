"""The ``numbers`` field: the names in the rows of a results table are counted by none of its
numbers. A name with a number after it on its line, past an aside in brackets, is a side or a
player before a score ("Lions ( Chile ) 91 Blue Eagles ( Peru ) 88"); a name in a row that a
number in digits opens, on a line or after a list's stop, and that the line's end,
a comma, a stop or an aside closes, is a player after a total or a place ("62 Jane Doe")."""

from __future__ import annotations

import pytest

from number_checks import numbers


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [
        # a name, an aside in brackets, then a score
        ("Final: Lions ( Chile ) 91 Blue Eagles ( Peru ) 88 ( 40-37 )", "91", None),
        ("Final round:\n284 Tom Kite ( U.S. ) 70 68 72 71", "284", None),
        ("League two:\nRovers 3 Athletic ( N ) 1 Town 0 United 2", "3", None),
        ("Pursuit:\n7 Jane Doe (Canada) 3:41.207\n8. Ann Roe (Peru) 3:42.915", "7", None),
        # a row a number opens, closed by the line's end, a comma or a stop
        ("Standings after the first round:\n62 Jane Doe\n64 Ann Roe\n", "62", None),
        ("Standings after the first round:\n62 Jane Doe\n64 Ann Roe Hayes", "64", None),
        ("Scores:\n65 Mary Poe , Kate Hill ( Canada ) , Ann Roe\n66 Lou Diaz", "65", None),
        ("The poll's ranking:  1 John Smith.  2 Tom Brown.  3 Rick.  4 Al Stone.", "2", None),
        ("The poll's ranking:  1 John Smith.  2 Tom Brown.  3 Rick.  4 Al Stone.", "3", None),
        # a count of people, a plural noun or a name that a verb or a noun follows
        ("12 Democrats , 10 Republicans and two independents voted.", "12", "Democrats"),
        ("The vote:\n12 Democrats, 10 Republicans and two independents.", "12", "Democrats"),
        ("Reporters met him. 300 Marines landed at dawn.", "300", "Marines"),
        (
            "Nearby:\n800 Coast Guard personnel , most of them pilots.",
            "800",
            "Coast Guard personnel",
        ),
        ("He sold 3 Ford trucks, the dealer said.", "3", "Ford trucks"),
        ("They hired 40 Red Cross workers (volunteers) in May.", "40", "Red Cross workers"),
        ("Degrees awarded: 41 First Class, 820 Second Class.", "41", "First Class"),
        ("He took over the 4th Signal Brigade (SB) 16 months ago.", "4th", "Signal Brigade"),
    ],
)
def test_a_name_in_a_results_row_is_not_counted(text: str, span: str, counted: str) -> None:
    [quantity] = [q for q in numbers(text) if q.text == span]
    assert quantity.counted == counted
