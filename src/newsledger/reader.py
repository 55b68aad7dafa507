"""Read one article from a file, stdin or a string into a :class:`Document`.

Plain text (optional first line ``date YYYY-MM-DD <headline>``), HTML (main text, title,
date and site via trafilatura) and JSON objects ``{text, title?, date?, url?, outlet?}``;
the format is sniffed from the content as well as the name. Every failure raises
:class:`InputError` with one line naming the input and the reason; a readable input that is
no article to analyse (a homepage, a paywall stub) raises its subclass :class:`Skipped`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from .inputs import (  # noqa: F401  (the names readers of inputs import from here)
    DEFAULT_MAX_BYTES,
    Decoded,
    InputError,
    PaywallStub,
    Skipped,
    decode,
    decode_bytes,
)
from .model import Document

DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(.*)$", re.IGNORECASE)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MIN_HTML_WORDS = 5
# "ISLAMABAD, Nov 3, 2025 (Reuters) -": a place in capitals, a date with its year, a credit.
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Za-z .]+)?,\s*"
                      r"([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*(?:\([^)]{1,40}\))?\s*[-–—]")
# An HTML page is an article when its main text has at least this many words of running
# text (paragraphs that are sentences; captions are none). News briefs run 50-150 words,
# the shortest two-paragraph brief of ../shared/cases (19) has 38; a paywall teaser (one
# lede sentence, ~20 words), a caption or a homepage's teasers are no article.
MIN_RUNNING_WORDS = 30


def document_id(text: str) -> str:
    """A stable id from the article text (the first 16 hex digits of its SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def check_date(value: str | None, name: str) -> str | None:
    if value in (None, ""):
        return None
    value = str(value).strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise InputError(name, f"date {value!r} is not YYYY-MM-DD") from None


def make_document(
    body: str,
    *,
    name: str = "<text>",
    title: str | None = None,
    date: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Document:
    """Build a Document; the headline, when there is one, opens the text as its own paragraph."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    title = title.strip() if title else None
    for part in (body, title or ""):  # "\ud800" from JSON: no text can be stored or shown
        bad = next((k for k, ch in enumerate(part) if "\ud800" <= ch <= "\udfff"), None)
        if bad is not None:
            raise InputError(name, f"invalid text: a lone surrogate at character {bad}")
    if not body.strip():
        raise InputError(name, "empty input: no article text")
    text = f"{title}\n\n{body.lstrip()}" if title else body
    date = date or dateline_date(body)
    return Document(id=document_id(text), text=text, title=title, date=check_date(date, name),
                    outlet=outlet or None, url=url or None, path=path)


def dateline_date(body: str) -> str | None:
    """The date of a wire dateline that names its year ("ISLAMABAD, Nov 3, 2025 (Reuters)
    -"): an article with no date of its own is dated by it (issue 14, case 15). A dateline
    without a year gives none: the year would have to come from the clock."""
    match = DATELINE.match(body.lstrip())
    if not match:
        return None
    try:
        words = match.group(1).replace(".", " ").replace(",", " ").replace("Sept", "Sep")
        day = dt.datetime.strptime(" ".join(words.split()), "%b %d %Y")
    except ValueError:
        try:
            day = dt.datetime.strptime(" ".join(match.group(1).replace(",", " ").split()),
                                       "%B %d %Y")
        except ValueError:
            return None
    return day.date().isoformat()


def parse_text(raw: str, name: str = "<text>", **meta: Any) -> Document:
    """Plain text with an optional ``date YYYY-MM-DD <headline>`` first line."""
    lines = raw.replace("\r\n", "\n").split("\n")
    title, date = None, None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        match = DATE_LINE.match(lines[first])
        if match:
            date, title = match.group(1), match.group(2).strip() or None
            lines = lines[first + 1 :]
    return make_document("\n".join(lines), name=name, title=meta.pop("title", None) or title,
                         date=meta.pop("date", None) or date, **meta)


def parse_json(raw: str, name: str = "<json>", **meta: Any) -> Document:
    """A JSON object ``{text, title?, date?, url?, outlet?}``."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"malformed JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise InputError(name, "malformed JSON (nested too deeply)") from None
    return document_from_mapping(obj, name, **meta)


def document_from_mapping(obj: Any, name: str, **meta: Any) -> Document:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError(name, "JSON must be an object with a string 'text' field")
    fields = {k: obj.get(k) for k in ("title", "date", "url", "outlet")}
    wrong = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
    if wrong:
        raise InputError(name, f"field {wrong[0]!r} must be a string")
    fields.update({k: v for k, v in meta.items() if v})
    return make_document(obj["text"], name=name, **fields)


def parse_html(raw: str, name: str = "<html>", **meta: Any) -> Document:
    """Main text, title, date and site name of an HTML page (trafilatura), without a
    paywall notice. Raises :class:`Skipped` for a page that is no article (under
    ``MIN_RUNNING_WORDS`` words of running text, or a list of teasers: a homepage or
    section page) and :class:`InputError` for one without any text."""
    import copy

    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(raw.encode("utf-8"),
                                    parser=lxml.html.HTMLParser(encoding="utf-8"))
        boxed = False  # a paywall's notice box, dropped with the captions (no running text)
        for box in tree.xpath("//figcaption | //*[@class or @id]"):
            label, text = f"{box.get('class', '')} {box.get('id', '')}", box.text_content()
            notice = bool(PAYWALL_BOX.search(label) and PAYWALL_NOTICE.search(text))
            if notice or ((box.tag == "figcaption" or CAPTION.search(label)) and len(text) < 600):
                boxed |= notice
                box.drop_tree()
        extracted = trafilatura.bare_extraction(copy.deepcopy(tree), with_metadata=True)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(name, f"malformed HTML ({type(exc).__name__})") from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or len(text.split()) < MIN_HTML_WORDS:
        # a page of navigation only ("menu") is no article
        raise InputError(name, "no article text found in the HTML")
    title = getattr(extracted, "title", None)
    paragraphs, paywalled = _before_paywall([p.strip() for p in text.split("\n") if p.strip()])
    paywalled |= boxed
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    url = getattr(extracted, "url", None)
    fields = {"title": title, "date": getattr(extracted, "date", None),
              "outlet": getattr(extracted, "sitename", None), "url": url}
    fields.update({k: v for k, v in meta.items() if v})
    document = make_document("\n\n".join(paragraphs), name=name, **fields)
    try:
        _check_article(name, paragraphs, tree, paywalled, getattr(extracted, "pagetype", None),
                       url)
    except PaywallStub as stub:
        stub.document = document  # what came before the notice, for ``analyze``
        raise
    return document


# A paywall's box (class or id) and its notice; the article stops where the notice starts.
PAYWALL_BOX = re.compile(r"pay-?wall|reg-?wall|subscri(be|ption)|piano|metered", re.I)
CAPTION = re.compile(r"(^|[\s_-])(wp-)?caption([\s_-]|$)", re.I)
PAYWALL_NOTICE = re.compile(
    r"\b(subscribe|sign up|log ?in|sign in|register)\b.{0,40}\bto (continue|keep) reading"
    r"|already a (subscriber|member)\b|\bto continue reading\b"
    r"|\b(for|to) (subscribers|members) only\b", re.I)
LINKED_HEADLINE = ".//*[self::h1 or self::h2 or self::h3 or self::h4][.//a] | " \
                  ".//a[.//h1 or .//h2 or .//h3 or .//h4]"
SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u2019\u201d)\]]*$")


