from __future__ import annotations

import datetime as dt
import pickle
import re
from typing import Any

import hypothesis
import hypothesis.strategies as st
import pytest

import newsfacts
from corpus_files import KYIV_PAGE, PARIS_PAGE, PAYWALL_PAGE
from newsfacts import Article, InvalidArticleError
from newsfacts import published as published_module


def test_text_is_kept_exactly_as_given() -> None:
    text = "  Kyiv\r\n\tattacked.  "
    assert Article(text=text).text == text


UTC = dt.timezone.utc
EDT = dt.timezone(dt.timedelta(hours=-4))


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2025-07-10", dt.date(2025, 7, 10)),
        (" 2025-07-10 ", dt.date(2025, 7, 10)),
        ("20250710", dt.date(2025, 7, 10)),  # basic ISO 8601, on every Python
        ("2025-07-10T08:30:00", dt.datetime(2025, 7, 10, 8, 30)),
        ("2025-07-10T08:30:00Z", dt.datetime(2025, 7, 10, 8, 30, tzinfo=UTC)),
        ("20250710T083000-0400", dt.datetime(2025, 7, 10, 8, 30, tzinfo=EDT)),
        ("Thu, 10 Jul 2025 08:00:00 GMT", dt.datetime(2025, 7, 10, 8, 0, tzinfo=UTC)),
        ("July 10, 2025 14:00 EDT", dt.datetime(2025, 7, 10, 14, 0, tzinfo=EDT)),
        ("10 July 2025", dt.date(2025, 7, 10)),
        ("10 juillet 2025", dt.date(2025, 7, 10)),
        ("10. Juli 2025", dt.date(2025, 7, 10)),
        ("2025/07/10", dt.date(2025, 7, 10)),
        (dt.date(2025, 7, 10), dt.date(2025, 7, 10)),
        ("", None),
        (None, None),
    ],
)
def test_published_accepts_dates_in_the_formats_news_metadata_uses(
    given: object, expected: object
) -> None:
    assert Article(text="x", published=given).published == expected


def test_time_zones_are_kept() -> None:
    published = Article(text="x", published="Thu, 10 Jul 2025 08:00:00 +0200").published
    assert published is not None and published.isoformat() == "2025-07-10T08:00:00+02:00"


@pytest.mark.parametrize(
    ("order", "expected"),
    [("DMY", dt.date(2025, 7, 10)), ("MDY", dt.date(2025, 10, 7))],
)
def test_an_all_numeric_date_is_read_in_the_order_given(order: Any, expected: dt.date) -> None:
    assert newsfacts.parse_published("10/07/2025", date_order=order) == expected
    record = {"text": "x", "published": "10/07/2025"}
    assert Article.from_dict(record, date_order=order).published == expected


def test_a_date_that_cannot_be_in_the_order_given_is_refused() -> None:
    with pytest.raises(InvalidArticleError, match=r"not a valid MDY date: '13/07/2025'"):
        newsfacts.parse_published("13/07/2025", date_order="MDY")


def test_published_date_reduces_a_datetime_to_its_day() -> None:
    article = Article(text="x", published="2025-07-10T23:59:00")
    assert article.published_date == dt.date(2025, 7, 10)


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("2025-13-01", "not a valid ISO 8601 date or date-time (month must be in 1..12)"),
        ("yesterday", "not an absolute date in a known format"),  # no anchor to count from
        ("2 days ago", "not an absolute date in a known format"),
        ("July 2025", "not an absolute date in a known format"),  # no day: not guessed
        ("soon", "not an absolute date in a known format"),
        ("10/07/2025", "an all-numeric date needs a date_order (DMY, MDY or YMD)"),
    ],
)
def test_unparseable_published_names_the_field_and_the_value(bad: str, why: str) -> None:
    with pytest.raises(InvalidArticleError) as caught:
        Article(text="x", published=bad)
    assert str(caught.value) == f"published: {why}: {bad!r}"
    assert caught.value.field == "published"


def _read(reader: Any, text: str) -> object:
    """What ``reader`` makes of ``text``: a date, or the message it refuses it with."""
    try:
        return reader(text)
    except InvalidArticleError as error:
        return str(error)


def _read_by_pattern(text: str) -> object:
    match = published_module._ISO.fullmatch(text)
    assert match is not None
    return published_module._from_iso(match, text)


@hypothesis.given(st.from_regex(r"\A[0-9٢]{4}-[0-3٢][0-9]-[0-3][0-9٢]\Z"))
def test_a_day_written_as_metadata_writes_it_is_read_as_the_iso_pattern_reads_it(
    text: str,
) -> None:
    """A day written "2025-07-10" is read by the standard library, not the ISO pattern: the
    same dates, the same refusals (31 Feb, month 13), the same digits other than ASCII."""
    assert _read(newsfacts.parse_published, text) == _read(_read_by_pattern, text)


