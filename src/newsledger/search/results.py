"""Searching the index: ranked hits of each kind (bm25, SQLite FTS5's ranking), with a
snippet whose matches are given as offsets (never as markup) and, for an article, the
sentence that matches best.

A search ranks the rows of each kind asked for (``ORDER BY rank``: bm25 with the column
weights of ``index.SCHEMA``), merges the kinds (:func:`merged`) and only then makes
snippets, for the page of hits returned. bm25 is "smaller is better"; a hit's ``score``
is its negation (bigger is better).
"""

from __future__ import annotations

import re
import sqlite3
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from .index import MARKS, SearchIndex
from .query import SearchError

KINDS = ("article", "claim", "actor")
FTS_TABLE = {"article": "article_text", "claim": "claim_text", "actor": "actor_text"}
SNIPPET_TOKENS = 18  # words around the matches in a snippet
# Rows of one kind ranked at most: when more match (a common word), the newest this many of
# them (by when they were indexed) are ranked. bm25 costs about 3 µs a row, so this keeps a
# search under 100 ms on 100,000 articles; the rarer the words, the more of the archive
# counts, and every match counts once fewer than this many rows match.
CANDIDATES = 5000
SPACES = re.compile(r"\s+")
SPLIT = re.compile(f"([{MARKS[0]}{MARKS[1]}])")


@dataclass
class Hit:
    """One result. ``key`` is the doc_id of an article, the claim_uid of a claim, the
    actor_id of an actor; ``doc_id`` and ``sentence`` point at the matching sentence of
    an article or a claim (``sentence`` None when only the title matched); ``snippet``
    is plain text and ``matches`` the ``[start, end)`` character offsets of the matched
    words in it."""

    kind: str
    key: str
    score: float
    title: str | None = None
    snippet: str = ""
    matches: list[tuple[int, int]] = field(default_factory=list)
    doc_id: str | None = None
    sentence: int | None = None
    outlet: str | None = None
    date: str | None = None
    grade: str | None = None  # a claim's sourcing grade
    source: str | None = None  # a claim's cited source
    actor_kind: str | None = None  # an actor's kind (country, organization, person…)
    country: str | None = None  # an actor's country
    code: str | None = None  # an actor's CAMEO code

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["matches"] = [list(m) for m in self.matches]
        return out


@dataclass
class Results:
    """A page of hits: ``limit`` after the first ``offset``; ``more`` when there are hits
    after this page. ``query`` is what the user typed, ``fts`` the FTS5 query it became."""

    query: str
    fts: str
    kind: str | None
    limit: int
    offset: int
    hits: list[Hit]
    more: bool


