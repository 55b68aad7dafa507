"""Load and validate the package data files (actor dictionaries, lexicons, ontology tables).

Everything is read once into a :class:`Resources` object that the pipeline passes around;
a malformed file raises :class:`DataError` naming the file and the entry.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from .ontology import ACTOR_KINDS, PLOVER_TYPES, STATUSES

DATA = Path(str(importlib_resources.files("newsledger") / "data"))
FRAMES = ("transitive", "symmetric", "nominal", "copular", "attend")
OBJECT_KINDS = ("target", "theme", "owned")


class DataError(ValueError):
    """A package data file that does not match its schema."""


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    cameo_code: str | None
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    source: str | None = None
    office: str | None = None
    since: str | None = None


@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    metonyms: tuple[str, ...]
    epithets: tuple[str, ...]
    alpha2: str


@dataclass(frozen=True)
class Trigger:
    id: str
    lemma: str
    pos: str
    type: str
    cameo: str
    frame: str
    mode: str | None = None
    target_preps: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    exclude_objects: tuple[str, ...] = ()
    particle: str | None = None
    prep: str | None = None
    object: str = "target"  # target | theme (the object is what is sent, not who receives)
    modifiers: tuple[str, ...] = ()  # fires only with one of these amod/compound lemmas
    heads: tuple[str, ...] = ()  # fires only under one of these head words ("on strike")


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    goldstein: float


@dataclass
class Resources:
    """All package data, validated. Built by :func:`load_resources`."""

    people: dict[str, ActorEntry]
    organizations: dict[str, ActorEntry]
    countries: dict[str, CountryEntry]
    triggers: dict[tuple[str, str], list[Trigger]]
    cameo: dict[str, CameoCode]
    plover: dict[str, dict[str, str]]
    status: dict[str, Any]
    attribution: dict[str, Any]
    hedges: list[dict[str, str]]
    loaded: list[dict[str, str]]
    opinion_cues: list[str]
    sector_nouns: dict[str, str]
    sector_labels: dict[str, str]
    member_nouns: frozenset[str]
    titles: dict[str, str]
    coref: dict[str, Any]
    places: list[dict[str, Any]]
    quantities: dict[str, Any]
    light_verbs: frozenset[str] = frozenset()
    object_control: frozenset[str] = frozenset()
    mutual_types: frozenset[str] = frozenset()
    mutual_modes: frozenset[str] = frozenset()
    mode_sectors: dict[str, str] = field(default_factory=dict)
    visit_cameo: frozenset[str] = frozenset()
    place_recipient_types: frozenset[str] = frozenset()
    place_target_types: frozenset[str] = frozenset()
    theme_nouns: frozenset[str] = frozenset()
    alpha2_to_3: dict[str, str] = field(default_factory=dict)

    def entry(self, actor_id: str) -> ActorEntry | None:
        return self.people.get(actor_id) or self.organizations.get(actor_id)

    def cameo_info(self, code: str) -> CameoCode | None:
        """The CAMEO code's name, quad class and Goldstein value (the root's value)."""
        exact = self.cameo.get(code)
        root = self.cameo.get(code[:2])
        if exact is None and root is None:
            return None
        base = exact or root
        assert base is not None and root is not None
        return CameoCode(code, base.name, root.quad_class, root.goldstein)


def load_yaml(relpath: str) -> dict[str, Any]:
    """A versioned data file of the package, checked to be a mapping with `version: 1`."""
    path = DATA / relpath
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{relpath}: cannot load ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataError(f"{relpath}: expected a mapping with 'version: 1'")
    return data


def _need(entry: dict[str, Any], keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in entry]
    if missing:
        raise DataError(f"{where}: missing {', '.join(missing)}")


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: expected a list of strings")
    return tuple(value)


def _load_actor_entries(relpath: str, key: str, kind: str | None) -> dict[str, ActorEntry]:
    entries: dict[str, ActorEntry] = {}
    for i, raw in enumerate(load_yaml(relpath).get(key) or []):
        where = f"{relpath} entry {i} ({raw.get('id', '?') if isinstance(raw, dict) else raw})"
        if not isinstance(raw, dict):
            raise DataError(f"{where}: not a mapping")
        _need(raw, ("id", "name", "country", "sector", "source"), where)
        entry_kind = kind or raw.get("kind")
        if entry_kind not in ACTOR_KINDS:
            raise DataError(f"{where}: kind must be one of {ACTOR_KINDS}")
        if raw["id"] in entries:
            raise DataError(f"{where}: duplicate id")
        country, sector = raw.get("country"), raw.get("sector")
        code = raw.get("cameo_code") or f"{country or ''}{sector or ''}" or None
        since = raw.get("since")
        entries[raw["id"]] = ActorEntry(
            id=str(raw["id"]),
            name=str(raw["name"]),
            kind=entry_kind,
            country=country,
            sector=sector,
            cameo_code=code,
            aliases=_strs(raw.get("aliases"), where),
            descriptions=_strs(raw.get("descriptions"), where),
            titles=_strs(raw.get("titles"), where),
            source=raw.get("source"),
            office=raw.get("office"),
            since=str(since) if since is not None else None,
        )
    return entries


def _load_countries() -> tuple[dict[str, CountryEntry], dict[str, str]]:
    import pycountry

    extra = load_yaml("actors/countries.yaml")["countries"]
    countries: dict[str, CountryEntry] = {}
    alpha2: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        more = extra.get(code) or {}
        where = f"actors/countries.yaml {code}"
        aliases = _strs(more.get("aliases"), where)
        official = [getattr(country, "common_name", None), country.name]
        names = tuple(dict.fromkeys(n for n in (*aliases, *official) if n and "," not in n))
        countries[code] = CountryEntry(
            code=code,
            name=(aliases[0] if aliases else official[0] or country.name),
            names=names,
            demonyms=_strs(more.get("demonyms"), where),
            capital=more.get("capital"),
            metonyms=_strs(more.get("metonyms"), where),
            epithets=_strs(more.get("epithets"), where),
            alpha2=country.alpha_2,
        )
        alpha2[country.alpha_2] = code
    return countries, alpha2


def _load_triggers(data: dict[str, Any]) -> dict[tuple[str, str], list[Trigger]]:
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    seen: set[str] = set()
    for raw in data["triggers"]:
        where = f"lexicons/events.yaml {raw.get('id', '?')}"
        _need(raw, ("id", "lemma", "pos", "type", "cameo", "frame"), where)
        if raw["type"] not in PLOVER_TYPES:
            raise DataError(f"{where}: unknown PLOVER type {raw['type']!r}")
        if raw["frame"] not in FRAMES:
            raise DataError(f"{where}: unknown frame {raw['frame']!r}")
        if raw.get("object", "target") not in OBJECT_KINDS:
            raise DataError(f"{where}: unknown object kind {raw['object']!r}")
        if raw["id"] in seen:
            raise DataError(f"{where}: duplicate id")
        seen.add(raw["id"])
        trig = Trigger(
            id=raw["id"],
            lemma=raw["lemma"],
            pos=raw["pos"],
            type=raw["type"],
            cameo=str(raw["cameo"]),
            frame=raw["frame"],
            mode=raw.get("mode"),
            target_preps=_strs(raw.get("target_preps"), where),
            objects=_strs(raw.get("objects"), where),
            exclude_objects=_strs(raw.get("exclude_objects"), where),
            particle=raw.get("particle"),
            prep=raw.get("prep"),
            object=raw.get("object", "target"),
            modifiers=_strs(raw.get("modifiers"), where),
            heads=_strs(raw.get("heads"), where),
        )
        triggers.setdefault((trig.lemma, trig.pos), []).append(trig)
    return triggers


def _load_cameo() -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    with open(DATA / "ontology" / "cameo.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            root = codes.get(row["code"][:2])
            goldstein = float(row["goldstein"]) if row["goldstein"] else None
            if goldstein is None:
                if root is None:
                    raise DataError(f"ontology/cameo.csv {row['code']}: root listed after code")
                goldstein = root.goldstein
            codes[row["code"]] = CameoCode(
                row["code"], row["name"], int(row["quad_class"]), goldstein
            )
    return codes


def _load_plover() -> dict[str, dict[str, str]]:
    with open(DATA / "ontology" / "plover.csv", encoding="utf-8") as fh:
        rows = {row["type"]: row for row in csv.DictReader(fh)}
    if set(rows) != set(PLOVER_TYPES):
        raise DataError("ontology/plover.csv: must list exactly the 16 PLOVER types")
    return rows


def load_resources() -> Resources:
    """Read and validate every data file in the package."""
    countries, alpha2 = _load_countries()
    sectors = load_yaml("lexicons/sectors.yaml")
    sector_nouns = {
        noun: sector for sector, nouns in sectors["sectors"].items() for noun in nouns
    }
    titles_data = load_yaml("lexicons/titles.yaml")["titles"]
    titles = {title: sector for sector, ts in titles_data.items() for title in ts}
    loaded = load_yaml("lexicons/loaded.yaml")
    events = load_yaml("lexicons/events.yaml")
    res = Resources(
        people=_load_actor_entries("actors/people.yaml", "people", "person"),
        organizations=_load_actor_entries("actors/organizations.yaml", "organizations", None),
        countries=countries,
        triggers=_load_triggers(events),
        cameo=_load_cameo(),
        plover=_load_plover(),
        status=load_yaml("lexicons/status.yaml"),
        attribution=load_yaml("lexicons/attribution.yaml"),
        hedges=load_yaml("lexicons/hedges.yaml")["hedges"],
        loaded=loaded["loaded"],
        opinion_cues=list(loaded.get("opinion_cues") or []),
        sector_nouns=sector_nouns,
        sector_labels=dict(sectors["labels"]),
        member_nouns=frozenset(sectors["members"]),
        titles=titles,
        coref=load_yaml("lexicons/coref.yaml"),
        places=load_yaml("lexicons/places.yaml")["places"],
        quantities=load_yaml("lexicons/quantities.yaml"),
        alpha2_to_3=alpha2,
        light_verbs=frozenset(events["light_verbs"]),
        object_control=frozenset(events["object_control"]),
        mutual_types=frozenset(events["mutual_types"]),
        mutual_modes=frozenset(events["mutual_modes"]),
        mode_sectors=dict(events["mode_sectors"]),
        visit_cameo=frozenset(events["visit_cameo"]),
        place_recipient_types=frozenset(events["place_recipient_types"]),
        place_target_types=frozenset(events["place_target_types"]),
    )
    res.theme_nouns = frozenset(
        lemma for lemmas in res.quantities["units"].values() for lemma in lemmas)
    for trig_list in res.triggers.values():
        for trig in trig_list:
            if res.cameo_info(trig.cameo) is None:
                raise DataError(f"lexicons/events.yaml {trig.id}: unknown CAMEO code {trig.cameo}")
    unknown = (res.mutual_types | res.place_recipient_types | res.place_target_types) - set(
        PLOVER_TYPES)
    if unknown:
        raise DataError(f"lexicons/events.yaml: unknown PLOVER types {sorted(unknown)}")
    for code in res.visit_cameo:
        if res.cameo_info(code) is None:
            raise DataError(f"lexicons/events.yaml visit_cameo: unknown CAMEO code {code}")
    return res


@dataclass(frozen=True)
class CorroborationLexicon:
    """lexicons/corroboration.yaml, checked: how reports of one happening are recognised
    across articles and how sources are judged independent (docs/schema.md, "stories")."""

    window: dt.timedelta  # days either side of a report's date
    related: frozenset[frozenset[str]]  # PLOVER type pairs that may report one happening
    min_similarity: float  # TF-IDF cosine needed when the dyads are only compatible
    tolerance: float  # share of the larger quantity within which two quantities agree
    status_group: dict[str, str]  # event status -> the group it says the same as
    denial_statuses: frozenset[str]
    cues: tuple[str, ...]  # lower-cased words that make an article cite an outlet
    stopwords: frozenset[str]
    mutual: frozenset[str]  # PLOVER types whose dyad order does not matter (events.yaml)


def load_corroboration() -> CorroborationLexicon:
    """Read lexicons/corroboration.yaml (and events.yaml's mutual types); a missing or
    malformed entry raises :class:`DataError` naming the file and the entry."""
    rel = "lexicons/corroboration.yaml"
    data = load_yaml(rel)
    _need(data, ("window_days", "related_types", "min_text_similarity", "quantity_tolerance",
                 "status_groups", "denial_statuses", "citation_cues", "stopwords"), rel)
    try:
        window = dt.timedelta(days=int(data["window_days"]))
        related = frozenset(frozenset(_strs(pair, f"{rel} related_types"))
                            for pair in data["related_types"])
        min_similarity = float(data["min_text_similarity"])
        tolerance = float(data["quantity_tolerance"])
    except (TypeError, ValueError) as exc:
        raise DataError(f"{rel}: {exc}") from None
    for pair in related:
        if len(pair) != 2 or not pair <= set(PLOVER_TYPES):
            raise DataError(f"{rel} related_types {sorted(pair)}: expected two PLOVER types")
    groups = data["status_groups"]
    if not isinstance(groups, dict):
        raise DataError(f"{rel} status_groups: expected a mapping")
    status_group = {s: str(g) for g, members in groups.items()
                    for s in _strs(members, f"{rel} status_groups {g}")}
    denial = frozenset(_strs(data["denial_statuses"], f"{rel} denial_statuses"))
    unknown = (set(status_group) | denial) - set(STATUSES)
    if unknown:
        raise DataError(f"{rel}: unknown statuses {sorted(unknown)}")
    events = load_yaml("lexicons/events.yaml")
    _need(events, ("mutual_types",), "lexicons/events.yaml")
    return CorroborationLexicon(
        window=window, related=related, min_similarity=min_similarity, tolerance=tolerance,
        status_group=status_group, denial_statuses=denial,
        cues=tuple(c.lower() for c in _strs(data["citation_cues"], f"{rel} citation_cues")),
        stopwords=frozenset(_strs(data["stopwords"], f"{rel} stopwords")),
        mutual=frozenset(_strs(events["mutual_types"], "lexicons/events.yaml mutual_types")),
    )
