"""Every check at once: on one text (:func:`check_text`), or on a field (:func:`check_field`)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from newsfacts import config as configuration
from newsfacts.document import Document
from newsfacts.result import Result
from newsfacts.testing.checks import (
    Subject,
    Validator,
    schema_validator,
    verify_bounded_growth,
    verify_deterministic,
    verify_round_trip,
)
from newsfacts.testing.subject import (
    FieldCheckError,
    FieldUnderTest,
    TextInput,
    as_article,
    subject_of,
    verify_fact_types,
    verify_offsets,
)
from newsfacts.testing.texts import HOSTILE_TEXTS, NEWS_SAMPLES


def _checked(
    subject: FieldUnderTest,
    text: TextInput,
    validate: Validator | None,
    *,
    direct: bool = True,
) -> Result:
    """Run the per-text checks on ``text`` and return its result.

    ``direct``: also call the extract function directly, for its own facts' offsets and
    types (the core drops faulty ones) and for determinism. Without it, a faulty fact is
    still caught, as a failure the core reports.
    """
    article = as_article(text)
    result = subject.run(article)
    if direct:
        facts = subject.call(Document.from_article(article), subject.needed(result))
        verify_offsets(subject, article.text, facts)
        verify_fact_types(subject, article.text, facts)
        verify_deterministic(subject, article, result)
    verify_round_trip(subject, result)
    if validate is not None:
        validate(json.loads(json.dumps(result.to_dict())))
    return result


def check_text(
    field: Subject,
    text: TextInput,
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """Every check that runs on one text: no exception, offsets, fact types, determinism,
    JSON round trip and schema; what a hypothesis test calls on :func:`news_texts` or
    :func:`hostile_texts`. Pass a :class:`FieldUnderTest` made once (at module level) to
    load the plugins once for all the examples."""
    subject = subject_of(field, extra_plugins, config)
    _checked(subject, text, schema_validator(subject))


def check_field(
    field: Subject,
    texts: Iterable[TextInput] = (),
    *,
    extra_plugins: Iterable[object] = (),
    config: configuration.Config | None = None,
) -> None:
    """Run every check on a field; raise :class:`FieldCheckError` at the first that fails.

    ``field`` is the :class:`~newsfacts.Field` (or its name) filled by an installed plugin
    or by one of ``extra_plugins`` (plugin objects not installed as a distribution, such as
    a module with the hook); ``config`` the configuration to run it with, as for
    :class:`~newsfacts.Extractor`. ``texts`` are texts (or :class:`~newsfacts.Article`) in
    which the field finds facts: the check fails if it finds none in any of them, as there
    would be nothing to check.

    On ``texts`` and :data:`NEWS_SAMPLES`: offsets, fact types, determinism, JSON round trip
    and schema (:func:`check_text`). On each of the :data:`HOSTILE_TEXTS`: no exception, no
    faulty fact, JSON round trip and schema. And time growing linearly with the size of the
    text (:func:`check_bounded_growth`), on ``texts`` and on the hostile texts marked
    ``grow``.
    """
    subject = subject_of(field, extra_plugins, config)
    validate = schema_validator(subject)
    texts = list(texts)
    found = sum(len(_checked(subject, text, validate)[subject.name]) for text in texts)
    if texts and not found:
        raise FieldCheckError(
            f"field {subject.name!r} found no facts in the {len(texts)} texts given: there "
            "was nothing to check; give texts in which it finds facts"
        )
    for text in NEWS_SAMPLES:
        _checked(subject, text, validate)
    for hostile in HOSTILE_TEXTS:
        _checked(subject, hostile.text, validate, direct=False)
    growing = [" ".join(as_article(text).text for text in texts or NEWS_SAMPLES)]
    growing += [hostile.text for hostile in HOSTILE_TEXTS if hostile.grow]
    for text in growing:
        verify_bounded_growth(subject, text)
