"""Feeds as they are: sniffed by content, gzip, entry HTML as text, entities, outlets,
headline-only entries, encodings."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsledger.ingest.feeds import entry_date, html_to_text, plain_title, site_of
from newsledger.ingest.sources import kind_of, read_items
from newsledger.inputs import InputError, Skipped
from newsledger.model import Document

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"
RSS = (b"<rss version='2.0'><channel><title>Google Alert - pakistan</title>"
       b"<link>https://www.google.com/alerts</link>"
       b"<item><title>Army kills militants</title>"
       b"<link>https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://www.dawn.com/news/1"
       b"&amp;ct=ga</link><description>Troops killed four militants in Bannu on Monday, "
       b"the army said.</description></item></channel></rss>")


def documents(path: Path, **options) -> list[Document | InputError]:
    return list(read_items(path, **options))


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("feed", RSS, "feed"),  # no extension, no <?xml header
    ("alerts.txt", RSS, "feed"),  # the content decides a feed
    ("news.rdf", b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='r'></rdf:RDF>", "feed"),
    ("story.shtml", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "article"),
    ("story.php", b"\n<html><body><p>x</p></body></html>", "article"),
    ("story.htm", b"<html></html>", "article"),
    ("batch.json", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    ("export", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    ("feed.xml.gz", gzip.compress(RSS), "gzip"),
    ("table.csv", b"a,b\n1,2\n", None),
    ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00", None),
])
def test_kinds_are_sniffed_from_the_content(name, data, kind):
    assert kind_of(Path(name), data) == kind


def test_a_feed_without_extension_or_header_is_read_as_a_feed(tmp_path):
    path = tmp_path / "alerts"
    path.write_bytes(RSS)
    (doc,) = documents(path)
    assert isinstance(doc, Document)
    assert doc.title == "Army kills militants" and "Troops killed four" in doc.text
    assert "<" not in doc.text
    # a Google Alert: the outlet is the site behind the redirect, not "Google Alert - …"
    assert doc.outlet == "dawn.com"


def test_a_gzip_feed_is_decompressed_and_a_bomb_refused(tmp_path):
    path = tmp_path / "feed.xml.gz"
    path.write_bytes(gzip.compress(RSS))
    (doc,) = documents(path)
    assert isinstance(doc, Document) and doc.path == f"{path}#1"
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(gzip.compress(b"<rss>" + b" " * 50_000_000))
    (error,) = documents(bomb)
    assert isinstance(error, InputError) and "decompression bomb" in error.reason
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(gzip.compress(b"Some article text.")[:-12])
    (error,) = documents(broken)
    assert isinstance(error, InputError) and "gzip" in error.reason


def test_a_gzip_page_is_read_by_its_inner_name(tmp_path):
    path = tmp_path / "note.txt.gz"
    path.write_bytes(gzip.compress(b"date 2025-11-04 Talks\n\nIran and Oman held talks."))
    (doc,) = documents(path)
    assert doc.date == "2025-11-04" and doc.path == str(path)


def test_entry_html_keeps_blockquotes_text_outside_paragraphs_and_line_breaks():
    markup = ("Lead text outside any paragraph.<p>First paragraph.</p><blockquote>We will "
              "not back down, he said.</blockquote>He said<br>Two more lines<br/>here."
              "<ul><li>One</li><li>Two</li></ul><script>alert(1)</script>Tail.")
    text = html_to_text(markup)
    assert text.split("\n\n") == ["Lead text outside any paragraph.", "First paragraph.",
                                  "We will not back down, he said.",
                                  "He said\nTwo more lines\nhere.", "One", "Two", "Tail."]
    assert "saidTwo" not in text and "alert" not in text


def test_double_escaped_entities_are_decoded_once_more():
    """Case 18 (../shared/cases): title and text keep &#8217; and &amp; after parsing."""
    doc, = documents(CASES / "18_feed_double_escaped_entities.xml")
    assert doc.title == "Pakistan\u2019s army says it killed \"six militants\""
    assert doc.text.startswith(doc.title + "\n\nPakistan\u2019s army said on Tuesday")
    assert "The militants\u2019 hideout was destroyed & two soldiers" in doc.text
    assert "&" not in doc.text.replace("& two", "")
    assert doc.outlet == "example.org"  # the feed's link, not its title "Frontier Desk"


