"""The adjectives after a head of a body named in Spanish, Portuguese, French or Italian:
"Comisión Federal de Electricidad", "Partido Popular", "Banco Central do Brasil", "Instituto
Nacional Electoral". These languages write the adjective after the noun, so the name goes on
past its head word; a name ended at the head read none ("Comisión Federal de Electricidad
said": "Federal" after the head opens no complement) or half of one ("Partido").

The heads are ``data/postposed_heads.txt``; the words taken are capitalized words of the
run, up to four, not a stopword, a weekday or a month ("the Partido Popular Monday"), not an
acronym ("Partido Popular PP") nor another head word; a possessive ends the name ("the Partido
Popular's leader").
"""

from __future__ import annotations

from newsfacts.plugin import read_words
from newsfacts_organizations.lexicon import HEAD_FORMS, PACKAGE, POSSESSIVE_ENDINGS, STOPWORDS
from newsfacts_organizations.runs import Sentence

POSTPOSED_HEADS = read_words(PACKAGE, "postposed_heads.txt")
_MOST = 4  # "Fuerzas Armadas Revolucionarias de Colombia": three; a fifth is another name's


def adjectives_end(sentence: Sentence, head: int, right: int, run_end: int) -> int:
    """Where a name headed at ``head`` ends: after the adjectives from ``right`` on when the
    head is a Romance language's (see the module's doc); else at ``right``."""
    texts = sentence.texts
    if right != head + 1 or texts[head] not in POSTPOSED_HEADS:
        return right
    end = right
    while end < min(run_end, right + _MOST) and _adjective(sentence, end):
        end += 1
        if texts[end - 1].endswith(POSSESSIVE_ENDINGS):
            break
    return end


def _adjective(sentence: Sentence, index: int) -> bool:
    word = sentence.texts[index]
    bare = word[:-2] if word.endswith(POSSESSIVE_ENDINGS) else word
    return (
        sentence.capital[index] == 1
        and bare.isalpha()
        and not bare.isupper()
        and bare not in STOPWORDS
        and bare not in HEAD_FORMS
    )
