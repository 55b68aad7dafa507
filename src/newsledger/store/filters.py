"""Checked filter values: the one events filter shared by the query, the CLI, the API and
the pages, and the helpers that turn user input into dates and choices.

Every check raises :class:`QueryError` with a message naming the option and the value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from types import MappingProxyType
from typing import Any

from ..ontology import GRADES, PLOVER_TYPES, STATUSES

MAX_TEXT = 200  # the longest ``q`` (a plain substring filter) a list takes


class QueryError(ValueError):
    """A filter value that cannot be right (an unknown type, a bad date…)."""


@dataclass(frozen=True)
class Sorts:
    """A list's fixed sort whitelist: each name stands for SQL terms ``(expression,
    descending)`` in its natural direction (dates newest first, counts and significance
    largest first, grades A first, text A–Z); ``-name`` is the other way round. Only these
    names reach the SQL text (the expressions are ours, never input). ``tiebreak`` (a
    unique column, ascending) ends every order, so that pages never overlap. ``aliases``
    are old names still accepted (alias -> name), left out of the choices."""

    terms: Mapping[str, tuple[tuple[str, bool], ...]]
    default: str
    tiebreak: str
    aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def choices(self) -> tuple[str, ...]:
        """Every accepted value: the names, then the names reversed (``-date``)."""
        return tuple(self.terms) + tuple(f"-{name}" for name in self.terms)

    def check(self, value: str | None) -> str:
        """``value`` as a sort name (the default for None or ""); QueryError otherwise."""
        if not value:
            return self.default
        name = value.strip().lower()
        bare = name.lstrip("-")
        name = name[:len(name) - len(bare)] + self.aliases.get(bare, bare)
        if name in self.choices():
            return name
        raise QueryError(f"sort {value!r} is not one of {', '.join(self.choices())}")

    def descending(self, value: str | None) -> bool:
        """Whether a sort value (checked) puts its first column largest/newest first."""
        name = self.check(value)
        return self.terms[name.lstrip("-")][0][1] != name.startswith("-")

    def sql(self, value: str | None) -> str:
        """The ORDER BY text of a sort value (checked), nulls always last."""
        name = self.check(value)
        flip = name.startswith("-")
        parts = [f"{expr} {'DESC' if desc != flip else 'ASC'} NULLS LAST"
                 for expr, desc in self.terms[name.lstrip("-")]]
        return ", ".join([*parts, self.tiebreak])


def sorts(default: str, tiebreak: str, aliases: Mapping[str, str] | None = None,
          **terms: tuple[tuple[str, bool], ...]) -> Sorts:
    return Sorts(MappingProxyType(terms), default, tiebreak,
                 MappingProxyType(dict(aliases or {})))


NEWEST, LARGEST, AZ = True, True, False  # the natural directions, for reading the tables

EVENT_SORTS = sorts(
    "date", "e.event_num",
    date=(("e.event_date", NEWEST),),
    significance=(("abs(e.goldstein)", LARGEST), ("e.quad_class", LARGEST),
                  ("e.event_date", NEWEST)),
    type=(("e.plover_type", AZ), ("e.event_date", NEWEST)),
    status=(("e.status", AZ), ("e.event_date", NEWEST)),
    grade=(("e.sourcing_grade", AZ), ("e.event_date", NEWEST)),
    outlet=(("lower(d.outlet)", AZ), ("e.event_date", NEWEST)),
    source=(("lower(coalesce(s.name, e.source_actor))", AZ), ("e.event_date", NEWEST)),
    target=(("lower(coalesce(t.name, e.target_actor))", AZ), ("e.event_date", NEWEST)))
ORDERS = EVENT_SORTS.choices()  # the events orders (the CLI's --sort choices)


def as_text(value: str | None, name: str = "q") -> str | None:
    """A plain substring filter: stripped, None when empty; QueryError when longer than
    ``MAX_TEXT`` characters."""
    if value is None or not value.strip():
        return None
    if len(value) > MAX_TEXT:
        raise QueryError(f"{name} is longer than {MAX_TEXT} characters")
    return value.strip()


def as_grade(value: str | None) -> str | None:
    """A sourcing grade A–E (either case); None or "" as None."""
    return as_choice(value.upper(), GRADES, "grade") if value else None


Condition = tuple[Any, str, list[Any]]  # (the filter's value, SQL with ?, its parameters)


def add_conditions(where: list[str], params: list[Any], *conditions: Condition) -> None:
    """Append the SQL of each condition whose value is set (not None, "" or False) to
    ``where`` and its parameters to ``params``."""
    for value, clause, args in conditions:
        if value:
            where.append(clause)
            params.extend(args)


def check_page(limit: int, offset: int) -> None:
    """QueryError for a negative ``limit`` or ``offset``."""
    if limit < 0 or offset < 0:
        raise QueryError("limit and offset must not be negative")


def as_date(value: str | None, name: str) -> dt.date | None:
    """``YYYY-MM-DD`` as a date; None or "" as None. Raises QueryError naming ``name``."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def as_choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    """``value`` spelled as in ``allowed`` (case-insensitive); None stays None."""
    if value is None:
        return None
    for option in allowed:
        if option.lower() == value.lower():
            return option
    raise QueryError(f"{name} {value!r} is not one of {', '.join(allowed)}")


@dataclass(frozen=True)
class EventFilter:
    """Which events to list and in what order; empty strings count as "no filter".

    ``actor``: a name, alias or code (see ``queries.resolve_actor``); ``country``: ISO3 of the
    source or target country; ``type``: a PLOVER type; ``status``: an event status;
    ``since``/``until``: ISO dates, inclusive; ``outlet``: the article's outlet
    (case-insensitive); ``grade``: the sourcing grade A–E; ``q``: a substring of the
    evidence sentence, trigger or location (case-insensitive); ``order``: a name of
    ``EVENT_SORTS`` (``date``: newest first, ``significance``: largest absolute Goldstein
    value first, ``type``, ``status``, ``grade``, ``outlet``, ``source``, ``target``;
    ``-name`` reversed). Bad values raise :class:`QueryError` on construction.
    """

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    order: str = "date"
    grade: str | None = None
    q: str | None = None

    def __post_init__(self) -> None:
        for name in ("actor", "country", "type", "status", "since", "until", "outlet",
                     "grade", "q"):
            if getattr(self, name) == "":
                object.__setattr__(self, name, None)
        if self.country:
            object.__setattr__(self, "country", self.country.upper())
        object.__setattr__(self, "type", as_choice(self.type, PLOVER_TYPES, "type"))
        object.__setattr__(self, "status", as_choice(self.status, STATUSES, "status"))
        object.__setattr__(self, "grade", as_grade(self.grade))
        object.__setattr__(self, "q", as_text(self.q))
        as_date(self.since, "since")
        as_date(self.until, "until")
        object.__setattr__(self, "order", EVENT_SORTS.check(self.order))

    @property
    def since_date(self) -> dt.date | None:
        return as_date(self.since, "since")

    @property
    def until_date(self) -> dt.date | None:
        return as_date(self.until, "until")

    def params(self) -> dict[str, str]:
        """The filters that are set, as query-string parameters (``order`` as ``sort``)."""
        out = {k: v for k, v in asdict(self).items() if v and k != "order"}
        out["sort"] = self.order
        return out

    @classmethod
    def of(cls, **values: Any) -> EventFilter:
        """From keyword values as the CLI and web receive them (``sort`` = ``order``)."""
        if "sort" in values:
            values["order"] = values.pop("sort") or "date"
        return cls(**values)
