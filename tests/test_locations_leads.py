"""The forms a sentence in lower case is looked up in, and the words a match may start from
(:class:`~newsfacts_locations.leads.Leads`): each word asked once, then read from a memo."""

from __future__ import annotations

import pytest

from newsfacts.plugin import Segment
from newsfacts_locations.gazetteer import load
from newsfacts_locations.matching import Columns, Matcher

# A sentence's words, the forms they are looked up in, and the indices of those a match may
# start from: a word in capitals of four letters or more that is no key is looked up in
# title case ("NATO", "FIFA"); one that is a key as written stays ("DPRK").
READ = [
    (
        "NATO troops entered Kyiv's suburbs .",
        "Nato troops entered Kyiv's suburbs .",
        [3],
    ),
    (
        "The DPRK and the United States met .",
        "The DPRK and the United States met .",
        [1, 4],
    ),
    ("Washington-based FIFA said so .", "Washington-based Fifa said so .", [0]),
    ("Nobody was hurt , officials said .", "Nobody was hurt , officials said .", []),
]


@pytest.mark.parametrize(("sentence", "forms", "starts"), READ)
def test_leads_read(sentence: str, forms: str, starts: list[int]) -> None:
    matcher = Matcher(load())
    # asked twice: the second time every word is read from the memo
    for _ in range(2):
        assert matcher.leads.read(sentence.split()) == (forms.split(), starts)


# A sentence in lower case and the names the matcher finds in it, from the leads' forms.
NAMES = [
    ("NATO troops entered Kyiv's suburbs .", ["Kyiv"]),
    ("The DPRK and the United States met .", ["DPRK", "United States"]),
    ("Washington-based FIFA said so .", ["Washington"]),
]


@pytest.mark.parametrize(("sentence", "names"), NAMES)
def test_names_found_from_the_leads(sentence: str, names: list[str]) -> None:
    matcher = Matcher(load())
    texts = sentence.split()
    tokens, start = [], 0
    for text in texts:
        tokens.append(Segment(start, start + len(text), text))
        start += len(text) + 1
    assert [c.key for c in matcher.candidates(Columns.of(tokens), False)] == names


# A headline in capitals and the names the matcher finds in it: each word's form to look up
# ("NEW YORK": "New York", "McALLEN": "McAllen", "OF": "of") read once, then from a memo.
HEADLINES = [
    ("FLOODS STRIKE NEW YORK AND McALLEN", ["New York", "McAllen"]),
    ("STORM NEARS ISLE OF PALMS", ["Isle of Palms"]),
    ("NEW YORK MAYOR VISITS KYIV", ["New York", "Kyiv"]),
]


@pytest.mark.parametrize(("headline", "names"), HEADLINES)
def test_names_found_in_a_headline(headline: str, names: list[str]) -> None:
    matcher = Matcher(load())
    texts = headline.split()
    tokens, start = [], 0
    for text in texts:
        tokens.append(Segment(start, start + len(text), text))
        start += len(text) + 1
    # asked twice: the second time every word's form is read from the memo
    for _ in range(2):
        assert [c.key for c in matcher.candidates(Columns.of(tokens), True)] == names
