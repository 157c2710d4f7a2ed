"""The source a sentence cites with "according to" beside the cue of a quote, or with a
reporter's "reported" set off by a comma (``newsfacts_quotes/sources.py``): '“...,” Ana Ruiz
said, according to CNN' tells what Ana Ruiz said as the writer has it from CNN, and the
quote is CNN's, as attribution corpora annotate the outer source (it was Ana Ruiz's). Not a
source that relays the words "as reported by", nor "according to" inside what a cue reports
or inside a clause about the speaker.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check, quotes

ROWS: list[Row] = [
    (
        "“We will win this seat,” Ana Ruiz said, according to CNN.",
        "We will win this seat,",
        "CNN",
        "according to",
        "CNN",
    ),
    (
        "“The money is there,” the mayor told reporters, according to a recording of the"
        " broadcast.",
        "The money is there,",
        "recording of the broadcast",
        "according to",
        "recording of the broadcast",
    ),
    (
        "“We will win this seat,” Ana Ruiz told supporters, according to a spokesman, Tom Reyes.",
        "We will win this seat,",
        "Tom Reyes",
        "according to",
        "Tom Reyes",
    ),
    # (a cue before the quote, the source cited after it)
    (
        "Ana Ruiz said “we will win this seat,” according to CNN.",
        "we will win this seat,",
        "CNN",
        "according to",
        "CNN",
    ),
    # (the source cited before the cue, the words the subject of a clause after it)
    (
        "According to the newspaper, Ana Ruiz said Friday that the council would “never back"
        " down.”",
        "never back down.",
        "newspaper",
        "according to",
        "newspaper",
    ),
    (
        "According to a court filing, the builder told Tom Lee: “The walls will hold.”",
        "The walls will hold.",
        "court filing",
        "according to",
        "court filing",
    ),
]

# A reporter's "reported" or "reports" set off by a comma cites a source too.
REPORTED: list[Row] = [
    (
        "“We will win this seat,” said Ana Ruiz, a council member, reports the Daily Ledger.",
        "We will win this seat,",
        "Daily Ledger",
        "reports",
        "Daily Ledger",
    ),
    (
        "“The vote was fair,” Tom Lee said late on Monday, the Daily Ledger reported.",
        "The vote was fair,",
        "Daily Ledger",
        "reported",
        "Daily Ledger",
    ),
    (
        "Ana Ruiz said: “We will win this seat,” the Daily Ledger reported.",
        "We will win this seat,",
        "Daily Ledger",
        "reported",
        "Daily Ledger",
    ),
]

# The speaker the cue names, whatever "according to" says elsewhere.
NOT_CITED: list[Row] = [
    (
        "“We will win this seat,” Ana Ruiz said, as reported by CNN.",
        "We will win this seat,",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz said: “We will win this seat,” as the Daily Ledger reported.",
        "We will win this seat,",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "“We will win this seat,” Ana Ruiz said of a poll that reported gains.",
        "We will win this seat,",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    # (inside what the cue reports)
    (
        "Ana Ruiz said that, according to its count, the party had “won easily.”",
        "won easily.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "“The file was lost,” Tom Lee said according to the records it had been moved twice.",
        "The file was lost,",
        "Tom Lee",
        "said",
        "Tom Lee",
    ),
    # (inside a clause about the speaker)
    (
        "“We will win this seat,” said Ana Ruiz, who according to court papers owns three firms.",
        "We will win this seat,",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_a_source_cited_with_according_to_is_the_speaker(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), REPORTED)
def test_a_reporter_set_off_by_a_comma_is_the_speaker(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), NOT_CITED)
def test_according_to_elsewhere_leaves_the_cues_speaker(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)


def test_the_speech_goes_on_with_the_cited_source_and_keeps_its_channel() -> None:
    text = (
        "Ana Ruiz met Tom Lee on Monday. “We will win this seat,” she told a news"
        " conference in Riverton, the Daily Ledger reported. “We have the money.”"
    )
    assert [(quote.text, quote.speaker, quote.channel) for quote in quotes(text)] == [
        ("We will win this seat,", "Daily Ledger", "news conference"),
        ("We have the money.", "Daily Ledger", "news conference"),
    ]
