"""A transcript an article quotes, turn by turn: the label in capitals before the colon
speaks the line ('"WHITLOCK: ...' is Paul Whitlock's, the article naming him; '"HOLLIS: ...'
is Hollis's, a label opening several turns), a heading's label names no one ('"VIDEO: ...'),
and a direction in brackets between turns is no quote ('"(CROSSTALK.)')."""

from __future__ import annotations

from quote_checks import quotes

TRANSCRIPT = (
    "On “Weekend Review,” Gov. Paul Whitlock said the ad was only meant “as a joke” about the"
    " Harper campaign.\n\n"
    "Partial transcript as follows:\n\n"
    '"HOLLIS: Will your brother really be at the rally on Friday?\n\n'
    '"WHITLOCK: My brother has other plans for Friday evening.\n\n'
    '"What voters want to hear about is the price of groceries.\n\n'
    '"(CROSSTALK.)\n\n'
    '"HOLLIS: Governor, I hate to cut in, but let me ask you about —.\n\n'
    '"WHITLOCK: And that is why our ticket is going to win in November."'
)

DEBATE = (
    "Laura Benning said the father of Mark Ruiz is “simply mistaken.”\n\n"
    "Partial transcript as follows:\n\n"
    '"OSTROW: Secretary Benning, several of the parents say you misled them. Listen.\n\n'
    '"VIDEO: Nobody told us the truth about that bridge until it was far too late.\n\n'
    '"OSTROW: Secretary Benning, did you mislead them?\n\n'
    '"BENNING: I have every sympathy for the parents of the three workers we lost on that'
    ' bridge."'
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
        ("as a joke", "Paul Whitlock", "Gov. Paul Whitlock"),
        ("HOLLIS", "Hollis", "HOLLIS"),
        ("WHITLOCK", "Paul Whitlock", "WHITLOCK"),
        ("What voters want to ", "Paul Whitlock", "WHITLOCK"),
        ("HOLLIS", "Hollis", "HOLLIS"),
        ("WHITLOCK", "Paul Whitlock", "WHITLOCK"),
    ]


def test_heading_label_names_no_one() -> None:
    assert _turns(DEBATE) == [
        ("simply mistaken.", "Laura Benning", "Laura Benning"),
        ("OSTROW", "Ostrow", "OSTROW"),
        ("VIDEO", None, None),
        ("OSTROW", "Ostrow", "OSTROW"),
        ("BENNING", "Laura Benning", "BENNING"),
    ]


def test_label_said_once_is_no_turn() -> None:
    # A label the article names no one by, opening no other paragraph, is left to the cues.
    text = "“NATO: We will respond,” the minister said."
    [quote] = quotes(text)
    assert (quote.text, quote.speaker, quote.cue) == ("NATO: We will respond,", "minister", "said")
