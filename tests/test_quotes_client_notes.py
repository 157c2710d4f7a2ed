"""The ``quotes`` field: the channels of markets, opinion and politics, where analysts, banks
and papers write their words (a note to clients, a research note, a newsletter, an editorial,
testimony) and the gatherings told them ("told a news conference", "told a rally";
``data/channels.tsv``)."""

from __future__ import annotations

import pytest

from quote_checks import quotes


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "“We think the bar for further cuts is high,” the economists wrote in a note "
            "to clients.",
            "note",
        ),
        (
            "“Rates have peaked,” Jane Ortiz, an analyst at Capital Economics, said in a "
            "research note on Monday.",
            "research note",
        ),
        ("“The Fed has lost its way,” the newspaper said in an editorial.", "editorial"),
        ("“We must act now,” Ana Ruiz said in written testimony to the committee.", "testimony"),
        ("“Buy the dip,” Tom Reyes wrote in his weekly newsletter.", "newsletter"),
    ],
)
def test_the_channels_of_analysts_and_papers(text: str, channel: str) -> None:
    [quote] = quotes(text)
    assert quote.channel == channel


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "“Alberta will not be bullied,” Ana Ruiz told a news conference in Calgary.",
            "news conference",
        ),
        ("“We will win,” Tom Reyes told a rally in Lagos.", "rally"),
        ("“Talks went well,” the envoy told the briefing.", "briefing"),
        ("“We are ready,” the minister told state TV.", "state TV"),
        # a person told: no channel
        ("“No comment,” Tom Reyes told a reporter.", None),
    ],
)
def test_a_gathering_told_the_words_is_their_channel(text: str, channel: str | None) -> None:
    [quote] = quotes(text)
    assert quote.channel == channel
