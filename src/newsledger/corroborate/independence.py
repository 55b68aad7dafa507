"""Which reports are independent: an article that cites another outlet ("…, according to
Harbor Wire") depends on it, and so do the wire copies and near-duplicates recorded at
ingest."""

from __future__ import annotations

import re
from functools import cached_property

from ..store.connection import Ledger
from .model import Rules


class Sources:
    """The outlets of a ledger, what each article cites, and the recorded copies."""

    def __init__(self, ledger: Ledger, rules: Rules):
        self.ledger = ledger
        self.rules = rules
        self._cited: dict[str, str | None] = {}

    @cached_property
    def outlets(self) -> list[str]:
        names = self.ledger.con.execute(
            "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL UNION "
            "SELECT DISTINCT outlet FROM duplicates WHERE outlet <> ''").fetchall()
        return sorted((n for (n,) in names), key=len, reverse=True)

    def cited_outlet(self, doc_id: str, own: str | None) -> str | None:
        """The outlet an article cites for its reporting ("according to Harbor Wire")."""
        if doc_id not in self._cited:
            self._cited[doc_id] = self._find_cited(doc_id, own)
        return self._cited[doc_id]

    def _find_cited(self, doc_id: str, own: str | None) -> str | None:
        text = self.ledger.scalar("SELECT text FROM documents WHERE doc_id = ?", [doc_id])
        lower = (text or "").lower()
        for name in self.outlets:
            if own and name.lower() == own.lower():
                continue
            for match in re.finditer(rf"\b{re.escape(name.lower())}\b", lower):
                near = lower[max(0, match.start() - 40): match.end() + 40]
                if any(cue in near for cue in self.rules.cues):
                    return name
        return None

    @cached_property
    def _copies(self) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for original, outlet, kind in self.ledger.con.execute(
                "SELECT original_id, outlet, kind FROM duplicates ORDER BY outlet").fetchall():
            out.setdefault(original, []).append((outlet, kind))
        return out

    def copies(self, doc_ids: set[str]) -> dict[str, list[tuple[str, str]]]:
        """doc_id -> [(outlet, kind)] of its recorded republications."""
        return {d: self._copies[d] for d in doc_ids if d in self._copies}
