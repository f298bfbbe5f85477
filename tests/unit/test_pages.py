"""pages: main text of an article page (trafilatura), and decoding page bytes."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from monitor.pages import META_SCAN_BYTES, decode_html, extract_main_text

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"

ARTICLE_PARAGRAPH_STARTS = [
    "Negotiators from both delegations returned",
    "The draft, seen by reporters,",
    "Officials on one side described",
    "Mediators have proposed a monitoring mission",
    "The talks are expected to continue until Friday",
]
BOILERPLATE = [
    "Subscribe now",
    "ADVERTISEMENT",
    "Sponsored",
    "mattress",
    "Most read",
    "recipes",
    "Copyright",
    "Privacy policy",
    "Cookie settings",
    "dataLayer",
]


def test_article_page_gives_the_five_paragraphs_and_no_boilerplate() -> None:
    text = extract_main_text(
        (PAGES / "article.html").read_bytes(), url="https://ledger.example/world/geneva-talks"
    )
    assert text is not None
    positions = [text.find(start) for start in ARTICLE_PARAGRAPH_STARTS]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)  # in reading order
    for phrase in BOILERPLATE:
        assert phrase not in text, phrase
    paragraphs = text.split("\n\n")
    assert sum(1 for p in paragraphs if len(p) > 150) == 5


def test_page_given_as_text() -> None:
    html = (PAGES / "article.html").read_text("utf-8")
    text = extract_main_text(html, url="https://ledger.example/world/geneva-talks")
    assert text is not None and "security guarantees" in text


def test_page_without_an_article_gives_none() -> None:
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<footer>Copyright 2025</footer></body></html>"
    )
    assert extract_main_text(html, url="https://x.example/") is None
    assert extract_main_text(b"", url="https://x.example/") is None
    assert extract_main_text("   ", url="https://x.example/") is None


def test_short_text_is_below_the_threshold() -> None:
    html = "<html><body><article><p>Subscribe to read.</p></article></body></html>"
    assert extract_main_text(html, url="https://x.example/") is None


# --- decoding ----------------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("utf8.html", "Café"),
        ("iso-8859-1.html", "Frédéric"),
        ("utf8-meta-after-1024.html", "Frédéric"),
        ("iso-8859-1-meta-after-1024.html", "Frédéric"),
    ],
)
def test_miniflux_html_charsets(shared_dir: Path, name: str, title: str) -> None:
    content = (shared_dir / "data/feeds/miniflux/encoding" / name).read_bytes()
    decoded = decode_html(content)
    assert f"<title>{title}</title>" in decoded
    assert "\ufffd" not in decoded
    # these pages hold one word, so the length threshold is lowered
    assert extract_main_text(content, url="https://x.example/", min_chars=1) == "Café"


def _page(body: str, charset: str, *, pad: int = 0) -> bytes:
    padding = "<!-- " + "x" * pad + " -->" if pad else ""
    html = (
        f"<!DOCTYPE html><html>{padding}<head><meta charset='{charset}'>"
        f"<title>t</title></head><body><p>{body}</p></body></html>"
    )
    return html.encode(charset)


def test_meta_charset_after_1024_bytes_is_found() -> None:
    # windows-1251 bytes read as the windows-1252 default would be mojibake
    content = _page("Переговоры в Женеве", "windows-1251", pad=2000)
    assert content.index(b"<meta") > 1024
    assert "Переговоры в Женеве" in decode_html(content)


def test_meta_charset_beyond_the_scan_limit_is_not_used() -> None:
    content = _page("Переговоры", "windows-1251", pad=META_SCAN_BYTES + 10)
    assert "Переговоры" not in decode_html(content)  # falls back to windows-1252


def test_http_charset_wins_over_meta() -> None:
    content = _page("Київ", "koi8-u").replace(b"charset='koi8-u'", b"charset='windows-1251'")
    assert "Київ" in decode_html(content, "text/html; charset=KOI8-U")
    assert "Київ" not in decode_html(content)


def test_valid_utf8_wins_over_a_wrong_label() -> None:
    content = _page("Café", "utf-8").replace(b"charset='utf-8'", b"charset='iso-8859-1'")
    assert "Café" in decode_html(content, "text/html; charset=iso-8859-1")


def test_byte_order_marks() -> None:
    html = "<html><body><p>Kyïv</p></body></html>"
    assert "Kyïv" in decode_html(codecs.BOM_UTF16_LE + html.encode("utf-16-le"))
    assert decode_html(codecs.BOM_UTF8 + html.encode("utf-8")).startswith("<html>")


def test_unknown_label_falls_back_to_windows_1252() -> None:
    content = "<meta charset='no-such-charset'><p>Caf\xe9 \u20ac</p>".encode("windows-1252")
    assert "Café €" in decode_html(content)
