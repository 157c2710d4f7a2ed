"""English verbs whose past tense no rule finds, one table every field reads alike.

A verb's past tense is mostly its base form and "-ed", which a rule reads; an irregular one
("flew", "sold", "fled") has to be listed. Several fields need it: the dates field reads a past
tense as a cue that a weekday is the past one ("flew to Kyiv on Thursday"), the quotes field
as the verb after a subject ("Modi spoke to Vijayan and promised"), and the numbers field as
the end of what a number counts ("200 workers fled"). They read the same rows,
:data:`IRREGULAR_VERBS` (``newsfacts/data/irregular_verbs.tsv``), so a verb added there is
known to all of them; a field keeps in its own data only the words that are its own (the
dates field's "was", "ago", "yesterday"). The verbs whose past tense is their base form ("hit",
"put", "cut") are apart, :data:`SAME_FORM_PASTS` (``newsfacts/data/same_form_pasts.txt``): the
word alone says no tense, so each field reads them by its own neighbours (the dates field a
past only with its object right after it: "the storm hit the coast on Friday"); those seldom a
past in news ("set", "forecast") are verbs all the same, :data:`SAME_FORM_VERBS`.

    >>> IRREGULAR_VERBS[0]
    IrregularVerb(base='arise', past='arose', participle='arisen')
    >>> "flew" in IRREGULAR_PAST, "flown" in IRREGULAR_PAST, "walked" in IRREGULAR_PAST
    (True, False, False)
    >>> "put" in SAME_FORM_PASTS, "put" in IRREGULAR_PAST
    (True, False)
    >>> "set" in SAME_FORM_PASTS, "set" in SAME_FORM_VERBS
    (False, True)
"""

from __future__ import annotations

import attrs

from newsfacts.tables import read_table, read_words


@attrs.frozen
class IrregularVerb:
    """A verb's three forms: "fly", "flew", "flown"."""

    #: The base form ("fly").
    base: str
    #: The past tense ("flew"), never the base form ("hit" and "put" are not listed).
    past: str
    #: The past participle ("flown"; "gotten" for "get", as American news writes it).
    participle: str


#: Every verb of ``newsfacts/data/irregular_verbs.tsv``, in the table's order.
IRREGULAR_VERBS: tuple[IrregularVerb, ...] = tuple(
    IrregularVerb(base, past, participle)
    for base, past, participle in read_table("newsfacts", "irregular_verbs.tsv", columns=3)
)

#: The past tenses of :data:`IRREGULAR_VERBS`, lower case ("flew", "sold", "said", "lay").
IRREGULAR_PAST = frozenset(verb.past for verb in IRREGULAR_VERBS)

_SAME_FORM = read_words("newsfacts", "same_form_pasts.txt")

#: The verbs whose past tense is their base form ("cut", "hit", "put", "spread"), lower case,
#: from ``newsfacts/data/same_form_pasts.txt``: never in :data:`IRREGULAR_VERBS`, whose past
#: tense always differs from the base form. Not those seldom a past in news, whose time is
#: often to come ("set", "read", "bid", "forecast", "broadcast"; in :data:`SAME_FORM_VERBS`).
SAME_FORM_PASTS = frozenset(word for word in _SAME_FORM if not word.startswith("?"))

#: Every verb whose past tense is its base form, those seldom a past too: a verb all the
#: same where only the word's part of speech counts ("the record of 31 set last summer").
SAME_FORM_VERBS = frozenset(word.removeprefix("?") for word in _SAME_FORM)
