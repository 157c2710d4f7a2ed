"""Decisions as ordered tables of named checks, and the trace that says why.

A rule that decides something about a candidate (is this capitalized word a place? does this
word end the phrase a number counts?) is written as a sequence of :class:`Check` rows and run
with :func:`decide`: the first check that holds gives the outcome, and when no check holds
the decision is the table's default. Each check has a short kebab-case name, the reason code
that the explain trace shows::

    from newsfacts.plugin import Check, decide

    WORD_CHECKS = (
        Check("listed-not-a-place", lambda word: word in NOT_PLACES, "reject",
              "a word listed as rarely a place"),
        Check("preposition", lambda word: ..., "accept", "a preposition of place before it"),
    )
    outcome = decide(WORD_CHECKS, word, default="accept", start=start, end=end)

When tracing is off, :func:`decide` costs no more than calling the tests in turn. When an
extractor traces (``Extractor(trace=True)``, ``newsfacts explain``), every call records a
:class:`Decision`: the candidate's span, the checks tried in order (each with whether it held
and its evidence), and the outcome; the decisions end up in ``result.trace``.

How the trace reaches :func:`decide` without a parameter threaded through every function of
every plugin: the core sets a *recorder* for the duration of one provider's extract call, in a
:class:`contextvars.ContextVar`. This is not module-level mutable state: like
:mod:`decimal`'s context, the value belongs to the running context (thread, asyncio task), is
set and reset by the core around the one call (:func:`recording`), and two extractors, traced
or not, running in two threads never see each other's recorder.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import operator
import re
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from itertools import compress
from typing import Any, Generic, TypeVar

import attrs

from newsfacts.errors import InvalidFactError

S = TypeVar("S")

#: The outcome recorded when no check of a table holds.
DEFAULT_REASON = "default"

_REASON_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _reason_code(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or _REASON_CODE.fullmatch(value) is None:
        raise ValueError(f"{attribute.name} must be a kebab-case reason code, got {value!r}")


@attrs.frozen
class Check(Generic[S]):
    """One named row of a decision table: a test of the subject, and what it decides.

    ``test(subject)`` returns something falsy when the check does not hold, and True or a
    non-empty evidence string (the word, list or rule that made it hold: ``"in"``,
    ``"not_places.txt"``) when it does. The first check of a table that holds gives its
    ``outcome``.
    """

    #: A short kebab-case reason code: ``"listed-not-a-place"``.
    name: str = attrs.field(validator=_reason_code)
    #: The test: falsy when the check does not hold, True or evidence text when it does.
    test: Callable[[S], bool | str] = attrs.field(validator=attrs.validators.is_callable())
    #: The decision when this check is the first to hold: ``"reject"``, ``"accept"`` ...
    outcome: str = attrs.field(validator=_reason_code)
    #: One line saying what the check looks for, for documentation and explain output.
    why: str


@attrs.frozen
class Step:
    """One check tried for a decision: whether it held, and on what evidence."""

    #: The check's name (its reason code).
    check: str
    #: Whether it held.
    held: bool
    #: What made it hold (a word, a list, a rule), if the check says; else None.
    evidence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The step as a JSON-ready dict."""
        return {"check": self.check, "held": self.held, "evidence": self.evidence}


def _steps(steps: Sequence[Step]) -> tuple[Step, ...]:
    return tuple(steps)


