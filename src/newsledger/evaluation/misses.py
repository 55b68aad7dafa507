"""Why an item's events went wrong: each miss gets one class (issue 13).

- ``no trigger``      a gold event with nothing of ours near it: no prediction of its type
                      and none on its dyad;
- ``wrong type``      a leftover prediction on the gold event's dyad, of another type;
- ``source missing`` / ``source wrong``  a leftover prediction of the gold type whose source
                      is absent / another actor (its target fits);
- ``target missing`` / ``target wrong``  the same for the target (its source fits);
- ``extra event``     a prediction left over after the gold events took theirs;
- ``status wrong``    a matched event whose status differs from the gold's.

A leftover prediction of the gold's type with both source and target off is counted under
the source. Each prediction explains at most one gold event.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Event
from .gold import GoldEvent

MISS_CLASSES: tuple[str, ...] = ("no trigger", "wrong type", "source missing",
                                 "source wrong", "target missing", "target wrong",
                                 "extra event", "status wrong")

Code = Callable[[str | None], str]  # an event's actor id -> its code ("" when none)
Fits = Callable[[str, str | None], bool]  # (our code, gold code) -> fits at gold granularity


def _side(ours: str, gold: str | None, fits: Fits) -> str | None:
    """None when our side fits the gold's, else "missing" or "wrong"."""
    if gold is None or fits(ours, gold):
        return None
    return "missing" if not ours else "wrong"


def classify(missed: list[GoldEvent], spurious: list[Event],
             matched: list[tuple[GoldEvent, Event]], code: Code, fits: Fits
             ) -> list[tuple[str, str]]:
    """``(class, what)`` for every miss of one item (``what`` describes the gold event, or
    our extra event)."""
    out: list[tuple[str, str]] = []
    left = list(spurious)
    for gold in missed:
        candidates = []
        for event in (e for e in left if e.type == gold.plover):
            source = _side(code(event.source), gold.source, fits)
            target = _side(code(event.target), gold.target, fits)
            label = f"source {source}" if source else f"target {target}"
            candidates.append((source is not None, event, label))
        candidates.sort(key=lambda c: c[0])  # one whose source fits first
        found = (candidates[0][1], candidates[0][2]) if candidates else None
        if found is None:
            on_dyad = next((e for e in left if _side(code(e.source), gold.source, fits) is None
                            and _side(code(e.target), gold.target, fits) is None), None)
            if on_dyad is not None:
                found = (on_dyad, "wrong type")
        if found is None:
            out.append(("no trigger", gold.describe()))
            continue
        left.remove(found[0])
        out.append((found[1], gold.describe()))
    out.extend(("extra event", f"{e.type} ({e.evidence.trigger.text})") for e in left)
    for gold, event in matched:
        if gold.status and event.status != gold.status:
            out.append(("status wrong", f"{gold.describe()}: got {event.status}"))
    return out
