"""Parties of events: the events the kind of their doer rules out (issue 13, real text),
and a party a rule adds over the words that stand for it.

PLOVER's RETREAT is a party's material de-escalation: forces withdrawn, prisoners released,
arms laid down, access allowed, an office resigned (shared ONTOLOGY.md). Civilians and
refugees who leave a country ("France urged its citizens to leave Ivory Coast") withdraw
nothing: their leaving is no RETREAT, whatever asked them to (the request stays an event).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..actors import ActorIndex
from ..model import Actor, Event, Participant

NO_WITHDRAWAL_SECTORS = frozenset({"CVL", "REF"})  # civilians, refugees (PLOVER sectors)


def civilians_leaving(event: Event, actors: Mapping[str, Actor]) -> bool:
    """A RETREAT in the withdraw mode whose source is civilians or refugees."""
    if event.type != "RETREAT" or event.mode != "withdraw" or event.source is None:
        return False
    actor = actors.get(event.source)
    return actor is not None and (actor.sector or "") in NO_WITHDRAWAL_SECTORS


def add_party(event: Event, role: str, actor_id: str, words: tuple[str, int, int], why: str,
              index: ActorIndex, make: Callable[[str], Actor]) -> bool:
    """Make ``actor_id`` the event's source or target (``role``), noted over ``words``
    (text, start and end characters) with the rule ``why``; False when the characters do
    not map onto tokens (nothing is changed then)."""
    text, start, end = words
    if not index.note(actor_id, start, end, why, make):
        return False
    event.participants.append(Participant(actor_id, role, text, start, end, why))
    setattr(event, role, actor_id)
    event.why.append(why)
    return True
