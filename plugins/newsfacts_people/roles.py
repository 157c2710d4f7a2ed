"""What describes a person around the name: a role phrase before it ("Kremlin spokesperson
Dmitry Peskov") or an appositive after it ("Keith Kellogg, a retired general ..."), and the
capitalized role nouns that make a title."""

from __future__ import annotations

from newsfacts_people import lexicon as lx

_TIMEOUT = 2.0


def is_role(word: str) -> bool:
    """A capitalized role noun, singular or plural: "Reporter", "Ministers"."""
    lowered = word.lower()
    return lowered in lx.ROLE_HEADS or (lowered.endswith("s") and lowered[:-1] in lx.ROLE_HEADS)


def before(text: str, start: int) -> tuple[str | None, str | None]:
    """(title, role) from a lower-case role phrase before ``start``: "Kremlin spokesperson"."""
    # Split a short stretch rather than search it with an end-anchored pattern: this runs
    # for every candidate name and must stay cheap.
    words = text[max(0, start - 80) : start].split()[-6:]
    if not words or text[start - 1 : start] not in (" ", "\u00a0"):
        return None, None
    head = words[-1].lower().removesuffix("’s").removesuffix("'s")
    if head not in lx.ROLE_HEADS or not words[-1][0].islower():
        return None, None
    first = len(words) - 1
    for index in range(len(words) - 2, -1, -1):
        word = words[index]
        lowered = word.lower()
        if word[0].isupper():
            if word in lx.FUNCTION_WORDS or not word.replace("-", "").replace(".", "").isalpha():
                break
        elif lowered not in lx.ROLE_MODIFIERS and lowered not in lx.ROLE_HEADS:
            break
        first = index
    phrase = " ".join(words[first:])
    if first == len(words) - 1 and head in lx.LOWER_TITLES:
        return phrase, None
    return None, phrase


def after(text: str, end: int) -> str | None:
    """A role phrase after a comma: "Keith Kellogg, a retired general and ..."."""
    match = lx.APPOSITIVE.match(text, end, min(len(text), end + 160), timeout=_TIMEOUT)
    if match is None:
        return None
    phrase = match.group(1).strip()
    words = [w.lower() for w in lx.APPOSITIVE_WORD.findall(phrase)]
    if (
        not words
        or words[0] not in {"a", "an", "the", "his", "her", "their", "its"} | lx.ROLE_HEADS
    ):
        return None
    if not any(word.removesuffix("’s") in lx.ROLE_HEADS for word in words[:10]):
        return None
    return phrase
