"""Ingest: articles from files, folders, globs and feeds into a ledger.

- ``sources``: inputs and their formats, each article a Document or an InputError;
- ``near``: near-duplicate search (MinHash, LSH);
- ``rows``: an analysed article as table rows, republication links;
- ``worker``: the one worker function (analyse a batch into rows);
- ``runners`` and ``cluster``: in-line, worker-process and Dask runners;
- ``parquet``: the Parquet dataset sink;
- ``ingestor``: the run (deduplication, batches, transactions);
- ``pipeline``: ``ingest`` and ``store_analysis``, which also update the stories.
"""

from .cluster import ClusterError
from .ingestor import DEFAULT_BATCH, Ingestor, IngestStats, estimate
from .near import DEFAULT_THRESHOLD
from .pipeline import ingest, store_analysis

__all__ = ["DEFAULT_BATCH", "DEFAULT_THRESHOLD", "ClusterError", "IngestStats", "Ingestor",
           "estimate", "ingest", "store_analysis"]
