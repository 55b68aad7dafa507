"""Where batches are analysed: in this process, or in a pool of worker processes (the Dask
runner is in ``cluster.py``). Each runner takes the batches and a ``write`` callback, and
writes each batch's rows in the order the batches came, keeping at most a few batches per
worker in flight."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ..store.tables import Rows
from .worker import Analysed, Batch, analyze_batch, analyze_to_rows, init_worker

if TYPE_CHECKING:
    from ..analyzer import Analyzer


class Pending(Protocol):
    """What a runner needs of a batch: its documents (the rest goes to ``write``)."""

    documents: Batch


P = TypeVar("P", bound=Pending)
Write = Callable[[P, Analysed], None]


def drain(in_flight: deque[tuple[P, Any]], keep: int, write: Write[P]) -> None:
    """Write the oldest batches until at most ``keep`` are still in flight (each with a
    future: a ``concurrent.futures`` or a Dask one)."""
    while len(in_flight) > keep:
        done, future = in_flight.popleft()
        write(done, future.result())


def run_inline(batches: Iterable[P], write: Write[P], analyzer: Callable[[], Analyzer]
               ) -> None:
    """Analyse in this process; ``analyzer()`` is asked only once a batch has articles."""
    for pending in batches:
        analysed = analyze_to_rows(analyzer(), pending.documents) if pending.documents \
            else Analysed(Rows(), 0, 0)
        write(pending, analysed)


def run_pool(batches: Iterable[P], write: Write[P], jobs: int) -> None:
    """Analyse in ``jobs`` worker processes, each loading the model once."""
    in_flight: deque[tuple[P, Future[Analysed]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"),
                             initializer=init_worker) as pool:
        for pending in batches:
            in_flight.append((pending, pool.submit(analyze_batch, pending.documents)))
            drain(in_flight, 2 * jobs, write)
        drain(in_flight, 0, write)
