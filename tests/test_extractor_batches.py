"""``Extractor.extract_many`` in one process: articles in batches, field by field, each
article's result the one ``Extractor.extract`` gives it."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

import newsfacts
from hostile_inputs import GENERATORS, news_text
from newsfacts import Document, FactMap, Field, PluginError, hookimpl
from newsfacts.article import ArticleInput
from newsfacts.batches import BATCH_CHARACTERS, read
from newsfacts.plugin import Register
from stand_in_plugins import (
    TEXT,
    WORDS,
    SlowPlugin,
    Word,
    WordsPlugin,
    capitalized_words,
    extractor,
)

ARTICLES: list[ArticleInput] = [
    "",
    "\n\n\n",
    TEXT,
    {"text": "Police said 12 people were hurt in Leeds on Tuesday.", "published": "2025-03-06"},
    newsfacts.Article(
        text="“We will rebuild,” Mayor Anna Kovacs told Reuters in Budapest on Friday.",
        published="2024-11-15",
    ),
    "The Bank of England raised rates to 5.25% in August, its 14th rise in a row.",
    "Ümlaut Zoë 3 km\x00 ((( “ 1,2,3,4,5 ‘ Mr. Dr. U.S.",
    news_text(3_000),
]


def as_dicts(results: Iterable[newsfacts.Result]) -> list[dict[str, Any]]:
    return [result.to_dict() for result in results]


@pytest.fixture(scope="module")
def every_field() -> newsfacts.Extractor:
    return newsfacts.Extractor()


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_each_result_is_the_one_extract_gives(
    every_field: newsfacts.Extractor, batch_size: int
) -> None:
    one_by_one = [every_field.extract(article) for article in ARTICLES]
    batched = list(every_field.extract_many(ARTICLES, batch_size=batch_size))
    assert as_dicts(batched) == as_dicts(one_by_one)
    assert any(result.numbers for result in batched)  # real facts compared, not only empties


def test_hostile_texts_give_in_a_batch_what_they_give_alone(
    every_field: newsfacts.Extractor,
) -> None:
    news = news_text(2_000)
    texts = [make(1_000, news) for make in GENERATORS.values()]
    one_by_one = [every_field.extract(text) for text in texts]
    assert as_dicts(every_field.extract_many(texts, batch_size=16)) == as_dicts(one_by_one)


def fails_on_bang(document: Document, needed: FactMap, options: Any) -> list[Word]:
    if "Bang" in document.text:
        raise RuntimeError("no sense made of 'Bang'")
    return capitalized_words(document, needed, options)


FRAGILE = Field("fragile", Word, "Fails on 'Bang'.")


class FragilePlugin:
    """Capitalized words, but an article saying "Bang" breaks it."""

    __name__ = "fragile"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(FRAGILE, fails_on_bang)


class LaterFragilePlugin:
    """The fragile field's words, but an article saying "Boom" breaks it: a field run after
    the fragile one (it needs it)."""

    __name__ = "later"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        register(Field("later", Word, "Fails on 'Boom'."), self.later, needs=[FRAGILE])

    def later(self, document: Document, needed: FactMap, options: Any) -> list[Word]:
        if "Boom" in document.text:
            raise RuntimeError("no sense made of 'Boom'")
        return list(needed[FRAGILE])


def fragile(**options: Any) -> newsfacts.Extractor:
    plugins = [WordsPlugin(), FragilePlugin(), LaterFragilePlugin()]
    return newsfacts.Extractor(["words", "later"], extra_plugins=plugins, **options)


def test_a_plugin_failing_on_one_article_fails_that_article_only() -> None:
    texts = ["Kyiv and Lviv.", "Bang went Kyiv.", "Boom in Lviv.", TEXT]
    ex = fragile()
    results = list(ex.extract_many(texts, batch_size=4))
    assert as_dicts(results) == as_dicts(ex.extract(text) for text in texts)
    assert [[f.field for f in result.errors] for result in results] == [
        [],
        ["fragile"],
        ["later"],
        [],
    ]
    assert [w.text for w in results[1][WORDS]] == ["Bang", "Kyiv"]  # the other fields' facts
    assert results[1]["later"] == ()  # what it needed is empty: it ran on nothing
    assert [w.text for w in results[3]["later"]] == ["Russia", "Kyiv", "Ukraine"]


def test_strict_mode_raises_at_the_article_extract_raises_at() -> None:
    # "Boom" fails the later field on the second article, "Bang" the earlier field on the
    # third: field by field, the third fails first, but the second's error is the one raised.
    texts = ["Kyiv and Lviv.", "Boom in Lviv.", "Bang went Kyiv.", TEXT]
    ex = fragile(strict=True)
    with pytest.raises(PluginError, match=r"'Boom'"):
        ex.extract(texts[1])
    results = ex.extract_many(texts, batch_size=4)
    assert [w.text for w in next(results)[WORDS]] == ["Kyiv", "Lviv"]
    with pytest.raises(PluginError, match=r"plugin 'later' .field 'later'.: RuntimeError") as e:
        next(results)
    assert isinstance(e.value.__cause__, RuntimeError)
    assert list(results) == []  # the articles after it are dropped


def test_an_unreadable_article_is_raised_after_the_results_before_it() -> None:
    results = extractor(WordsPlugin()).extract_many(["Kyiv.", "Lviv.", 42, "Odesa."])  # type: ignore[list-item]
    assert [r[WORDS][0].text for r in (next(results), next(results))] == ["Kyiv", "Lviv"]
    with pytest.raises(newsfacts.InvalidArticleError):
        next(results)


class NappingPlugin:
    """Three fields, each sleeping 0.05 s on an article that says "nap"."""

    __name__ = "napping"

    @hookimpl
    def newsfacts_register_fields(self, register: Register) -> None:
        for name in ("first", "second", "third"):
            register(Field(name, Word, "Sleeps on 'nap'."), self.nap)

    def nap(self, document: Document, needed: FactMap, options: Any) -> list[Word]:
        if "nap" in document.text:
            time.sleep(0.05)
        return []


def test_the_time_limit_is_each_articles_own_across_its_fields() -> None:
    # Each article takes 0.15 s over its three fields and the batch of three 0.45 s: under
    # a limit of 0.12 s, every article runs out in its third field; under 0.4 s, none does.
    napping = ["A nap.", "Another nap.", "A third nap."]
    for limit, stopped in ((0.12, [True, True, True]), (0.4, [False, False, False])):
        ex = newsfacts.Extractor(
            ["first", "second", "third"], extra_plugins=[NappingPlugin()], time_limit=limit
        )
        results = list(ex.extract_many(napping, batch_size=3))
        outcome = [any(f.error_type == "TimeLimitError" for f in r.errors) for r in results]
        assert outcome == stopped


def test_off_the_main_thread_an_article_out_of_time_is_stopped_between_its_fields() -> None:
    # No timer signal off the main thread: each article's third field starts 0.1 s into its
    # limit of 0.08 s, and is not run.
    ex = newsfacts.Extractor(
        ["first", "second", "third"], extra_plugins=[NappingPlugin()], time_limit=0.08
    )
    found: list[newsfacts.Result] = []
    thread = threading.Thread(
        target=lambda: found.extend(ex.extract_many(["A nap.", "One more nap."]))
    )
    thread.start()
    thread.join()
    assert [[f.error_type for f in result.errors] for result in found] == [
        ["TimeLimitError"],
        ["TimeLimitError"],
    ]


def test_an_article_out_of_time_leaves_the_others_of_its_batch_their_facts() -> None:
    plugins = [WordsPlugin(), SlowPlugin()]
    ex = newsfacts.Extractor(["words", "slow"], extra_plugins=plugins, time_limit=0.2)
    fine, stuck, also_fine = ex.extract_many([TEXT, "Stuck in a loop.", TEXT])
    assert dict(stuck.items()) == {"words": (), "slow": ()}  # its words dropped too
    [failure] = stuck.errors
    assert failure.message == "article exceeded the time limit of 0.2 s"
    assert fine == also_fine and len(fine[WORDS]) == 3 and not fine.errors
    strict = newsfacts.Extractor(
        ["words", "slow"], extra_plugins=plugins, time_limit=0.2, strict=True
    )
    results = strict.extract_many([TEXT, "Stuck in a loop.", TEXT])
    assert len(next(results)[WORDS]) == 3
    with pytest.raises(newsfacts.TimeLimitError):
        next(results)


def test_the_input_is_read_one_batch_ahead_of_the_results() -> None:
    read_so_far: list[int] = []

    def articles() -> Iterator[str]:
        for number in range(10):
            read_so_far.append(number)
            yield f"Article {number} of Kyiv."

    results = extractor(WordsPlugin()).extract_many(articles(), batch_size=4)
    assert read_so_far == []
    assert next(results)[WORDS][0].text == "Article"
    assert len(read_so_far) == 4
    for _ in range(4):
        next(results)
    assert len(read_so_far) == 8
    assert [r.article.text for r in results] == [f"Article {n} of Kyiv." for n in (5, 6, 7, 8, 9)]


def test_long_texts_make_shorter_batches() -> None:
    half = "word " * (BATCH_CHARACTERS // 10)  # half of a batch's characters
    assert [len(batch) for batch in read([half] * 5 + ["Short."] * 3, 32)] == [2, 2, 4]
    assert [len(batch) for batch in read(["Short."] * 5, 2)] == [2, 2, 1]


def test_the_collector_is_paused_for_a_batch_and_running_between_results() -> None:
    seen: list[bool] = []

    def watches(document: Document, needed: FactMap, options: Any) -> list[Word]:
        seen.append(gc.isenabled())
        return []

    class Watcher:
        __name__ = "watcher"

        @hookimpl
        def newsfacts_register_fields(self, register: Register) -> None:
            register(Field("watched", Word, "Nothing."), watches)

    running = gc.isenabled()
    gc.enable()
    try:
        ex = newsfacts.Extractor(extra_plugins=[Watcher()])
        for _ in ex.extract_many(["One.", "Two.", "Three."], batch_size=2):
            assert gc.isenabled()  # the caller's code runs with the collector on
        assert seen == [False, False, False]
    finally:
        if not running:
            gc.disable()


def test_timings_add_up_in_batches_too() -> None:
    timings: dict[str, float] = {}
    ex = extractor(WordsPlugin())
    assert len(list(ex.extract_many([TEXT] * 5, batch_size=2, timings=timings))) == 5
    assert set(timings) == {"segmentation", "words"}
    assert all(seconds > 0 for seconds in timings.values())
    with pytest.raises(ValueError, match=r"workers=1"):
        ex.extract_many([TEXT], workers=2, timings=timings)


@pytest.mark.parametrize("size", [0, -1, 2.5, True])
def test_a_batch_size_is_a_positive_integer(size: Any) -> None:
    with pytest.raises(ValueError, match=r"batch_size must be a positive integer"):
        extractor(WordsPlugin()).extract_many([TEXT], batch_size=size)
