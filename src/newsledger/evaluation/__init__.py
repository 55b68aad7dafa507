"""Score analyses against hand-coded gold data (``newsledger eval``; see docs/eval.md)."""

from .gold import GoldActor, GoldClaim, GoldEvent, GoldItem, load_gold, parse_item
from .scoring import ItemResult, Report, evaluate, match_events, score_item

__all__ = [
    "GoldActor",
    "GoldClaim",
    "GoldEvent",
    "GoldItem",
    "ItemResult",
    "Report",
    "evaluate",
    "load_gold",
    "match_events",
    "parse_item",
    "score_item",
]