def test_entry_without_pubdate_keeps_its_text():
    """Case 16 (../shared/cases), the text part: one paragraph, title and link."""
    doc, = documents(CASES / "16_feed_entry_missing_pubdate.xml")
    assert doc.title == "Troops kill militants" and doc.url == "http://example.org/b1"
    assert doc.text.endswith("killed four militants in North Waziristan on Monday, the army "
                             "said.")


def test_entry_without_pubdate_takes_the_channels_date(analyzer):
    """Case 16: the channel's pubDate (2025-11-04) dates the entry, and "on Monday" is the
    3rd, whatever day the ingest runs."""
    doc, = documents(CASES / "16_feed_entry_missing_pubdate.xml")
    assert doc.date == "2025-11-04"
    events = analyzer.analyze_document(doc).events
    assert events and all(e.date == "2025-11-03" for e in events)


def test_atom_titles_lose_their_tags():
    assert plain_title("<b>Talks</b> in &amp; Doha") == "Talks in & Doha"
    assert plain_title("Plain  title") == "Plain title"


def test_title_only_items_are_skipped_not_failed(tmp_path):
    path = tmp_path / "heads.rss"
    path.write_bytes(b"<rss version='2.0'><channel><link>https://frontier.example/</link>"
                     b"<item><title>Headline one</title><link>https://frontier.example/1</link>"
                     b"</item><item><link>https://frontier.example/2</link></item>"
                     b"</channel></rss>")
    skipped, failed = documents(path)
    assert isinstance(skipped, Skipped) and skipped.name == f"{path}#1"
    assert "headline only" in skipped.reason
    assert type(failed) is InputError and "no content" in failed.reason


@pytest.mark.parametrize(("url", "site"), [
    ("https://www.dawn.com/news/123", "dawn.com"),
    ("https://www.google.com/url?rct=j&sa=t&url=https://tribune.com.pk/story/1&ct=ga",
     "tribune.com.pk"),
    ("https://news.google.com/rss/articles/abc", None),
    ("https://feeds.feedburner.com/x", None),
    ("not a url", None),
    (None, None),
])
def test_site_of(url, site):
    assert site_of(url) == site


def test_feed_encodings_are_decoded_and_recorded(tmp_path):
    declared = tmp_path / "w1252.xml"
    declared.write_bytes("<?xml version='1.0' encoding='windows-1252'?><rss version='2.0'>"
                         "<channel><item><title>Caf\u00e9 talks</title><description>Turkey\u2019s"
                         " envoy met the caf\u00e9 owners.</description></item></channel></rss>"
                         .encode("cp1252"))
    (doc,) = documents(declared)
    assert doc.title == "Caf\u00e9 talks" and "Turkey\u2019s envoy" in doc.text
    assert (doc.encoding, doc.encoding_how) == ("cp1252", "declared")
    utf16 = tmp_path / "utf16.rss"
    utf16.write_bytes(RSS.decode("ascii").encode("utf-16"))
    (doc,) = documents(utf16)
    assert (doc.encoding, doc.encoding_how) == ("utf-16", "bom") and doc.outlet == "dawn.com"
    given = tmp_path / "given.txt"
    given.write_bytes("\u041c\u0438\u0440 talks in Moscow.".encode("cp1251"))
    (doc,) = documents(given, encoding="cp1251")
    assert doc.text.startswith("\u041c\u0438\u0440") and doc.encoding_how == "given"


@pytest.mark.parametrize(("stamp", "day"), [
    ("Tue, 04 Nov 2025 21:30:00 -0500", "2025-11-04"),  # UTC would make it the 5th
    ("Wed, 05 Nov 2025 02:15:00 +0500", "2025-11-05"),  # UTC would make it the 4th
    ("2025-11-04T21:30:00-05:00", "2025-11-04"),
])
def test_an_entry_keeps_its_publishers_local_date(stamp, day):
    assert entry_date({"published": stamp}) == day
