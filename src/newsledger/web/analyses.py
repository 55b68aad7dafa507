"""Analyses for the server, in a few worker processes with a time limit each, so that no
text can tie the server up.

Each of ``limit`` slots is a one-process ``ProcessPoolExecutor`` whose process loads the
analyzer once, on the slot's first analysis (about 5 s and 270 MB; the server process
itself never loads the model). A request takes a free slot or is refused at once
(:class:`Busy`, a 503: nothing waits in a queue); its analysis runs in the slot's process
for at most ``seconds`` (:class:`TimedOut`, a 503), and a process that runs over, or whose
client has gone, is killed and replaced by a fresh one on the slot's next use. A thread
could not be stopped: that is why these are processes. An error raised by the analysis
comes back as it is (an ``InputError`` is the client's 400; anything else a 500).
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import Analysis, Document

DEFAULT_LIMIT = 2  # analyses at once
DEFAULT_SECONDS = 120.0  # the time limit of one analysis
LOAD_SECONDS = 300.0  # the most a worker may take to load the model
POLL_SECONDS = 0.5  # how often a running analysis checks that its client is still there

Gone = Callable[[], Awaitable[bool]]


class Busy(Exception):
    """Every slot is running an analysis (a 503: try again shortly)."""

    def __init__(self, limit: int):
        super().__init__(f"the server is already running its {limit} analyses at once; "
                         "try again when one has finished")


class TimedOut(Exception):
    """The analysis ran over its time limit and its process was stopped (a 503)."""

    def __init__(self, seconds: float):
        super().__init__(f"the analysis took longer than the limit of {seconds:g} s and was "
                         "stopped; send a shorter text, or use newsledger ingest")


class Stopped(Exception):
    """The worker process ended (killed, out of memory, server shutting down) (a 503)."""


# -- in the worker process -----------------------------------------------------------------
def start_worker() -> None:
    """Run as a worker process starts: leave Ctrl-C to the server (which stops its
    workers), end when the server has gone, load the analyzer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with_parent, args=(os.getppid(),), daemon=True).start()
    from .. import default_analyzer

    default_analyzer()


def _end_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def analyse(document: Document) -> Analysis:
    """Run in a worker process: analyse one Document."""
    from .. import default_analyzer

    return default_analyzer().analyze_document(document)


# -- in the server -------------------------------------------------------------------------
@dataclass
class Slot:
    """One worker process, started on first use; stopped when it runs over."""

    pool: ProcessPoolExecutor | None = None
    ready: bool = False
    load_seconds: float | None = None  # how long its process took to load the model

    async def start(self, seconds: float) -> None:
        """Have a process with a loaded analyzer (starting one takes a few seconds)."""
        if self.pool is None:
            self.pool = ProcessPoolExecutor(1, mp_context=get_context("spawn"),
                                            initializer=start_worker)
            self.ready = False
        if not self.ready:
            started = time.perf_counter()
            try:  # a call runs once the initializer (the model's loading) is done
                await asyncio.wait_for(asyncio.wrap_future(self.pool.submit(os.getpid)),
                                       seconds)
            except (TimeoutError, BrokenProcessPool) as exc:
                self.stop()
                raise Stopped("the analysis worker could not start") from exc
            self.ready = True
            self.load_seconds = time.perf_counter() - started

    def submit(self, document: Document) -> Future[Analysis]:
        assert self.pool is not None and self.ready
        return self.pool.submit(analyse, document)

    def stop(self, join: float = 0.0) -> None:
        """Kill the process (what it was doing is lost); wait up to ``join`` seconds for
        it to be gone. The next :meth:`start` begins a fresh one."""
        pool, self.pool, self.ready = self.pool, None, False
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        for process in processes:  # ProcessPoolExecutor cannot stop one running call
            process.kill()
        for process in processes:
            process.join(join)
        # waiting lets the pool's own thread see the process gone and free its queues
        pool.shutdown(wait=join > 0, cancel_futures=True)


class Analyses:
    """At most ``limit`` analyses at once, each stopped after ``seconds``. Used from the
    event loop only (a slot is taken and given back without a lock)."""

    def __init__(self, limit: int = DEFAULT_LIMIT, seconds: float = DEFAULT_SECONDS,
                 load_seconds: float = LOAD_SECONDS):
        if limit < 1 or seconds <= 0:
            raise ValueError("the analyses' limit and seconds must be positive")
        self.limit, self.seconds, self.load_seconds = limit, seconds, load_seconds
        self.slots = [Slot() for _ in range(limit)]
        self.free = list(self.slots)
        self.closed = False
        self.stop_at: float | None = None  # (monotonic) when the running ones are stopped

    async def run(self, document: Document, gone: Gone | None = None) -> Analysis:
        """The analysis of ``document`` in a free slot's process. Raises :class:`Busy`,
        :class:`TimedOut`, :class:`Stopped` (also when ``gone()``, polled, says the client
        has gone), or what the analysis raised."""
        if self.closed:
            raise Stopped("the server is shutting down; try again later")
        if not self.free:
            raise Busy(self.limit)
        slot = self.free.pop()
        try:
            await slot.start(self.load_seconds)
            work = asyncio.wrap_future(slot.submit(document))
            try:
                await self._wait(work, gone)
            except BaseException:  # over time, client gone, cancelled: stop the work
                work.cancel()
                slot.stop()
                raise
            try:
                return work.result()  # or what the analysis raised
            except BrokenProcessPool:
                slot.stop()
                raise Stopped("the analysis worker stopped before the end") from None
        finally:
            self.free.append(slot)

    async def _wait(self, work: asyncio.Future[Analysis], gone: Gone | None) -> None:
        """Until ``work`` is done; :class:`TimedOut` after ``seconds``."""
        try:
            async with asyncio.timeout(self.seconds):
                while not (await asyncio.wait({work}, timeout=POLL_SECONDS))[0]:
                    if gone is not None and await gone():
                        raise Stopped("the client has gone")
                    if self.stop_at is not None and time.monotonic() >= self.stop_at:
                        raise Stopped("the server is shutting down; try again later")
        except TimeoutError:
            raise TimedOut(self.seconds) from None

    def status(self) -> dict[str, Any]:
        """``{limit, running, seconds, workers, load_seconds}`` (the slowest load so far)."""
        loads = [s.load_seconds for s in self.slots if s.load_seconds is not None]
        return {"limit": self.limit, "running": self.limit - len(self.free),
                "seconds": self.seconds, "workers": sum(s.ready for s in self.slots),
                "load_seconds": round(max(loads), 2) if loads else None}

    def stop_after(self, grace: float) -> None:
        """The server is stopping: refuse new analyses, stop the running ones (a 503)
        after ``grace`` seconds. Safe to call from a signal handler."""
        self.closed = True
        self.stop_at = time.monotonic() + grace

    def close(self, join: float = 5.0) -> None:
        """Stop every worker process (and what it runs) and refuse further analyses."""
        self.closed = True
        for slot in self.slots:
            slot.stop(join)
