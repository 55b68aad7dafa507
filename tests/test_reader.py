"""Reading articles: formats, the date line, and bad inputs with clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.reader import InputError, decode_bytes, parse_text, read_document


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


CASES = Path(__file__).resolve().parent / "data" / "cases"


def test_html_in_its_declared_charset_is_decoded_with_it():
    """Case 19 (../shared/cases): a windows-1252 page that says so in <meta charset>."""
    doc = read_document(str(CASES / "19_html_windows1252_meta_charset.html"))
    assert doc.title == "Talks in Ankara" and doc.date == "2025-11-04"
    assert "Turkey\u2019s foreign minister" in doc.text
    assert "\u201cWe agreed to keep talking,\u201d" in doc.text


@pytest.mark.parametrize(("raw", "encoding", "how"), [
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">Caf\xe9'
     .encode("latin-1"), "cp1252", "declared"),  # WHATWG: latin-1 labels mean windows-1252
    ('<?xml version="1.0" encoding="windows-1250"?><a>Zlo\u010din</a>'.encode("cp1250"),
     "cp1250", "declared"),
    ("\ufeffNews from Z\u00fcrich".encode("utf-8"), "utf-8-sig", "bom"),
    ("News from Z\u00fcrich, in UTF-16".encode("utf-16"), "utf-16", "bom"),
    ("Caf\u00e9 in Paris".encode("latin-1"), "cp1252", "detected"),
    ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0441\u043a\u0430"
     "\u0437\u0430\u043b, \u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e"
     "\u0432\u043e\u0440\u044b \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430"
     "\u0442\u0441\u044f.".encode("cp1251"), "cp1251", "detected"),
])
def test_decoding_order_bom_declared_detected(raw, encoding, how):
    decoded = decode_bytes(raw, "x")
    assert (decoded.encoding, decoded.how) == (encoding, how)
    assert "\ufffd" not in decoded.text and "\ufeff" not in decoded.text


def test_utf16_page_is_not_called_binary(tmp_path):
    f = tmp_path / "page.html"
    f.write_bytes(("<html><head><title>Aid to Gaza</title></head><body><article><p>Turkey "
                   "sent 30 tonnes of aid to Gaza on Monday, officials said.</p></article>"
                   "</body></html>").encode("utf-16"))
    doc = read_document(str(f))
    assert "30 tonnes of aid" in doc.text


def test_given_encoding_wins_and_a_wrong_one_is_named(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes("\u041c\u0438\u0440".encode("cp1251") * 20)
    assert read_document(str(f), encoding="cp1251").text.startswith("\u041c\u0438\u0440")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read_document(str(f), encoding="klingon")
    with pytest.raises(InputError, match=r"^.*ru\.txt: not valid utf-8"):
        read_document(str(f), encoding="utf-8")
