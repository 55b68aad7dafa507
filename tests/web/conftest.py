"""A real uvicorn server on 127.0.0.1 over a ledger built from the examples, plus an
article whose text tries to inject markup and script."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from ledger_fixtures import EXAMPLES, ingest

from .browsing import ARGS, CHROMIUM, WAIT_MS

HOSTILE = {
    "title": "Protest <script>window.__pwned = 1</script> in Lahore",
    "date": "2025-11-20",
    "outlet": "Evil <b>Daily</b>",
    "text": ("Pakistani police arrested 40 protesters in Lahore on Thursday, officials said. "
             "<script>window.__pwned = 1;</script> The crowd carried banners reading "
             "<img src=x onerror=\"window.__pwned = 1\"> and <a href=\"javascript:window."
             "__pwned=1\">click here</a>, according to witnesses."),
}


FORMULA = {  # a spreadsheet would run this as a formula if it were exported as it is
    "title": "Sanctions on Minsk", "date": "2025-11-21", "outlet": '=HYPERLINK("http://x")',
    "text": "The European Union imposed new sanctions on Belarus on Friday, diplomats said.",
}


START_SECONDS = 120  # the most a server may take to answer after it is started
STOP_SECONDS = 60  # … and to exit after SIGTERM


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, *extra: str, env: dict | None = None) -> tuple[subprocess.Popen,
                                                                            str]:
    """``newsledger serve`` on a free port, once it answers (polled: no fixed sleep)."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db), "--port",
         str(port), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, **(env or {})})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            urllib.request.urlopen(base + "/static/style.css", timeout=10)
            return proc, base
        except urllib.error.HTTPError:  # it answers (a token may be required)
            return proc, base
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not answer within {START_SECONDS} s")


def stop_server(proc: subprocess.Popen) -> str:
    """SIGTERM, then wait for the exit; what the server wrote to stderr."""
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate(timeout=STOP_SECONDS)
        raise AssertionError(f"the server did not stop within {STOP_SECONDS} s") from None
    return err or ""


def wait_for(condition, seconds: float = 60, every: float = 0.1, what: str = "condition"):
    """Poll ``condition()`` until it is true (returned), failing after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"{what} not reached within {seconds} s")


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, analyzer) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.json"
    hostile.write_text(json.dumps(HOSTILE), encoding="utf-8")
    formula = folder / "formula.json"
    formula.write_text(json.dumps(FORMULA), encoding="utf-8")
    db = folder / "web.duckdb"
    ingest(db, [str(EXAMPLES), str(hostile), str(formula)], analyzer)
    from newsledger.corroborate import corroborate
    from newsledger.store import Ledger

    with Ledger(db) as ledger:
        corroborate(ledger)
    return db


@pytest.fixture
def own_db(web_db, tmp_path) -> Path:
    """A copy of the web ledger for one test that writes to it."""
    copy = tmp_path / "own.duckdb"
    shutil.copyfile(web_db, copy)
    return copy


@pytest.fixture(scope="session")
def server(web_db):
    proc, base = start_server(web_db)
    yield base
    stop_server(proc)


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium, driven by Playwright (never ``playwright install``).
    One per test module: Playwright's sync API keeps an event loop running in the main
    thread while it is open, which later tests that run their own loop cannot share."""
    from playwright.sync_api import sync_playwright

    assert os.path.exists(CHROMIUM), "Debian chromium is missing: `make test` installs it"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS,
                                     timeout=WAIT_MS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page at 1360×900; a script error on it fails the test."""
    context = browser.new_context(viewport={"width": 1360, "height": 900},
                                  accept_downloads=True)
    context.set_default_timeout(WAIT_MS)
    context.set_default_navigation_timeout(WAIT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == [], errors  # no script error on any page
