"""The one worker function: analyse a batch of articles and turn it into table rows.

It runs in-line, in a worker process of a local pool, or on a Dask worker; in the last two
the process keeps one analyzer (the model is loaded once per process). This module imports
neither the runners nor the ingest run, so each of them can import it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Analysis, Document
from ..store.connection import now
from ..store.tables import Rows
from .rows import alias_lookup, rows_of

if TYPE_CHECKING:
    from ..analyzer import Analyzer

Batch = list[tuple[Document, bytes]]  # documents with their MinHash signatures

_ANALYZER: Analyzer | None = None


@dataclass
class Analysed:
    """A batch turned into table rows (done where the analysis ran, off the writer), and
    the documents whose analysis raised: ``(doc_id, name, one-line reason)``."""

    rows: Rows
    articles: int
    events: int
    failed: list[tuple[str, str, str]] = field(default_factory=list)


def failure(exc: BaseException) -> str:
    """One line for an exception raised by the analysis (type and first line, cut)."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"analysis failed ({type(exc).__name__}{': ' + first[:200] if first else ''})"


def analyze_to_rows(analyzer: Analyzer, batch: Batch) -> Analysed:
    """Analyse a batch and build its rows. If the batch's analysis raises, each document
    is analysed alone, and those that raise again are listed in ``failed`` (no rows): one
    bad article never loses the others."""
    rows, events, at = Rows(), 0, now()
    aliases = alias_lookup(analyzer.res)
    documents = [d for d, _ in batch]
    try:
        analyses: list[Analysis | BaseException] = list(analyzer.analyze_many(documents))
    except Exception:
        analyses = [_analyze_one(analyzer, d) for d in documents]
    failed = []
    for (doc, sig), analysis in zip(batch, analyses, strict=True):
        if isinstance(analysis, BaseException):
            failed.append((doc.id, doc.path or doc.id, failure(analysis)))
            continue
        rows.extend(rows_of(analysis, sig, at, aliases, analyzer.res.entry))
        events += len(analysis.events)
    return Analysed(rows, len(batch) - len(failed), events, failed)


def _analyze_one(analyzer: Analyzer, doc: Document) -> Analysis | BaseException:
    try:
        return analyzer.analyze_document(doc)
    except Exception as exc:  # any fault of the analysis is this document's alone
        return exc


def process_analyzer() -> Analyzer:
    """This process's analyzer, loaded on first use."""
    global _ANALYZER
    if _ANALYZER is None:
        from ..analyzer import Analyzer

        _ANALYZER = Analyzer()
    return _ANALYZER


def init_worker() -> None:
    """Load the model as a pool's worker process starts."""
    process_analyzer()


def analyze_batch(batch: Batch) -> Analysed:
    """Run in a worker process (pool or Dask): analyse one batch with its analyzer."""
    return analyze_to_rows(process_analyzer(), batch)
