"""What the browser tests share: Debian's Chromium and how it is started, and where their
screenshots go (docs/screenshots/). The ``browser`` and ``page`` fixtures are in conftest."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT_MS = 120_000  # every wait for a page, a selector or a download: generous, for busy CI


def shot(page, name: str) -> None:
    """A screenshot of what the page shows, as docs/screenshots/{name}.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
