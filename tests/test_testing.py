"""newsfacts.testing: the checks pass a sound plugin and name what is wrong with a faulty one.

Each faulty plugin below breaks one rule, the way plugins really do; the check for that rule
fails with a message saying which field, which fact and why.
"""

from __future__ import annotations

import re
import subprocess
import sys
import types
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import newsfacts
from newsfacts import Document, Fact, FactMap, Field, hookimpl
from newsfacts.plugin import BUILT_IN_FIELDS, Register
from newsfacts.testing import (
    HOSTILE_TEXTS,
    FieldCheckError,
    FieldUnderTest,
    SkippedCheckWarning,
    check_bounded_growth,
    check_deterministic,
    check_fact_types,
    check_field,
    check_json_round_trip,
    check_no_exception,
    check_offsets,
    check_schema,
    check_text,
    hostile_texts,
    news_texts,
)
from newsfacts.testing.checks import schema_support

HASHTAG = re.compile(r"(?<!\w)#(\w+)")
TEXT = "Protesters in Tbilisi posted under #Georgia and #NoToRussianLaw on Sunday."


@attrs.frozen(kw_only=True)
class Hashtag(Fact):
    tag: str


@attrs.frozen(kw_only=True)
class Other(Fact):
    tag: str


@attrs.frozen
class HashtagOptions:
    min_length: int = 1


HASHTAGS = Field("hashtags", Hashtag, "Hashtags.")
Extract = Callable[[Document, FactMap, Any], Any]


def hashtags(document: Document, needed: FactMap, options: HashtagOptions) -> list[Hashtag]:
    return [
        Hashtag.at(document.text, m.start(), m.end(), tag=m.group(1).lower())
        for m in HASHTAG.finditer(document.text)
        if len(m.group(1)) >= options.min_length
    ]


def plugin(extract: Extract, **how: Any) -> object:
    """An in-process plugin filling the hashtags field with ``extract``."""

    @hookimpl
    def newsfacts_register_fields(register: Register) -> None:
        register(HASHTAGS, extract, **how)

    module = types.ModuleType("hashtags")
    module.newsfacts_register_fields = newsfacts_register_fields  # type: ignore[attr-defined]
    return module


SOUND = plugin(hashtags, options=HashtagOptions)


def test_a_sound_plugin_passes_every_check() -> None:
    check_field(HASHTAGS, [TEXT], extra_plugins=[SOUND])


def test_the_checks_use_the_configured_options() -> None:
    # The direct call gets the same options as the core's run: else it would find "#G7".
    check_field(
        HASHTAGS,
        [TEXT, "The #G7 met."],
        extra_plugins=[SOUND],
        config={"hashtags": {"min_length": 3}},
    )


def test_texts_without_facts_are_refused() -> None:
    with pytest.raises(FieldCheckError, match="found no facts in the 1 texts given"):
        check_field(HASHTAGS, ["No hashtag here."], extra_plugins=[SOUND])


def test_a_field_nobody_fills_is_named_with_the_way_out() -> None:
    with pytest.raises(FieldCheckError, match=r"'hashtags'.*extra_plugins=\[module\]"):
        check_field(HASHTAGS, [TEXT])


def test_a_plugin_failing_to_register_is_reported_with_its_error() -> None:
    @hookimpl
    def newsfacts_register_fields(register: Register) -> None:
        raise ImportError("No module named 'emoji'")

    broken = types.ModuleType("hashtags")
    broken.newsfacts_register_fields = newsfacts_register_fields  # type: ignore[attr-defined]
    message = r"plugin 'hashtags' failed to register: ImportError: No module named 'emoji'"
    with pytest.raises(FieldCheckError, match=message):
        check_field(HASHTAGS, [TEXT], extra_plugins=[broken])


def test_a_field_registered_with_another_fact_class_is_refused() -> None:
    declared = Field("hashtags", Other, "Hashtags.")
    with pytest.raises(FieldCheckError, match="with fact class Hashtag, not Other"):
        check_field(declared, [TEXT], extra_plugins=[SOUND])


def test_offsets_that_do_not_span_the_text() -> None:
    def shifted(document: Document, needed: FactMap, options: Any) -> list[Hashtag]:
        return [
            Hashtag(text=f.text, start=f.start + 1, end=f.end + 1, tag=f.tag)
            for f in hashtags(document, needed, HashtagOptions())
        ]

    message = (
        r"field 'hashtags', fact 0 on .*: '#Georgia' at 36..44, but the text there is "
        r"'Georgia '; build facts with Hashtag.at\(document.text, start, end, ...\)"
    )
    with pytest.raises(FieldCheckError, match=message):
        check_offsets(HASHTAGS, TEXT, extra_plugins=[plugin(shifted)])
    with pytest.raises(FieldCheckError, match=message):  # the core drops it: diagnosed
        check_field(HASHTAGS, [TEXT], extra_plugins=[plugin(shifted)])


