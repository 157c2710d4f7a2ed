"""A "he" or "she" that speaks after a role phrase opened a sentence and spoke goes on with
that role also when a capitalized word of a country, party or body opens the phrase ("The
Dutch prime minister conceded defeat ... ‘...,’ he told supporters" is the Dutch prime
minister's), as it does after "The prime minister conceded"."""

from __future__ import annotations

import pytest

from quote_checks import Row, check

ROWS: list[Row] = [
    (
        "The Dutch prime minister conceded defeat on Sunday night.\n\n‘The result hurts,"
        " and the blame is mine alone,’ he told supporters.",
        "The result hurts, and the blame is mine alone,",
        "Dutch prime minister",
        "told",
        "he",
    ),
    (
        "The Labour leader said the plan was unfair. “It will not work,” he added.",
        "It will not work,",
        "Labour leader",
        "added",
        "he",
    ),
    (
        "The UN secretary-general warned that the world was off track. “Every fraction of a"
        " degree matters,” he said.",
        "Every fraction of a degree matters,",
        "UN secretary-general",
        "said",
        "he",
    ),
    # the person named with the role, as before
    (
        "Prime Minister Dick Vos spoke first. The Dutch prime minister conceded defeat. “It"
        " hurts,” he said.",
        "It hurts,",
        "Dick Vos",
        "said",
        "he",
    ),
    # a name that is no role: the pronoun stays unresolved
    (
        "The Times reported the plan on Monday. “It will not work,” he said.",
        "It will not work,",
        None,
        "said",
        "he",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue", "mention"), ROWS)
def test_pronoun_after_a_named_role_subject(
    text: str, words: str, speaker: str | None, cue: str, mention: str
) -> None:
    check(text, words, speaker, cue, mention)
