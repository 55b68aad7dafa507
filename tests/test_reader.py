"""Reading articles: formats, the date line, and bad inputs with clear errors."""

from __future__ import annotations

import json

import pytest

from newsledger.reader import InputError, parse_text, read_document


def test_date_line_gives_dateline_and_headline(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(" date 2025-10-28 Big headline here.\n\nFirst paragraph.\n", encoding="utf-8")
    doc = read_document(str(f))
    assert doc.date == "2025-10-28"
    assert doc.title == "Big headline here."
    assert doc.text.startswith("Big headline here.\n\nFirst paragraph.")


def test_overrides_win(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("date 2025-10-28 Headline\n\nBody text.", encoding="utf-8")
    doc = read_document(str(f), date="2024-01-02", outlet="Daily Test")
    assert (doc.date, doc.outlet) == ("2024-01-02", "Daily Test")


def test_json_object(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": "Israel attacked Iran.", "outlet": "X", "date": "2025-06-13",
                             "url": "https://example.org/a"}), encoding="utf-8")
    doc = read_document(str(f))
    assert (doc.outlet, doc.date, doc.url) == ("X", "2025-06-13", "https://example.org/a")


def test_html_main_text_title_date_site(tmp_path):
    f = tmp_path / "a.html"
    f.write_text(
        "<html><head><title>Talks in Cairo</title><meta property='og:site_name' content='Test"
        " Post'><meta name='date' content='2025-03-04'></head><body><nav>Home | World</nav>"
        "<article><h1>Talks in Cairo</h1><p>Israel and Egypt agreed on Tuesday to reopen the "
        "crossing, officials said. The deal follows weeks of talks in Cairo.</p><p>More text "
        "follows here about what happened next in the region.</p></article></body></html>",
        encoding="utf-8")
    doc = read_document(str(f))
    assert doc.title == "Talks in Cairo" and doc.outlet == "Test Post"
    assert doc.date == "2025-03-04"
    assert "agreed on Tuesday" in doc.text and "Home | World" not in doc.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"   \n\n", "empty"),
        ("binary.txt", b"\x00\x01\x02binary\x00", "binary"),
        ("latin1.txt", "Caf\xe9 in Paris".encode("latin-1"), "not valid UTF-8"),
        ("bad.json", b"{\"text\": ", "malformed JSON"),
        ("list.json", b"[1, 2]", "'text' field"),
        ("nothing.html", b"<html><body><script>x()</script></body></html>", "no article text"),
        ("baddate.json", b"{\"text\": \"Hi there.\", \"date\": \"yesterday\"}", "not YYYY-MM-DD"),
    ],
)
def test_bad_inputs_name_the_file_and_reason(tmp_path, name, content, reason):
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_document(str(f))
    message = str(info.value)
    assert message.startswith(str(f)) and reason in message


def test_oversized_input_is_refused(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"Israel attacked Iran. " * 200)
    with pytest.raises(InputError, match="too large"):
        read_document(str(f), max_bytes=1000)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "nope.txt"))


def test_text_without_date_line():
    doc = parse_text("Plain body only.")
    assert doc.date is None and doc.title is None and doc.text == "Plain body only."
