"""The organizations field: the seed article, the plugin checks every field passes, properties."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st
import pytest

import newsfacts
from newsfacts.plugin import tokenize
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts
from newsfacts_organizations import find_organizations, name_tables
from newsfacts_organizations import lexicon as organizations_lexicon
from organization_checks import organizations


def test_seed_article(seed_article: newsfacts.Article) -> None:
    found = find_organizations(newsfacts.Document.from_article(seed_article))
    names = {fact.name for fact in found}
    assert {
        "Kyiv Regional Administration",
        "Institute for the Study of War",
        "Kremlin",
        "White House",
        "Telegram",
    } <= names
    texts = {fact.text for fact in found}
    for not_an_organization in ("Russian", "Shahed", "Thursday", "Dmitry Peskov", "Keir Starmer"):
        assert not_an_organization not in texts
    for fact in found:
        assert seed_article.text[fact.start : fact.end] == fact.text
    [telegram] = [fact for fact in found if fact.name == "Telegram"]
    assert telegram.kind == "media"


def test_field_through_the_extractor(seed_article: newsfacts.Article) -> None:
    extractor = newsfacts.Extractor(["organizations"])
    result = extractor.extract(seed_article)
    assert not result.errors
    assert "Kremlin" in {fact.name for fact in result[newsfacts.ORGANIZATIONS]}
    assert extractor.providers[-1].needs == ("people",)


class _Person(newsfacts.Fact):
    pass


def test_a_person_is_not_an_organization() -> None:
    text = "Jordan said in a statement that he was pleased."
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    person = newsfacts.Fact.at(text, 0, 6)
    assert find_organizations(document, [person]) == []
    assert [fact.text for fact in find_organizations(document)] == ["Jordan"]


@hypothesis.given(st.text(max_size=300))
@hypothesis.settings(max_examples=300, deadline=None)
def test_never_raises_and_offsets_hold(text: str) -> None:
    for fact in organizations(text):
        assert text[fact.start : fact.end] == fact.text
        assert fact.name


WORDS = st.sampled_from(
    [
        "the",
        "of",
        "for",
        "and",
        "Bank",
        "Ministry",
        "Inc.",
        "NATO",
        "Kremlin",
        "(",
        ")",
        "ISW",
        "Party",
        "said",
        "shares",
        "of",
        ",",
        ".",
        "Apple",
        "United",
        "Nations",
        "'s",
        "Co",
        "U.N.",
        "-",
        "based",
        "Washington-based",
        "ACME",
        "newspaper",
    ]
)


@hypothesis.given(st.lists(WORDS, max_size=40).map(" ".join))
@hypothesis.settings(max_examples=300, deadline=None)
def test_name_like_text_never_raises(text: str) -> None:
    for fact in organizations(text):
        assert text[fact.start : fact.end] == fact.text


# --- the checks every plugin passes (newsfacts.testing) -----------------------------------

UNDER_TEST = FieldUnderTest.load(newsfacts.ORGANIZATIONS)


def test_passes_the_plugin_checks() -> None:
    check_field(
        UNDER_TEST,
        [
            "The Institute for the Study of War (ISW) said NATO would meet.",
            "Reuters reported that the United Nations had left.",
        ],
    )


@hypothesis.settings(max_examples=25, deadline=None)
@hypothesis.given(news_texts())
def test_news_texts_pass_the_plugin_checks(text: str) -> None:
    check_text(UNDER_TEST, text)


def test_a_long_text_read_in_chunks_finds_what_one_read_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text of more sentences than one chunk is read a chunk at a time; the chunks past the
    words kept are read again in the second pass, when their words may hold a name taken. A
    name taken in the first chunk is still found again in the last ones, as written or in
    capitals, whichever chunks were kept."""
    from newsfacts_organizations import chunks

    filler = "The committee met again on a quiet morning. "
    text = (
        "Officials of the Northfield Water Authority said the plan was ready. "
        + filler * 30
        + "The Northfield Water Authority (NWA) will vote in June. "
        + filler * 30
        + "NWA staff agreed. "
        + filler * 30
        + "NORTHFIELD WATER AUTHORITY STAFF AGREED.\n"
    )
    found: dict[tuple[int, int, int], list[tuple[str, int, str]]] = {}
    for chunk, kept, characters in (
        (2000, 200_000, 12_000),
        (8, 200_000, 12_000),
        (8, 100, 12_000),
        (8, 0, 12_000),
        (2000, 100, 300),  # chunks of a few sentences, cut by their characters
    ):
        monkeypatch.setattr(chunks, "_CHUNK", chunk)
        monkeypatch.setattr(chunks, "_KEPT_WORDS", kept)
        monkeypatch.setattr(chunks, "_CHUNK_CHARACTERS", characters)
        found[chunk, kept, characters] = [
            (fact.text, fact.start, fact.name) for fact in organizations(text)
        ]
    whole = found[2000, 200_000, 12_000]
    assert all(facts == whole for facts in found.values())
    assert [fact[0] for fact in whole] == [
        "Northfield Water Authority",
        "Northfield Water Authority",
        "NWA",
        "NWA",
        "NORTHFIELD WATER AUTHORITY",
    ]


