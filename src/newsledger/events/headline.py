"""A headline's events (its first line with no full stop: parse.is_headline) are the
story's events told twice (issue 13: one happening, one event). "Iran, Oman hold talks in
Muscat" over a lede telling the same meeting: the headline's event folds into the body's,
rule ``merge:headline(s0:<trigger>)``.

A headline event folds into the first body event of its type whose source and target fit
it (either way round for mutual types): each side empty in the headline, or the same
actor, or the same country (the headline's "Iran" is the lede's "Iran's foreign minister",
IRNGOV). The body mentions already folded into the headline event ("the attack on our
mission" under "Statement … on the Attack in Benghazi") go with it, so every sentence that
tells the event still does (``merges.told_in``). A headline event that nothing in the body
tells stays an event of its own; so do all events of a document that is only a headline.
"""

from __future__ import annotations

from ..actors import ActorIndex
from ..model import Event
from ..parse import Parse
from .merges import MERGED_MENTION

HEADLINE = 0  # the sentence index of a document's first line


def _fits(headline: str | None, body: str | None, index: ActorIndex) -> bool:
    if headline is None or body is None:
        return headline is None
    if headline == body:
        return True
    country = index.actors[headline].country if headline in index.actors else None
    return country is not None and body in index.actors \
        and index.actors[body].country == country


def merge_headline(events: list[Event], parse: Parse[ActorIndex],
                   mutual: frozenset[str] = frozenset()) -> list[Event]:
    """``events`` without the headline events that a body event tells (see module doc);
    an event of a ``mutual`` type (CONSULT: "Iran and Oman hold talks") fits either way."""
    if not parse.headline or len(parse.sentences) < 2:
        return events
    body = [e for e in events if e.evidence.sentence != HEADLINE]
    index = parse.index

    def fits(event: Event, other: Event) -> bool:
        if event.type != other.type:
            return False
        ends = [(other.source, other.target)]
        if event.type in mutual:
            ends.append((other.target, other.source))
        return any(_fits(event.source, s, index) and _fits(event.target, t, index)
                   for s, t in ends)

    kept = []
    for event in events:
        twin = next((b for b in body if fits(event, b)), None) \
            if event.evidence.sentence == HEADLINE else None
        if twin is None:
            kept.append(event)
        else:
            told = [w for w in event.why if MERGED_MENTION.match(w)]
            for why in [f"merge:headline(s{HEADLINE}:{event.evidence.trigger.text})", *told]:
                if why not in twin.why:
                    twin.why.append(why)
    return kept
