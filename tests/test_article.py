from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from newsfacts import Article, InvalidArticleError


def test_text_is_kept_exactly_as_given() -> None:
    text = "  Kyiv\r\n\tattacked.  "
    assert Article(text=text).text == text


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2025-07-10", dt.date(2025, 7, 10)),
        (" 2025-07-10 ", dt.date(2025, 7, 10)),
        ("2025-07-10T08:30:00", dt.datetime(2025, 7, 10, 8, 30)),
        ("2025-07-10T08:30:00Z", dt.datetime(2025, 7, 10, 8, 30, tzinfo=dt.timezone.utc)),
        (dt.date(2025, 7, 10), dt.date(2025, 7, 10)),
        ("", None),
        (None, None),
    ],
)
def test_published_accepts_dates_and_iso_strings(given: object, expected: object) -> None:
    assert Article(text="x", published=given).published == expected


def test_published_date_reduces_a_datetime_to_its_day() -> None:
    article = Article(text="x", published="2025-07-10T23:59:00")
    assert article.published_date == dt.date(2025, 7, 10)


@pytest.mark.parametrize("bad", ["10 July 2025", "2025-13-01", "yesterday"])
def test_unparseable_published_names_the_field(bad: str) -> None:
    with pytest.raises(InvalidArticleError, match=r"^published: ") as caught:
        Article(text="x", published=bad)
    assert caught.value.field == "published"


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a"]])
def test_non_str_text_names_the_field(bad: object) -> None:
    with pytest.raises(InvalidArticleError, match=r"^text: expected str"):
        Article(text=bad)  # type: ignore[arg-type]


def test_errors_share_one_root() -> None:
    assert issubclass(InvalidArticleError, newsfacts.NewsfactsError)
    assert issubclass(newsfacts.PluginError, newsfacts.NewsfactsError)
    assert issubclass(newsfacts.UnknownPluginError, newsfacts.NewsfactsError)


def test_from_dict_reads_known_keys_and_ignores_the_rest() -> None:
    article = Article.from_dict(
        {"id": 7, "text": "Body.", "title": "T", "published": "2025-07-10", "facts": {}}
    )
    assert article == Article(text="Body.", title="T", published=dt.date(2025, 7, 10), id="7")


def test_from_dict_without_text_is_refused() -> None:
    with pytest.raises(InvalidArticleError, match=r"^text: missing"):
        Article.from_dict({"title": "No body"})


def test_from_dict_refuses_a_non_object() -> None:
    with pytest.raises(InvalidArticleError, match=r"expected a JSON object"):
        Article.from_dict(["text"])  # type: ignore[arg-type]


def test_to_dict_round_trips() -> None:
    article = Article(text="Body.", published="2025-07-10", url="https://example.org")
    assert Article.from_dict(article.to_dict()) == article


def test_articles_are_immutable() -> None:
    article = Article(text="x")
    with pytest.raises(AttributeError):
        article.text = "y"  # type: ignore[misc]