def running_words(paragraphs: list[str]) -> int:
    """Words in paragraphs of running text: at least 6 words ending like a sentence
    (headlines, menus and bylines do not; the rule of the plain-text format)."""
    return sum(len(p.split()) for p in paragraphs
               if len(p.split()) >= 6 and SENTENCE_END.search(p))


def _before_paywall(paragraphs: list[str]) -> tuple[list[str], bool]:
    """The paragraphs before a paywall notice, and whether there was one."""
    for i, p in enumerate(paragraphs):
        if PAYWALL_NOTICE.search(p):  # a "log in" line above the article goes alone
            return (_before_paywall(paragraphs[1:])[0] if i == 0 else paragraphs[:i]), True
    return paragraphs, False


def _teaser_words(tree: Any, paragraphs: set[str]) -> int:
    """Words of the extracted paragraphs that sit in a teaser box: a small box (at most
    two <p>) two levels up at most, with a linked headline (<hN><a> or <a><hN>)."""
    words = 0
    for p in tree.iter("p"):
        text = " ".join(p.text_content().split())
        boxes = [p.getparent(), p.getparent().getparent() if p.getparent() is not None else None]
        if text in paragraphs and any(box is not None and len(box.findall(".//p")) <= 2
                                      and box.xpath(LINKED_HEADLINE) for box in boxes):
            words += len(text.split())
    return words


