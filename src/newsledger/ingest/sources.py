"""Where articles come from: files, folders (recursively) and globs of .txt, .html, .json,
.jsonl and RSS/Atom/RDF feeds, gzip-compressed or not. A file's kind is sniffed from its
content as well as its name, so a feed without an extension or XML declaration is read as
a feed and a saved page named .php or .shtml as HTML. Each input yields Documents, or an
InputError naming the file (and the line or entry) and the reason — never an exception
that stops a batch."""

from __future__ import annotations

import glob
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..inputs import DEFAULT_MAX_BYTES, InputError, decode_bytes
from ..model import Document
from ..reader import HTML_SUFFIXES, document_from_mapping, parse, sniff_content, sniff_format
from .feeds import read_feed

TEXT_SUFFIXES = {".txt", ".text", ".md"}
ARTICLE_SUFFIXES = {*TEXT_SUFFIXES, ".json", *HTML_SUFFIXES}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}
SUFFIXES = ARTICLE_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024  # a JSONL or feed file holds many articles
GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 65536  # what kind_of sniffs
# Text compresses 3-10 times with gzip; past 100 times (over a mebibyte) it is no text
# but a decompression bomb.
MAX_GZIP_RATIO = 100

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


def _head_text(head: bytes) -> str:
    """The first bytes as text, for sniffing markup (UTF-16 by its BOM, else bytewise)."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return head[: len(head) // 2 * 2].decode("utf-16", errors="ignore")
    return head.decode("latin-1")


def kind_of(path: Path, head: bytes = b"") -> str | None:
    """``gzip``, ``feed``, ``jsonl``, ``article`` or None (unsupported), from the first
    bytes of the file and its name: a feed's root element (``rss``, ``feed``, ``rdf:RDF``)
    makes a feed whatever the name; .txt, .text and .md are articles; a name without a
    known suffix is an article if its content is HTML or JSON (or, with no suffix, text)."""
    suffix = path.suffix.lower()
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    found = sniff_content(_head_text(head)) if head else None
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES or found == "feed":
        return "feed"
    if suffix in TEXT_SUFFIXES:
        return "article"
    if found == "jsonl":
        return "jsonl"
    if suffix in ARTICLE_SUFFIXES or found in ("html", "json") or suffix == "":
        return "article"
    return None


def count_articles(path: Path) -> int:
    """A quick estimate of how many articles a file holds (for the progress bar)."""
    try:
        with open(path, "rb") as fh:
            kind = kind_of(path, fh.read(HEAD_BYTES))
        if kind == "jsonl":
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip()) or 1
        if kind == "feed" and path.stat().st_size < DEFAULT_MAX_FILE_BYTES:
            data = path.read_bytes()
            return max(data.count(b"<item") + data.count(b"<entry"), 1)
    except OSError:
        return 1
    return 1


def gunzip(data: bytes, name: str, limit: int) -> bytes:
    """Decompressed gzip ``data``; InputError for corrupt data, or output over ``limit``
    bytes or ``MAX_GZIP_RATIO`` times the input (a decompression bomb), read no further."""
    limit = min(limit, max(MAX_GZIP_RATIO * len(data), 1024 * 1024))
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(name, f"corrupt gzip data ({exc})") from None
    if len(out) > limit:
        raise InputError(name, f"refused: {len(data):,} gzip bytes decompress to over "
                               f"{limit:,} bytes (a decompression bomb?)")
    return out


def read_items(path: Path, outlet: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, encoding: str | None = None
               ) -> Iterator[Item]:
    """The articles in one file, each a Document (with its path and encoding) or an
    InputError; ``encoding`` overrides the detected one."""
    name = str(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
        return
    kind = kind_of(path, head)
    if kind is None:
        yield InputError(name, f"unsupported file type {path.suffix!r} (use .txt, .html, "
                               ".json, .jsonl, .rss, .atom, .rdf or .xml, or gzip of them)")
        return
    limit = max_bytes if kind == "article" else max_file_bytes
    if size > limit:
        yield InputError(name, f"too large: {size:,} bytes, over the limit of {limit:,} bytes")
        return
    try:
        data = path.read_bytes()
        if kind == "gzip":
            data = gunzip(data, name, max_file_bytes)
            inner = Path(name.removesuffix(".gz").removesuffix(".gzip"))
            kind = kind_of(inner, data[:HEAD_BYTES])
            if kind in (None, "gzip"):
                raise InputError(name, "unsupported file type inside the gzip data")
        yield from _items(kind, data, name, outlet, max_bytes, max_file_bytes, encoding)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
    except Exception as exc:  # a reader's own fault on odd input must not end the batch
        yield InputError(name, f"cannot read ({type(exc).__name__}: {exc})"[:300])


def _items(kind: str, data: bytes, name: str, outlet: str | None, max_bytes: int,
           max_file_bytes: int, encoding: str | None) -> Iterator[Item]:
    if kind == "jsonl":
        yield from _jsonl(data, name, outlet, max_bytes, encoding)
    elif kind == "feed":
        yield from read_feed(data, name, outlet, max_bytes, max_file_bytes, encoding)
    else:
        decoded = decode_bytes(data, name, max_bytes, encoding)
        fmt = sniff_format(name.removesuffix(".gz"), decoded.text)  # a.html.gz is HTML
        doc = parse(decoded.text, name, fmt, outlet=outlet)
        doc.path, doc.encoding, doc.encoding_how = name, decoded.encoding, decoded.how
        yield doc


def _jsonl(data: bytes, name: str, outlet: str | None, max_bytes: int,
           encoding: str | None) -> Iterator[Item]:
    """JSON Lines: UTF-8 (RFC 8259), line by line; a BOM or ``encoding`` decodes the whole
    file first."""
    if not data.strip():
        yield InputError(name, "empty input: no articles")
        return
    codec, how = "utf-8", "utf-8"
    if encoding or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        decoded = decode_bytes(data, name, len(data), encoding)
        data, codec, how = decoded.text.encode("utf-8"), decoded.encoding, decoded.how
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
        except RecursionError:
            yield InputError(where, "malformed JSON (nested too deeply)")
            continue
        try:
            meta = {"outlet": outlet} if outlet else {}
            doc = document_from_mapping(obj, where, **meta)
        except InputError as exc:
            yield exc
            continue
        doc.path, doc.encoding = where, codec
        doc.encoding_how = "bom" if number == 1 and raw.startswith(b"\xef\xbb\xbf") else how
        yield doc
