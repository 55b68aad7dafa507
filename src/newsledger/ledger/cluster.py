"""Analysis on a Dask cluster: ``--cluster tcp://host:8786`` joins a running scheduler,
``--cluster local:N`` starts a local cluster of N worker processes.

Each worker process loads the model once (on its first partition) and analyses partitions
of articles; results come back to the ingesting process, which writes them in the same
transactions as a local run. A partition whose worker dies is run again on another worker
by Dask, and since nothing is written until its results arrive, no article is lost or
doubled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..model import Document
from .ingest import Analysed, analyze_to_rows

if TYPE_CHECKING:
    from ..analyzer import Analyzer

_ANALYZER: Analyzer | None = None


def analyze_partition(batch: list[tuple[Document, bytes]]) -> Analysed:
    """Run on a worker: analyse one partition (documents with their MinHash signatures)
    with the worker's own analyzer, and return its table rows."""
    global _ANALYZER
    if _ANALYZER is None:
        from ..analyzer import Analyzer

        _ANALYZER = Analyzer()
    return analyze_to_rows(_ANALYZER, batch)


class ClusterError(RuntimeError):
    """The cluster address is malformed or the scheduler cannot be reached."""


def connect(spec: str) -> tuple[Any, int, Callable[[], None]]:
    """``(client, workers, close)`` for ``local:N`` or a scheduler address."""
    from distributed import Client, LocalCluster

    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--cluster {spec!r}: expected local:N with N >= 1")
        cluster = LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)

        def close() -> None:
            client.close()
            cluster.close()

        return client, int(count), close
    if not spec.startswith(("tcp://", "tls://", "inproc://")):
        raise ClusterError(f"--cluster {spec!r}: expected local:N or tcp://host:port")
    try:
        client = Client(spec, timeout="20s")
    except OSError as exc:
        raise ClusterError(f"--cluster {spec}: cannot reach the scheduler ({exc})") from None
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    return client, workers, client.close
