"""A surname alone before a cue that is also an organization's word ("Guardian",
"Bloomberg", "Reuters") names the person of that surname the article named before, by the
people field or by a given name before the word: "Judge Karen Guardian ... Guardian said" is
Karen Guardian's, not The Guardian's. With no such person the organization speaks.

Every row is (text, quoted words, speaker's full name, cue, words the speaker offsets point
at), as in ``test_quotes_speakers.py``.
"""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "Judge Karen Guardian opened the hearing on Tuesday."
        ' "Nobody here is above the rules," Guardian said.',
        "Nobody here is above the rules,",
        "Karen Guardian",
        "said",
        "Guardian",
    ),
    (
        "The shelter was funded by Tom Bloomberg, a retired banker from Ohio."
        ' "We owed the town this much," Bloomberg told reporters on Friday.',
        "We owed the town this much,",
        "Tom Bloomberg",
        "told reporters",
        "Bloomberg",
    ),
    (
        'Police Chief Laura Reuters said the road would reopen. "It is safe now," Reuters said.',
        "It is safe now,",
        "Laura Reuters",
        "said",
        "Reuters",
    ),
    # The word after a determiner or a weekday is the organization's: no one is so named.
    (
        "An editorial in The Guardian called the plan a mistake."
        ' "The council has lost its way," the Guardian said.',
        "The council has lost its way,",
        "The Guardian",
        "said",
        "Guardian",
    ),
    (
        'On Monday Guardian staff walked out. "We want a fair deal," Guardian said.',
        "We want a fair deal,",
        "The Guardian",
        "said",
        "Guardian",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_surname_of_a_named_person_is_not_the_organization(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
