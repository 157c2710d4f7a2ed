"""Reading corpora: every format, directories, stdin, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import pickle
import sys
from pathlib import Path

import pytest

import newsfacts
import newsfacts.warc
from corpus_files import ARTICLE_HTML, EMPTY_HTML, KYIV_PAGE, PAYWALL_PAGE, news_crawl, warc
from newsfacts import Article, ReadError, ReadItem, read_articles, read_items

UTC = dt.timezone.utc


def outcomes(items: object) -> list[tuple[str, str]]:
    """Each item as (where, what): the article's text, 'error: ...' or 'skipped: ...'."""
    shown = []
    for item in items:  # type: ignore[attr-defined]
        if item.article is not None:
            shown.append((item.where, item.article.text))
        elif item.error is not None:
            shown.append((item.where, f"error: {item.error.message}"))
        else:
            shown.append((item.where, f"skipped: {item.skipped}"))
    return shown


def write_lines(path: Path, *lines: object) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


# Plain text


def test_a_text_file_is_one_article_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kyiv-strike.txt"
    path.write_text("Russia fired 397 drones at Kyiv.\n", encoding="utf-8")
    [article] = read_articles(path)
    assert article == Article(text="Russia fired 397 drones at Kyiv.\n", id="kyiv-strike")


def test_a_text_file_that_is_not_utf8_is_read_with_replacement_and_a_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("París hosted the summit.".encode("latin-1"))
    [item] = read_items(path)
    assert item.article is not None and item.article.text == "Par\ufffds hosted the summit."
    assert item.warning == "not valid UTF-8: undecodable bytes were replaced with U+FFFD"
    with pytest.warns(UnicodeWarning, match=r"latin1\.txt: not valid UTF-8"):
        list(read_articles(path))


def test_binary_data_named_txt_is_an_error_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "logo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert outcomes(read_items(path)) == [(str(path), "error: binary data (NUL bytes), not text")]


def test_byte_order_marks_say_the_encoding(tmp_path: Path) -> None:
    (tmp_path / "utf8.txt").write_bytes(b"\xef\xbb\xbfKyiv")
    (tmp_path / "utf16.txt").write_bytes("Kyiv".encode("utf-16"))
    assert [a.text for a in read_articles(tmp_path)] == ["Kyiv", "Kyiv"]


# JSON and JSON Lines


def test_a_json_file_holds_an_article_or_a_list_of_them(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "a", "text": "One."}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "Two."}, {"title": "no text"}]), encoding="utf-8")
    assert outcomes(read_items([one, many])) == [
        (str(one), "One."),
        (f"{many}[0]", "Two."),
        (f"{many}[1]", "error: text: missing"),
    ]


def test_json_lines_are_read_line_by_line_and_bad_lines_do_not_stop_the_rest(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "text": "Kyiv was hit."}\n'
        "\n"
        '["not", "an", "object"]\n'
        '{"text": null}\n'
        '{"text": "unfinished\n'
        '{"id": "b", "text": "Odesa too.", "published": "Thu, 10 Jul 2025 08:00:00 GMT"}\n',
        encoding="utf-8",
    )
    assert outcomes(read_items(path)) == [
        (f"{path}:1", "Kyiv was hit."),
        (f"{path}:3", "error: article: expected a JSON object, got array"),
        (f"{path}:4", "error: text: expected str, got null"),
        (f"{path}:5", "error: invalid JSON: Invalid control character (column 21)"),
        (f"{path}:6", "Odesa too."),
    ]
    last = list(read_articles(path, on_error=lambda error: None))[-1]
    assert last.published == dt.datetime(2025, 7, 10, 8, 0, tzinfo=UTC)


def test_a_byte_order_mark_before_json_is_accepted(tmp_path: Path) -> None:
    jsonl = tmp_path / "bom.jsonl"
    jsonl.write_bytes(b'\xef\xbb\xbf{"text": "First."}\n{"text": "Second."}\n')
    single = tmp_path / "bom.json"
    single.write_bytes(b'\xef\xbb\xbf{"text": "Only."}')
    assert [a.text for a in read_articles([jsonl, single])] == ["First.", "Second.", "Only."]


def test_json_lines_not_in_utf8_are_replaced_and_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(
        '{"text": "Kyiv."}\n{"text": "París."}\n{"text": "Bogotá."}\n'.encode("latin-1")
    )
    items = list(read_items(path))
    assert [i.article.text for i in items if i.article] == ["Kyiv.", "Par\ufffds.", "Bogot\ufffd."]
    assert [i.warning is not None for i in items] == [False, True, False]
    assert "later lines are not reported" in (items[1].warning or "")


