"""The other side of a conversation (issue 13, real text: readouts).

A readout tells a call or a meeting between two sides and then what each said in it:
"This evening, I called Libyan President Magariaf … President Magariaf expressed his
condolences and pledged his government's full cooperation." A pledge, an offer of
cooperation, a concession or a request that names no one it is for is addressed to the
other side of the talk (LBYGOV→USAGOV), as the real-text adjudication codes it
(tests/gold/real/coding: the readouts rt008 and rt033).

The talk is the latest CONSULT event, in the same sentence or before it, whose two sides
are actors of different countries; an event of one side's country takes the other side
as its target. Events that have a target, that the other side takes part in ("both
presidents agreed to press…"), that neither side's country does, or of other
types (force and accusations, told of third parties; praise and help, which name what they
are for; public calls, "called for peace talks") are left alone. Rule
``target:counterpart(s<N>)`` in the event's ``why``, N the talk's sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..model import Actor, Event
from .merges import assign_roles

TALK = "CONSULT"
# what is pledged, offered or asked of someone: not praise or help, which name what they are
# for ("welcomed the Windsor Framework", "send aid to the region"; review of the rule)
ADDRESSED = frozenset({"AGREE", "COOPERATE", "REQUEST", "CONCEDE"})
PUBLIC_CALLS = "trigger:call-"  # "called for peace talks": a call to all, not to the other side
RULE = "target:counterpart"


def _country(actors: Mapping[str, Actor], actor_id: str | None) -> str | None:
    actor = actors.get(actor_id) if actor_id else None
    return actor.country if actor else None


def _across(actors: Mapping[str, Actor], talk: Event) -> bool:
    """The talk's two sides are of two known, different countries."""
    ours, theirs = _country(actors, talk.source), _country(actors, talk.target)
    return ours is not None and theirs is not None and ours != theirs


def counterpart_targets(events: list[Event], actors: Mapping[str, Actor]) -> list[Event]:
    """``events`` with each targetless pledge, offer, concession or request by one side
    of a talk addressed to the other side (see the module's rule). In place; returns
    ``events``."""
    talks = [e for e in events if e.type == TALK and _across(actors, e)]
    if not talks:
        return events
    for event in events:
        if event.type not in ADDRESSED or event.target is not None or event.source is None \
                or any(w.startswith(PUBLIC_CALLS) for w in event.why):
            continue
        talk = next((t for t in reversed(talks)
                     if t.evidence.sentence <= event.evidence.sentence), None)
        if talk is None:
            continue
        country = _country(actors, event.source)
        if country == _country(actors, talk.source):
            side = talk.target
        elif country == _country(actors, talk.target):
            side = talk.source
        else:
            continue
        if any(p.actor == side for p in event.participants):
            continue  # "both presidents agreed to press…": the two act together
        mention = next(p for p in talk.participants if p.actor == side)
        rule = f"{RULE}(s{talk.evidence.sentence})"
        event.participants.append(replace(mention, role="target", why=rule))
        event.why.append(rule)
        assign_roles(event)
    return events
