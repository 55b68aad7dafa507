"""The ingest run: read, drop duplicates, analyse (in-line, in worker processes or on Dask),
store in transactions.

- Exact duplicates (same text hash) add nothing; from another outlet they are recorded as
  a republication of the stored original. A link and title already stored are the same
  article (a feed re-sending an entry with an edited summary) and add nothing either.
- Near duplicates (MinHash, estimated Jaccard of word shingles at or above the threshold)
  are not analysed again: they are stored once, as a link to their original. Only bodies
  of ``MIN_NEAR_WORDS`` words or more are compared (see there), and two articles of one
  outlet at different links are never near duplicates of each other.
- Only English is analysed (``language.py``); other texts, pages that are no article and
  headline-only feed entries are recorded as skipped (``ingest_errors.kind = 'skipped'``),
  not failed.
- Articles are analysed in batches (``jobs`` worker processes, each loading the model
  once) and each batch is written in one transaction, so a killed run loses at most the
  batches in flight and a re-run finishes the job without doubling anything. An article
  whose analysis raises is recorded as failed and the rest of its batch is stored.
- Bad inputs go to ``ingest_errors`` and the run goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from datasketch import MinHash

from ..inputs import DEFAULT_MAX_BYTES, InputError, Skipped
from ..model import Document
from ..search import index_written
from ..store.connection import Ledger, now
from .language import check_english
from .near import DEFAULT_THRESHOLD, WORD, NearDuplicates, from_bytes, signature, to_bytes
from .parquet import ParquetSink
from .rows import Republication, body_of, content_hash
from .runners import run_inline, run_pool
from .sources import DEFAULT_MAX_FILE_BYTES, count_articles, expand, read_items
from .worker import Analysed, Batch

if TYPE_CHECKING:
    from ..analyzer import Analyzer

# Articles analysed and written together. spaCy's working memory grows with the batch: on
# real-length articles (about 3 KB) one process peaked at 766 MB with 32, 640 MB with 16 and
# 545 MB with 8 for 400 articles, 16 and 8 being as fast (46.7 s against 43.4 s with 32).
DEFAULT_BATCH = 16
# Near-duplicate search needs a body of at least this many words. Below it a body is a
# feed summary, a snippet or shared boilerplate ("Read the latest news…"), and two
# different reports can share most of their 5-word shingles: one real feed lost 29 of 30
# items that way. The shortest wire brief copied between outlets in ../shared/cases (26)
# has 51 words, so copies of real briefs are still found.
MIN_NEAR_WORDS = 40


@dataclass
class IngestStats:
    new: int = 0
    duplicate: int = 0  # exact copies, including republications
    near_duplicate: int = 0
    skipped: int = 0  # not analysed on purpose: not English, no article, headline only
    failed: int = 0
    events: int = 0
    batches: int = 0
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)
    skips: list[Skipped] = field(default_factory=list)
    # what corroboration did afterwards (events, stories_new, stories_updated), if it ran
    stories: dict[str, int] | None = None

    @property
    def seen(self) -> int:
        return self.new + self.duplicate + self.near_duplicate + self.skipped + self.failed

    @property
    def rate(self) -> float:
        return self.new / self.seconds if self.seconds else 0.0


@dataclass
class Pending:
    """Articles read and kept for analysis, with the republications that point at them."""

    documents: Batch = field(default_factory=list)
    duplicates: list[Republication] = field(default_factory=list)


def estimate(paths: list[str]) -> int:
    """A quick count of the articles in ``paths`` (for a progress bar)."""
    files, missing = expand(paths)
    return sum(count_articles(f) for f in files) + len(missing)


class Ingestor:
    def __init__(self, ledger: Ledger, analyzer: Callable[[], Analyzer], jobs: int = 1,
                 batch_size: int = DEFAULT_BATCH, threshold: float = DEFAULT_THRESHOLD,
                 outlet: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                 on_progress: Callable[[IngestStats], None] | None = None,
                 on_commit: Callable[[IngestStats], None] | None = None,
                 cluster: str | None = None, parquet: Path | None = None,
                 encoding: str | None = None, any_language: bool = False):
        self.ledger = ledger
        self.analyzer_factory = analyzer
        self.jobs = max(1, jobs)
        self.batch_size = max(1, batch_size)
        self.outlet = outlet
        self.max_bytes = max_bytes
        self.max_file_bytes = max_file_bytes
        self.on_progress = on_progress or (lambda stats: None)
        self.on_commit = on_commit or (lambda stats: None)
        self.cluster = cluster
        self.parquet = ParquetSink(parquet) if parquet else None
        self.encoding = encoding
        self.any_language = any_language
        self.stats = IngestStats()
        self.near = NearDuplicates(threshold)
        self.stored = ledger.hashes()  # content hash -> doc_id
        self.linked = ledger.duplicate_hashes()  # republished hash -> original doc_id
        self.dup_keys = ledger.duplicate_keys()
        self.outlets: dict[str, str | None] = {}
        self.items: dict[tuple[str, str], str] = {  # (url, title) -> doc_id
            (url, title): doc_id for url, title, doc_id in ledger.con.execute(
                "SELECT url, title, doc_id FROM documents WHERE url IS NOT NULL AND title "
                "IS NOT NULL").fetchall()}
        self.lost: set[str] = set()  # doc_ids whose analysis failed in this run
        for doc_id, blob in ledger.minhashes():
            self.near.add(doc_id, from_bytes(blob))
        self._analyzer: Analyzer | None = None


    def run(self, paths: list[str]) -> IngestStats:
        started = time.perf_counter()
        files, missing = expand(paths)
        for error in missing:
            self._failed(error)
        items = (item for f in files for item in read_items(
            f, self.outlet, self.max_bytes, self.max_file_bytes, self.encoding))
        batches = self._batches(items)
        if self.cluster:
            from .cluster import run_dask

            run_dask(batches, self._write, self.cluster)
        elif self.jobs == 1:
            run_inline(batches, self._write, self._inline_analyzer)
        else:
            run_pool(batches, self._write, self.jobs)
        self.stats.seconds = time.perf_counter() - started
        self.on_progress(self.stats)
        return self.stats

    def _inline_analyzer(self) -> Analyzer:
        if self._analyzer is None:
            self._analyzer = self.analyzer_factory()
        return self._analyzer

    # -- reading and deduplication --------------------------------------------------
    def _batches(self, items: Iterable[Document | InputError]) -> Iterable[Pending]:
        pending = Pending()
        for item in items:
            if isinstance(item, Document) and not self.any_language:
                try:
                    check_english(item)
                except Skipped as skip:
                    item = skip
            if isinstance(item, InputError):
                self._failed(item)
                continue
            self._admit(item, pending)
            if len(pending.documents) >= self.batch_size:
                yield pending
                pending = Pending()
        if pending.documents or pending.duplicates:
            yield pending

    def _admit(self, doc: Document, pending: Pending) -> None:
        digest = content_hash(doc.text)
        original = self.stored.get(digest) or self.linked.get(digest)
        if original is None and doc.url and doc.title:
            original = self.items.get((doc.url, doc.title))  # the same item, edited
        if original is not None:
            self._republished(digest, original, "exact", 1.0, doc, pending)
            self.stats.duplicate += 1
            self.on_progress(self.stats)
            return
        body = body_of(doc)
        sig = signature(body)
        near = self._near(doc, sig) if len(WORD.findall(body)) >= MIN_NEAR_WORDS else None
        if near is not None:
            self._republished(digest, near[0], "near", near[1], doc, pending)
            self.linked[digest] = near[0]
            self.stats.near_duplicate += 1
            self.on_progress(self.stats)
            return
        self.stored[digest] = doc.id
        self.outlets[doc.id] = doc.outlet
        if doc.url and doc.title:
            self.items[(doc.url, doc.title)] = doc.id
        self.near.add(doc.id, sig)
        pending.documents.append((doc, to_bytes(sig)))

    def _near(self, doc: Document, sig: MinHash) -> tuple[str, float] | None:
        """The near duplicate of ``doc``, unless it is the same outlet's: at another link it
        is another article, however alike the texts; at the same link with another text it
        is an update ("UPDATE 1-…", a revised toll: issue 14, case 25), kept beside the
        first version so that both figures are on record."""
        near = self.near.find(sig)
        if near is None or not doc.outlet:
            return near
        original = near[0]
        if original not in self.outlets:
            self.outlets[original] = self.ledger.outlet_of(original)
        return None if self.outlets[original] == doc.outlet else near

    def _republished(self, digest: str, original: str, kind: str, similarity: float,
                     doc: Document, pending: Pending) -> None:
        """Record a copy from another outlet (the same outlet re-sending it adds nothing)."""
        if original not in self.outlets:
            self.outlets[original] = self.ledger.outlet_of(original)
        key = (digest, original, doc.outlet or "")
        if kind == "exact" and (doc.outlet or None) == self.outlets[original]:
            return
        if key in self.dup_keys:
            return
        self.dup_keys.add(key)
        pending.duplicates.append(Republication(digest, original, kind, similarity, doc))

    def _failed(self, error: InputError) -> None:
        """Record a bad input, or a skipped one (``Skipped``): each path and reason once,
        a re-run counting an attempt."""
        at = now()
        self.ledger.con.execute(
            "INSERT INTO ingest_errors (path, reason, first_seen, attempts, last_seen, kind) "
            "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (path, reason) DO UPDATE SET "
            "attempts = ingest_errors.attempts + 1, last_seen = excluded.last_seen, "
            "kind = excluded.kind", [error.name, error.reason, at, at, error.kind])
        if isinstance(error, Skipped):
            self.stats.skipped += 1
            self.stats.skips.append(error)
        else:
            self.stats.failed += 1
            self.stats.errors.append(error)
        self.on_progress(self.stats)

    # -- writing ------------------------------------------------------------------------
    def _write(self, pending: Pending, analysed: Analysed) -> None:
        if analysed.failed:  # analysed alone, these raised: the rest of the batch is kept
            lost = {doc_id for doc_id, _, _ in analysed.failed}
            self.lost |= lost
            pending.documents = [(d, s) for d, s in pending.documents if d.id not in lost]
            for doc_id, name, reason in analysed.failed:
                self._forget(doc_id)
                self._failed(InputError(name, reason))
        # copies of an article that could not be stored are read again by the next run
        pending.duplicates = [d for d in pending.duplicates if d.original_id not in self.lost]
        if self.parquet is not None:  # before the commit: a re-run rewrites the same file
            self.parquet.write(analysed.rows, [d for d, _ in pending.documents])
        at = now()
        self.ledger.write(analysed.rows, [d.row(at) for d in pending.duplicates])
        # the search index follows each commit (a crash in between: the next search
        # catches up, as the index compares itself with the ledger)
        index_written(self.ledger, [d.doc_id for d in analysed.rows.documents],
                      [a.actor_id for a in analysed.rows.actors])
        self.stats.new += analysed.articles
        self.stats.events += analysed.events
        self.stats.batches += 1
        self.on_commit(self.stats)
        self.on_progress(self.stats)

    def _forget(self, doc_id: str) -> None:
        """Drop an article that was not stored from what later articles are checked
        against."""
        self.near.remove(doc_id)
        for table in (self.stored, self.linked, self.items):
            for key in [k for k, v in table.items() if v == doc_id]:
                del table[key]