def test_deeply_nested_json_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    [item] = read_items(path)
    assert item.error is not None and item.error.message.startswith("invalid JSON")


def test_numeric_publication_dates_need_a_date_order(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "eu.jsonl", {"text": "x", "published": "10/07/2025"})
    [refused] = read_items(path)
    assert refused.error is not None
    assert "needs a date_order" in refused.error.message
    [article] = read_articles(path, date_order="DMY")
    assert article.published == dt.date(2025, 7, 10)


# Compressed inputs


def test_gzipped_files_are_read_whatever_their_name(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "Compressed."}\n'))
    assert [a.text for a in read_articles(path)] == ["Compressed."]


def test_truncated_gzip_keeps_what_came_before_and_names_the_line(tmp_path: Path) -> None:
    lines = b"".join(b'{"text": "Article %d."}\n' % n for n in range(2000))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(lines)[:-200])
    items = list(read_items(path))
    articles, [last] = items[:-1], items[-1:]
    assert len(articles) > 1000 and all(item.article for item in articles)
    assert last.error is not None
    assert last.error.message == "truncated gzip data: the file ends inside its compressed stream"
    assert last.where.startswith(f"{path}:")


# Web pages


def test_a_web_page_becomes_an_article_with_its_metadata() -> None:
    [article] = read_articles(KYIV_PAGE)
    assert article.id == "kyiv-drones"
    assert article.title == "Russia fires 397 drones at Kyiv in overnight attack"
    assert article.author == "Olena Kovalenko"
    assert article.source == "The Daily Ledger"
    assert article.published == dt.date(2025, 7, 10)
    assert article.text.startswith("Russia fires 397 drones at Kyiv in overnight attack\n\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (PAYWALL_PAGE.read_bytes(), "text: no main text found in the page"),
        (EMPTY_HTML, "text: no main text found in the page"),
        (b"<html><head><title>Head only</title></head></html>", "text: no main text found"),
        (bytes(range(256)) * 4, "text: not an HTML page with a body"),
    ],
    ids=["paywall", "empty body", "no body", "binary junk"],
)
def test_a_page_without_main_text_is_an_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    [item] = read_items(path)
    assert item.error is not None and item.error.message.startswith(message)
    assert str(item.error).startswith(f"{path}: ")


# Web crawls


def test_a_crawl_gives_its_html_responses_and_skips_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(news_crawl(compress=True))
    items = list(read_items(path))
    assert [(i.where, i.skipped) for i in items if i.skipped] == [
        (f"{path}: record 1", "a warcinfo record"),
        (f"{path}: record 2 <https://ledger.example.com/kyiv>", "a request record"),
        (f"{path}: record 4 <https://ledger.example.com/logo.png>", "not HTML (image/png)"),
        (f"{path}: record 5 <https://ledger.example.com/gone>", "HTTP status 404"),
    ]
    kyiv, storm = (i.article for i in items if i.article)
    assert kyiv.url == "https://ledger.example.com/kyiv"
    assert kyiv.published == dt.date(2025, 7, 10)  # from the page's metadata
    assert kyiv.id is not None and kyiv.id.startswith("urn:uuid:")
    assert storm.text.startswith("A storm closed three ports")
    # the page says nothing of its date: the WARC date stands in
    assert storm.published == dt.datetime(2025, 7, 10, 9, 0, tzinfo=UTC)


def test_a_crawl_page_without_text_is_an_error_and_the_crawl_goes_on() -> None:
    crawl = warc(
        ("response", "https://example.com/empty", EMPTY_HTML, "text/html"),
        ("response", "https://example.com/kyiv", ARTICLE_HTML, "text/html"),
    )
    found = outcomes(read_items(io.BytesIO(crawl), input_format="warc"))
    assert found[1] == (
        "<BytesIO>: record 2 <https://example.com/empty>",
        "error: text: no main text found in the page",
    )
    assert found[2][1].startswith("Russia fires 397 drones")


