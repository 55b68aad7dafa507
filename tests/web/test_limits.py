"""A server that cannot be tied up: at most N analyses at once (the next one a 503 at
once), each stopped after its time limit (a 503) in a worker process that is replaced, the
other requests answered meanwhile, and a clean stop on the first SIGTERM. Against real
servers; every wait is on a condition with a generous limit."""

from __future__ import annotations

import json
import os
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from newsledger.store import Ledger

from .conftest import STOP_SECONDS, start_server, stop_server, wait_for

SHORT = {"text": "Turkey sent 30 tonnes of aid to Gaza on Monday, officials said.",
         "date": "2025-11-24"}
PARAGRAPH = ("Pakistani police arrested 40 protesters in Lahore on Thursday, officials said. "
             "The crowd carried banners, according to witnesses. ")
LONG = {"text": "\n\n".join([PARAGRAPH * 3] * 4000)[:1_500_000]}  # a minute's work or more


def call(base: str, path: str, payload: dict | None = None, form: bytes | None = None,
         headers: dict | None = None) -> tuple[int, dict, dict]:
    """(status, JSON body, lower-case headers) of a GET, or of a POST of ``payload`` (as
    JSON) or ``form`` (bytes as they are)."""
    data = json.dumps(payload).encode() if payload is not None else form
    kind = {"content-type": "application/json"} if payload is not None else {}
    request = urllib.request.Request(base + path, data=data, headers={**kind, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            return (response.status, json.loads(response.read() or b"{}"),
                    {k.lower(): v for k, v in response.headers.items()})
    except urllib.error.HTTPError as exc:
        return (exc.code, json.loads(exc.read() or b"{}"),
                {k.lower(): v for k, v in exc.headers.items()})


def analyses(base: str) -> dict:
    return call(base, "/api/status")[1]["analyses"]


class Background:
    """A request in a thread; ``result`` once it is done."""

    def __init__(self, base: str, path: str, payload: dict):
        self.result: tuple[int, dict, dict] | Exception | None = None
        self.thread = threading.Thread(target=self._run, args=(base, path, payload))
        self.thread.start()

    def _run(self, base: str, path: str, payload: dict) -> None:
        try:
            self.result = call(base, path, payload)
        except Exception as exc:  # a connection closed by a stopping server
            self.result = exc

    def join(self) -> tuple[int, dict, dict] | Exception | None:
        self.thread.join(600)
        return self.result


@pytest.fixture
def one_slot(own_db):
    proc, base = start_server(own_db, "--max-analyses", "1", "--analysis-timeout", "3")
    yield base
    stop_server(proc)


def test_one_analysis_at_a_time_each_with_a_time_limit(one_slot):
    base = one_slot
    assert analyses(base) == {"limit": 1, "running": 0, "seconds": 3.0, "workers": 0,
                              "load_seconds": None}
    long = Background(base, "/api/analyze", LONG)
    wait_for(lambda: analyses(base)["running"] == 1, what="the long analysis running")
    status, body, headers = call(base, "/api/analyze", SHORT)  # no slot free: refused at once
    assert status == 503 and "already running its 1 analyses" in body["error"]
    assert headers.get("retry-after") == "5"
    latencies = []  # the rest of the server answers meanwhile
    while analyses(base)["running"] == 1 and len(latencies) < 200:
        started = time.monotonic()
        assert call(base, "/api/documents?limit=5")[0] == 200
        latencies.append(time.monotonic() - started)
    result = long.join()
    assert isinstance(result, tuple), result
    status, body, _ = result
    assert status == 503 and body == {"error": "the analysis took longer than the limit of 3 s "
                                               "and was stopped; send a shorter text, or use "
                                               "newsledger ingest"}
    assert latencies and statistics.median(latencies) < 5  # not held up by the analysis
    assert analyses(base)["running"] == 0 and analyses(base)["workers"] == 0  # killed
    status, body, _ = call(base, "/api/analyze", SHORT)  # a fresh worker takes over
    assert status == 200 and body["analysis"]["events"][0]["type"] == "AID"
    assert analyses(base)["workers"] == 1


def test_a_text_over_the_limit_is_413_by_either_door(server):
    big = "word " * 500_000  # 2.5 MB, over the 2 MB default
    status, body, _ = call(server, "/api/analyze", {"text": big})
    assert status == 413 and body == {"error": "request body over the limit of 2,097,152 "
                                               "bytes"}
    form = urllib.parse.urlencode({"text": big}).encode()
    status, body, _ = call(server, "/analyze", form=form, headers={"Origin": server})
    assert status == 413 and "limit" in body["error"]


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_the_first_sigterm_stops_the_server_during_an_analysis(own_db):
    proc, base = start_server(own_db, "--analysis-timeout", "600")
    long = Background(base, "/api/analyze", LONG)
    wait_for(lambda: analyses(base)["workers"] == 1, seconds=300, what="a worker loaded")
    workers = children(proc.pid)
    assert workers
    started = time.monotonic()
    stderr = stop_server(proc)  # one SIGTERM
    took = time.monotonic() - started
    assert took < STOP_SECONDS, stderr
    result = long.join()  # stopped with a 503 after the grace, not left to run
    assert isinstance(result, Exception) or result[0] == 503, result
    if isinstance(result, tuple):
        assert result[1] == {"error": "the server is shutting down; try again later"}
    assert "Traceback" not in stderr, stderr
    wait_for(lambda: not any(alive(pid) for pid in workers), what="the workers gone")
    with Ledger(own_db, wait=0):  # nothing holds the ledger any more
        pass
    assert os.path.exists(own_db)