def _check_article(name: str, paragraphs: list[str], tree: Any, paywalled: bool,
                   pagetype: str | None, url: str | None) -> None:
    """Raise :class:`Skipped` unless the page's text is an article (see parse_html)."""
    words = running_words(paragraphs)
    if pagetype == "website" and url and re.fullmatch(r"https?://[^/]+/?", url):
        raise Skipped(name, f"a homepage ({url}), not an article")
    if words < MIN_RUNNING_WORDS:
        if paywalled:
            raise PaywallStub(name, f"paywall stub: only {words} words of running text, "
                                    f"under the {MIN_RUNNING_WORDS} an article needs")
        raise Skipped(name, f"not an article (a homepage, section page, caption or stub?): "
                            f"{words} words of running text, under the {MIN_RUNNING_WORDS} "
                            "an article needs")
    teasers = _teaser_words(tree, {" ".join(p.split()) for p in paragraphs})
    if teasers * 2 >= words:
        raise Skipped(name, f"a list of teasers ({teasers} of {words} words of running text"
                            " under linked headlines): a homepage or section page")


# Before the root element: white space, the XML declaration, processing instructions,
# comments and a DOCTYPE.
PROLOG = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)*", re.I | re.S)
FEED_ROOT = re.compile(r"<(?:[\w-]+:)?(?:rss|feed|rdf)\b", re.I)  # RSS, Atom, RSS 1.0


def sniff_content(text: str) -> str | None:
    """What a text is by its start: ``feed`` (an RSS, Atom or RDF root element),
    ``html`` (a DOCTYPE html or any other element), ``jsonl`` (a JSON object on each of
    its first two lines), ``json`` (an object) or None (plain text)."""
    head = text[:65536].lstrip("\ufeff \t\r\n")
    body = PROLOG.sub("", head[:8192], count=1)
    if FEED_ROOT.match(body):
        return "feed"
    if head[:14].lower() == "<!doctype html" or re.match(r"<[a-z]", body, re.I):
        return "html"
    if head.startswith("{"):
        lines = [line.strip() for line in head.split("\n") if line.strip()][:2]
        jsonl = len(lines) == 2 and lines[0].endswith("}") and lines[1].startswith("{")
        return "jsonl" if jsonl else "json"
    return None


def sniff_format(name: str, text: str) -> str:
    """``html``, ``json``, ``text``, or ``feed`` / ``jsonl`` (many articles): the content
    decides a feed; then the name (.html, .htm, .xhtml, .json), then the content."""
    suffix = Path(name).suffix.lower()
    found = sniff_content(text)
    if found == "feed":
        return "feed"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".json":
        return "json"
    if found == "html" or (found in ("json", "jsonl") and suffix != ".txt"):
        return found
    return "text"


def parse(raw: str, name: str, fmt: str | None = None, **meta: Any) -> Document:
    """One article in ``fmt`` (sniffed when None); a feed or JSON Lines is refused."""
    fmt = fmt or sniff_format(name, raw)
    if fmt in ("feed", "jsonl"):
        what = "an RSS/Atom feed" if fmt == "feed" else "JSON Lines"
        raise InputError(name, f"{what} holds many articles: use newsledger ingest")
    parser = {"html": parse_html, "json": parse_json, "text": parse_text}[fmt]
    return parser(raw, name, **meta)


def read_document(
    path: str,
    *,
    date: str | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fmt: str | None = None,
    encoding: str | None = None,
) -> Document:
    """Read one article from ``path`` (``-`` for stdin); overrides win over the file's own.
    ``encoding`` overrides the decoding (see :func:`decode_bytes`); the encoding used, and
    how it was chosen, are set on the Document."""
    if path == "-":
        name, data = "<stdin>", sys.stdin.buffer.read()
    else:
        name = path
        file = Path(path)
        if not file.exists():
            raise InputError(name, "no such file")
        if not file.is_file():
            raise InputError(name, "not a regular file")
        try:
            size = file.stat().st_size
            if size > max_bytes:
                raise InputError(
                    name, f"too large: {size:,} bytes, over the limit of {max_bytes:,} bytes"
                )
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(name, f"cannot read ({exc.strerror})") from None
    decoded = decode_bytes(data, name, max_bytes, encoding)
    doc = parse(decoded.text, name, fmt, date=date, outlet=outlet)
    doc.encoding, doc.encoding_how = decoded.encoding, decoded.how
    if path != "-":
        doc.path = str(path)
    return doc
