"""Who speaks for a cue after "and" or "but": the subject of the verb before the
conjunction, not its object, nor the words of a predicate set off after its subject by an
age, an appositive or a participle's phrase ("Okafor, 64, said ... but added").

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

COORDINATED_CUES: list[Row] = [
    # a short quote inside the object's noun phrase ends no clause (were "firefighters",
    # "state of the budget", "Daily Herald")
    (
        "Governor Ana Ruiz praised the “brave” firefighters and said the city needed"
        " “a fresh start.”",
        "a fresh start.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    (
        "Governor Ana Ruiz lamented the “sorry” state of the budget and criticized the"
        " “games” played in the capital.",
        "games",
        "Ana Ruiz",
        "criticized",
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz, the mayor, praised the plan at a “Town Hall Forum” sponsored by the Daily"
        " Herald and said it would bring “real change.”",
        "real change.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    # a name inside that quote is none (was "week")
    (
        "The union published a letter on the “Ruiz plan” last week and called it “a betrayal.”",
        "a betrayal.",
        "union",
        "called",
        "union",
    ),
    # the cue is read after it: "insisted", not the "said" before the short quote
    (
        "Mayor Ana Ruiz said that the city would use a “pincer” plan to trap the smugglers,"
        " but insisted, “Nobody will be hurt.”",
        "Nobody will be hurt.",
        "Ana Ruiz",
        "insisted",
        "Ana Ruiz",
    ),
    # "but" goes on with the subject as "and" does: the object of the verb before it is no
    # speaker
    (
        "Laura Finch praised Peter Walsh on taxes but called him a “radical” on policing.",
        "radical",
        "Laura Finch",
        "called",
        "Laura Finch",
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
        "Speaking to voters in Lagos, Grace Okafor, 64, said it was too soon to declare"
        " a winner but added, “I think you can all guess the outcome.”",
        "I think you can all guess the outcome.",
        "Grace Okafor",
        "added",
        "Grace Okafor",
    ),
    # ... by an appositive (was "voted against the bill")
    (
        "Senator Ana Ruiz, a Democrat, voted against the bill but said it was “a step forward.”",
        "a step forward.",
        "Ana Ruiz",
        "said",
        "Ana Ruiz",
    ),
    # ... by an age, the predicate opening with an auxiliary (was "concede")
    (
        "Sheriff Dale Voss, 61, did not concede but said he would “respect the voters.”",
        "respect the voters.",
        "Dale Voss",
        "said",
        "Dale Voss",
    ),
    # ... with no comma: the subject of the auxiliary (was no one)
    (
        "The mayor did not resign but said in a statement that she would “reflect on it.”",
        "reflect on it.",
        "mayor",
        "said",
        "mayor",
    ),
    # ... by a participle's phrase, before "and" (was Walsh, the object of "accused")
    (
        "Republican front-runner Laura Finch, also campaigning in Iowa, said Walsh was"
        " to blame and accused him of “stirring up angry crowds.”",
        "stirring up angry crowds.",
        "Laura Finch",
        "accused",
        "Laura Finch",
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
        "Laura Finch knocked Peter Walsh on taxes and called him a “radical,” a subtle jab.",
        "radical,",
        "Laura Finch",
        "called",
        "Laura Finch",
    ),
    # the clause a conjunction opens: its subject, not the object before "and" (were Peter
    # Walsh and "Markets")
    (
        "Sen. Laura Finch and Sen. Peter Walsh met on Friday. There have been sharper"
        ' jabs, such as when Finch knocked Walsh on taxes and called him a "radical," a'
        " thinly veiled dig at a rival who won his seat as a labor darling.",
        "radical,",
        "Laura Finch",
        "called",
        "Finch",
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
        "Paul Finch and Laura Finch campaigned on Friday. Saturday morning, Laura"
        " Finch slammed the change as a last-minute conversion and accused Walsh of a"
        ' "sell-out."',
        "sell-out.",
        "Laura Finch",
        "accused",
        "Laura Finch",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), COORDINATED_CUES)
def test_and_or_but_cues(text: str, words: str, speaker: str, cue: str, mention: str) -> None:
    check(text, words, speaker, cue, mention)
