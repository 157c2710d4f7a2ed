"""A transcript an article quotes, turn by turn: the label in capitals before the colon
speaks the line ('"PENCE: ...' is Mike Pence's, the article naming him; '"WALLACE: ...' is
Wallace's, a label opening several turns), a heading's label names no one ('"VIDEO: ...'),
and a direction in brackets between turns is no quote ('"(CROSSTALK.)')."""

from __future__ import annotations

from quote_checks import quotes

TRANSCRIPT = (
    "On “Fox News Sunday,” Gov. Mike Pence said the tweet was only meant “to mock” the"
    " Clinton campaign.\n\n"
    "Partial transcript as follows:\n\n"
    '"WALLACE: Will Gennifer Flowers actually be there tomorrow night?\n\n'
    '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n'
    '"But the truth is that the American people care about the issues.\n\n'
    '"(CROSSTALK.)\n\n'
    '"WALLACE: Governor, I don’t want to interrupt, but I want to try to get —.\n\n'
    '"PENCE: And that’s why Donald Trump is on his way to the White House."'
)

DEBATE = (
    "Hillary Clinton said the mother of Sean Smith is “absolutely wrong.”\n\n"
    "Partial transcript as follows:\n\n"
    '"RAMOS: Secretary Clinton, some of the families claim you lied to them. Listen.\n\n'
    '"VIDEO: They all told me it was a video when they knew it was not the video.\n\n'
    '"RAMOS: Secretary Clinton, did you lie to them?\n\n'
    '"CLINTON: I feel a great deal of sympathy for the families of the four brave Americans'
    ' that we lost at Benghazi."'
)


def _turns(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            quote.text.split(":")[0] if ":" in quote.text else quote.text[:20],
            quote.speaker,
            None if quote.speaker_start is None else text[quote.speaker_start : quote.speaker_end],
        )
        for quote in quotes(text)
    ]


def test_labels_speak_their_turns() -> None:
    assert _turns(TRANSCRIPT) == [
        ("to mock", "Mike Pence", "Gov. Mike Pence"),
        ("WALLACE", "Wallace", "WALLACE"),
        ("PENCE", "Mike Pence", "PENCE"),
        ("But the truth is tha", "Mike Pence", "PENCE"),
        ("WALLACE", "Wallace", "WALLACE"),
        ("PENCE", "Mike Pence", "PENCE"),
    ]


def test_heading_label_names_no_one() -> None:
    assert _turns(DEBATE) == [
        ("absolutely wrong.", "Hillary Clinton", "Hillary Clinton"),
        ("RAMOS", "Ramos", "RAMOS"),
        ("VIDEO", None, None),
        ("RAMOS", "Ramos", "RAMOS"),
        ("CLINTON", "Hillary Clinton", "CLINTON"),
    ]


def test_label_said_once_is_no_turn() -> None:
    # A label the article names no one by, opening no other paragraph, is left to the cues.
    text = "“NATO: We will respond,” the minister said."
    [quote] = quotes(text)
    assert (quote.text, quote.speaker, quote.cue) == ("NATO: We will respond,", "minister", "said")
