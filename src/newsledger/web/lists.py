"""The list pages: ``/articles``, ``/actors`` and ``/claims`` (the events and stories pages
are in ``pages.py`` and use :class:`Listing` too). Each has a filter form, column headers
that sort on the server (links), and Previous/Next links that page with ``offset``; the
filters are the API's (``list_params``), checked by the store (a bad one: the error page,
400). A page asks for one row more than it shows, to know whether there is a next page,
so it costs one query, never a second count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from ..render.html import http_url
from ..store.claims_query import CLAIM_SORTS
from ..store.filters import Sorts
from ..store.lists import ACTOR_KINDS, ACTOR_SORTS, ARTICLE_SORTS
from . import list_params as lp
from .access import QueryError, q
from .context import Ctx
from .tables import records

router = APIRouter(include_in_schema=False)
PAGE = 50  # rows per page unless ``limit`` says otherwise
PageSize = Annotated[int, Query(ge=1, le=lp.LIST_MAX)]
YES_NO = {"": None, "true": True, "false": False}  # a yes/no filter's form values ("" any)
Flag = Annotated[str | None, Query()]


def yes_no(value: str | None, name: str) -> bool | None:
    """A form's yes/no filter (``true``, ``false``, empty: either) as the API's bool."""
    key = (value or "").strip().lower()
    if key not in YES_NO:
        raise QueryError(f"{name} must be true or false, not {value!r}")
    return YES_NO[key]


@dataclass
class Listing:
    """What a list page shows besides its rows: the filters that are set (kept by every
    link), the sort, and where the page is (``offset``, ``limit``, rows ``shown``,
    whether there are ``more``)."""

    path: str
    filters: dict[str, Any]
    sort: str
    sorts: Sorts
    limit: int
    offset: int
    page_size: int = PAGE  # the page's default limit (left out of its links)
    shown: int = 0
    more: bool = False

    def url(self, offset: int | None = None, sort: str | None = None) -> str:
        """This list with the same filters, at ``offset`` (0 when the sort changes)."""
        sort = sort or self.sort
        params = {k: v for k, v in self.filters.items() if v not in (None, "", False)}
        if sort != self.sorts.default:
            params["sort"] = sort
        if self.limit != self.page_size:
            params["limit"] = self.limit
        offset = self.offset if offset is None else offset
        if offset:
            params["offset"] = offset
        return self.path + ("?" + urlencode(params) if params else "")

    def sort_url(self, key: str) -> str:
        """A column header's link: its natural order, or reversed when it is the order."""
        return self.url(offset=0, sort=f"-{key}" if self.sort == key else key)

    def arrow(self, key: str) -> str:
        """▼ (largest, newest or Z first) or ▲ on the column the list is sorted by."""
        if self.sort.lstrip("-") != key:
            return ""
        return "▼" if self.sorts.descending(self.sort) else "▲"

    @property
    def previous(self) -> str | None:
        return self.url(offset=max(0, self.offset - self.limit)) if self.offset else None

    @property
    def next(self) -> str | None:
        return self.url(offset=self.offset + self.limit) if self.more else None

    def take(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The page's rows from ``limit + 1`` fetched: notes whether there are more."""
        self.more = len(rows) > self.limit
        rows = rows[: self.limit]
        self.shown = len(rows)
        return rows


@router.get("/articles", response_class=HTMLResponse)
def articles_page(ctx: Ctx, outlet: lp.Outlet = None, since: lp.Since = None,
                  until: lp.Until = None, q_: lp.Text = None, sort: lp.ArticleSort = "date",
                  limit: PageSize = PAGE, offset: lp.Offset = 0) -> str:
    """Every stored article: date, title (its page), outlet, URL, event and claim counts."""
    listing = Listing("/articles", {"outlet": outlet, "since": since, "until": until,
                                    "q": q_}, sort or "date", ARTICLE_SORTS, limit, offset)
    with ctx.access.read() as ledger:
        rows = listing.take(records(q.articles(ledger, outlet=outlet, since=since,
                                               until=until, q=q_, sort=sort,
                                               limit=limit + 1, offset=offset)))
    for row in rows:  # a link only for http(s), as on the article page
        row["link"] = http_url(row["url"])
    return ctx.page("articles.html", title="Articles", rows=rows, listing=listing)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(ctx: Ctx, country: lp.Country = None, kind: lp.Kind = None,
                q_: lp.Text = None, sort: lp.ActorSort = "mentions", limit: PageSize = PAGE,
                offset: lp.Offset = 0) -> str:
    """Every actor: name (its page), code, kind, country, mentions and events."""
    listing = Listing("/actors", {"country": country, "kind": kind, "q": q_},
                      sort or "mentions", ACTOR_SORTS, limit, offset)
    with ctx.access.read() as ledger:
        rows = listing.take(records(q.actor_list(ledger, country=country, kind=kind, q=q_,
                                                 sort=sort, limit=limit + 1,
                                                 offset=offset)))
    return ctx.page("actors.html", title="Actors", rows=rows, listing=listing,
                    kinds=ACTOR_KINDS)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(ctx: Ctx, grade: lp.Grade = None, status: lp.StoryStatus = None,
                outlet: lp.Outlet = None, actor: lp.Actor = None, type: lp.PloverType = None,
                since: lp.Since = None, until: lp.Until = None, q_: lp.Text = None,
                hedged: Flag = None, loaded: Flag = None, sort: lp.ClaimSort = "date",
                limit: PageSize = PAGE, offset: lp.Offset = 0) -> str:
    """Every claim: grade and why, the rules that made it (``why``), attribution, status,
    text and a link to its sentence; ``hedged`` and ``loaded`` as in /api/claims."""
    filters = {"grade": grade, "status": status, "outlet": outlet, "actor": actor,
               "type": type, "since": since, "until": until, "q": q_,
               "hedged": (hedged or "").strip().lower(), "loaded": (loaded or "").strip().lower()}
    listing = Listing("/claims", filters, sort or "date", CLAIM_SORTS, limit, offset)
    with ctx.access.read() as ledger:
        rows = listing.take(records(q.claims(
            ledger, grade=grade or None, status=status or None, outlet=outlet,
            actor=actor or None, type=type or None, since=since, until=until, q=q_,
            hedged=yes_no(hedged, "hedged"), loaded=yes_no(loaded, "loaded"), sort=sort,
            limit=limit + 1, offset=offset)))
    return ctx.page("claims.html", title="Claims", rows=rows, listing=listing)
