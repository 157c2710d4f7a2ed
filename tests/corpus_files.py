"""Small real inputs for the reader and CLI tests: saved news pages and crawls made with warcio."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = Path(__file__).resolve().parent / "data" / "pages"
#: An English news page with navigation, ads, comments, meta tags and JSON-LD.
KYIV_PAGE = PAGES / "kyiv-drones.html"
#: A French page in ISO-8859-1 with a cookie banner and reader comments.
PARIS_PAGE = PAGES / "canicule-paris.html"
#: A paywalled page: navigation and footer, no article text.
PAYWALL_PAGE = PAGES / "paywall.html"

ARTICLE_HTML = KYIV_PAGE.read_bytes()
UNDATED_HTML = (
    b"<html><head><title>Storm closes ports</title></head><body><article>"
    b"<p>A storm closed three ports on the Black Sea coast on Friday, the port authority said, "
    b"and ferries to Istanbul were cancelled until further notice.</p>"
    b"<p>Forecasters expect winds of up to 90 km/h through the weekend.</p>"
    b"</article></body></html>"
)
EMPTY_HTML = b"<html><head><title>Nothing</title></head><body></body></html>"


def warc(*records: tuple[str, str, bytes, str], compress: bool = False) -> bytes:
    """A WARC file: a warcinfo record, then for each (kind, url, body, content type) a record.

    ``kind`` is ``response`` (an HTTP 200 response), ``404`` (an HTTP 404 response) or
    ``request``. Every record is dated 2025-07-10T09:00:00Z.
    """
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "newsfacts tests"}))
    dated = {"WARC-Date": "2025-07-10T09:00:00Z"}
    for kind, url, body, content_type in records:
        if kind == "request":
            headers = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True
            )
            record = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b""),
                http_headers=headers,
                warc_headers_dict=dated,
            )
        else:
            status = "404 Not Found" if kind == "404" else "200 OK"
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict=dated,
            )
        writer.write_record(record)
    return out.getvalue()


def news_crawl(*, compress: bool = False) -> bytes:
    """A crawl of five records: one page with an article, and what a crawler also saves."""
    return warc(
        ("request", "https://ledger.example.com/kyiv", b"", ""),
        ("response", "https://ledger.example.com/kyiv", ARTICLE_HTML, "text/html; charset=utf-8"),
        ("response", "https://ledger.example.com/logo.png", b"\x89PNG\r\n", "image/png"),
        ("404", "https://ledger.example.com/gone", b"<html>Not found</html>", "text/html"),
        ("response", "https://ledger.example.com/storm", UNDATED_HTML, "text/html"),
        compress=compress,
    )
