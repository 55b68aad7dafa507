"""Checked filter values: the one events filter shared by the query, the CLI, the API and
the pages, and the helpers that turn user input into dates and choices.

Every check raises :class:`QueryError` with a message naming the option and the value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from ..ontology import PLOVER_TYPES, STATUSES

ORDERS = ("date", "significance")


class QueryError(ValueError):
    """A filter value that cannot be right (an unknown type, a bad date…)."""


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
    (case-insensitive); ``order``: ``date`` (newest first) or ``significance`` (largest
    absolute Goldstein value first). Bad values raise :class:`QueryError` on construction.
    """

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    order: str = "date"

    def __post_init__(self) -> None:
        for name in ("actor", "country", "type", "status", "since", "until", "outlet"):
            if getattr(self, name) == "":
                object.__setattr__(self, name, None)
        if self.country:
            object.__setattr__(self, "country", self.country.upper())
        object.__setattr__(self, "type", as_choice(self.type, PLOVER_TYPES, "type"))
        object.__setattr__(self, "status", as_choice(self.status, STATUSES, "status"))
        as_date(self.since, "--since")
        as_date(self.until, "--until")
        if self.order not in ORDERS:
            raise QueryError(f"order {self.order!r} is not date or significance")

    @property
    def since_date(self) -> dt.date | None:
        return as_date(self.since, "--since")

    @property
    def until_date(self) -> dt.date | None:
        return as_date(self.until, "--until")

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
