"""What an ``actor`` filter value stands for, shared by every list (events, claims,
stories): :func:`resolve_actor` reads a value exactly, :func:`match_actor` also says what
to do when it is not exact, and :func:`actor_clause` turns the match into SQL.

Every value from a user goes in as a query parameter, never into the SQL text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .connection import Ledger
from .filters import QueryError

CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
CANDIDATES = 5  # how many near matches an ambiguous actor value names


@dataclass
class ActorMatch:
    """What an --actor value stands for: actor ids, codes, or whole countries."""

    ids: set[str]
    codes: set[str]
    countries: set[str]
    prefixes: set[str]

    def __bool__(self) -> bool:
        return bool(self.ids or self.codes or self.countries or self.prefixes)


def _actor_rows(ledger: Ledger) -> list[tuple[Any, ...]]:
    return ledger.con.execute(
        "SELECT actor_id, name, kind, country, cameo_code, aliases FROM actors "
        "ORDER BY actor_id").fetchall()


def _names(name: str | None, aliases: str | None) -> set[str]:
    """An actor's name and aliases, lower-cased."""
    names = {(name or "").lower()}
    names.update(a.lower() for a in json.loads(aliases or "[]"))
    return names


def resolve_actor(ledger: Ledger, value: str,
                  rows: list[tuple[Any, ...]] | None = None) -> ActorMatch:
    """Names and aliases match case-insensitively ("Pakistan Army", "pakistani army"), an
    id as it is written ("pak-army"); a code (capitals: "PAK", "PAKMIL") matches itself
    and longer codes ("PAK" = every Pakistani actor). A country matches every actor of
    that country. An empty match when nothing is exact (see :func:`match_actor`)."""
    match = ActorMatch(set(), set(), set(), set())
    exact = value.strip()
    wanted = exact.lower()
    if CODE.match(exact):
        match.prefixes.add(exact)
    for actor_id, name, kind, country, code, aliases in rows or _actor_rows(ledger):
        if actor_id != exact and wanted not in _names(name, aliases):
            continue
        if kind == "country" and country:
            match.countries.add(country)
        else:
            match.ids.add(actor_id)
            if code:
                match.codes.add(code)
    return match


def match_actor(ledger: Ledger, value: str) -> ActorMatch:
    """The actors an ``actor`` filter value stands for, never a silent mix: an exact id,
    name, alias or code (see :func:`resolve_actor`) wins; otherwise the value is looked
    for inside names, aliases and ids, and :class:`QueryError` names up to
    ``CANDIDATES`` of the actors it could mean ("no actor is called 'Pak', which could be
    any of 12: Pakistan (PAK), …"),
    or says that no actor matches it. One query to the actors table."""
    rows = _actor_rows(ledger)
    match = resolve_actor(ledger, value, rows)
    code = value.strip()
    if match.prefixes and not any((r[4] or "").startswith(code) for r in rows):
        match.prefixes.clear()  # a code-shaped value no actor's code starts with
    if match:
        return match
    wanted = value.strip().lower()
    found = [(r[1] or r[0], r[0]) for r in rows
             if wanted and (wanted in r[0].lower() or wanted in (r[4] or "").lower()
                            or any(wanted in n for n in _names(r[1], r[5])))]
    if not found:
        raise QueryError(f"no actor matches {value!r}")
    named = ", ".join(f"{name} ({actor_id})" for name, actor_id in found[:CANDIDATES])
    more = ", …" if len(found) > CANDIDATES else ""
    raise QueryError(f"no actor is called {value!r}, which could be any of {len(found)}: "
                     f"{named}{more}; give one name, alias, id or code exactly")


EVENT_SIDES = (("source_actor", "source_code", "source_country"),
               ("target_actor", "target_code", "target_country"))
Side = tuple[str, str, str]  # SQL for an actor's id, its CAMEO code and its country


def actor_clause(match: ActorMatch, params: list[Any],
                 sides: tuple[Side, ...] = EVENT_SIDES) -> str:
    """SQL true for a row any of whose ``sides`` (by default an events table's source_
    and target_ actor, code and country columns) is an actor in ``match``: one of its
    ids, codes or countries, or a code starting with one of its prefixes (PAK: PAKGOV);
    appends its values to ``params``."""
    parts = []
    for values, column in ((match.ids, 0), (match.codes, 1), (match.countries, 2)):
        if values:
            marks = ", ".join("?" for _ in values)
            parts.append(" OR ".join(f"{side[column]} IN ({marks})" for side in sides))
            params.extend(sorted(values) * len(sides))
    for prefix in sorted(match.prefixes):
        parts.append(" OR ".join(f"starts_with({side[1]}, ?)" for side in sides))
        params.extend([prefix] * len(sides))
    return "(" + " OR ".join(parts) + ")"
