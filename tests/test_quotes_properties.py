"""Properties of the quotes field on any text (hypothesis): it never raises and its offsets
hold; and the checks every plugin passes (``newsfacts.testing``)."""

from __future__ import annotations

import hypothesis
import hypothesis.strategies as st

import newsfacts
from newsfacts.testing import FieldUnderTest, check_field, check_text, news_texts
from quote_checks import quotes


@hypothesis.given(
    st.text(alphabet="“”\"‘’' abc.,:\nSaidMrTrump he said", max_size=400),
)
@hypothesis.settings(max_examples=300, deadline=None)
def test_never_raises_offsets_hold(text: str) -> None:
    for quote in quotes(text):
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None:
            assert quote.speaker_end is not None
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)


# --- the checks every plugin passes (newsfacts.testing) -----------------------------------

UNDER_TEST = FieldUnderTest.load(newsfacts.QUOTES)


def test_passes_the_plugin_checks() -> None:
    check_field(
        UNDER_TEST,
        [
            "“We will win,” Volodymyr Zelenskiy said in a Telegram post.",
            "Emmanuel Macron described the coalition as “ready to go”.",
        ],
    )


@hypothesis.settings(max_examples=25, deadline=None)
@hypothesis.given(news_texts())
def test_news_texts_pass_the_plugin_checks(text: str) -> None:
    check_text(UNDER_TEST, text)