def test_a_broken_record_header_ends_the_file_with_one_error() -> None:
    crawl = news_crawl()
    third = crawl.index(b"WARC/1.0", crawl.index(b"WARC/1.0", 10) + 10)
    broken = crawl[:third] + b"WARX/1.0" + crawl[third + 8 :]
    found = outcomes(read_items(io.BytesIO(broken), input_format="warc"))
    assert found[-1] == (
        "<BytesIO>: record 3",
        "error: not a readable WARC record: Invalid WARC record, first line: WARX/1.0\r\n",
    )
    assert len(found) == 3


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_a_truncated_crawl_keeps_the_records_before_and_says_so(compress: bool) -> None:
    crawl = news_crawl(compress=compress)
    cut = crawl[: crawl.index(b"Storm closes ports") if not compress else len(crawl) - 300]
    items = list(read_items(io.BytesIO(cut), input_format="warc"))
    assert [i.article.title for i in items if i.article] == [
        "Russia fires 397 drones at Kyiv in overnight attack"
    ]
    assert [i.error for i in items if i.error] == [items[-1].error]
    assert "truncated" in str(items[-1].error)


def test_data_that_is_not_a_crawl_is_one_error() -> None:
    [item] = read_items(io.BytesIO(b"\x00\x01 hello, not a crawl"), input_format="warc")
    assert item.error is not None and "not a WARC record" in item.error.message


# Directories, standard input, many sources


def test_a_directory_is_read_recursively_by_file_name(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"text": "One."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    assert outcomes(read_items(tmp_path)) == [
        (f"{tmp_path / 'a.jsonl'}:1", "One."),
        (str(tmp_path / "b" / "two.txt"), "Two."),
        (str(tmp_path / "notes.md"), "skipped: not an article file (by its name)"),
    ]


def test_a_missing_file_is_an_error_and_the_next_source_is_read(tmp_path: Path) -> None:
    present = tmp_path / "here.txt"
    present.write_text("Here.", encoding="utf-8")
    missing = tmp_path / "gone.txt"
    assert outcomes(read_items([missing, present])) == [
        (str(missing), "error: cannot open: No such file or directory"),
        (str(present), "Here."),
    ]


def test_standard_input_is_read_as_text_or_as_the_format_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def stdin(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    stdin("Caf\xe9 owners protested.".encode("latin-1"))
    [item] = read_items("-")
    assert item.where == "<stdin>" and item.article is not None
    assert item.article.text == "Caf\ufffd owners protested." and item.warning is not None
    stdin(b'{"text": "One."}\n{"text": "Two."}\n')
    assert [a.text for a in read_articles("-", input_format="jsonl")] == ["One.", "Two."]


def test_read_articles_raises_the_first_error_unless_told_where_to_send_it(
    tmp_path: Path,
) -> None:
    path = write_lines(tmp_path / "mixed.jsonl", {"text": "Good."}, {"text": 5}, {"text": "Also."})
    with pytest.raises(ReadError, match=r"mixed\.jsonl:2: text: expected str, got int"):
        list(read_articles(path))
    errors: list[ReadError] = []
    assert [a.text for a in read_articles(path, on_error=errors.append)] == ["Good.", "Also."]
    assert [e.where for e in errors] == [f"{path}:2"]


def test_an_unknown_format_or_date_order_is_refused_at_once(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="input_format must be one of txt, json, jsonl"):
        next(read_items(tmp_path, input_format="xml"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="date_order must be one of DMY, MDY, YMD, not 'DDMMYY'"):
        next(read_items(tmp_path, date_order="DDMMYY"))  # type: ignore[arg-type]


def test_items_and_their_errors_survive_pickling_for_worker_pools() -> None:
    item = ReadItem("a.jsonl:2", error=ReadError("a.jsonl:2", "text: missing"))
    copy = pickle.loads(pickle.dumps(item))
    assert str(copy.error) == "a.jsonl:2: text: missing" and copy.where == "a.jsonl:2"


def test_an_item_has_exactly_one_outcome() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        ReadItem("x", article=Article(text="x"), skipped="also skipped")
    with pytest.raises(ValueError, match="exactly one"):
        ReadItem("x")


def test_the_readers_are_public() -> None:
    assert newsfacts.read_articles is read_articles and newsfacts.read_items is read_items


@pytest.mark.parametrize(
    ("content_type", "decoded"),
    [
        ("text/html; charset=utf-8", "café"),
        ("text/html; charset=no-such-charset", "café".encode()),
        # a damaged header: a null character in the charset's name
        ("text/html; charset=ut\x00f-8", "café".encode()),
    ],
)
def test_a_crawls_page_is_decoded_by_its_charset_or_kept_as_bytes(
    content_type: str, decoded: str | bytes
) -> None:
    assert newsfacts.warc._decoded("café".encode(), content_type) == decoded
