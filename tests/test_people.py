"""The people field: the seed article, the plugin checks every field passes, properties."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st
import pytest

import newsfacts
from newsfacts.plugin import decide
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts
from newsfacts_people import candidates, mentions, person_cues, runs, surroundings
from newsfacts_people import lexicon as people_lexicon
from newsfacts_people.names import read
from newsfacts_people.run_checks import RUN_CHECKS
from people_checks import people


def test_seed_people(seed_article: newsfacts.Article) -> None:
    found = people(seed_article.text)
    names = {person.name for person in found}
    assert {
        "Tymur Tkachenko",
        "Volodymyr Zelenskiy",
        "Dmitry Peskov",
        "Donald Trump",
        "Keir Starmer",
        "Emmanuel Macron",
        "Keith Kellogg",
        "Lindsey Graham",
        "Richard Blumenthal",
        "Vladimir Putin",
    } <= names
    texts = {person.text for person in found}
    assert not {"Kyiv", "Thursday", "Shahed", "Telegram"} & (names | texts)
    by_text = {person.text: person for person in found}
    assert by_text["Mr Zelenskiy"].name == "Volodymyr Zelenskiy"
    assert by_text["Mr Starmer"].name == "Keir Starmer"
    assert by_text["Mr Starmer"].title == "Mr"
    assert by_text["Dmitry Peskov"].role == "Kremlin spokesperson"
    assert by_text["Keir Starmer"].role == "UK prime minister"
    assert by_text["Tymur Tkachenko"].role == "head of the Kyiv Regional Administration"
    for person in found:
        assert seed_article.text[person.start : person.end] == person.text


def test_a_mention_never_crosses_a_bracket() -> None:
    text = "but while (Russian President Vladimir) Putin turns his back on peace, Putin waits."
    found = [(p.text, p.name, p.title) for p in people(text)]
    assert found == [
        ("Vladimir", "Vladimir Putin", "President"),
        ("Putin", "Vladimir Putin", None),
        ("Putin", "Vladimir Putin", None),
    ]


def test_seed_mentions_are_well_formed(seed_article: newsfacts.Article) -> None:
    for person in people(seed_article.text):
        assert not any(mark in person.text for mark in '()[],;:!?“”"')
        assert person.text == person.text.strip()


@hypothesis.given(st.text(alphabet="Mr. JohnSmit said,“”\"' \nDrKyivThe", max_size=300))
@hypothesis.settings(max_examples=200, deadline=None)
def test_never_raises_offsets_hold(text: str) -> None:
    for person in people(text):
        assert text[person.start : person.end] == person.text
        assert person.name


# The cheap tests read before a pattern (what it can start with) never change its answer.
_AFTER_NAME = st.text(alphabet=" \u00a0,&andCoSsdailyw)(4D-I.x", max_size=24)


@hypothesis.given(_AFTER_NAME)
@hypothesis.settings(max_examples=300, deadline=None)
def test_the_quick_tests_after_a_name_change_no_answer(after: str) -> None:
    text, end = "Jan Smith" + after, len("Jan Smith")
    found = people_lexicon.NEXT_LOWER.match(text, end, min(len(text), end + 20))
    org = (found is not None and found.group(1) in people_lexicon.ORG_AFTER_NOUNS) or bool(
        people_lexicon.FIRM_AFTER.match(text, end, min(len(text), end + 16))
    )
    assert surroundings.names_organization(text, end) == org
    person = person_cues.PERSON_AFTER.match(text, end, min(len(text), end + 12)) is not None
    assert person_cues.person_after(text, end, ("Jan", "Smith")) == person
    gap = people_lexicon.NAME_GAP.fullmatch(after) is not None
    assert not gap or after[0] in runs._GAP_OPENERS
    appositive = people_lexicon.APPOSITIVE.match(text, end) is not None
    assert not appositive or after.startswith(",")


_SPACES = st.text(alphabet=" \u00a0", min_size=1, max_size=3)


@hypothesis.given(
    st.sampled_from(["", '"', ")", "”"]),
    _SPACES,
    st.lists(st.tuples(st.sampled_from(sorted(people_lexicon.PARTICLES)), _SPACES), max_size=3),
    st.sampled_from(["", '"', "“"]),
)
@hypothesis.settings(max_examples=300, deadline=None)
def test_every_name_gap_passes_the_particles_test_read_before_the_pattern(
    closing: str, spaces: str, particles: list[tuple[str, str]], opening: str
) -> None:
    """runs.runs tests that a gap's words are particles before NAME_GAP: every gap the
    pattern matches passes it ("Ursula von der Leyen", 'Earvin "Magic" Johnson')."""
    gap = closing + spaces + "".join(word + space for word, space in particles) + opening
    assert people_lexicon.NAME_GAP.fullmatch(gap) is not None
    assert people_lexicon.PARTICLES.issuperset(gap.strip(runs._GAP_MARKS).split())


def _document(text: str) -> newsfacts.Document:
    return newsfacts.Document.from_article(newsfacts.Article(text=text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ursula von der Leyen met Charles de Gaulle.",
            ["Ursula von der Leyen", "Charles de Gaulle"],
        ),
        ("Mwangi and Odhiambo said Otieno left.", ["Mwangi", "Odhiambo", "Otieno"]),
        ('Earvin "Magic" Johnson spoke.', ['Earvin "Magic" Johnson']),
    ],
)
def test_a_gap_of_words_that_are_no_particles_joins_no_run(text: str, names: list[str]) -> None:
    assert [text[group[0][0] : group[-1][1]] for group in runs.runs(_document(text))] == names


def test_a_run_a_text_repeats_in_the_same_words_gives_the_mentions_read_anew(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The mentions of a run are kept for each context the text repeats (mentions._Repeats):
    they are those read at every run anew, each where its run stands."""
    piece = "Officials in Red Oak, Iowa, said Ann Smith, 52, of Boston met Smith. "
    text = piece * 12 + "By ANN SMITH\nRed Oak Police Chief John Doe said so. " * 3 + piece * 12
    kept = mentions.find_mentions(_document(text))

    def read_anew(
        repeats: mentions._Repeats, group: list[runs.Token], parts: object
    ) -> tuple[list[candidates.Mention], bool]:
        return mentions._read(repeats.text, group, parts)  # type: ignore[arg-type]

    monkeypatch.setattr(mentions._Repeats, "read", read_anew)
    anew = mentions.find_mentions(_document(text))
    # the same mentions, and the same contexts (kept with those of a repeated context)
    assert [(m[:-1], candidates.context(text, m)) for m in kept] == [
        (m[:-1], candidates.context(text, m)) for m in anew
    ]
    assert [m.start for m in kept if m.written == "Ann Smith"] == [
        i for i in range(len(text)) if text.startswith("Ann Smith", i)
    ]