@attrs.frozen
class Decision:
    """What a decision table decided about one stretch of the article, and why.

    ``steps`` are the checks tried, in table order, up to the first that held (all of them
    when none did); ``reason`` is the name of the check that decided, or ``"default"``.
    """

    #: The field whose plugin made the decision (``"locations"``).
    field: str
    #: Where the candidate starts in the article text.
    start: int
    #: Where it ends.
    end: int
    #: The candidate's text, ``article.text[start:end]``.
    text: str
    #: What was decided: the outcome of the deciding check, or the table's default.
    outcome: str
    #: The name of the deciding check, or ``"default"`` when none held.
    reason: str
    #: The checks tried, in order.
    steps: tuple[Step, ...] = attrs.field(default=(), converter=_steps)
    #: What the deciding check looks for (its :attr:`Check.why`); empty for the default.
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The decision as a JSON-ready dict (a line of ``newsfacts explain --json``)."""
        return {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "outcome": self.outcome,
            "reason": self.reason,
            "steps": [step.to_dict() for step in self.steps],
            "why": self.why,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        """Read back a dict of :meth:`to_dict`; a bad one raises
        :class:`~newsfacts.InvalidFactError`."""
        try:
            steps = [
                Step(str(s["check"]), bool(s["held"]), s.get("evidence")) for s in data["steps"]
            ]
            return cls(
                str(data["field"]),
                int(data["start"]),
                int(data["end"]),
                str(data["text"]),
                str(data["outcome"]),
                str(data["reason"]),
                steps,
                str(data.get("why") or ""),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise InvalidFactError("trace", f"not a decision: {data!r} ({error})") from None


@attrs.define(repr=False, eq=False)
class _Recorder:
    """Where the decisions of one provider's extract call go (see the module docstring)."""

    field: str
    text: str
    decisions: list[Decision] = attrs.Factory(list)

    def decide(
        self, checks: Sequence[Check[S]], subject: S, default: str, start: int, end: int
    ) -> str:
        steps = []
        outcome, reason, why = default, DEFAULT_REASON, ""
        for check in checks:
            held = check.test(subject)
            evidence = held if isinstance(held, str) and held else None
            steps.append(Step(check.name, bool(held), evidence))
            if held:
                outcome, reason, why = check.outcome, check.name, check.why
                break
        text = self.text[start:end]
        decision = Decision(self.field, start, end, text, outcome, reason, steps, why)
        self.decisions.append(decision)
        return outcome


_RECORDER: contextvars.ContextVar[_Recorder | None] = contextvars.ContextVar(
    "newsfacts_explain_recorder", default=None
)


def decide(checks: Sequence[Check[S]], subject: S, *, default: str, start: int, end: int) -> str:
    """The outcome of the first check of ``checks`` that holds for ``subject``, else ``default``.

    ``start`` and ``end`` are the article-text offsets of the candidate decided about; when the
    extractor traces, the decision is recorded with them (see :class:`Decision`).
    """
    recorder = _RECORDER.get()
    if recorder is not None:
        return recorder.decide(checks, subject, default, start, end)
    for check in checks:
        if check.test(subject):
            return check.outcome
    return default


@attrs.frozen
class Gate:
    """What a check of a table needs to hold, read off one feature of the subject (see
    :class:`Screen`): the check named ``check`` may hold only where ``test`` holds for the
    subject's ``feature``. A check with several gates may hold where any of them does; one
    with none, anywhere."""

    #: The name of the gated check (a :attr:`Check.name`).
    check: str
    #: The feature read: one of the screen's words or flags.
    feature: str
    #: For a word (a string, or a tuple of them): whether the check may hold with this word
    #: there (a pure function, its answers kept). For a flag: None, the check may hold only
    #: where the flag is set.
    test: Callable[[Any], object] | None = None


#: How many distinct words each feature of a screen keeps the answers of (and tables cut).
_SCREEN_WORDS = 4096

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Answers(dict[K, V]):
    """The answers of a pure function of one argument, computed on first asking, at most
    :data:`_SCREEN_WORDS` of them (all forgotten at once past that). A screen asks a few for
    each candidate, through the bound ``__getitem__``: a look-up in a dictionary (``answers[key]``
    would take the slower slot Python gives a subclass of dict), not the call of an
    ``lru_cache`` that moves its answer to the front of its list."""

    __slots__ = ("_function",)

    def __init__(self, function: Callable[[K], V]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, key: K) -> V:
        if len(self) >= _SCREEN_WORDS:
            self.clear()
        value = self[key] = self._function(key)
        return value


