"""Match predicted events to the expectations of a gold item (shared by the sentence tests)."""

from __future__ import annotations

from typing import Any

from newsledger.model import Analysis


def code_of(analysis: Analysis, actor_id: str | None) -> str:
    actor = analysis.actor(actor_id)
    if actor is None:
        return ""
    if actor.sector == "IGO" or (actor.cameo_code or "").startswith("IGO"):
        return actor.cameo_code or "IGO"
    return actor.cameo_code or actor.country or ""


def actor_fits(analysis: Analysis, actor_id: str | None, gold: str | None) -> bool:
    if not gold:
        return True
    return code_of(analysis, actor_id).startswith(gold)


def event_fits(analysis: Analysis, event: Any, gold: dict[str, Any]) -> bool:
    """Dyad and type: the measure issue 3 calls an event match."""
    return (
        event.type == gold["plover"]
        and actor_fits(analysis, event.source, gold.get("source"))
        and actor_fits(analysis, event.target, gold.get("target"))
    )


def match_events(analysis: Analysis, golds: list[dict[str, Any]]) -> list[tuple[dict, Any]]:
    """One-to-one matches, greedily, gold in order; unmatched gold pairs with None."""
    free = list(analysis.events)
    pairs = []
    for gold in golds:
        hit = next((e for e in free if event_fits(analysis, e, gold)), None)
        if hit is not None:
            free.remove(hit)
        pairs.append((gold, hit))
    return pairs