@pytest.mark.parametrize(
    "run",
    [
        "NEW YORK CITY POLICE SAY",
        "JJ REDICK",
        "AJ",
        "NATO",
        "PRESIDENT JOHN SMITH",
        "MR JOHN SMITH",
        "SEN JD VANCE",
        "ST LOUIS",
    ],
)
def test_a_run_of_acronyms_is_rejected_unread(run: str) -> None:
    """A run whose words are all acronyms (no name suffix) is rejected before its words are
    read (mentions._shouted): the checks reject it, read."""
    words = tuple(run.split())
    assert mentions._shouted(words)
    assert decide(RUN_CHECKS, read(words).run, default="name", start=0, end=1) == "reject"


# --- the checks every plugin passes (newsfacts.testing) -----------------------------------

UNDER_TEST = FieldUnderTest.load(newsfacts.PEOPLE)


def test_passes_the_plugin_checks() -> None:
    check_field(
        UNDER_TEST,
        [
            "Prime Minister Keir Starmer met Volodymyr Zelenskiy in London. Mr Starmer said "
            "little.",
            "Kremlin spokesperson Dmitry Peskov declined to comment.",
        ],
    )


@hypothesis.settings(max_examples=25, deadline=None)
@hypothesis.given(news_texts())
def test_news_texts_pass_the_plugin_checks(text: str) -> None:
    check_text(UNDER_TEST, text)


def test_a_page_of_capitalized_words_is_no_name() -> None:
    titles = "President Prime Minister Secretary General Mr. Dr. Sen. " * 40
    assert people(titles + "Ana Ruiz said.") == []  # one run of 322 words, not a person
    headline = "Elizabeth Warren Just Landed A Big Endorsement That Might Reshape The Contest Here"
    assert [person.name for person in people(headline)] == ["Elizabeth Warren"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the charity named after the scientist: its noun names it in the whole article
        (
            "The charity Marie Curie said its nurses were stretched. Marie Curie nurses "
            "visited 40,000 families last year.",
            [],
        ),
        # without it, the scientist
        ("Marie Curie won the Nobel Prize in Physics in 1903.", ["Marie Curie"]),
        ("Marie Curie said in her notes that the work was slow.", ["Marie Curie"]),
        # a founder's clause after the name, no object: the founder
        ("A charity Jane Smith founded in 2019 now feeds 300 families.", ["Jane Smith"]),
        ("The charity Tom Evans set up after his son died has raised £2m.", ["Tom Evans"]),
        ("The charity Ruth Patel runs, Food First, opened a second hub.", ["Ruth Patel"]),
        # the charity's own act, with an object
        ("The charity Marie Curie launched an appeal on Monday.", []),
    ],
)
def test_a_charity_named_after_a_person_is_no_person_after_its_noun(
    text: str, names: list[str]
) -> None:
    assert [person.text for person in people(text)] == names
