"""After a quote, a cue whose object and "as" follow it ('“...,” described the emotional
impact as', 'denounced her record as') names no speaker after it, nor takes the quote over
from a cue before it; the cues whose subject may follow them ("said", "added" ...) still
do ('“...,” said the mayor as she left'); "as quoted by" ends the phrase after the cue, the
source after it relaying the speaker ('said the minister as quoted by the agency')."""

from __future__ import annotations

import pytest

from quote_checks import quotes

OBJECTS_AS = [
    # the subject of the sentence speaks (was "record")
    (
        "Ron Blake later summed up his rival Ann Cole as “reckless,” attacked her record as"
        " mayor and said she should quit.",
        "reckless,",
        "Ron Blake",
    ),
    # the person the relative clause describes (was "emotional impact", twice)
    (
        "Dana Kirby, who reckons that her court bills ran “well into six figures,”"
        " described the strain as “brutal. It really wears on your sleep.”",
        "well into six figures,",
        "Dana Kirby",
    ),
    (
        "Dana Kirby, who reckons that her court bills ran “well into six figures,”"
        " described the strain as “brutal. It really wears on your sleep.”",
        "brutal. It really wears on your sleep.",
        "Dana Kirby",
    ),
    # a subject before the cue takes the quote over, as before
    (
        "From his plan for a national “border army,” Paul Reyes described the senator as a"
        " “parody of leadership.”",
        "border army,",
        "Paul Reyes",
    ),
    # a cue whose subject may follow it: "as" opens a clause of its own
    ("“We will appeal,” said Mayor Ana Ruiz as she left the court.", "We will appeal,", "Ana Ruiz"),
    # the one quoted, not the agency that relays the quote (was "Nordic Press Agency")
    (
        "Talks on fishing quotas ended in Oslo. “We have agreed on the numbers for next year,”"
        " said the fisheries minister as quoted by the Nordic Press Agency.",
        "We have agreed on the numbers for next year,",
        "fisheries minister",
    ),
    # (was "Reuters")
    (
        "Talks on fishing quotas ended in Oslo. “We have agreed on the numbers for next year,”"
        " said the minister as reported by Reuters.",
        "We have agreed on the numbers for next year,",
        "minister",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OBJECTS_AS)
def test_an_object_before_as_is_no_speaker(text: str, words: str, speaker: str) -> None:
    [quote] = [quote for quote in quotes(text) if quote.text == words]
    assert quote.speaker == speaker