def unmark(marked: str, squeeze: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """Text with FTS5's match markers (``index.MARKS``) as plain text and the offsets of
    the marked spans in it: ``"a \x02b\x03 c"`` gives ``("a b c", [(2, 3)])``. With
    ``squeeze`` every run of white space (a paragraph break) becomes one space."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, None
    for part in SPLIT.split(marked):
        if part == MARKS[0]:
            start = length
        elif part == MARKS[1]:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            part = SPACES.sub(" ", part) if squeeze else part
            out.append(part)
            length += len(part)
    return "".join(out), spans


def best_sentence(marked: str, starts: list[int], headline: bool = False) -> int | None:
    """The sentence (an index into ``starts``, the sentences' first characters) holding
    the most distinct matched words, then the most matches, then the first; None when
    nothing in ``marked`` is marked. With ``headline`` (the text opens with its title)
    the first sentence is taken only when no other matches: the title already shows it."""
    text, spans = unmark(marked)
    if not spans or not starts:
        return None
    words: dict[int, set[str]] = {}
    counts: Counter[int] = Counter()
    for start, end in spans:
        sentence = max(0, bisect_right(starts, start) - 1)
        words.setdefault(sentence, set()).add(text[start:end].lower())
        counts[sentence] += 1
    if headline and len(words) > 1:
        words.pop(0, None)
    return max(words, key=lambda s: (len(words[s]), counts[s], -s))


def _ranked(con: sqlite3.Connection, kind: str, fts: str, count: int
            ) -> list[tuple[str, int, float]]:
    """The best ``count`` rows of one kind among its newest ``CANDIDATES`` matches:
    ``(kind, rowid, bm25)``."""
    table = FTS_TABLE[kind]  # a fixed name, never input
    cut = con.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC "
                      "LIMIT 1 OFFSET ?", [fts, CANDIDATES - 1]).fetchone()
    rows = con.execute(f"SELECT rowid, rank FROM {table} WHERE {table} MATCH ? AND rowid >= ? "
                       "ORDER BY rank LIMIT ?", [fts, cut[0] if cut else 0, count]).fetchall()
    return [(kind, rowid, rank) for rowid, rank in rows]


def _article(con: sqlite3.Connection, fts: str, rowid: int, rank: float) -> Hit:
    opening, closing = MARKS
    snippet, marked, doc_id, title, outlet, date, starts, headline = con.execute(
        "SELECT snippet(article_text, 1, ?, ?, '…', ?), highlight(article_text, 1, ?, ?), "
        "d.doc_id, d.title, d.outlet, d.date, d.starts, d.headline FROM article_text "
        "JOIN docs d ON d.id = article_text.rowid "
        "WHERE article_text MATCH ? AND article_text.rowid = ?",
        [opening, closing, SNIPPET_TOKENS, opening, closing, fts, rowid]).fetchone()
    text, spans = unmark(snippet, squeeze=True)
    sentence = best_sentence(marked, [int(s) for s in starts.split(",") if s],
                             bool(headline))
    return Hit("article", doc_id, -rank, title, text, spans, doc_id, sentence, outlet, date)


def _claim(con: sqlite3.Connection, fts: str, rowid: int, rank: float) -> Hit:
    opening, closing = MARKS
    snippet, source, claim_uid, sentence, grade, doc_id, title, outlet, date = con.execute(
        "SELECT snippet(claim_text, 0, ?, ?, '…', ?), c.source, c.claim_uid, "
        "c.sentence, c.grade, d.doc_id, d.title, d.outlet, d.date FROM claim_text "
        "JOIN claim_rows c ON c.id = claim_text.rowid JOIN docs d ON d.id = c.doc "
        "WHERE claim_text MATCH ? AND claim_text.rowid = ?",
        [opening, closing, SNIPPET_TOKENS * 2, fts, rowid]).fetchone()
    text, spans = unmark(snippet, squeeze=True)
    return Hit("claim", claim_uid, -rank, title, text, spans, doc_id, sentence, outlet, date,
               grade=grade, source=source or None)


def _actor(con: sqlite3.Connection, fts: str, rowid: int, rank: float) -> Hit:
    opening, closing = MARKS
    marked, aliases, actor_id, name, kind, country, code = con.execute(
        "SELECT highlight(actor_text, 0, ?, ?), snippet(actor_text, 1, ?, ?, '…', ?), "
        "a.actor_id, a.name, a.kind, a.country, a.code FROM actor_text "
        "JOIN actor_rows a ON a.id = actor_text.rowid "
        "WHERE actor_text MATCH ? AND actor_text.rowid = ?",
        [opening, closing, opening, closing, SNIPPET_TOKENS, fts, rowid]).fetchone()
    if MARKS[0] not in marked and MARKS[0] in aliases:
        marked = aliases  # the match is in an alias: show the alias
    text, spans = unmark(marked, squeeze=True)
    return Hit("actor", actor_id, -rank, name, text, spans, actor_kind=kind,
               country=country, code=code)


DETAILS: dict[str, Callable[[sqlite3.Connection, str, int, float], Hit]] = {
    "article": _article, "claim": _claim, "actor": _actor}


def merged(rows: list[tuple[str, int, float]]) -> list[tuple[str, int, float]]:
    """Rows of several kinds in one order. A short text (a claim, an actor's name) gets a
    higher bm25 than a long one (an article) for the same words, so each kind's bm25 is
    scaled to that kind's best row first: the best article, claim and actor come first
    (ties in ``KINDS`` order), then the second best of each, and so on as they score."""
    best: dict[str, float] = {}
    for kind, _, rank in rows:
        best[kind] = min(best.get(kind, 0.0), rank)
    return sorted(rows, key=lambda r: (-(r[2] / best[r[0]]) if best[r[0]] else 0.0,
                                       KINDS.index(r[0]), r[2]))


def run(index: SearchIndex, fts: str, kind: str | None, limit: int, offset: int
        ) -> tuple[list[Hit], bool]:
    """The hits ``offset`` … ``offset + limit`` of an FTS5 query (one kind by bm25, or all
    kinds :func:`merged`) and whether more follow. Raises :class:`SearchError` for a query
    FTS5 refuses (the user's text is quoted, so this is not expected)."""
    kinds = [kind] if kind else list(KINDS)
    wanted = offset + limit + 1
    try:
        ranked = merged([row for k in kinds for row in _ranked(index.db, k, fts, wanted)])
        page = ranked[offset:offset + limit]
        hits = [DETAILS[k](index.db, fts, rowid, rank) for k, rowid, rank in page]
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "syntax" in str(exc):
            raise SearchError(f"the query could not be searched: {exc}") from None
        raise
    return hits, len(ranked) > offset + limit