def test_offsets_outside_the_text() -> None:
    def beyond(document: Document, needed: FactMap, options: Any) -> list[Hashtag]:
        return [
            Hashtag(text="#end", start=len(document.text), end=len(document.text) + 4, tag="end")
        ]

    with pytest.raises(FieldCheckError, match=r"offsets 74..78 of '#end' lie outside the text"):
        check_offsets(HASHTAGS, TEXT, extra_plugins=[plugin(beyond)])


def test_facts_of_another_class() -> None:
    def others(document: Document, needed: FactMap, options: Any) -> list[Other]:
        return [
            Other.at(document.text, f.start, f.end, tag=f.tag)
            for f in hashtags(document, needed, HashtagOptions())
        ]

    with pytest.raises(FieldCheckError, match="is a Other, but the field declares Hashtag"):
        check_fact_types(HASHTAGS, TEXT, extra_plugins=[plugin(others)])
    with pytest.raises(FieldCheckError, match="is a Other, but the field declares Hashtag"):
        check_field(HASHTAGS, [TEXT], extra_plugins=[plugin(others)])


def test_something_that_is_not_a_fact() -> None:
    def strings(document: Document, needed: FactMap, options: Any) -> list[str]:
        return HASHTAG.findall(document.text)

    with pytest.raises(FieldCheckError, match=r"'Georgia' is not a newsfacts\.Fact"):
        check_field(HASHTAGS, [TEXT], extra_plugins=[plugin(strings)])


def test_none_instead_of_an_empty_list() -> None:
    def nothing(document: Document, needed: FactMap, options: Any) -> None:
        return None

    with pytest.raises(FieldCheckError, match="extract returned None on ''"):
        check_no_exception(HASHTAGS, [""], extra_plugins=[plugin(nothing)])


def test_an_exception_on_hostile_text_names_the_text_and_keeps_the_traceback() -> None:
    def fragile(document: Document, needed: FactMap, options: Any) -> list[Hashtag]:
        if "((" in document.text:
            raise RecursionError("too deep")
        return hashtags(document, needed, HashtagOptions())

    with pytest.raises(
        FieldCheckError, match=r"raised RecursionError on '\(\(\(\(.*: too deep"
    ) as caught:
        check_field(HASHTAGS, [TEXT], extra_plugins=[plugin(fragile)])
    assert isinstance(caught.value.__cause__, RecursionError)


def test_output_that_depends_on_earlier_articles() -> None:
    def remembering(seen: set[str]) -> Extract:
        def extract(document: Document, needed: FactMap, options: Any) -> list[Hashtag]:
            found = []
            for fact in hashtags(document, needed, HashtagOptions()):
                tag = f"{fact.tag} (again)" if fact.tag in seen else fact.tag
                found.append(attrs.evolve(fact, tag=tag))
                seen.add(fact.tag)
            return found

        return extract

    message = (
        r"not deterministic on .*: a second run, after another article, gave other facts: "
        r"fact 0 was Hashtag\(.*tag='georgia'\), then Hashtag\(.*tag='georgia \(again\)'\)"
    )
    with pytest.raises(FieldCheckError, match=message):
        check_deterministic(HASHTAGS, TEXT, extra_plugins=[plugin(remembering(set()))])


@attrs.frozen(kw_only=True)
class Tagged(Fact):
    tags: tuple[str, ...]


TAGGED = Field("hashtags", Tagged, "Hashtags.")


def test_an_attribute_holding_another_type_than_its_annotation() -> None:
    def listed(document: Document, needed: FactMap, options: Any) -> list[Tagged]:
        return [
            Tagged.at(document.text, f.start, f.end, tags=[f.tag])
            for f in hashtags(document, needed, HashtagOptions())
        ]

    @hookimpl
    def newsfacts_register_fields(register: Register) -> None:
        register(TAGGED, listed)

    module = types.ModuleType("tagged")
    module.newsfacts_register_fields = newsfacts_register_fields  # type: ignore[attr-defined]
    with pytest.raises(
        FieldCheckError,
        match=r"changes through JSON: tags \['georgia'\] came back as \('georgia',\)",
    ):
        check_json_round_trip(TAGGED, TEXT, extra_plugins=[module])


