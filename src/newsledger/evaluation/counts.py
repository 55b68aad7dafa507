"""The counts a report sums: precision/recall counts, tallies of right checks, and event
types matched with the dyad ignored (docs/eval.md, "Measures")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..model import Event
from .gold import GoldEvent


def _ratio(right: int, total: int) -> float | None:
    return right / total if total else None


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.right, self.total)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def type_counts(golds: list[GoldEvent], events: list[Event]) -> tuple[int, int, int]:
    """Event types alone, whoever the dyad: ``(tp, fp, fn)`` of one item, each predicted
    type matching one gold event of that type (issue 13's "types alone" measure)."""
    gold, ours = Counter(g.plover for g in golds), Counter(e.type for e in events)
    tp = sum((gold & ours).values())
    return tp, sum(ours.values()) - tp, sum(gold.values()) - tp
