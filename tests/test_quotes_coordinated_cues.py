"""Who speaks for a cue after "and" or "but": the subject of the verb before the
conjunction, not its object, nor the words of a predicate set off after its subject by an
age, an appositive or a participle's phrase ("Suu Kyi, 70, said ... but added").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

COORDINATED_CUES: list[Row] = [
    # "but" goes on with the subject as "and" does: the object of the verb before it is no
    # speaker
    (
        "Ted Cruz praised Marco Rubio on trade but called him a “moderate” on immigration.",
        "moderate",
        "Ted Cruz",
        "called",
        "Ted Cruz",
    ),
    (
        "Mayor Tom Baxter, who lost the primary, congratulated Ana Ruiz but warned that the"
        " party was “badly divided.”",
        "badly divided.",
        "Tom Baxter",
        "warned",
        "Tom Baxter",
    ),
    # a predicate set off after its subject by an age: the subject speaks, not the words
    # of the predicate before "but" (were "said it was too")
    (
        "Speaking to supporters in Yangon, Aung San Suu Kyi, 70, said it was too early to name"
        " winners but added, “I think you all know the results.”",
        "I think you all know the results.",
        "Aung San Suu Kyi",
        "added",
        "Aung San Suu Kyi",
    ),
    # ... by an appositive (was "voted against the bill")
    (
        "Senator Ana Ruiz, a Democrat, voted against the bill but said it was “a step forward.”",
        "a step forward.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    # ... by a participle's phrase, before "and" (was Trump, the object of "accused")
    (
        "Democratic front-runner Hillary Clinton, also campaigning in Wisconsin, said Trump was"
        " responsible and accused him of “inciting violent behavior.”",
        "inciting violent behavior.",
        "Hillary Clinton",
        "accused",
        "Hillary Clinton",
    ),
    # ... the person met is no speaker (was Ana Ruiz)
    (
        "Tom Baxter, 58, met Ana Ruiz on Monday and told her, “We will win.”",
        "We will win.",
        "Tom Baxter",
        "told",
        "Tom Baxter",
    ),
    # the verb before "and" with its own subject, no comma: as before
    (
        "Ted Cruz knocked Marco Rubio on trade and called him a “moderate,” a subtle dig.",
        "moderate,",
        "Ted Cruz",
        "called",
        "Ted Cruz",
    ),
    # the clause a conjunction opens: its subject, not the object before "and" (were Marco
    # Rubio and "Markets")
    (
        "Sen. Ted Cruz and Sen. Marco Rubio met on Monday. There have been more-pointed"
        ' references, such as when Cruz knocked Rubio on trade and called him a "moderate," a'
        " subtle dig at a candidate who came into office as a tea party darling.",
        "moderate,",
        "Ted Cruz",
        "called",
        "Cruz",
    ),
    (
        "Markets rallied after Ana Ruiz praised Tom Lee and called him “a hero.”",
        "a hero.",
        "Ana Ruiz",
        "called",
        "Ana Ruiz",
    ),
    # an "as" and a noun phrase before "and" are the object's: the subject opening the clause
    (
        "Bill Clinton and Hillary Clinton campaigned on Saturday. Sunday morning, Hillary"
        " Clinton slammed the shift as a debate-eve conversion and accused Sanders of a"
        ' "flip-flop."',
        "flip-flop.",
        "Hillary Clinton",
        "accused",
        "Hillary Clinton",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), COORDINATED_CUES)
def test_and_or_but_cues(text: str, words: str, speaker: str, cue: str, mention: str) -> None:
    check(text, words, speaker, cue, mention)