def test_an_attribute_that_is_not_json() -> None:
    def with_objects(document: Document, needed: FactMap, options: Any) -> list[Hashtag]:
        return [
            Hashtag.at(document.text, f.start, f.end, tag=object())
            for f in hashtags(document, needed, HashtagOptions())
        ]

    with pytest.raises(FieldCheckError, match=r"to_dict\(\) is not JSON \(Object of type object"):
        check_json_round_trip(HASHTAGS, TEXT, extra_plugins=[plugin(with_objects)])


def test_time_growing_with_the_square_of_the_text() -> None:
    def quadratic(document: Document, needed: FactMap, options: Any) -> list[Hashtag]:
        text = document.text
        # Looks back over the whole text, a character at a time, every fourth character: the
        # look-back costs far more than the step, so the time grows with the square of the
        # text by a wide margin (a C-level count per character grew barely past the bound;
        # every tenth character left the plugin's fixed costs weighing enough that on a busy
        # machine the growth fell under the bound).
        for end in range(0, len(text), 4):
            sum(1 for character in text[:end] if character == "#")
        return hashtags(document, needed, HashtagOptions())

    with pytest.raises(
        FieldCheckError,
        match=(
            r"does not run in linear time .*: 8 times the text \(1\d\d\d to \d+ chars\) "
            r"took \d+ times as long"
        ),
    ):
        check_bounded_growth(HASHTAGS, TEXT, extra_plugins=[plugin(quadratic)])
    check_bounded_growth(HASHTAGS, TEXT, extra_plugins=[SOUND])


@pytest.fixture
def fresh_schema_support() -> Iterator[None]:
    """The kit looks the schema modules up once per process: again, around the test."""
    schema_support.cache_clear()
    yield
    schema_support.cache_clear()


@pytest.mark.usefixtures("fresh_schema_support")
def test_records_are_validated_against_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("jsonschema")
    schema = types.ModuleType("newsfacts.schema")
    definition = {"type": "object", "properties": {"tag": {"type": "string", "minLength": 9}}}
    schema.json_schema = lambda fields: {  # type: ignore[attr-defined]
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {"facts": {"properties": {"hashtags": {"items": definition}}}},
    }
    monkeypatch.setitem(sys.modules, "newsfacts.schema", schema)
    with pytest.raises(
        FieldCheckError,
        match=(
            r"does not fit newsfacts\.schema\.json_schema\(\) at facts/hashtags/0/tag: "
            r"'georgia' is too short"
        ),
    ):
        check_schema(HASHTAGS, TEXT, extra_plugins=[SOUND])


@pytest.mark.usefixtures("fresh_schema_support")
def test_the_schema_check_is_skipped_with_a_warning_without_the_schema(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "newsfacts.schema", None)  # import fails
    with pytest.warns(
        SkippedCheckWarning,
        match="schema check skipped: this version of newsfacts has no newsfacts.schema",
    ):
        check_schema(HASHTAGS, TEXT, extra_plugins=[SOUND])


def test_the_hostile_texts_are_named_and_about_two_thousand_characters() -> None:
    assert len({hostile.name for hostile in HOSTILE_TEXTS}) == len(HOSTILE_TEXTS)
    assert max(len(hostile.text) for hostile in HOSTILE_TEXTS) <= 5_000
    assert sum(hostile.grow for hostile in HOSTILE_TEXTS) == 5


SOUND_UNDER_TEST = FieldUnderTest.load(HASHTAGS, extra_plugins=[SOUND])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_texts())
def test_news_texts_pass_a_sound_plugin(text: str) -> None:
    check_text(SOUND_UNDER_TEST, text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_texts())
def test_hostile_texts_pass_a_sound_plugin(text: str) -> None:
    check_text(SOUND_UNDER_TEST, text)


def test_news_texts_give_every_built_in_field_something_to_find() -> None:
    extractor = newsfacts.Extractor()
    finding: Counter[str] = Counter()

    @settings(max_examples=30, deadline=None, database=None)
    @given(news_texts())
    def extract(text: str) -> None:
        result = extractor.extract(text)
        finding.update(field.name for field in BUILT_IN_FIELDS if result[field])

    extract()
    assert set(finding) == {field.name for field in BUILT_IN_FIELDS}, finding


def test_the_kit_imports_without_hypothesis() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "import newsfacts.testing as kit\n"
        "try:\n    kit.news_texts()\nexcept ImportError:\n    print('strategies need hypothesis')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "strategies need hypothesis\n"


def test_the_kit_adds_nothing_to_the_newsfacts_namespace() -> None:
    assert "testing" not in newsfacts.__all__
