"""The extraction pipeline, with small in-process plugins standing in for real ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs
import pytest

import newsfacts
from newsfacts import Document, Fact, Field, PluginError, UnknownPluginError, hookimpl


@attrs.frozen(kw_only=True)
class Word(Fact):
    capitalized: bool


class WordsPlugin:
    """Every capitalized word."""

    __name__ = "words"

    @hookimpl
    def newsfacts_fields(self) -> Sequence[Field]:
        return [Field("words", Word, "Capitalized words.")]

    @hookimpl
    def newsfacts_extract(
        self, document: Document, field: Field, facts: Mapping[str, Sequence[Fact]]
    ) -> Sequence[Fact] | None:
        if field.name != "words":
            return None
        return [
            Word.at(document.text, t.start, t.end, capitalized=True)
            for t in document.tokens
            if t.text[:1].isupper()
        ]


class NamesPlugin:
    """Capitalized words not at a sentence start: reads the words field it needs."""

    __name__ = "names"
    seen: ClassVar[list[Mapping[str, Sequence[Fact]]]] = []

    @hookimpl
    def newsfacts_fields(self) -> Sequence[Field]:
        return [Field("names", Word, "Capitalized words inside sentences.", needs=("words",))]

    @hookimpl
    def newsfacts_extract(
        self, document: Document, field: Field, facts: Mapping[str, Sequence[Fact]]
    ) -> Sequence[Fact] | None:
        if field.name != "names":
            return None
        self.seen.append(facts)
        starts = {s.start for s in document.sentences}
        return [w for w in facts["words"] if w.start not in starts]


class BrokenPlugin:
    __name__ = "broken"

    @hookimpl
    def newsfacts_fields(self) -> Sequence[Field]:
        return [Field("broken", Word, "Always fails.")]

    @hookimpl
    def newsfacts_extract(
        self, document: Document, field: Field, facts: Mapping[str, Sequence[Fact]]
    ) -> Sequence[Fact] | None:
        if field.name != "broken":
            return None
        raise RuntimeError("gazetteer exploded")


class LyingPlugin:
    """Returns one fact whose text does not match its offsets."""

    __name__ = "lying"

    @hookimpl
    def newsfacts_fields(self) -> Sequence[Field]:
        return [Field("lies", Word, "Wrong offsets.")]

    @hookimpl
    def newsfacts_extract(
        self, document: Document, field: Field, facts: Mapping[str, Sequence[Fact]]
    ) -> Sequence[Fact] | None:
        if field.name != "lies":
            return None
        return [
            Word(text="nope", start=0, end=4, capitalized=False),
            Word.at(document.text, 0, 4, capitalized=True),
        ]


def extractor(*plugins: Any, **options: Any) -> newsfacts.Extractor:
    names = [p.__name__ for p in plugins]
    fields = {"words": "words", "names": "names", "broken": "broken", "lying": "lies"}
    return newsfacts.Extractor([fields[n] for n in names], extra_plugins=plugins, **options)


TEXT = "Russia fired drones at Kyiv. Ukraine said so."


def test_fields_come_out_in_text_order_with_their_own_attributes() -> None:
    result = extractor(WordsPlugin()).extract(TEXT)
    assert [w.text for w in result.words] == ["Russia", "Kyiv", "Ukraine"]
    assert result["words"] == result.words
    assert result.to_dict() == {
        "words": [
            {"text": "Russia", "start": 0, "end": 6, "capitalized": True},
            {"text": "Kyiv", "start": 23, "end": 27, "capitalized": True},
            {"text": "Ukraine", "start": 29, "end": 36, "capitalized": True},
        ]
    }
    assert result.errors == ()


def test_a_field_receives_the_facts_it_needs_whatever_the_registration_order() -> None:
    for order in ((NamesPlugin(), WordsPlugin()), (WordsPlugin(), NamesPlugin())):
        ex = extractor(*order)
        assert [f.name for f in ex.fields] == ["words", "names"]
        assert [w.text for w in ex.extract(TEXT).names] == ["Kyiv"]


def test_selecting_a_field_brings_the_fields_it_needs() -> None:
    ex = newsfacts.Extractor(["names"], extra_plugins=[WordsPlugin(), NamesPlugin()])
    assert sorted(ex.extract(TEXT).keys()) == ["names", "words"]


def test_a_needed_field_that_is_missing_arrives_empty() -> None:
    plugin = NamesPlugin()
    result = newsfacts.Extractor(["names"], extra_plugins=[plugin]).extract(TEXT)
    assert result.names == ()
    assert plugin.seen[-1] == {"words": ()}


def test_a_failing_plugin_does_not_sink_the_others() -> None:
    result = extractor(WordsPlugin(), BrokenPlugin()).extract(TEXT)
    assert len(result.words) == 3
    assert result.broken == ()
    [error] = result.errors
    assert (error.plugin, error.field, error.error_type) == ("broken", "broken", "RuntimeError")
    assert error.message == "gazetteer exploded"


def test_strict_mode_raises_a_plugin_error_naming_the_plugin() -> None:
    with pytest.raises(PluginError, match=r"plugin 'broken' .field 'broken'.: RuntimeError") as e:
        extractor(WordsPlugin(), BrokenPlugin(), strict=True).extract(TEXT)
    assert e.value.plugin == "broken"


def test_facts_breaking_the_offset_contract_are_dropped_and_reported() -> None:
    result = extractor(LyingPlugin()).extract(TEXT)
    assert [f.text for f in result.lies] == ["Russ"]
    assert "dropped 1 fact" in result.errors[0].message
    with pytest.raises(PluginError, match=r"dropped 1 fact"):
        extractor(LyingPlugin(), strict=True).extract(TEXT)


def test_unknown_plugin_names_list_what_is_installed() -> None:
    with pytest.raises(UnknownPluginError, match=r"no installed plugin or field named 'nope'"):
        newsfacts.Extractor(["nope"], extra_plugins=[WordsPlugin()])


def test_two_plugins_may_not_declare_one_field() -> None:
    class Copy(WordsPlugin):
        __name__ = "copy"

    with pytest.raises(PluginError, match=r"field 'words' is also declared by"):
        newsfacts.Extractor(["words"], extra_plugins=[WordsPlugin(), Copy()])


def test_fields_that_need_each_other_are_refused() -> None:
    class Chicken(NamesPlugin):
        __name__ = "chicken"

        @hookimpl
        def newsfacts_fields(self) -> Sequence[Field]:
            return [Field("chicken", Word, "Needs eggs.", needs=("egg",))]

    class Egg(NamesPlugin):
        __name__ = "egg"

        @hookimpl
        def newsfacts_fields(self) -> Sequence[Field]:
            return [Field("egg", Word, "Needs chickens.", needs=("chicken",))]

    with pytest.raises(PluginError, match=r"cycle"):
        newsfacts.Extractor(["chicken"], extra_plugins=[Chicken(), Egg()])


def test_reserved_field_names_are_refused() -> None:
    class Errors(WordsPlugin):
        __name__ = "errors_plugin"

        @hookimpl
        def newsfacts_fields(self) -> Sequence[Field]:
            return [Field("errors", Word, "Shadows Result.errors.")]

    with pytest.raises(PluginError, match=r"reserved"):
        newsfacts.Extractor(["errors"], extra_plugins=[Errors()])


def test_extract_accepts_text_mappings_and_articles() -> None:
    ex = extractor(WordsPlugin())
    from_text = ex.extract(TEXT, published="2025-07-10")
    from_mapping = ex.extract({"text": TEXT, "published": "2025-07-10"})
    from_article = ex.extract(newsfacts.Article(text=TEXT, published="2025-07-10"))
    assert from_text == from_mapping == from_article
    assert str(from_text.article.published) == "2025-07-10"
    with pytest.raises(newsfacts.InvalidArticleError):
        ex.extract(42)  # type: ignore[arg-type]


def test_extract_many_is_lazy() -> None:
    ex = extractor(WordsPlugin())

    def articles() -> Any:
        yield "One Two."
        raise AssertionError("read too far")

    assert len(next(ex.extract_many(articles())).words) == 2


def test_unknown_field_access_is_a_clear_error() -> None:
    result = extractor(WordsPlugin()).extract(TEXT)
    with pytest.raises(AttributeError, match=r"no field named 'weather'"):
        result.weather  # noqa: B018
    with pytest.raises(KeyError, match=r"fields: words"):
        result["weather"]


def test_the_installed_plugins_are_all_in_the_result() -> None:
    extractor = newsfacts.Extractor()
    result = extractor.extract(
        "Russia fired 397 drones at Kyiv on Thursday.", published="2025-07-10"
    )
    assert set(result.keys()) == {field.name for field in extractor.fields}
    assert set(result.to_dict()) == set(result.keys())


def test_timings_add_up_the_seconds_of_each_field_and_of_segmentation() -> None:
    timings: dict[str, float] = {}
    ex = extractor(WordsPlugin(), BrokenPlugin())
    ex.extract(TEXT, timings=timings)
    ex.extract(TEXT, timings=timings)
    assert set(timings) == {"segmentation", "words", "broken"}
    assert all(seconds >= 0 for seconds in timings.values())
