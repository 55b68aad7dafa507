"""The library calls that put articles into a ledger and bring its stories up to date:
``ingest`` (files, folders, globs) and ``store_analysis`` (one article already analysed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..inputs import DEFAULT_MAX_BYTES
from ..search import index_written
from ..store.connection import Ledger, now
from .ingestor import DEFAULT_BATCH, Ingestor, IngestStats
from .language import detect_language
from .near import DEFAULT_THRESHOLD, signature, to_bytes
from .rows import alias_lookup, body_of, content_hash, rows_of

if TYPE_CHECKING:
    from ..analyzer import Analyzer
    from ..model import Analysis
    from ..resources import Resources


def _default_analyzer() -> Analyzer:
    from .. import default_analyzer

    return default_analyzer()


def ingest(paths: list[str], ledger: Ledger | str | Path, *,
           analyzer: Callable[[], Analyzer] = _default_analyzer, jobs: int = 1,
           cluster: str | None = None, outlet: str | None = None,
           threshold: float = DEFAULT_THRESHOLD, max_bytes: int = DEFAULT_MAX_BYTES,
           batch_size: int = DEFAULT_BATCH, output: Path | None = None,
           on_progress: Callable[[IngestStats], None] | None = None,
           on_commit: Callable[[IngestStats], None] | None = None,
           corroborate: bool = True, encoding: str | None = None,
           any_language: bool = False) -> IngestStats:
    """Analyse the articles in ``paths`` (files, folders, globs: .txt, .html, .json,
    .jsonl, RSS/Atom) into ``ledger`` (an open writable :class:`Ledger`, or a path that is
    opened and closed here), then update its stories when anything was read.

    ``analyzer`` makes the analyzer, only once an article needs analysing (the default is
    the process's shared one); ``jobs`` > 1 analyses in worker processes, ``cluster``
    (``local:N`` or ``tcp://HOST:PORT``) on Dask; ``outlet`` names the outlet of every
    article; ``threshold`` is the Jaccard similarity at which two articles are one;
    ``output`` a folder that also gets every row as a Parquet dataset. ``on_progress`` is
    called with the counts as articles go by, and a last time, with ``seconds`` set, once
    every article is in (before the stories are updated); ``on_commit`` after each written
    batch. What corroboration did is in the stats' ``stories`` (None when it did not run).
    ``encoding`` overrides the detected encoding of every input; ``any_language`` analyses
    texts in any language (by default only English is, the others are skipped).
    Raises :class:`~newsledger.ingest.cluster.ClusterError` for a bad cluster address.
    """
    if not isinstance(ledger, Ledger):
        with Ledger(ledger) as opened:
            return ingest(paths, opened, analyzer=analyzer, jobs=jobs, cluster=cluster,
                          outlet=outlet, threshold=threshold, max_bytes=max_bytes,
                          batch_size=batch_size, output=output, on_progress=on_progress,
                          on_commit=on_commit, corroborate=corroborate, encoding=encoding,
                          any_language=any_language)
    stats = Ingestor(ledger, analyzer, jobs=jobs, batch_size=batch_size, threshold=threshold,
                     outlet=outlet, max_bytes=max_bytes, on_progress=on_progress,
                     on_commit=on_commit, cluster=cluster, parquet=output,
                     encoding=encoding, any_language=any_language).run(paths)
    if corroborate and (stats.new or stats.duplicate or stats.near_duplicate):
        from ..corroborate import corroborate as update_stories

        # the batches' rows into the file before the stories are worked out, not after
        # them on closing: the two working memories are then never held at once (the
        # ingest's peak was the closing checkpoint: docs/benchmarks.md, fifth run)
        ledger.checkpoint()
        stats.stories = update_stories(ledger)
    return stats


def store_analysis(ledger: Ledger, analysis: Analysis, res: Resources, *,
                   corroborate: bool = True) -> tuple[str, bool]:
    """Store one analysed article (the web's Analyze page) and, with ``corroborate``,
    update the stories; ``(doc_id, stored)``, where ``stored`` is False when the same text
    is already in the ledger (the stories are updated all the same)."""
    doc = analysis.document
    if doc.language is None:  # recorded on a copy: the caller's analysis is left as it was
        doc = replace(doc, language=detect_language(doc.text))
        analysis = replace(analysis, document=doc)
    existing = ledger.hashes().get(content_hash(doc.text))
    if existing is None:
        rows = rows_of(analysis, to_bytes(signature(body_of(doc))), now(), alias_lookup(res),
                       res.entry)
        ledger.write(rows)
        index_written(ledger, [doc.id], [a.actor_id for a in rows.actors])
    if corroborate:
        from ..corroborate import corroborate as update_stories

        update_stories(ledger)
    return (existing, False) if existing is not None else (doc.id, True)
