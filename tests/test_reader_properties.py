"""Whatever the bytes or JSON values given, readers give articles or clear errors, nothing else."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_files import news_crawl
from newsfacts import Article, InvalidArticleError, NewsfactsError, ReadError, parse_published
from newsfacts.readers import INPUT_FORMATS, read_items

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CRAWL = news_crawl()

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["2025-07-10", "Thu, 10 Jul 2025 08:00:00 GMT", "10/07/2025", "yesterday"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "title", "published", "id", "url", "language", "author", "x"]),
            children,
            max_size=5,
        )
    ),
    max_leaves=12,
)


def check_items(data: bytes, input_format: Any) -> None:
    for item in read_items(io.BytesIO(data), input_format=input_format):
        if item.article is not None:
            assert isinstance(item.article, Article) and isinstance(item.article.text, str)
        elif item.error is not None:
            assert isinstance(item.error, ReadError) and str(item.error)
        else:
            assert isinstance(item.skipped, str)


@SETTINGS
@given(data=st.binary(max_size=600), input_format=st.sampled_from(INPUT_FORMATS))
def test_arbitrary_bytes_give_articles_or_read_errors(data: bytes, input_format: Any) -> None:
    check_items(data, input_format)


@SETTINGS
@given(
    data=st.binary(max_size=300),
    input_format=st.sampled_from(INPUT_FORMATS),
    cut=st.integers(min_value=0, max_value=40),
)
def test_gzipped_and_truncated_bytes_give_articles_or_read_errors(
    data: bytes, input_format: Any, cut: int
) -> None:
    compressed = gzip.compress(data)
    check_items(compressed, input_format)
    check_items(compressed[: max(2, len(compressed) - cut)], input_format)


@SETTINGS
@given(
    cut=st.integers(min_value=0, max_value=len(CRAWL)),
    position=st.integers(min_value=0, max_value=len(CRAWL) - 1),
    byte=st.integers(min_value=0, max_value=255),
)
def test_damaged_crawls_give_articles_or_read_errors(cut: int, position: int, byte: int) -> None:
    damaged = bytearray(CRAWL)
    damaged[position] = byte
    check_items(bytes(damaged[:cut]), "warc")


@SETTINGS
@given(value=json_values)
def test_any_json_value_is_an_article_or_an_invalid_article_error(value: object) -> None:
    try:
        article = Article.from_dict(value)  # type: ignore[arg-type]
    except NewsfactsError as error:
        assert isinstance(error, InvalidArticleError)
    else:
        assert isinstance(article.text, str)
    line = json.dumps(value).encode("utf-8") + b"\n"
    check_items(line, "jsonl")
    check_items(line, "json")


@SETTINGS
@given(value=st.text(max_size=40))
def test_any_published_string_is_a_date_or_an_invalid_article_error(value: str) -> None:
    try:
        published = parse_published(value)
    except InvalidArticleError as error:
        assert error.field == "published"
    else:
        assert published is None or isinstance(published, dt.date)
