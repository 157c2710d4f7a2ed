"""The ``quotes`` field: the capitalized words before a channel's noun name its medium
("in a Telegram post"), but a day or month ("at Saturday's debate", "at a Thursday news
conference", "in a May interview") or an owner ("at Tom Lee's rally") is no medium: the
channel is the noun alone."""

from __future__ import annotations

import pytest

from quote_checks import quotes


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("“We will win,” Ana Ruiz said at Saturday's debate.", "debate"),
        ("“We will win,” Ana Ruiz said at a Thursday news conference.", "news conference"),
        ("“We will win,” Ana Ruiz said in a May interview.", "interview"),
        (
            "“We will win,” Ana Ruiz told analysts during Friday’s conference call.",
            "conference call",
        ),
        ("“We will win,” Ana Ruiz said at Tom Lee’s rally.", "rally"),
        # a medium still is one
        ("“We will win,” Ana Ruiz wrote in a Telegram post.", "Telegram post"),
        ("“We will win,” Ana Ruiz said at a Michigan rally.", "Michigan rally"),
    ],
)
def test_a_day_or_an_owner_before_the_channel_is_no_medium(text: str, channel: str) -> None:
    [quote] = quotes(text)
    assert quote.channel == channel
