"""Actor data: the people and organisation dictionaries, countries (pycountry plus
actors/countries.yaml), the sector nouns of lexicons/sectors.yaml and the titles of
lexicons/titles.yaml."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ontology import ACTOR_KINDS
from .files import DataError, entry_at, known, load_yaml, mapping, need, strs, text

ENTRY_FIELDS = ("id", "name", "kind", "country", "sector", "cameo_code", "aliases",
                "descriptions", "titles", "source", "office", "since", "until", "earlier",
                "surname")
COUNTRY_FIELDS = ("aliases", "demonyms", "capital", "metonyms", "epithets")


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
    until: str | None = None  # the end of the office's term, when it has ended
    earlier: tuple[Term, ...] = ()  # earlier terms of office
    surname: str | None = None  # the family name when it is not the last word ("Xi")

    def terms(self) -> tuple[Term, ...]:
        """Every term of office, the entry's own (``office``, ``since``, ``until``) first."""
        own = (Term(self.office, self.since, self.until),) if self.office and self.since else ()
        return own + self.earlier


@dataclass(frozen=True)
class Term:
    """A term of office: ISO dates, ``until`` None while it lasts."""

    office: str
    since: str
    until: str | None = None

    def covers(self, day: str) -> bool:
        return self.since <= day and (self.until is None or day < self.until)


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
class SectorLexicon:
    """lexicons/sectors.yaml and lexicons/titles.yaml: the words that name a country's
    sector ("troops" -> MIL) and the titles before a name ("Field Marshal" -> MIL)."""

    nouns: dict[str, str]  # noun lemma -> sector code
    labels: dict[str, str]  # sector code -> how a derived actor is named ("military")
    members: frozenset[str]  # nouns for parts of an actor ("officials", "echelons")
    titles: dict[str, str]  # title -> sector code
    # sector noun -> the words before it that make it a side, not the sector ("all parties")
    sides: dict[str, frozenset[str]] = field(default_factory=dict)
    local: frozenset[str] = frozenset()  # sectors "in" a country belong to it ("police in X")
    # sectors whose bare organization name is the scene's body ("Congress" -> USALEG)
    scene_bodies: frozenset[str] = frozenset()
    stateless: frozenset[str] = frozenset()  # "social media": the scene does not place it
    # words that make a longer name a country's own body ("the Supreme Court of Appeals")
    state_body_words: frozenset[str] = frozenset()
    # towns whose court is an international one ("The Hague court": the ICJ or the ICC)
    court_seats: frozenset[str] = frozenset()
    # ships and airliners: their country is their flag's or owner's, never their scene's
    vessels: frozenset[str] = frozenset()
    kin: frozenset[str] = frozenset()  # "the son of Libya's leader": family, not the leader


def only_fields(entry: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    known(entry, allowed, "field", where)


def load_actor_entries(relpath: str, key: str, kind: str | None,
                       data: Path | None = None) -> dict[str, ActorEntry]:
    entries: dict[str, ActorEntry] = {}
    raws = load_yaml(relpath, data).get(key) or []
    if not isinstance(raws, list):
        raise DataError(f"{relpath} {key}: expected a list of entries")
    for i, raw in enumerate(raws):
        where = entry_at(relpath, i, raw, "id")
        if not isinstance(raw, dict):
            raise DataError(f"{where}: not a mapping")
        need(raw, ("id", "name", "country", "sector", "source"), where)
        only_fields(raw, ENTRY_FIELDS, where)
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
            aliases=strs(raw.get("aliases"), where),
            descriptions=strs(raw.get("descriptions"), where),
            titles=strs(raw.get("titles"), where),
            source=raw.get("source"),
            office=raw.get("office"),
            since=str(since) if since is not None else None,
            until=_day(raw.get("until"), where),
            earlier=tuple(_term(t, f"{where} earlier {k}")
                          for k, t in enumerate(raw.get("earlier") or [])),
            surname=_surname(raw.get("surname"), str(raw["name"]), where),
        )
    return entries


def _surname(value: Any, name: str, where: str) -> str | None:
    """A family name given apart must be one of the name's words ("Xi" of "Xi Jinping")."""
    if value is None:
        return None
    if str(value) not in name.split():
        raise DataError(f"{where}: surname {value!r} is not a word of the name {name!r}")
    return str(value)


