"""Feeds as they are: RSS 2.0, Atom and RSS 1.0 (RDF), each entry one article.

- The feed is decoded like any input (``reader.decode_bytes``: BOM, ``--encoding``, UTF-8,
  the XML declaration, detection) and handed to feedparser as UTF-8.
- An entry's HTML becomes text with its structure: block elements (``<p>``, ``<div>``,
  ``<blockquote>``, ``<li>``, headings…) end paragraphs, ``<br>`` ends a line, text outside
  any ``<p>`` is kept. Entities that survive feed parsing (double-escaped, as in
  ``&amp;#8217;``) are decoded once more (``../shared/cases/18``); titles lose their tags.
- An entry with a title but no text is skipped (a headline is no article), not failed.
- The outlet is the site's host name (``dawn.com``): the feed's own link, else the entry's
  (behind an aggregator's redirect such as a Google Alert's), else the feed's title.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html as htmllib
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..inputs import InputError, Skipped, decode_bytes
from ..model import Document
from ..reader import make_document

# Elements that end a paragraph (HTML's block-level and list elements).
BLOCKS = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
                    "h3", "h4", "h5", "h6", "pre", "table", "tr", "section", "article",
                    "header", "footer", "aside", "figure", "figcaption", "address", "hr",
                    "center", "main", "nav", "details", "summary"})
DROPPED = ("script", "style", "noscript", "template", "iframe", "object")
# An entity left in text after HTML parsing was escaped twice at the source.
SURVIVING_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)
# Hosts that list other sites' articles or redirect to them: never the outlet.
AGGREGATOR = re.compile(r"(^|\.)(google(\.[a-z]{2,3}){1,2}|feedburner\.com|bing\.com|"
                        r"yahoo\.com|msn\.com|feedly\.com|inoreader\.com)$")
XML_ENCODING = re.compile(r"""\A(\s*<\?xml[^>]*?encoding\s*=\s*["'])[^"']*""")

Item = Document | InputError


def read_feed(data: bytes, name: str, outlet: str | None, max_bytes: int,
              max_file_bytes: int, encoding: str | None = None) -> Iterator[Item]:
    """The entries of one feed file, each a Document, a Skipped (headline only) or an
    InputError naming ``file#entry``; a feed that cannot be read is one InputError."""
    import feedparser

    decoded = decode_bytes(data, name, max_file_bytes, encoding)
    xml = XML_ENCODING.sub(r"\g<1>utf-8", decoded.text, count=1).encode("utf-8")
    parsed = feedparser.parse(xml)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not any(
            e.get("content") or e.get("summary") or e.get("description") or e.get("title")
            for e in entries):
        entries = []  # broken markup that yielded nothing usable: the file is the problem
    if not entries:
        reason = "malformed feed" if parsed.get("bozo") else "feed has no entries"
        problem = parsed.get("bozo_exception")
        yield InputError(name, f"{reason}{f' ({problem})' if problem else ''}")
        return
    feed = parsed.get("feed") or {}
    for number, entry in enumerate(entries, 1):
        where = f"{name}#{number}"
        try:
            doc = entry_document(entry, where, outlet or outlet_of(feed, entry), max_bytes,
                                 channel_date=entry_date(feed))
        except InputError as exc:
            yield exc
            continue
        doc.path, doc.encoding, doc.encoding_how = where, decoded.encoding, decoded.how
        yield doc


def entry_document(entry: Any, where: str, outlet: str | None, max_bytes: int,
                   channel_date: str | None = None) -> Document:
    """One feed entry as a Document: its title, its text, its link and date (an entry with
    no date of its own takes the channel's, as feed readers do: case 16)."""
    content = entry.get("content") or []
    markup = (content[0].get("value") if content else "") or entry.get("summary") \
        or entry.get("description") or ""
    body = html_to_text(markup) if markup else ""
    title = plain_title(entry.get("title") or "")
    if not body.strip():
        if title:
            raise Skipped(where, "headline only: the entry has a title but no text")
        raise InputError(where, "feed entry has no content or summary")
    if len(body.encode("utf-8")) > max_bytes:
        raise InputError(where, "feed entry too large")
    return make_document(body, name=where, title=title or None,
                         date=entry_date(entry) or channel_date, outlet=outlet,
                         url=entry.get("link"))


def entry_date(entry: Any) -> str | None:
    """The entry's own date as its publisher wrote it: "Tue, 04 Nov 2025 21:30 -0500" is
    4 November (feedparser's parsed stamps are in UTC, which would make it the 5th; issue
    14). Falls back to the parsed stamp when the text cannot be read."""
    for key in ("published", "updated"):
        text = entry.get(key)
        if not text:
            continue
        try:
            return email.utils.parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:  # Atom's RFC 3339 "2025-11-04T21:30:00-05:00"
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None


def unescape_surviving(text: str) -> str:
    """``text`` with entities decoded once more when some survived HTML parsing."""
    return htmllib.unescape(text) if SURVIVING_ENTITY.search(text) else text


def plain_title(title: str) -> str:
    """A title without tags, its entities decoded, on one line."""
    return " ".join(html_to_text(title).split()) if "<" in title or "&" in title \
        else " ".join(title.split())


def html_to_text(markup: str) -> str:
    """The text of an HTML fragment: paragraphs (block elements) apart by a blank line,
    ``<br>`` a line break, white space collapsed within lines, scripts and styles gone."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml raises several kinds on broken markup
        return unescape_surviving(markup)
    for bad in root.xpath("|".join(f"//{tag}" for tag in DROPPED)):
        bad.drop_tree()  # its tail, the text after it, stays
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""  # comments and PIs have no text
        if event == "start":
            if tag in BLOCKS:
                parts.append("\n\n")
            elif tag == "br":
                parts.append("\n")
            if tag and el.text:
                parts.append(el.text)
        else:
            if tag in BLOCKS:
                parts.append("\n\n")
            if el is not root and el.tail:
                parts.append(el.tail)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return unescape_surviving(text)


def site_of(url: str | None) -> str | None:
    """The host name of ``url`` without ``www.``; behind an aggregator's redirect
    (``…google.com/url?url=…``) the target's; None for an aggregator's own page."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if AGGREGATOR.search(host):
        query = parse_qs(parts.query)
        target = (query.get("url") or query.get("u") or query.get("q") or [None])[0]
        return site_of(target) if target and target.startswith("http") else None
    return host.removeprefix("www.") or None


def outlet_of(feed: Any, entry: Any) -> str | None:
    """The outlet of an entry: the feed's site, else the entry's, else the feed's title."""
    return site_of(feed.get("link")) or site_of(entry.get("link")) \
        or plain_title(feed.get("title") or "") or None
