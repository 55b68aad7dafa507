"""Analysis on a Dask cluster: ``--cluster tcp://host:8786`` joins a running scheduler,
``--cluster local:N`` starts a local cluster of N worker processes.

Each worker process loads the model once (on its first partition) and analyses partitions
of articles with the one worker function (``worker.analyze_batch``); results come back to
the ingesting process, which writes them in the same transactions as a local run. A
partition whose worker dies is run again on another worker by Dask, and since nothing is
written until its results arrive, no article is lost or doubled.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from .runners import P, Write, drain
from .worker import analyze_batch


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


def run_dask(batches: Iterable[P], write: Write[P], spec: str) -> None:
    """Analyse each batch as a Dask task (retried on another worker if one dies)."""
    client, workers, close = connect(spec)
    in_flight: deque[tuple[P, Any]] = deque()
    try:
        for pending in batches:
            in_flight.append((pending, client.submit(
                analyze_batch, pending.documents, pure=False, retries=3)))
            drain(in_flight, 2 * workers, write)
        drain(in_flight, 0, write)
    finally:
        close()