def _day(value: Any, where: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise DataError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _term(raw: Any, where: str) -> Term:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: not a mapping")
    need(raw, ("office", "since", "until"), where)
    only_fields(raw, ("office", "since", "until"), where)
    since, until = _day(raw["since"], where), _day(raw["until"], where)
    assert since is not None
    return Term(str(raw["office"]), since, until)


def load_countries(data: Path | None = None) -> tuple[dict[str, CountryEntry], dict[str, str]]:
    """Every pycountry country with the names news writes for it; and alpha-2 -> alpha-3."""
    import pycountry

    rel = "actors/countries.yaml"
    raw = load_yaml(rel, data)
    need(raw, ("countries",), rel)
    extra = mapping(raw["countries"], f"{rel} countries")
    known(extra, (c.alpha_3 for c in pycountry.countries), "ISO 3166-1 alpha-3 code", rel)
    countries: dict[str, CountryEntry] = {}
    alpha2: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        where = f"{rel} {code}"
        more = mapping(extra.get(code), where)
        only_fields(more, COUNTRY_FIELDS, where)
        aliases = strs(more.get("aliases"), where)
        official = [getattr(country, "common_name", None), country.name]
        names = tuple(dict.fromkeys(n for n in (*aliases, *official) if n and "," not in n))
        countries[code] = CountryEntry(
            code=code,
            name=(aliases[0] if aliases else official[0] or country.name),
            names=names,
            demonyms=strs(more.get("demonyms"), where),
            capital=text(more.get("capital"), f"{where} capital", optional=True),
            metonyms=strs(more.get("metonyms"), where),
            epithets=strs(more.get("epithets"), where),
            alpha2=country.alpha_2,
        )
        alpha2[country.alpha_2] = code
    return countries, alpha2


def load_sectors(data: Path | None = None) -> SectorLexicon:
    rel = "lexicons/sectors.yaml"
    raw = load_yaml(rel, data)
    need(raw, ("sectors", "labels", "members"), rel)
    labels = mapping(raw["labels"], f"{rel} labels")
    for code, label in labels.items():
        text(label, f"{rel} labels {code}")
    sectors = mapping(raw["sectors"], f"{rel} sectors")
    known(sectors, labels, "sector (not in labels)", f"{rel} sectors")
    nouns = {noun: sector for sector, words in sectors.items()
             for noun in strs(words, f"{rel} sectors {sector}")}
    sides = mapping(raw.get("sides") or {}, f"{rel} sides")
    known(sides, nouns, "sector noun", f"{rel} sides")
    for key in ("local", "scene_bodies"):
        known(strs(raw.get(key) or [], f"{rel} {key}"), labels, "sector", f"{rel} {key}")
    titles_rel = "lexicons/titles.yaml"
    titles_raw = load_yaml(titles_rel, data)
    need(titles_raw, ("titles",), titles_rel)
    by_sector = mapping(titles_raw["titles"], f"{titles_rel} titles")
    known(by_sector, labels, f"sector (not in {rel} labels)", f"{titles_rel} titles")
    titles = {title: sector for sector, words in by_sector.items()
              for title in strs(words, f"{titles_rel} titles {sector}")}
    return SectorLexicon(nouns=nouns, labels=dict(labels),
                         members=frozenset(strs(raw["members"], f"{rel} members")),
                         titles=titles,
                         sides={noun: frozenset(strs(words, f"{rel} sides {noun}"))
                                for noun, words in sides.items()},
                         local=frozenset(strs(raw.get("local") or [], f"{rel} local")),
                         scene_bodies=frozenset(strs(raw.get("scene_bodies") or [],
                                                     f"{rel} scene_bodies")),
                         stateless=frozenset(strs(raw.get("stateless") or [],
                                                  f"{rel} stateless")),
                         state_body_words=frozenset(strs(raw.get("state_body_words") or [],
                                                         f"{rel} state_body_words")),
                         court_seats=frozenset(strs(raw.get("court_seats") or [],
                                                    f"{rel} court_seats")),
                         vessels=frozenset(strs(raw.get("vessels") or [], f"{rel} vessels")),
                         kin=frozenset(strs(raw.get("kin") or [], f"{rel} kin")))


def load_publisher_hosts(known_actor: Callable[[str], bool], data: Path | None = None
                         ) -> dict[str, str]:
    """actors/publishers.yaml: web host -> the actor id of the official body it serves
    (``known_actor`` says whether an id is one of ours)."""
    rel = "actors/publishers.yaml"
    raw = load_yaml(rel, data)
    out: dict[str, str] = {}
    for i, entry in enumerate(raw.get("hosts") or []):
        where = entry_at(rel, i, entry, "host")
        need(entry, ("host", "actor"), where)
        host, actor = str(entry["host"]).lower(), str(entry["actor"])
        if not known_actor(actor):
            raise DataError(f"{where}: unknown actor {actor!r}")
        out[host] = actor
    return out
