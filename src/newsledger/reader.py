"""Read one article from a file, stdin or a string into a :class:`Document`.

Plain text (optional first line ``date YYYY-MM-DD <headline>``), HTML (main text, title,
date and site via trafilatura) and JSON objects ``{text, title?, date?, url?, outlet?}``.
Every failure raises :class:`InputError` with one line naming the input and the reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Document

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(.*)$", re.IGNORECASE)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MIN_HTML_WORDS = 5


class InputError(ValueError):
    """An input that cannot be analysed; the message names the input and the reason."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


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
    if not body.strip():
        raise InputError(name, "empty input: no article text")
    text = f"{title}\n\n{body.lstrip()}" if title else body
    return Document(
        id=document_id(text),
        text=text,
        title=title,
        date=check_date(date, name),
        outlet=outlet or None,
        url=url or None,
        path=path,
    )


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
    return make_document(
        "\n".join(lines),
        name=name,
        title=meta.pop("title", None) or title,
        date=meta.pop("date", None) or date,
        **meta,
    )


def parse_json(raw: str, name: str = "<json>", **meta: Any) -> Document:
    """A JSON object ``{text, title?, date?, url?, outlet?}``."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"malformed JSON ({exc.msg} at line {exc.lineno})") from None
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
    """Main text, title, date and site name of an HTML page (trafilatura)."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(raw, with_metadata=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(name, f"malformed HTML ({type(exc).__name__})") from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or len(text.split()) < MIN_HTML_WORDS:
        # a page of navigation only ("menu") is no article
        raise InputError(name, "no article text found in the HTML")
    title = getattr(extracted, "title", None)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    fields = {
        "title": title,
        "date": getattr(extracted, "date", None),
        "outlet": getattr(extracted, "sitename", None),
        "url": getattr(extracted, "url", None),
    }
    fields.update({k: v for k, v in meta.items() if v})
    return make_document("\n\n".join(paragraphs), name=name, **fields)


BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml version="1.0" encoding="x"?>: looked for in the first bytes, as browsers do (WHATWG
# "prescan" reads the first 1,024 bytes; we allow a little more for long heads).
DECLARED = re.compile(rb"""(?:<meta[^>]*?charset\s*=\s*["']?|<\?xml[^>]*?encoding\s*=\s*["'])
                           ([A-Za-z0-9._:-]+)""", re.IGNORECASE | re.VERBOSE)
PRESCAN_BYTES = 4096
# WHATWG Encoding Standard: labels that browsers decode as windows-1252.
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
                       "l1", "cp819", "iso_8859-1", "x-cp1252"}


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and how it was chosen
    (``bom``, ``given``, ``utf-8``, ``declared`` or ``detected``)."""

    text: str
    encoding: str
    how: str


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in WINDOWS_1252_LABELS:
        label = "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES,
                 encoding: str | None = None) -> Decoded:
    """Check size and binary content, then decode: a byte-order mark first, then
    ``encoding`` when given, then UTF-8, then the charset the document declares (HTML meta,
    XML declaration), then detection (charset-normalizer). Raises :class:`InputError`."""
    if len(data) > max_bytes:
        raise InputError(
            name, f"too large: {len(data):,} bytes, over the limit of {max_bytes:,} bytes"
        )
    if not data.strip():
        raise InputError(name, "empty input: no article text")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec, "bom")
            except UnicodeDecodeError as exc:
                raise InputError(name, f"not valid {codec} after its byte-order mark "
                                       f"(offset {exc.start})") from None
    if encoding is not None:
        codec = _codec(encoding)
        if codec is None:
            raise InputError(name, f"unknown encoding {encoding!r}")
        try:
            return Decoded(data.decode(codec), codec, "given")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"not valid {encoding} (byte 0x{data[exc.start]:02x} "
                                   f"at offset {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary data, not a text, HTML or JSON article")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = DECLARED.search(data[:PRESCAN_BYTES])
    codec = _codec(declared.group(1).decode("ascii")) if declared else None
    if codec is not None and codec != "utf-8":
        try:
            return Decoded(data.decode(codec), codec, "declared")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(name, f"not valid UTF-8 (byte 0x{data[first_bad]:02x} at offset "
                               f"{first_bad}) and no other encoding fits")
    # Short texts fit many single-byte code pages equally well; among the equally good,
    # windows-1252 (the web's commonest legacy encoding, WHATWG) wins.
    tied = [m for m in matches if (m.percent_chaos, m.percent_coherence)
            == (best.percent_chaos, best.percent_coherence)]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252", "detected")
    return Decoded(str(best), codecs.lookup(best.encoding).name, "detected")


def decode(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES,
           encoding: str | None = None) -> str:
    """The text of ``data`` (see :func:`decode_bytes`)."""
    return decode_bytes(data, name, max_bytes, encoding).text


def sniff_format(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".json":
        return "json"
    head = text.lstrip()[:200].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return "html"
    if head.startswith("{") and suffix != ".txt":
        return "json"
    return "text"


def parse(raw: str, name: str, fmt: str | None = None, **meta: Any) -> Document:
    fmt = fmt or sniff_format(name, raw)
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
    ``encoding`` overrides the decoding (see :func:`decode_bytes`)."""
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
    raw = decode(data, name, max_bytes, encoding)
    doc = parse(raw, name, fmt, date=date, outlet=outlet)
    if path != "-":
        doc.path = str(path)
    return doc
