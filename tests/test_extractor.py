"""The extraction pipeline, with small in-process plugins standing in for real ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import newsfacts
from newsfacts import Document, FactMap, Field, PluginError, UnknownPluginError, hookimpl
from newsfacts.plugin import Register
from stand_in_plugins import (
    NAMES,
    TEXT,
    WORDS,
    BrokenPlugin,
    LyingPlugin,
    NamesPlugin,
    SlowPlugin,
    Word,
    WordsPlugin,
    capitalized_words,
    extractor,
)


def test_fields_come_out_in_text_order_with_their_own_attributes() -> None:
    result = extractor(WordsPlugin()).extract(TEXT)
    assert [w.text for w in result[WORDS]] == ["Russia", "Kyiv", "Ukraine"]
    assert result["words"] == result[WORDS]
    assert result.to_dict()["facts"] == {
        "words": [
            {"text": "Russia", "start": 0, "end": 6, "capitalized": True},
            {"text": "Kyiv", "start": 23, "end": 27, "capitalized": True},
            {"text": "Ukraine", "start": 29, "end": 36, "capitalized": True},
        ]
    }
    assert result.errors == ()


def test_a_result_is_a_read_only_mapping_of_fields() -> None:
    result = extractor(WordsPlugin(), NamesPlugin()).extract(TEXT)
    assert list(result) == ["words", "names"]
    assert len(result) == 2
    assert dict(result.items())["names"] == result[NAMES]
    assert "words" in result and "weather" not in result
    assert repr(result) == (
        "<Result 'Russia fired drones at Kyiv. Ukraine sai…' (45 chars) words=3 names=1 errors=0>"
    )
    with pytest.raises(TypeError):
        result.facts["words"] = ()  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.errors = ()  # type: ignore[misc]


def test_a_result_reads_back_from_its_dict() -> None:
    result = extractor(WordsPlugin(), BrokenPlugin()).extract(TEXT, published="2025-07-10")
    record = result.to_dict()
    assert record["article"]["text"] == TEXT
    assert record["errors"][0]["message"] == "gazetteer exploded"
    back = newsfacts.Result.from_dict(record, fields=[WORDS, Field("broken", Word, "")])
    assert back == result
    assert back[WORDS][0] == Word(text="Russia", start=0, end=6, capitalized=True)


def test_a_result_dict_that_does_not_fit_is_a_clear_error() -> None:
    record = extractor(WordsPlugin()).extract(TEXT).to_dict()
    record["facts"]["words"][0]["capitalized"] = "yes"
    with pytest.raises(newsfacts.InvalidFactError, match=r"capitalized: 'yes' is not a bool"):
        newsfacts.Result.from_dict(record, fields=[WORDS])
    record["facts"]["words"][0] = {"text": "Russ", "start": 0, "end": 4, "capitalized": True}
    with pytest.raises(newsfacts.InvalidFactError, match=r"unknown field"):
        newsfacts.Result.from_dict({"article": {"text": "x"}, "facts": {"weather": []}}, fields=[])


def test_a_field_receives_the_facts_it_needs_whatever_the_registration_order() -> None:
    for order in ((NamesPlugin(), WordsPlugin()), (WordsPlugin(), NamesPlugin())):
        ex = extractor(*order)
        assert [f.name for f in ex.fields] == ["words", "names"]
        assert [w.text for w in ex.extract(TEXT)[NAMES]] == ["Kyiv"]


def test_selecting_a_field_brings_the_fields_it_needs() -> None:
    ex = newsfacts.Extractor(["names"], extra_plugins=[WordsPlugin(), NamesPlugin()])
    assert sorted(ex.extract(TEXT)) == ["names", "words"]


def test_a_needed_field_that_is_missing_arrives_empty() -> None:
    plugin = NamesPlugin()
    result = newsfacts.Extractor(["names"], extra_plugins=[plugin]).extract(TEXT)
    assert result[NAMES] == ()
    assert plugin.seen[-1][WORDS] == ()


def test_a_failing_plugin_does_not_sink_the_others() -> None:
    result = extractor(WordsPlugin(), BrokenPlugin()).extract(TEXT)
    assert len(result[WORDS]) == 3
    assert result["broken"] == ()
    [error] = result.errors
    assert (error.plugin, error.field, error.error_type) == ("broken", "broken", "RuntimeError")
    assert (error.message, error.stage) == ("gazetteer exploded", "extract")


def test_strict_mode_raises_a_plugin_error_naming_the_plugin() -> None:
    with pytest.raises(PluginError, match=r"plugin 'broken' .field 'broken'.: RuntimeError") as e:
        extractor(WordsPlugin(), BrokenPlugin(), strict=True).extract(TEXT)
    assert e.value.plugin == "broken"


def test_facts_breaking_the_offset_contract_are_dropped_and_reported() -> None:
    result = extractor(LyingPlugin()).extract(TEXT)
    assert [f.text for f in result["lies"]] == ["Russ"]
    assert "dropped 1 fact" in result.errors[0].message
    with pytest.raises(PluginError, match=r"dropped 1 fact"):
        extractor(LyingPlugin(), strict=True).extract(TEXT)


class FailsToRegister:
    __name__ = "fails_to_register"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        raise ImportError("No module named 'numpy'")


def test_a_plugin_that_fails_to_register_is_reported_and_the_others_work() -> None:
    ex = newsfacts.Extractor(extra_plugins=[FailsToRegister(), WordsPlugin()], disable=[])
    result = ex.extract(TEXT)
    assert len(result[WORDS]) == 3
    failure = next(f for f in result.errors if f.plugin == "fails_to_register")
    assert (failure.stage, failure.error_type) == ("register", "ImportError")
    with pytest.raises(PluginError, match=r"fails_to_register.*No module named 'numpy'"):
        newsfacts.Extractor(extra_plugins=[FailsToRegister(), WordsPlugin()], strict=True)


class OldStylePlugin:
    """A plugin of API v1: its hook is unknown now, and it is told so."""

    __name__ = "old_style"

    @hookimpl
    def newsfacts_fields(self) -> list[Field[Any]]:
        return [WORDS]


def test_a_plugin_implementing_unknown_hooks_is_refused_with_their_names() -> None:
    with pytest.raises(PluginError, match=r"implements unknown hooks: newsfacts_fields"):
        newsfacts.Extractor(extra_plugins=[OldStylePlugin()])


def test_unknown_plugin_names_list_what_is_installed() -> None:
    with pytest.raises(UnknownPluginError, match=r"no installed plugin or field named 'nope'"):
        newsfacts.Extractor(["nope"], extra_plugins=[WordsPlugin()])


class CopyOfWords(WordsPlugin):
    __name__ = "copy"


class ReplacesWords:
    """Fills ``words`` with every word, upper case or not, replacing the other provider."""

    __name__ = "all_words"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(WORDS, self.every_word, replaces=True)

    def every_word(self, document: Document, needed: FactMap, options: Any) -> list[Word]:
        return [
            Word.at(document.text, t.start, t.end, capitalized=t.text[:1].isupper())
            for t in document.tokens
            if t.text.isalpha()
        ]


def test_two_plugins_may_not_fill_one_field_unless_one_replaces_it() -> None:
    with pytest.raises(PluginError, match=r"field 'words' is filled by plugin 'copy' and by"):
        newsfacts.Extractor(["words"], extra_plugins=[CopyOfWords(), WordsPlugin()])
    ex = newsfacts.Extractor(
        ["names"], extra_plugins=[WordsPlugin(), ReplacesWords(), NamesPlugin()]
    )
    assert [p.plugin for p in ex.providers] == ["all_words", "names"]
    result = ex.extract(TEXT)
    assert len(result[WORDS]) == 8
    # names reads the replacement's words, lower-case ones too
    assert [w.text for w in result[NAMES]] == ["fired", "drones", "at", "Kyiv", "said", "so"]


def test_disabling_a_plugin_leaves_its_field_to_another() -> None:
    ex = newsfacts.Extractor(extra_plugins=[CopyOfWords(), WordsPlugin()], disable=["copy"])
    assert [p.plugin for p in ex.providers if p.field.name == "words"] == ["words"]
    ex = newsfacts.Extractor(extra_plugins=[WordsPlugin(), NamesPlugin()], disable=["names"])
    assert "names" not in [f.name for f in ex.fields]


@attrs.frozen
class Casing:
    lower_too: bool = False
    minimum_length: int = 1


class ConfigurablePlugin:
    __name__ = "configurable"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(WORDS, self.words, options=Casing)

    def words(self, document: Document, needed: FactMap, options: Casing) -> list[Word]:
        return [
            Word.at(document.text, t.start, t.end, capitalized=t.text[:1].isupper())
            for t in document.tokens
            if (options.lower_too or t.text[:1].isupper()) and len(t.text) >= options.minimum_length
        ]


def test_options_reach_the_plugin_checked_against_what_it_declares() -> None:
    plugin = ConfigurablePlugin()
    default = newsfacts.Extractor(extra_plugins=[plugin]).extract(TEXT)
    assert len(default[WORDS]) == 3
    configured = newsfacts.Extractor(
        extra_plugins=[plugin], config={"words": {"lower_too": True, "minimum_length": 5}}
    ).extract(TEXT)
    assert [w.text for w in configured[WORDS]] == ["Russia", "fired", "drones", "Ukraine"]
    with pytest.raises(newsfacts.ConfigError, match=r"'configurable' option 'lower'.*lower_too"):
        newsfacts.Extractor(extra_plugins=[plugin], config={"words": {"lower": True}})
    with pytest.raises(newsfacts.ConfigError, match=r"option 'minimum_length': expected int"):
        newsfacts.Extractor(extra_plugins=[plugin], config={"words": {"minimum_length": "5"}})
    with pytest.raises(newsfacts.ConfigError, match=r"'wrods'.*no such field or plugin"):
        newsfacts.Extractor(extra_plugins=[plugin], config={"wrods": {}})


def test_the_locations_plugin_takes_options_and_extra_places(tmp_path: Path) -> None:
    places = tmp_path / "places.tsv"
    places.write_text("Khreshchatyk\tfeature\tKhreshchatyk Street\tUA\t50.4474\t30.5223\n")
    text = "Crowds gathered on Khreshchatyk as Ukrainian cities were shelled."
    plain = newsfacts.extract(text, plugins=["locations"])
    assert [place.text for place in plain.locations] == ["Ukrainian"]
    configured = newsfacts.extract(
        text,
        plugins=["locations"],
        config={"locations": {"adjectival": False, "places": str(places)}},
    )
    [street] = configured.locations
    assert (street.name, street.country_code, street.latitude) == (
        "Khreshchatyk Street",
        "UA",
        50.4474,
    )


def test_fields_that_need_each_other_are_refused() -> None:
    chicken, egg = Field("chicken", Word, "Needs eggs."), Field("egg", Word, "Needs chickens.")

    class Farm:
        __name__ = "farm"

        @hookimpl
        def newsfacts_register_fields(self, register: Register) -> None:
            register(chicken, capitalized_words, needs=[egg])
            register(egg, capitalized_words, needs=[chicken])

    with pytest.raises(PluginError, match=r"cycle"):
        newsfacts.Extractor(["chicken"], extra_plugins=[Farm()])


def test_reserved_field_names_are_refused() -> None:
    class Errors:
        __name__ = "errors_plugin"

        @hookimpl
        def newsfacts_register_fields(self, register: Register) -> None:
            register(Field("errors", Word, "Shadows Result.errors."), capitalized_words)

    result = newsfacts.Extractor(extra_plugins=[Errors(), WordsPlugin()]).extract(TEXT)
    assert "errors" not in result
    assert any("reserved" in failure.message for failure in result.errors)
    with pytest.raises(PluginError, match=r"reserved"):
        newsfacts.Extractor(extra_plugins=[Errors()], strict=True)


def test_extract_accepts_text_mappings_and_articles() -> None:
    ex = extractor(WordsPlugin())
    from_text = ex.extract(TEXT, published="2025-07-10")
    from_mapping = ex.extract({"text": TEXT, "published": "2025-07-10"})
    from_article = ex.extract(newsfacts.Article(text=TEXT, published="2025-07-10"))
    assert from_text == from_mapping == from_article
    assert str(from_text.article.published) == "2025-07-10"
    with pytest.raises(newsfacts.InvalidArticleError):
        ex.extract(42)  # type: ignore[arg-type]


def test_unknown_field_access_is_a_clear_error() -> None:
    result = extractor(WordsPlugin()).extract(TEXT)
    with pytest.raises(AttributeError, match=r"no field named 'numbers'"):
        result.numbers  # noqa: B018
    with pytest.raises(KeyError, match=r"fields: words"):
        result["weather"]


def test_the_installed_plugins_are_all_in_the_result() -> None:
    extractor = newsfacts.Extractor()
    result = extractor.extract(
        "Russia fired 397 drones at Kyiv on Thursday.", published="2025-07-10"
    )
    assert set(result) == {field.name for field in extractor.fields}
    assert set(result.to_dict()["facts"]) == set(result)
    assert result[newsfacts.NUMBERS][0].value == 397


def test_timings_add_up_the_seconds_of_each_field_and_of_segmentation() -> None:
    timings: dict[str, float] = {}
    ex = extractor(WordsPlugin(), BrokenPlugin())
    ex.extract(TEXT, timings=timings)
    ex.extract(TEXT, timings=timings)
    assert set(timings) == {"segmentation", "words", "broken"}
    assert all(seconds >= 0 for seconds in timings.values())


def test_an_article_over_the_time_limit_gets_an_error_and_the_run_goes_on() -> None:
    plugins = [WordsPlugin(), SlowPlugin()]
    ex = newsfacts.Extractor(["words", "slow"], extra_plugins=plugins, time_limit=0.2)
    stuck, fine = list(ex.extract_many(["Stuck in a loop.", TEXT]))
    assert dict(stuck.items()) == {"words": (), "slow": ()}
    [failure] = [f for f in stuck.errors if f.error_type == "TimeLimitError"]
    assert failure.message == "article exceeded the time limit of 0.2 s"
    assert len(fine[WORDS]) == 3 and not fine.errors
    strict = newsfacts.Extractor(
        ["slow"], extra_plugins=[SlowPlugin()], time_limit=0.2, strict=True
    )
    with pytest.raises(newsfacts.TimeLimitError):
        strict.extract("Stuck in a loop.")


def test_the_arguments_rebuild_an_equivalent_extractor_in_another_process() -> None:
    ex = newsfacts.Extractor(["locations"], disable=["quotes"], config={"locations": {}})
    assert ex.arguments == {
        "plugins": ["locations"],
        "disable": ("quotes",),
        "config": {"locations": {}},
        "strict": False,
        "time_limit": None,
        "trace": False,
    }
    assert newsfacts.Extractor(**ex.arguments).fields == ex.fields
