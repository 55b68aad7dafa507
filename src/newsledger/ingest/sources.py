"""Where articles come from: files, folders (recursively) and globs of .txt, .html, .json,
.jsonl and RSS/Atom feeds. Each input yields Documents, or an InputError naming the file
(and the line or entry) and the reason — never an exception that stops a batch."""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import Document
from ..reader import (
    DEFAULT_MAX_BYTES,
    HTML_SUFFIXES,
    InputError,
    decode,
    document_from_mapping,
    make_document,
    parse,
)

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".json", *HTML_SUFFIXES}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUFFIXES = ARTICLE_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024  # a JSONL or feed file holds many articles

Item = Document | InputError


def expand(paths: list[str]) -> tuple[list[Path], list[InputError]]:
    """Files to read, in a stable order, and the paths that name nothing."""
    files: list[Path] = []
    missing: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and not _hidden(p.relative_to(path))))
        elif path.is_file():
            files.append(path)
        elif glob.has_magic(raw):
            matches = sorted(Path(p) for p in glob.glob(raw, recursive=True))
            found = [p for p in matches if p.is_file()]
            if not found:
                missing.append(InputError(raw, "the pattern matches no file"))
            files.extend(found)
        else:
            missing.append(InputError(raw, "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def kind_of(path: Path, head: bytes = b"") -> str | None:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in ARTICLE_SUFFIXES:
        return "article"
    start = head.lstrip()[:300].lower()
    if start.startswith(b"<?xml") and (b"<rss" in start or b"<feed" in start):
        return "feed"
    if suffix == "":
        return "article"
    return None


def count_articles(path: Path) -> int:
    """A quick estimate of how many articles a file holds (for the progress bar)."""
    kind = kind_of(path)
    try:
        if kind == "jsonl":
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip()) or 1
        if kind == "feed" and path.stat().st_size < DEFAULT_MAX_FILE_BYTES:
            data = path.read_bytes()
            return max(data.count(b"<item") + data.count(b"<entry"), 1)
    except OSError:
        return 1
    return 1


def read_items(path: Path, outlet: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> Iterator[Item]:
    """The articles in one file, each a Document or an InputError."""
    name = str(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
        return
    kind = kind_of(path, head)
    if kind is None:
        yield InputError(name, f"unsupported file type {path.suffix!r} (use .txt, .html, "
                               ".json, .jsonl, .rss, .atom or .xml)")
        return
    limit = max_file_bytes if kind in ("jsonl", "feed") else max_bytes
    if size > limit:
        yield InputError(name, f"too large: {size:,} bytes, over the limit of {limit:,} bytes")
        return
    try:
        data = path.read_bytes()
        if kind == "jsonl":
            yield from _jsonl(data, name, outlet, max_bytes)
        elif kind == "feed":
            yield from _feed(data, name, outlet, max_bytes)
        else:
            text = decode(data, name, max_bytes)
            doc = parse(text, name, outlet=outlet) if outlet else parse(text, name)
            yield _with_path(doc, name)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))


def _with_path(doc: Document, path: str) -> Document:
    doc.path = path
    return doc


def _jsonl(data: bytes, name: str, outlet: str | None, max_bytes: int) -> Iterator[Item]:
    if not data.strip():
        yield InputError(name, "empty input: no articles")
        return
    if b"\x00" in data[:8192]:
        yield InputError(name, "binary data, not JSON Lines")
        return
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield InputError(where, f"not valid UTF-8 (offset {exc.start})")
            continue
        if len(raw) > max_bytes:
            yield InputError(where, f"article too large: {len(raw):,} bytes, over the limit "
                                    f"of {max_bytes:,} bytes")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg})")
            continue
        try:
            meta = {"outlet": outlet} if outlet else {}
            yield _with_path(document_from_mapping(obj, where, **meta), where)
        except InputError as exc:
            yield exc


def _feed(data: bytes, name: str, outlet: str | None, max_bytes: int) -> Iterator[Item]:
    import feedparser

    if not data.strip():
        yield InputError(name, "empty input: no feed")
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not any(
            e.get("content") or e.get("summary") or e.get("description") for e in entries):
        entries = []  # broken markup that yielded nothing usable: the file is the problem
    if not entries:
        reason = "malformed feed" if parsed.get("bozo") else "feed has no entries"
        problem = parsed.get("bozo_exception")
        yield InputError(name, f"{reason}{f' ({problem})' if problem else ''}")
        return
    feed_title = (parsed.get("feed") or {}).get("title")
    for number, entry in enumerate(entries, 1):
        where = f"{name}#{number}"
        try:
            yield _with_path(_entry_document(entry, where, outlet or feed_title, max_bytes),
                             where)
        except InputError as exc:
            yield exc


def _entry_document(entry: Any, where: str, outlet: str | None, max_bytes: int) -> Document:
    html = ""
    content = entry.get("content") or []
    if content:
        html = content[0].get("value") or ""
    html = html or entry.get("summary") or entry.get("description") or ""
    body = _html_text(html) if html else ""
    if not body.strip():
        raise InputError(where, "feed entry has no content or summary")
    if len(body.encode("utf-8")) > max_bytes:
        raise InputError(where, "feed entry too large")
    date = None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp:
        date = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}"
    return make_document(body, name=where, title=entry.get("title"), date=date,
                         outlet=outlet, url=entry.get("link"))


def _html_text(html: str) -> str:
    """Paragraph text of a feed entry's HTML (scripts and styles dropped)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:  # lxml raises several kinds on broken markup
        return html
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = [b.text_content().strip() for b in root.xpath("//p|//li|//h1|//h2|//h3")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else root.text_content().strip()
