"""Parties of events: the events the kind of their doer rules out or recodes (issue 13,
real text), and a party a rule adds over the words that stand for it.

PLOVER's RETREAT is a party's material de-escalation: forces withdrawn, prisoners released,
arms laid down, access allowed, an office resigned (shared ONTOLOGY.md). Civilians and
refugees who leave a country ("France urged its citizens to leave Ivory Coast") withdraw
nothing: their leaving is no RETREAT, whatever asked them to (the request stays an event).
PLOVER's PROTEST, like CAMEO's root 14, is collective action by civilians: a state that
protests does so in words, which is disapproval (ACCUSE, CAMEO 111).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from ..actors import ActorIndex
from ..actors.sector_nouns import noun_sector
from ..model import Actor, Event, Participant
from ..resources import Resources

NO_WITHDRAWAL_SECTORS = frozenset({"CVL", "REF"})  # civilians, refugees (PLOVER sectors)
INCURSIONS = ("trigger:enter-forces-v", "trigger:cross-into-forces-v")  # events.yaml
PROTEST_WORDS = ("trigger:protest-v", "trigger:protest-n")  # a state's are words
DISAPPROVE = "111"  # CAMEO: criticize or denounce
CROWD = "source:crowd("  # a crowd of the place's country (clashes.crowd_sources)


def same_country(actors: Mapping[str, Actor], one: str | None, other: str | None) -> bool:
    """Both actors are known and of one country ("Russia" and "RUSMIL")."""
    a, b = actors.get(one or ""), actors.get(other or "")
    return a is not None and b is not None and a.country == b.country


def ruled_out(event: Event, actors: Mapping[str, Actor]) -> bool:
    """A RETREAT in the withdraw mode whose source is civilians or refugees; forces
    "entering" a place that is no other country (``INCURSIONS``: "Syrian troops entered the
    town of Saraqeb", "entered the capital Niamey")."""
    if any(w in INCURSIONS for w in event.why):
        doer, entered = actors.get(event.source or ""), actors.get(event.target or "")
        return entered is None or entered.kind != "country" or entered.sector is not None \
            or (doer is not None and doer.country == entered.country)
    if event.type != "RETREAT" or event.mode != "withdraw" or event.source is None:
        return False
    actor = actors.get(event.source)
    return actor is not None and (actor.sector or "") in NO_WITHDRAWAL_SECTORS


def state_protest(event: Event, index: ActorIndex, res: Resources) -> Event:
    """A state's protest recoded as disapproval: "China protested the sale of US weapons
    to Taiwan", "the foreign ministry protested" are ACCUSE 111 (rule
    ``recode:state-protest``); "Palestinians protested", "farmers protested" stay PROTEST.
    A state is a government body named by a government noun, or a country named as one
    ("China", "Beijing"; not the people's name "Palestinians", nor "government doctors", nor
    the crowd of a place: "thousands protested in Cairo").
    Returns the event, recoded or as it was."""
    if event.type != "PROTEST" or event.source is None \
            or not any(w in PROTEST_WORDS for w in event.why) \
            or any(w.startswith(CROWD) for w in event.why):
        return event
    actor = index.actors.get(event.source)
    said = next((p for p in event.participants
                 if p.role == "source" and p.actor == event.source), None)
    span = index.doc.char_span(said.start, said.end, alignment_mode="expand") if said else None
    # named as a state ("China", "Beijing") or by a government noun ("the foreign ministry"),
    # not by its people ("Kenyan government doctors protested": a labour protest)
    state = span is not None and (span.root.ent_type_ == "GPE"
                                  or noun_sector(span.root, res) == "GOV")
    info = res.cameo_info(DISAPPROVE)
    if actor is None or info is None or not state or actor.sector not in (None, "GOV"):
        return event
    return replace(event, type="ACCUSE", mode="disapprove", cameo=DISAPPROVE,
                   cameo_name=info.name, goldstein=info.goldstein, quad_class=info.quad_class,
                   why=[*event.why, "recode:state-protest"])


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