def test_a_day_in_other_digits_is_read_by_the_iso_pattern() -> None:
    assert newsfacts.parse_published("٢٠٢٥-٠٧-١٠") == dt.date(2025, 7, 10)
    with pytest.raises(InvalidArticleError, match="day is out of range for month"):
        newsfacts.parse_published("2025-02-29")


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a"]])
def test_non_str_text_names_the_field(bad: object) -> None:
    with pytest.raises(InvalidArticleError, match=r"^text: expected str"):
        Article(text=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": b"Kyiv attacked"}, "title: expected str, got bytes"),
        ({"language": None}, "language: expected str, got null"),
        ({"author": "Olena \udc80"}, "author: surrogate code point U+DC80 at 6"),
        ({"url": 7, "id": 8}, "url: expected str, got int"),  # the first field in order
    ],
)
def test_every_text_field_is_checked_beside_an_ascii_text(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidArticleError, match=f"^{re.escape(message)}"):
        Article(text="Kyiv was attacked.", **fields)


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
    with pytest.raises(InvalidArticleError, match=r"^text: expected str, got null$"):
        Article.from_dict({"text": None})


def test_from_dict_reads_the_author_and_counts_null_as_absent() -> None:
    article = Article.from_dict({"text": "Body.", "author": "Olena Kovalenko", "title": None})
    assert article.author == "Olena Kovalenko" and article.title is None


def test_from_dict_refuses_a_non_object() -> None:
    with pytest.raises(InvalidArticleError, match=r"expected a JSON object"):
        Article.from_dict(["text"])  # type: ignore[arg-type]


def test_to_dict_round_trips() -> None:
    article = Article(text="Body.", published="2025-07-10", url="https://example.org")
    assert Article.from_dict(article.to_dict()) == article


def test_invalid_article_errors_survive_pickling() -> None:
    error = pickle.loads(pickle.dumps(InvalidArticleError("text", "missing")))
    assert str(error) == "text: missing" and error.field == "text"


def test_from_html_reads_the_main_text_and_the_metadata() -> None:
    article = Article.from_html(KYIV_PAGE.read_bytes(), url="https://ledger.example.com/kyiv")
    assert article.url == "https://ledger.example.com/kyiv"
    assert (article.title, article.author, article.source, article.language) == (
        "Russia fires 397 drones at Kyiv in overnight attack",
        "Olena Kovalenko",
        "The Daily Ledger",
        "en",
    )
    assert article.published == dt.date(2025, 7, 10)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1].startswith("Russia fired 397 drones and 18 missiles at Kyiv overnight")
    assert len(paragraphs) == 5
    for boilerplate in ("Subscribe", "Advertisement", "crossword", "Comments", "Related", "©"):
        assert boilerplate not in article.text


def test_from_html_reads_a_page_in_its_declared_charset_and_language() -> None:
    article = Article.from_html(PARIS_PAGE.read_bytes())
    assert article.title == "Canicule : Paris passe en vigilance rouge"
    assert article.author == "Camille Lefèvre" and article.language == "fr"
    assert "Météo-France a placé Paris et 16 départements" in article.text
    assert "cookies" not in article.text and "Réactions" not in article.text


def test_from_html_refuses_a_page_without_main_text() -> None:
    with pytest.raises(InvalidArticleError, match=r"^text: no main text found in the page$"):
        Article.from_html(PAYWALL_PAGE.read_text(encoding="utf-8"))


def test_facts_point_into_the_extracted_text() -> None:
    article = Article.from_html(KYIV_PAGE.read_bytes())
    result = newsfacts.extract(article, plugins=["numbers"])
    assert [(fact.text, fact.counted) for fact in result.numbers][:2] == [("397", "drones")] * 2
    for fact in result.numbers:
        assert article.text[fact.start : fact.end] == fact.text


def test_articles_are_immutable() -> None:
    article = Article(text="x")
    with pytest.raises(AttributeError):
        article.text = "y"  # type: ignore[misc]


def test_surrogate_code_points_are_refused_as_no_text() -> None:
    with pytest.raises(InvalidArticleError, match=r"text: surrogate code point U\+D800 at 6"):
        Article(text="Kyiv. \ud800\udfff")


def test_a_span_set_of_pairs_merges_what_they_cover() -> None:
    covered = newsfacts.SpanSet.of_spans([(10, 20), (0, 5), (15, 30)])
    assert len(covered) == 2
    assert covered.contains(12, 28) and covered.overlaps(4, 6)
    assert not covered.overlaps(5, 10)
