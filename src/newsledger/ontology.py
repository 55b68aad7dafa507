"""The fixed vocabularies every layer shares: PLOVER types, event statuses, sourcing grades,
attribution types, actor kinds and story statuses.

Sources: the 16 PLOVER event types are those of the PLOVER specification
(openeventdata/PLOVER, see ../shared/ONTOLOGY.md); statuses, grades and story statuses are
newsledger's own (docs/schema.md). Descriptions of each type live in data/ontology/plover.csv.
"""

from __future__ import annotations

PLOVER_TYPES: tuple[str, ...] = tuple(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
STATUSES: tuple[str, ...] = (
    "occurred",
    "ongoing",
    "planned",
    "agreed",
    "demanded",
    "refused",
    "denied",
    "speculative",
    "negated",
)
GRADES: tuple[str, ...] = ("A", "B", "C", "D", "E")
ATTRIBUTION_TYPES: tuple[str, ...] = (
    "direct-quote", "reported-speech", "according-to", "unattributed")
ACTOR_KINDS: tuple[str, ...] = ("country", "organization", "person", "group")
# How a story stands across outlets (docs/schema.md, "stories").
STORY_STATUSES: tuple[str, ...] = ("corroborated", "single-source", "contested", "contradicted",
                                  "unasserted")