class Screen(Generic[S]):
    """A decision table cut down to the checks that may hold for one subject.

    Most subjects fail most checks of a long table, each a call that reads the subject
    again. A screen reads a few *features* of the subject once (its words: the candidate's
    own, the word before it; its flags: "in a dateline") and keeps only the checks whose
    :class:`Gate` lets them through, and the checks without gates, in table order::

        SCREEN = Screen(CHECKS, words=("key", "previous"), flags=("dated",), gates=(
            Gate("listed-not-a-place", "key", NOT_PLACES.__contains__),
            Gate("dateline", "dated"),
        ))
        checks = CHECKS if tracing() else SCREEN.table((key, previous), (dated,))
        outcome = decide(checks, subject, default="accept", start=start, end=end)

    A gate is a necessary condition of its check, so the first check of the cut table that
    holds is the first of the whole table that holds, and the outcome is the same; a trace
    shows every check (hence the whole table when tracing).
    """

    __slots__ = ("_always", "_flags", "_tables", "_words", "checks")

    def __init__(
        self,
        checks: Sequence[Check[S]],
        *,
        words: Sequence[str],
        flags: Sequence[str],
        gates: Sequence[Gate],
    ) -> None:
        self.checks = tuple(checks)
        bits = {check.name: 1 << index for index, check in enumerate(self.checks)}
        features = (*words, *flags)
        for gate in gates:
            if gate.check not in bits or gate.feature not in features:
                raise ValueError(f"a gate of no check or feature of the table: {gate!r}")
            if (gate.test is None) != (gate.feature in flags):
                raise ValueError(f"a word's gate needs a test, a flag's none: {gate!r}")
        gated = {gate.check for gate in gates}
        self._always = sum(bit for name, bit in bits.items() if name not in gated)
        self._words = tuple(
            _word_bits([(bits[g.check], g.test) for g in gates if g.feature == feature and g.test])
            for feature in words
        )
        flag_bits = [
            functools.reduce(operator.or_, [bits[g.check] for g in gates if g.feature == flag], 0)
            for flag in flags
        ]

        def flagged(values: tuple[bool, ...]) -> int:
            return functools.reduce(operator.or_, compress(flag_bits, values), 0)

        # the bits of all flags at once: a few distinct sets of them, looked up in C
        self._flags = _Answers(flagged).__getitem__
        self._tables = _Answers(self._table_of).__getitem__

    def _table_of(self, mask: int) -> tuple[Check[S], ...]:
        """The checks whose bits are set in ``mask`` (a few distinct masks: kept)."""
        return tuple(compress(self.checks, [mask >> i & 1 for i in range(len(self.checks))]))

    def table(self, words: Sequence[Hashable], flags: tuple[bool, ...]) -> tuple[Check[S], ...]:
        """The checks that may hold for a subject whose words and flags are these (in the
        order the screen names them), in table order."""
        if len(words) != len(self._words):
            raise ValueError(f"{len(words)} words for a screen of {len(self._words)}")
        mask = self._always | self._flags(flags)
        # (not zip's strict=True, a keyword parsed at each call: the length is checked above)
        for index, bits in enumerate(self._words):
            mask |= bits(words[index])
        return self._tables(mask)


def _word_bits(tests: Sequence[tuple[int, Callable[[Any], object]]]) -> Callable[[Any], int]:
    """The bits of the checks whose gates let a word through, the answers kept."""

    def bits(word: Any) -> int:
        return functools.reduce(operator.or_, [bit for bit, test in tests if test(word)], 0)

    return _Answers(bits).__getitem__


def tracing() -> bool:
    """Whether the decisions made now are recorded (``newsfacts explain``, or an extractor
    asked for a trace).

    A plugin that decides the same subject many times (a name a text repeats) may keep the
    outcome of its first decision and reuse it, but only when not tracing: a trace shows
    every decision, each where it was made::

        outcomes = None if tracing() else {}
    """
    return _RECORDER.get() is not None


@contextlib.contextmanager
def recording(field: str, text: str) -> Iterator[list[Decision]]:
    """Record the decisions made in this block, for ``field`` of an article of ``text``.

    The core wraps each provider's extract call in this when it traces; the list it gives
    fills as :func:`decide` runs.
    """
    recorder = _Recorder(field, text)
    token = _RECORDER.set(recorder)
    try:
        yield recorder.decisions
    finally:
        _RECORDER.reset(token)


def in_text_order(decisions: Sequence[Decision]) -> list[Decision]:
    """Decisions sorted by where their candidates start (then end), keeping the order in
    which a candidate's own decisions were made."""
    return sorted(decisions, key=lambda decision: (decision.start, decision.end))