def test_a_repeated_sentence_finds_what_each_copy_finds() -> None:
    """The candidates of a sentence the text repeats are found once and moved to each copy
    (not while tracing); a person's name over one copy's candidate still rejects it there,
    and the facts are those a trace (which decides each copy anew) finds."""
    from newsfacts.explain import recording

    piece = "The Acme Institute said so. USA Today said so. "
    text = piece * 4
    second = text.index("Acme", len(piece))
    person = newsfacts.Person.at(text, second, second + len("Acme Institute"), name="Acme")
    document = newsfacts.Document.from_article(newsfacts.Article(text=text))
    found = [(fact.text, fact.start) for fact in find_organizations(document, [person])]
    with recording("organizations", text):
        traced = find_organizations(
            newsfacts.Document.from_article(newsfacts.Article(text=text)), [person]
        )
    assert found == [(fact.text, fact.start) for fact in traced]
    starts = [start for name, start in found if name == "Acme Institute"]
    assert starts == [index * len(piece) + 4 for index in (0, 2, 3)]
    assert [name for name, _ in found].count("USA Today") == 4


# Words of names, the abbreviations a period joins among them ("Dr", "Inc", "D", "ST")
_KEY_WORDS = st.sampled_from(["Dr", "Inc", "Co", "D", "ST", "Smith", "Babaka", "s", "U", "a"])
_KEY_GLUE = st.sampled_from(["", ".", " ", ". ", "  ", "'", "’s ", "-", "7"])


@hypothesis.given(st.lists(st.tuples(_KEY_WORDS, _KEY_GLUE), max_size=6))
@hypothesis.settings(max_examples=300, deadline=None)
def test_key_of_simple_names_as_units(pieces: list[tuple[str, str]]) -> None:
    """A name read without the tokenizer ("Dr. Babaka Smith") has the key its units give."""
    name = "".join(word + glue for word, glue in pieces)
    tokens = tokenize(name)
    units = organizations_lexicon.units(tokens, name)
    assert organizations_lexicon.key_of(name) == tuple(unit.text for unit in units)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The chain was sold on Friday, Gazeta Lubelska daily said on Saturday.",
            [("Gazeta Lubelska", "media")],
        ),
        (
            "The plant will close, the Kurier Poranny weekly reported.",
            [("Kurier Poranny", "media")],
        ),
    ],
)
def test_a_daily_or_weekly_that_reports_is_a_news_medium(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(fact.text, fact.kind) for fact in organizations(text)] == found


# Last words of names, and what may follow one in an article ("NRA's", "News’", "McDonald's'").
_NAME_WORDS = st.sampled_from(["NRA", "News", "Reuters", "McDonald's", "Bank", "of", "s", "UN’s"])
_AFTER_NAME = st.sampled_from(["", "'s", "’s", "'", "’", "s", "'s's"])


def _spelled_out(names: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """``names`` with the possessives of their last words spelled out, a name of its own
    first: the table as it was kept before NameTable looked possessives up."""
    table = dict(names)
    for key, entry in names.items():
        last = key[-1]
        if not last.endswith(("'s", "’s")):
            for ending in ("'s", "’s", "'", "’") if last.endswith("s") else ("'s", "’s"):
                table.setdefault((*key[:-1], last + ending), entry)
    return table


@hypothesis.given(
    st.lists(st.lists(_NAME_WORDS, min_size=1, max_size=3).map(tuple), max_size=6),
    st.lists(st.tuples(st.integers(0, 5), _AFTER_NAME), max_size=8),
)
@hypothesis.settings(max_examples=300, deadline=None)
def test_a_names_possessive_is_looked_up_as_the_name(
    keys: list[tuple[str, ...]], asked: list[tuple[int, str]]
) -> None:
    """A name table finds the possessives of its names ("the NRA's refusal", "Breitbart
    News’ editor") as if each were spelled out in it, and the lengths of names starting
    with each word count a possessive of one word too."""
    names = {key: " ".join(key) for key in keys}
    entries = {key: name_tables.Entry(name, None, None) for key, name in names.items()}
    table = name_tables.NameTable(entries)
    spelled = _spelled_out(names)
    queries = [*spelled]
    for number, after in asked:
        if keys:
            key = keys[number % len(keys)]
            queries.append((*key[:-1], key[-1] + after))
    for query in queries:
        entry = table.entry(query)
        assert (entry and entry.name) == spelled.get(query)
        if entry is not None:
            assert table.possessive(query) == (query not in names)
    lengths: dict[str, set[int]] = {}
    for key in spelled:
        lengths.setdefault(key[0], set()).add(len(key))
    assert table.lengths == {word: sorted(sizes, reverse=True) for word, sizes in lengths.items()}
