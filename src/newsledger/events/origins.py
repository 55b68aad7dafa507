"""Force that names no doer but the place it came from.

"The rockets fired indiscriminately from Gaza into Israel", "mortar shells fired from
Syria": the text names no one who fired, but where the fire came from, and an analyst
codes the attack to that place's country (bare code, as rulings R2 and R31 keep an unnamed
crowd's; issue 13, real dev: a UK statement on rockets from Gaza). Only force (the types
``place_target_types`` of lexicons/events.yaml), only from a place the trigger's own
location names with "from", and not when that country is the target's own. Rule
``source:place-origin(<code>)``, noted over the place's words.

Also where a retreat is from (:func:`left_from`: "withdrew from two villages in the
Kharkiv region"), whose country becomes its target.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..actors import ActorIndex
from ..model import Actor, Event, Location
from ..resources import Resources
from .details import FROM_PLACE, PLACE_NOUNS
from .parties import add_party

# nouns a place may sit in inside a "from" phrase ("withdrew from villages near Kupiansk")
ORIGIN_NOUNS = PLACE_NOUNS | {"position", "outskirt", "outskirts", "territory", "base"}
PLACE_PREPS = ("in", "of", "near", "around", "outside")


def origin_sources(events: list[Event], index: ActorIndex, make: Callable[[str], Actor],
                   res: Resources) -> list[Event]:
    """``events`` with the country force was fired from as its source, when it names no
    one who fired (see the module's rule). In place; returns ``events``."""
    for event in events:
        place = event.location
        if event.source is not None or event.type not in res.events.place_target_types \
                or place is None or not place.why.endswith(FROM_PLACE):
            continue
        country = place.country
        target = index.actors.get(event.target) if event.target else None
        if country not in res.countries or (target is not None and target.country == country):
            continue
        add_party(event, "source", country, (place.name, place.start, place.end),
                  f"source:place-origin({country})", index, make)
    return events


def left_from(verb: Token, location: Location, doc: Doc) -> bool:
    """ "withdrew from two villages in the Kharkiv region", "pulled out of Kharkiv": the
    place is the object of the verb's own "from" (or "out of"), or sits in it only through
    place nouns (:data:`details.PLACE_NOUNS`: "villages in", "positions near"), so the
    retreat is from that place's country. Not "withdrew from the Paris agreement" nor
    "from a deal signed in Istanbul"."""
    span = doc.char_span(location.start, location.end, alignment_mode="expand")
    if span is None:
        return False
    inside = {t.i for t in span}
    cur = span.root
    for _ in range(8):
        if cur.dep_ in ("compound", "poss", "nmod", "amod") and cur.head.i not in inside:
            cur = cur.head  # "the Kharkiv region", "Somalia's Gedo region"
        elif cur.dep_ != "pobj":
            return False
        if cur.i not in inside and cur.lemma_.lower() not in ORIGIN_NOUNS:
            return False
        if cur.dep_ != "pobj":
            continue
        prep = cur.head
        if _origin_prep(prep, verb):
            return True
        if prep.lower_ not in PLACE_PREPS:
            return False
        cur = prep.head
        if cur.lemma_.lower() not in ORIGIN_NOUNS:
            return False
    return False


def _origin_prep(prep: Token, verb: Token) -> bool:
    """The verb's own "from", or the "of" of its "out of" (particle or preposition)."""
    if prep.lower_ == "from":
        return prep.head.i == verb.i
    if prep.lower_ != "of":
        return False
    if prep.head.i == verb.i:
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return prep.head.lower_ == "out" and prep.head.head.i == verb.i
