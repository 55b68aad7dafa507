"""Ingest articles into a ledger: read, drop duplicates, analyse in parallel, store in
transactions.

- Exact duplicates (same text hash) add nothing; from another outlet they are recorded as
  a republication of the stored original.
- Near duplicates (MinHash, estimated Jaccard of word shingles at or above the threshold)
  are not analysed again: they are stored once, as a link to their original.
- Articles are analysed in batches (``jobs`` worker processes, each loading the model
  once) and each batch is written in one transaction, so a killed run loses at most the
  batches in flight and a re-run finishes the job without doubling anything.
- Bad inputs go to ``ingest_errors`` and the run goes on.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Analysis, Document
from ..reader import DEFAULT_MAX_BYTES, InputError
from .near import DEFAULT_THRESHOLD, NearDuplicates, from_bytes, signature, to_bytes
from .rows import DuplicateRow, Rows, content_hash, rows_of
from .sources import DEFAULT_MAX_FILE_BYTES, count_articles, expand, read_items
from .store import Ledger, now

if TYPE_CHECKING:
    from ..analyzer import Analyzer
    from ..resources import Resources

DEFAULT_BATCH = 32


@dataclass
class IngestStats:
    new: int = 0
    duplicate: int = 0  # exact copies, including republications
    near_duplicate: int = 0
    failed: int = 0
    events: int = 0
    batches: int = 0
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.new + self.duplicate + self.near_duplicate + self.failed

    @property
    def rate(self) -> float:
        return self.new / self.seconds if self.seconds else 0.0


@dataclass
class Pending:
    """Articles read and kept for analysis, with the republications that point at them."""

    documents: list[tuple[Document, bytes]] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)


def body_of(doc: Document) -> str:
    """The text without its headline: a republication often changes only the headline."""
    if doc.title and doc.text.startswith(doc.title):
        return doc.text[len(doc.title):].lstrip()
    return doc.text


# -- worker processes -------------------------------------------------------------------
_WORKER: Analyzer | None = None


def _init_worker() -> None:
    global _WORKER
    from ..analyzer import Analyzer

    _WORKER = Analyzer()


@dataclass
class Analysed:
    """A batch turned into table rows (done where the analysis ran, off the writer)."""

    rows: Rows
    articles: int
    events: int


def analyze_to_rows(analyzer: Analyzer, batch: list[tuple[Document, bytes]]) -> Analysed:
    """Analyse a batch and build its rows; runs in a worker process or in-line."""
    rows, events, at = Rows(), 0, now()
    aliases = alias_lookup(analyzer.res)
    documents = [d for d, _ in batch]
    for (_, sig), analysis in zip(batch, analyzer.analyze_many(documents), strict=True):
        rows.extend(rows_of(analysis, sig, at, aliases))
        events += len(analysis.events)
    return Analysed(rows, len(batch), events)


def _analyze(batch: list[tuple[Document, bytes]]) -> Analysed:
    assert _WORKER is not None
    return analyze_to_rows(_WORKER, batch)


# -- the ingest run ---------------------------------------------------------------------
class Ingestor:
    def __init__(self, ledger: Ledger, analyzer: Callable[[], Analyzer], jobs: int = 1,
                 batch_size: int = DEFAULT_BATCH, threshold: float = DEFAULT_THRESHOLD,
                 outlet: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                 on_progress: Callable[[IngestStats], None] | None = None,
                 on_commit: Callable[[IngestStats], None] | None = None,
                 cluster: str | None = None, parquet: Path | None = None):
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
        self.stats = IngestStats()
        self.near = NearDuplicates(threshold)
        self.stored = ledger.hashes()  # content hash -> doc_id
        self.linked = ledger.duplicate_hashes()  # republished hash -> original doc_id
        self.dup_keys = ledger.duplicate_keys()
        self.outlets: dict[str, str | None] = {}
        for doc_id, blob in ledger.minhashes():
            self.near.add(doc_id, from_bytes(blob))
        self._analyzer: Analyzer | None = None

    def estimate(self, paths: list[str]) -> int:
        files, missing = expand(paths)
        return sum(count_articles(f) for f in files) + len(missing)

    def run(self, paths: list[str]) -> IngestStats:
        started = time.perf_counter()
        files, missing = expand(paths)
        for error in missing:
            self._failed(error)
        items = (item for f in files for item in read_items(
            f, self.outlet, self.max_bytes, self.max_file_bytes))
        if self.cluster:
            self._run_dask(items)
        elif self.jobs == 1:
            self._run_inline(items)
        else:
            self._run_pool(items)
        self.stats.seconds = time.perf_counter() - started
        self.on_progress(self.stats)
        return self.stats

    # -- reading and deduplication --------------------------------------------------
    def _batches(self, items: Iterable[Document | InputError]) -> Iterable[Pending]:
        pending = Pending()
        for item in items:
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
        if original is not None:
            self._republished(digest, original, "exact", 1.0, doc, pending)
            self.stats.duplicate += 1
            self.on_progress(self.stats)
            return
        sig = signature(body_of(doc))
        near = self.near.find(sig)
        if near is not None:
            self._republished(digest, near[0], "near", near[1], doc, pending)
            self.linked[digest] = near[0]
            self.stats.near_duplicate += 1
            self.on_progress(self.stats)
            return
        self.stored[digest] = doc.id
        self.outlets[doc.id] = doc.outlet
        self.near.add(doc.id, sig)
        pending.documents.append((doc, to_bytes(sig)))

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
        pending.duplicates.append(DuplicateRow(digest, original, kind, similarity, doc))

    def _failed(self, error: InputError) -> None:
        self.ledger.record_error(error.name, error.reason)
        self.stats.failed += 1
        self.stats.errors.append(error)
        self.on_progress(self.stats)

    # -- analysis and writing -----------------------------------------------------------
    def _write(self, pending: Pending, analysed: Analysed) -> None:
        if self.parquet is not None:  # before the commit: a re-run rewrites the same file
            self.parquet.write(analysed.rows, [d for d, _ in pending.documents])
        self.ledger.write(analysed.rows, pending.duplicates)
        self.stats.new += analysed.articles
        self.stats.events += analysed.events
        self.stats.batches += 1
        self.on_commit(self.stats)
        self.on_progress(self.stats)

    def _run_inline(self, items: Iterable[Document | InputError]) -> None:
        for pending in self._batches(items):
            if pending.documents and self._analyzer is None:
                self._analyzer = self.analyzer_factory()
            analysed = analyze_to_rows(self._analyzer, pending.documents) \
                if pending.documents and self._analyzer else Analysed(Rows(), 0, 0)
            self._write(pending, analysed)

    def _run_dask(self, items: Iterable[Document | InputError]) -> None:
        from .cluster import analyze_partition, connect

        assert self.cluster is not None
        client, workers, close = connect(self.cluster)
        in_flight: deque[tuple[Pending, object]] = deque()
        try:
            for pending in self._batches(items):
                in_flight.append((pending, client.submit(
                    analyze_partition, pending.documents, pure=False, retries=3)))
                while len(in_flight) > 2 * workers:
                    done, future = in_flight.popleft()
                    self._write(done, future.result())  # type: ignore[attr-defined]
            while in_flight:
                done, future = in_flight.popleft()
                self._write(done, future.result())  # type: ignore[attr-defined]
        finally:
            close()

    def _run_pool(self, items: Iterable[Document | InputError]) -> None:
        in_flight: deque[tuple[Pending, Future[Analysed]]] = deque()
        with ProcessPoolExecutor(max_workers=self.jobs, mp_context=get_context("spawn"),
                                 initializer=_init_worker) as pool:
            for pending in self._batches(items):
                in_flight.append((pending, pool.submit(_analyze, pending.documents)))
                while len(in_flight) > 2 * self.jobs:
                    done, future = in_flight.popleft()
                    self._write(done, future.result())
            while in_flight:
                done, future = in_flight.popleft()
                self._write(done, future.result())


class ParquetSink:
    """Every batch also as Parquet files, one folder per table, partitioned by month
    (``month=YYYY-MM``) where the table has a date: a dataset DuckDB and Spark can query.
    File names come from the batch's document ids, so a re-run after a kill rewrites a
    batch's files instead of adding a second copy."""

    DATED = {"documents": "date", "events": "event_date", "duplicates": "date"}

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def write(self, rows: Rows, documents: list[Document]) -> None:
        import hashlib

        import duckdb
        import pandas as pd

        from .store import COLUMNS

        name = hashlib.sha1(",".join(sorted(d.id for d in documents)).encode()).hexdigest()
        con = duckdb.connect(":memory:")
        try:
            for table in Rows.__dataclass_fields__:
                table_rows = getattr(rows, table)
                if not table_rows:
                    continue
                frame = pd.DataFrame.from_records(table_rows, columns=list(COLUMNS[table]))
                frame = frame.astype(object).where(frame.notna(), None)
                con.register("batch", frame)
                target = self.folder / table
                date = self.DATED.get(table)
                month = (f", coalesce(strftime(TRY_CAST({date} AS DATE), '%Y-%m'), 'none') "
                         "AS month") if date else ""
                literal = "'" + str(target).replace("'", "''") + "'"
                partition = "PARTITION_BY (month), " if date else ""
                if not date:
                    target.mkdir(parents=True, exist_ok=True)
                    literal = "'" + str(target / f"part-{name}.parquet").replace(
                        "'", "''") + "'"
                con.execute(
                    f"COPY (SELECT *{month} FROM batch) TO {literal} (FORMAT PARQUET, "
                    f"{partition}OVERWRITE_OR_IGNORE true"
                    f"{', FILENAME_PATTERN ' + repr('part-' + name) if date else ''})")
                con.unregister("batch")
        finally:
            con.close()


def alias_lookup(res: Resources) -> Callable[[str], list[str]]:
    """actor_id -> the other names the dictionaries know it by."""

    def aliases(actor_id: str) -> list[str]:
        entry = res.entry(actor_id)
        if entry is not None:
            return list(entry.aliases)
        country = res.countries.get(actor_id)
        return list(country.names) if country is not None else []

    return aliases


def store_analysis(ledger: Ledger, analysis: Analysis, res: Resources) -> tuple[str, bool]:
    """Store one analysed article (from the web's Analyze page); ``(doc_id, stored)``,
    where ``stored`` is False when the same text is already in the ledger."""
    doc = analysis.document
    existing = ledger.hashes().get(content_hash(doc.text))
    if existing is not None:
        return existing, False
    ledger.write(rows_of(analysis, to_bytes(signature(body_of(doc))), now(),
                         alias_lookup(res)))
    return doc.id, True
