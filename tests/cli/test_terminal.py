"""What only a terminal sees: the spinner while the English model loads (never in a pipe),
and the ingest progress bar, which fits 80 columns with its counts. Terminal runs use a
pseudo-terminal, as a user's shell would give."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys

from helpers import ROOT, SEED
from rich.console import Console

from newsledger.cli.ingest import progress_bar, progress_counts
from newsledger.ingest import IngestStats

CLI = [sys.executable, "-m", "newsledger.cli"]
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
LOADING = "loading the English model"


def on_a_terminal(*args: str, columns: int = 80) -> tuple[int, str]:
    """Run the command with stdout and stderr on a pseudo-terminal ``columns`` wide: its
    exit status and everything it wrote, escape codes removed."""
    main, child = pty.openpty()
    env = {"PATH": "/usr/bin:/bin", "COLUMNS": str(columns), "TERM": "xterm"}
    proc = subprocess.Popen([*CLI, *args], stdin=subprocess.DEVNULL, stdout=child,
                            stderr=child, env=env, close_fds=True)
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    return proc.wait(timeout=300), ESCAPES.sub("", b"".join(chunks).decode("utf-8", "replace"))


def test_the_spinner_shows_on_a_terminal_and_never_in_a_pipe():
    status, seen = on_a_terminal("analyze", str(SEED), "-f", "table")
    assert status == 0 and LOADING in seen and "Events" in seen
    piped = subprocess.run([*CLI, "analyze", str(SEED), "-f", "json"], capture_output=True,
                           text=True, timeout=300)
    assert piped.returncode == 0 and piped.stderr == ""  # nothing but the JSON
    assert piped.stdout.lstrip().startswith("{") and LOADING not in piped.stdout


def test_the_progress_bar_fits_80_columns_with_its_counts(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted((ROOT / "examples").iterdir())[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    status, seen = on_a_terminal("ingest", str(folder), "--db", str(tmp_path / "l.duckdb"))
    frames = [f for f in re.split(r"\r\n|\r|\n", seen) if "Ingesting" in f]
    assert status == 0 and frames
    assert max(len(f) for f in frames) <= 80, max(frames, key=len)
    last = frames[-1]
    assert "━" in last and re.search(r" (\d+)/\1 .*new \1 ", last), last  # all done, all new


def test_long_counts_are_cut_not_the_bar():
    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system=None)
    progress = progress_bar(console, quiet=False)
    stats = IngestStats(new=12000, duplicate=300, near_duplicate=40, skipped=3, failed=2)
    progress.add_task("ingest", total=99999, completed=12345,
                      counts=progress_counts(stats, 123.4))
    console.print(progress.get_renderable())
    lines = [line for line in console.file.getvalue().splitlines() if line.strip()]
    assert len(lines) == 1 and len(lines[0]) <= 80, lines
    assert "━" in lines[0] and "12345/99999" in lines[0] and "new 12000" in lines[0]
