"""Events that the kind of their doer rules out (issue 13, real text).

PLOVER's RETREAT is a party's material de-escalation: forces withdrawn, prisoners released,
arms laid down, access allowed, an office resigned (shared ONTOLOGY.md). Civilians and
refugees who leave a country ("France urged its citizens to leave Ivory Coast") withdraw
nothing: their leaving is no RETREAT, whatever asked them to (the request stays an event).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Actor, Event

NO_WITHDRAWAL_SECTORS = frozenset({"CVL", "REF"})  # civilians, refugees (PLOVER sectors)


def civilians_leaving(event: Event, actors: Mapping[str, Actor]) -> bool:
    """A RETREAT in the withdraw mode whose source is civilians or refugees."""
    if event.type != "RETREAT" or event.mode != "withdraw" or event.source is None:
        return False
    actor = actors.get(event.source)
    return actor is not None and (actor.sector or "") in NO_WITHDRAWAL_SECTORS
