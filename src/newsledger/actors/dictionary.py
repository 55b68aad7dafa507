"""Canonical actors: dictionary entries, countries, country+sector actors and ad-hoc names.

Actor ids: dictionary slugs (``asim-munir``, ``pak-army``), ISO3 codes for countries
(``PAK``), CAMEO codes for a country's sector (``PAKMIL``, ``PAKGOV``) and ``x-<slug>`` for
names we could not find in the dictionaries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..model import Actor
from ..nlp import fold
from ..resources import Resources

FUZZY_MEMO = 50_000  # names remembered before the memo starts afresh (bounded memory)

SECTOR_KIND = {"MIL": "organization", "GOV": "organization", "SPY": "organization",
               "COP": "organization", "JUD": "organization", "LEG": "organization"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class ActorDictionary:
    """Looks names up in the package dictionaries and builds :class:`Actor` objects."""

    def __init__(self, res: Resources):
        self.res = res
        self.by_name: dict[str, str] = {}
        for entry in (*res.people.values(), *res.organizations.values()):
            for name in (entry.name, *entry.aliases):
                self.by_name.setdefault(self._norm(name), entry.id)
        for country in res.countries.values():
            for name in (*country.names, *country.demonyms):
                self.by_name.setdefault(self._norm(name), country.code)
        self._choices = list(self.by_name)
        # normalised name -> its fuzzy match: the same unlisted names recur across a batch,
        # and one rapidfuzz pass over every listed name costs ~0.4 ms (bench_analyze)
        self._fuzzy: dict[str, tuple[str, str] | None] = {}

    @staticmethod
    @lru_cache(maxsize=FUZZY_MEMO)
    def _norm(name: str) -> str:
        """The key a name is looked up by; remembered, as the same names recur in every
        document (three regexes and an accent fold per entity)."""
        name = re.sub(r"^(the)\s+", "", name.strip(), flags=re.IGNORECASE)
        name = re.sub(r"['’]s$", "", name)
        return re.sub(r"\s+", " ", fold(name)).lower()

    def lookup(self, name: str, fuzzy: bool = True) -> tuple[str, str] | None:
        """``(actor_id, why)`` for a name, exact first, then fuzzy (score ≥ 92)."""
        key = self._norm(name)
        if key in self.by_name:
            return self.by_name[key], "dict:normalised-name"
        if fuzzy and len(key) >= 6:
            if key not in self._fuzzy:
                if len(self._fuzzy) >= FUZZY_MEMO:
                    self._fuzzy.clear()
                match = process.extractOne(key, self._choices, scorer=fuzz.ratio,
                                           score_cutoff=92)
                self._fuzzy[key] = (self.by_name[match[0]], f"dict:fuzzy({match[1]:.0f})") \
                    if match else None
            return self._fuzzy[key]
        return None

    def country_of_gpe(self, name: str) -> str | None:
        found = self.lookup(name, fuzzy=False)
        if found and found[0] in self.res.countries:
            return found[0]
        return None

    def make(self, actor_id: str, name: str | None = None, **extra: str | None) -> Actor:
        """A fresh Actor (no mentions) for any kind of actor id."""
        res = self.res
        entry = res.entry(actor_id)
        if entry is not None:
            return Actor(
                id=entry.id, name=entry.name, kind=entry.kind, country=entry.country,
                sector=entry.sector, cameo_code=entry.cameo_code, source=entry.source,
                office=entry.office, since=entry.since, why=[f"dict:{entry.id}"],
            )
        if actor_id in res.countries:
            country = res.countries[actor_id]
            return Actor(
                id=actor_id, name=country.name, kind="country", country=actor_id, sector=None,
                cameo_code=actor_id, source="pycountry (ISO 3166-1)", why=[f"country:{actor_id}"],
            )
        code, sector = actor_id[:3], actor_id[3:]
        if code in res.countries and sector in res.sector_labels:
            label = res.sector_labels[sector]
            return Actor(
                id=actor_id, name=f"{res.countries[code].name} ({label})",
                kind=SECTOR_KIND.get(sector, "group"), country=code, sector=sector,
                cameo_code=actor_id, why=[f"country+sector:{actor_id}"],
            )
        country, sector_x = extra.get("country"), extra.get("sector")
        code_x = extra.get("cameo_code") or f"{country or ''}{sector_x or ''}" or None
        return Actor(
            id=actor_id, name=name or actor_id, kind=extra.get("kind") or "organization",
            country=country, sector=sector_x, cameo_code=code_x,
            why=[extra.get("why") or "ner:unlisted"],
        )
