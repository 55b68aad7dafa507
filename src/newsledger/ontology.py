"""The fixed vocabularies every layer shares: PLOVER types, event statuses, sourcing grades,
attribution types, actor kinds and story statuses.

Sources: the 16 PLOVER event types are those of the PLOVER specification
(openeventdata/PLOVER, see ../shared/ONTOLOGY.md); statuses, grades and story statuses are
newsledger's own (docs/schema.md). Descriptions of each type live in data/ontology/plover.csv.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

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
# What each sourcing grade means (docs/schema.md, "Claim"): the legend of the claims
# listings, their --help and the pages that show grades.
GRADE_MEANINGS: Mapping[str, str] = MappingProxyType({
    "A": "named on-record person or official body/document",
    "B": "named news outlet",
    "C": "unnamed officials or sources with a stated position",
    "D": 'vague reports ("according to media reports", "reportedly")',
    "E": "the outlet's own unattributed assertion",
})


def grade_legend(separator: str = "; ", between: str = " ") -> str:
    """The A–E legend as one text: ``"A named…; B named news outlet; …"``."""
    return separator.join(f"{grade}{between}{meaning}"
                          for grade, meaning in GRADE_MEANINGS.items())


ATTRIBUTION_TYPES: tuple[str, ...] = (
    "direct-quote", "reported-speech", "according-to", "unattributed")
ACTOR_KINDS: tuple[str, ...] = ("country", "organization", "person", "group")
# The statuses of events that happened (or are happening): what the network, dyad counts,
# actor timelines and the GDELT export count by default (issue 15). Negated, denied,
# refused, speculative, demanded, planned and agreed events are shown on request.
HAPPENED_STATUSES: tuple[str, ...] = ("occurred", "ongoing")
# CAMEO's four quad classes (../shared/ONTOLOGY.md, "CAMEO roots"): the number stored in
# events.quad_class -> (the key of its count in charts and APIs, its name).
QUAD_CLASSES: Mapping[int, tuple[str, str]] = MappingProxyType({
    1: ("verbal_cooperation", "verbal cooperation"),
    2: ("material_cooperation", "material cooperation"),
    3: ("verbal_conflict", "verbal conflict"),
    4: ("material_conflict", "material conflict"),
})
# How a story stands across outlets (docs/schema.md, "stories").
STORY_STATUSES: tuple[str, ...] = ("corroborated", "single-source", "contested", "contradicted",
                                  "unasserted")
