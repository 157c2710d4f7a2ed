"""Tokens kept as columns of offsets give the same segments as the tokenizer, kept or not."""

from __future__ import annotations

import doctest

import hypothesis
import hypothesis.strategies as st
import pytest

from newsfacts import text as segmentation
from newsfacts import tokens as tokens_module
from newsfacts.text import Segment
from newsfacts.tokens import Tokens

NEWS = "WASHINGTON (AP) — The U.S. Senate voted 51-49 on Tuesday. “It’s over,” O’Malley said..."


def test_the_module_examples_run() -> None:
    outcome = doctest.testmod(tokens_module)
    assert (outcome.attempted, outcome.failed) == (3, 0)


@pytest.fixture(params=["kept", "made on demand"])
def keep(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of giving segments: kept once (a short text) and made per request (past
    the first KEPT_SEGMENTS tokens)."""
    if request.param == "made on demand":
        monkeypatch.setattr(tokens_module, "KEPT_SEGMENTS", 0)
    return str(request.param)


def test_tokens_are_the_tokenizer_s_segments(keep: str) -> None:
    tokens = Tokens(NEWS)
    assert list(tokens) == list(segmentation.tokens(NEWS))
    assert [token.text for token in tokens][:6] == ["WASHINGTON", "(", "AP", ")", "—", "The"]
    assert tokens[-1] == (len(NEWS) - 1, len(NEWS), ".")  # "..." is three tokens
    assert tokens[6] == (22, 26, "U.S.")
    assert tokens[5:8] == ((18, 21, "The"), (22, 26, "U.S."), (27, 33, "Senate"))
    assert list(tokens.starts[:3]) == [0, 11, 12]
    assert list(tokens.ends[:3]) == [10, 12, 14]
    assert repr(tokens) == f"<Tokens: {len(segmentation.tokens(NEWS))} tokens>"
    assert list(tokens.texts())[4:8] == ["—", "The", "U.S.", "Senate"]


def test_between_gives_the_tokens_wholly_inside(keep: str) -> None:
    tokens = Tokens(NEWS)
    assert [t.text for t in tokens.between(18, 40)] == ["The", "U.S.", "Senate", "voted"]
    assert [t.text for t in tokens.between(19, 40)] == ["U.S.", "Senate", "voted"]  # "The" cut
    assert tokens.between(40, 40) == ()
    assert tokens.index_at(19) == 6


def test_texts_and_starts_from_give_new_lists_of_a_column(keep: str) -> None:
    tokens = Tokens(NEWS)
    assert tokens.texts_from(5, 8) == ["The", "U.S.", "Senate"]
    assert tokens.texts_from(0, len(tokens)) == [token.text for token in tokens]
    assert tokens.texts_from(8, 8) == []
    assert tokens.starts_from(5, 8) == [18, 22, 27]
    assert tokens.starts_from(0, len(tokens)) == [token.start for token in tokens]
    texts = tokens.texts_from(5, 8)
    texts[0] = "A"  # the caller's own list: the tokens keep their texts
    assert tokens[5].text == "The"


def test_a_stretch_s_segments_and_ends_are_made_for_it_alone(keep: str) -> None:
    """A field reading a few sentences' segments (and none reading every token) does not
    have the whole text's made; once they are, they are sliced."""
    tokens = Tokens(NEWS)
    assert tokens.ends_from(5, 8) == [21, 26, 33]
    assert tokens.segments_from(5, 8) == ((18, 21, "The"), (22, 26, "U.S."), (27, 33, "Senate"))
    assert [t.text for t in tokens.between(18, 40)] == ["The", "U.S.", "Senate", "voted"]
    if keep == "kept":
        assert tokens._kept is None  # (the text's segments not made for these)
    assert tokens[5] == (18, 21, "The")
    assert tokens.segments_from(5, 8) == tokens[5:8]


@pytest.mark.parametrize("text", [NEWS, NEWS * (2 * tokens_module._ONE_STRETCH // len(NEWS))])
def test_the_offsets_are_read_only(text: str) -> None:
    """A short text's offsets (tuples) and a longer one's (arrays, seen through a view)."""
    tokens = Tokens(text)
    with pytest.raises(TypeError):
        tokens.starts[0] = 5  # type: ignore[index]
    with pytest.raises(TypeError):
        tokens.ends[0] = 5  # type: ignore[index]
    assert list(tokens.starts[:3]) == [0, 11, 12]


def _inside(segments: tuple[Segment, ...], start: int, end: int) -> tuple[Segment, ...]:
    """The segments wholly inside ``start``..``end``, read one by one (tokens are in order and
    never overlap)."""
    found = []
    for segment in segments:
        if segment.start < start:
            continue
        if segment.end > end:
            break
        found.append(segment)
    return tuple(found)


@hypothesis.given(
    text=st.text(alphabet=st.sampled_from(list("ab A.,'’-—1 \n!?“”")), max_size=80),
    first=st.integers(-90, 90),
    last=st.integers(-90, 90),
    step=st.sampled_from([None, 1, 2, -1]),
)
def test_any_text_any_slice_as_a_tuple_of_the_tokenizer_s_segments(
    text: str, first: int, last: int, step: int | None
) -> None:
    expected = segmentation.tokens(text)
    for kept in (tokens_module.KEPT_SEGMENTS, 3, 0):
        original, tokens_module.KEPT_SEGMENTS = tokens_module.KEPT_SEGMENTS, kept
        try:
            tokens = Tokens(text)
            assert tokens.segments_from(first, last) == expected[first:last]
            assert tuple(tokens) == expected
            assert tokens[first:last:step] == expected[first:last:step]
            assert [tokens[i] for i in range(-len(expected), len(expected))] == [
                expected[i] for i in range(-len(expected), len(expected))
            ]
            with pytest.raises(IndexError):
                tokens[len(expected)]
            assert tokens.between(first, last) == _inside(expected, first, last)
            assert list(tokens.texts()) == [token.text for token in expected]
            texts, starts = [t.text for t in expected], [t.start for t in expected]
            assert tokens.texts_from(first, last) == texts[first:last]
            assert tokens.starts_from(first, last) == starts[first:last]
            assert tokens.ends_from(first, last) == [t.end for t in expected][first:last]
            assert tokens.segments_from(first, last) == expected[first:last]
        finally:
            tokens_module.KEPT_SEGMENTS = original


@pytest.mark.parametrize(
    "piece",
    [
        "The U.S. Senate voted 51-49, O’Malley said... ",  # cut at white space
        "word,\n",
        "“U.S.”1,000.5!!!!—",  # no white space: cut before a symbol no token spans
        "$1,$$$$1,",  # no white space: not cut inside a run of a symbol
        "O’Malley-1.5x,",  # no white space, no symbol: matched a batch at a time
        "x" * 70_000 + " ",  # a token longer than a stretch
        "a" + ";" * 70_000 + "....x",  # a run of one mark longer than a stretch, then short
    ],
)
def test_a_long_text_is_tokenized_a_stretch_at_a_time_with_the_same_tokens(piece: str) -> None:
    text = piece * (3 * tokens_module._ONE_STRETCH // len(piece) + 7)
    assert tuple(Tokens(text)) == segmentation.tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        # one accented name in a long typographic text: only its part is split by the full
        # pattern
        "“It’s over,” he said — 51-49. " * 400 + "Zoë Ball said. " + "The U.S. Senate. " * 400,
        "Łódź, Kraków and Gdańsk. " * 1_000,  # letters past ASCII in every part
        "Zoë" * 3_000 + " and more",  # no white space to cut at: one part
        "café " * 819 + "x" * 10 + " " + "naïve. " * 700,  # a cut at the part's length
    ],
)
def test_a_long_mixed_text_is_split_a_part_at_a_time_with_the_same_tokens(text: str) -> None:
    assert len(text) > tokens_module._PART
    assert tuple(Tokens(text)) == segmentation.tokens(text)


# Every ASCII character, with the separators and marks the token pattern reads around it
_ASCII = "".join(map(chr, range(128))) + "aZ09 .,:'-$!"


@pytest.mark.parametrize("character", [chr(code) for code in range(128)])
def test_an_ascii_text_splits_by_re_as_by_regex(character: str) -> None:
    """re's ASCII pieces are the regex module's, for every ASCII character in the contexts
    the pattern reads (a word, a number, an abbreviation, a run of one mark)."""
    for sample in (character, f"a{character}b", f"1{character}2", character * 5, f"A.{character}"):
        assert segmentation.ASCII_PIECES.split(sample) == segmentation.PIECES.split(sample)


@hypothesis.given(st.text(alphabet=_ASCII, max_size=40))
def test_random_ascii_texts_split_alike(sample: str) -> None:
    assert segmentation.ASCII_PIECES.split(sample) == segmentation.PIECES.split(sample)


# Every typographic character re splits (curly quotes, dashes, no-break and thin spaces,
# currency signs), with ASCII letters, digits and separators around it
_TYPOGRAPHIC = _ASCII + "".join(segmentation._TYPOGRAPHY)


@pytest.mark.parametrize("character", segmentation._TYPOGRAPHY)
def test_a_typographic_character_splits_by_re_as_by_regex(character: str) -> None:
    """re's pieces are the regex module's for every character past ASCII it is given,
    as a symbol, a gap or an apostrophe, in the contexts the pattern reads."""
    for sample in (character, f"a{character}b", f"1{character}2", character * 5, f"A.{character}"):
        assert segmentation.typographic(sample)
        assert segmentation.TYPOGRAPHIC_PIECES.split(sample) == segmentation.PIECES.split(sample)


@hypothesis.given(st.text(alphabet=_TYPOGRAPHIC, max_size=40))
def test_random_typographic_texts_split_alike(sample: str) -> None:
    assert segmentation.TYPOGRAPHIC_PIECES.split(sample) == segmentation.PIECES.split(sample)


def test_a_curly_quoted_sentence_is_typographic_and_split_as_a_word_s_text() -> None:
    sample = "“We’re done,” said Ms. O’Hara\u00a0— at 9:30 a.m.… for €5 at n° 7."
    assert segmentation.typographic(sample)
    pieces = segmentation.TYPOGRAPHIC_PIECES.split(sample)
    assert pieces[1::3] == [
        "“", "We’re", "done", ",", "”", "said", "Ms", ".", "O’Hara", "—", "at", "9:30", "a.m.",
        "…", "for", "€", "5", "at", "n", "°", "7", ".",
    ]  # fmt: skip
    gaps = pieces[0::3]  # the gap before each token
    assert gaps[9:11] == ["\u00a0", " "]  # the no-break space a gap, as a space is
    assert [token.text for token in Tokens(sample)] == pieces[1::3]


@pytest.mark.parametrize("sample", ["café au lait", "5 µm", "Ⅻ", "x\u0301", "٣ days"])
def test_a_letter_mark_or_digit_past_ascii_is_not_typography(sample: str) -> None:
    """A letter ("é", and "µ", a letter of the Latin-1 block), a combining mark or a digit
    past ASCII is left to the regex module's Unicode classes."""
    assert not segmentation.typographic(sample)


# Letters, marks and digits of other scripts, the separators inside tokens, marks and white
# space: the characters the two token patterns tell apart.
_UNICODE = _ASCII + "éÉßø\u0301\u0308ĳ٣Ⅻ’‘“”–—…\u00a0\u2009\x1c\x85"


@pytest.mark.parametrize(
    "sample",
    [NEWS, "café\u0301 naïve ٣,٤٥٠", "\u0301a O’Malley’s", "———— ‘’‘’ ....x", "Ⅻ, 3rd ’90s"],
)
def test_the_split_finds_the_tokens_the_token_pattern_finds(sample: str) -> None:
    """PIECES (the first character, then what follows it told by that character) and
    TOKEN_PATTERN (a choice told by the first character) find the same tokens."""
    pieces = segmentation.PIECES.split(sample)
    found = [(match.group(), match.group("mark")) for match in segmentation.TOKEN.finditer(sample)]
    assert list(zip(pieces[1::3], pieces[2::3], strict=True)) == found


@hypothesis.given(st.text(alphabet=_UNICODE, max_size=40))
def test_random_texts_split_into_the_token_pattern_s_tokens(sample: str) -> None:
    pieces = segmentation.PIECES.split(sample)
    found = [(match.group(), match.group("mark")) for match in segmentation.TOKEN.finditer(sample)]
    assert list(zip(pieces[1::3], pieces[2::3], strict=True)) == found


def test_the_text_module_examples_run() -> None:
    """The examples of newsfacts.text (starts_of's, where listed words are written)."""
    outcome = doctest.testmod(segmentation)
    assert outcome.failed == 0 and outcome.attempted >= 1
