"""Load and validate the package data files (actor dictionaries, lexicons, ontology tables).

Everything is read once into a frozen :class:`Resources` that the pipeline passes around;
each lexicon is a small frozen dataclass, and a malformed file raises :class:`DataError`
naming the file and the entry. This package is the only code that reads the data files.

- ``files``: the data folder, YAML/CSV reading and the shared checks
- ``actors``: people, organisations, countries, sectors and titles
- ``events``: triggers and event rules, CAMEO and PLOVER tables
- ``lexicons``: status, attribution, coreference, quantities, places, hedges, loaded words
- ``corroboration``: the story layer's lexicon
- ``loader``: :class:`Resources` and :func:`load_resources`
"""

from __future__ import annotations

from .actors import ActorEntry, CountryEntry, SectorLexicon
from .corroboration import CorroborationLexicon, load_corroboration
from .events import CameoCode, EventLexicon, Trigger
from .files import DATA, DataError
from .lexicons import (
    AttributionLexicon,
    CorefLexicon,
    Description,
    FlagEntry,
    Place,
    QuantityLexicon,
    StatusLexicon,
)
from .loader import Resources, load_resources

__all__ = [
    "DATA",
    "ActorEntry",
    "AttributionLexicon",
    "CameoCode",
    "CorefLexicon",
    "CorroborationLexicon",
    "CountryEntry",
    "DataError",
    "Description",
    "EventLexicon",
    "FlagEntry",
    "Place",
    "QuantityLexicon",
    "Resources",
    "SectorLexicon",
    "StatusLexicon",
    "Trigger",
    "load_corroboration",
    "load_resources",
]
