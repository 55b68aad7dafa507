"""newsledger: turn news reports into an auditable record of who did what to whom, where,
when, how many — and according to whom.

    >>> from newsledger import analyze
    >>> analysis = analyze("Pakistan agreed to send 20,000 troops to Gaza.", date="2025-10-28")
    >>> analysis.to_dict()["events"][0]["type"]
    'AGREE'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .model import Analysis, Document

__all__ = ["Analysis", "Analyzer", "Document", "analyze", "analyze_many", "default_analyzer"]
__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "Analyzer":
        from .analyzer import Analyzer

        return Analyzer
    raise AttributeError(name)


@lru_cache(maxsize=1)
def default_analyzer():
    """The shared Analyzer (model and data loaded once per process)."""
    from .analyzer import Analyzer

    return Analyzer()


def analyze(text: str, date: str | None = None, outlet: str | None = None,
            url: str | None = None) -> Analysis:
    """Analyse one article text (the dateline ``date`` as YYYY-MM-DD)."""
    return default_analyzer().analyze(text, date=date, outlet=outlet, url=url)


def analyze_many(items: Iterable[str | dict[str, Any] | Document], n_process: int = 1
                 ) -> Iterator[Analysis]:
    """Analyse many texts or ``{text, title?, date?, url?, outlet?}`` dicts, in batches."""
    return default_analyzer().analyze_many(items, n_process=n_process)
