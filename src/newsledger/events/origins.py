"""Force that names no doer but the place it came from.

"The rockets fired indiscriminately from Gaza into Israel", "mortar shells fired from
Syria": the text names no one who fired, but where the fire came from, and an analyst
codes the attack to that place's country (bare code, as rulings R2 and R31 keep an unnamed
crowd's; issue 13, real dev: a UK statement on rockets from Gaza). Only force (the types
``place_target_types`` of lexicons/events.yaml), only from a place the trigger's own
location names with "from", and not when that country is the target's own. Rule
``source:place-origin(<code>)``, noted over the place's words.
"""

from __future__ import annotations

from collections.abc import Callable

from ..actors import ActorIndex
from ..model import Actor, Event
from ..resources import Resources
from .details import FROM_PLACE
from .parties import add_party


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
