"""Full-text search in the web: ``/api/search`` (JSON) and the ``/search`` page, over the
index beside the ledger (``newsledger.search``). A hit links to the sentence it matched:
``/articles/{doc_id}#s{n}`` for an article or a claim, ``/actors/{actor_id}`` for an
actor. Snippets are plain text with the matches as offsets; the page marks them with
``<mark>`` around autoescaped text."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ..search import KINDS, MAX_OFFSET, MAX_QUERY, Hit, IndexBusy, Results, SearchError, search
from .access import LedgerBusy, QueryError
from .api import ErrorBody
from .context import Ctx

log = logging.getLogger("newsledger.web")
router = APIRouter()
PAGE_HITS = 20
SYNTAX = ('All words must match; "a phrase" matches words in order; word* any ending; '
          "a OR b either. Case, accents and word endings are ignored.")


class SearchHit(BaseModel):
    kind: str = Field(description="article, claim or actor.")
    key: str = Field(description="The doc_id of an article, the claim_uid "
                                 "(doc_id:claim_id) of a claim, the actor_id of an actor.")
    url: str = Field(description="The page of the hit: /articles/{doc_id}#s{n} (the "
                                 "matching sentence) or /actors/{actor_id}.")
    score: float = Field(description="bm25 relevance within its kind (bigger is better).")
    title: str | None = Field(description="The article's title; an actor's name.")
    snippet: str = Field(description="Plain text around the matches.")
    matches: list[list[int]] = Field(description="[start, end) character offsets of the "
                                                 "matched words in the snippet.")
    doc_id: str | None
    sentence: int | None = Field(description="The index of the matching sentence in its "
                                             "article (None: only the title matched).")
    outlet: str | None
    date: str | None
    grade: str | None = Field(description="A claim's sourcing grade (A–E).")
    source: str | None = Field(description="A claim's cited source.")
    actor_kind: str | None = Field(description="An actor's kind.")
    country: str | None = Field(description="An actor's country (ISO3).")
    code: str | None = Field(description="An actor's CAMEO code.")


class SearchPage(BaseModel):
    query: str
    kind: str | None
    limit: int
    offset: int
    more: bool = Field(description="Whether hits follow this page (ask with offset + "
                                   "limit).")
    items: list[SearchHit]


def hit_url(hit: Hit) -> str:
    """The page a hit links to (the evidence-link contract: ``#s{n}`` is the sentence)."""
    if hit.kind == "actor":
        return "/actors/" + quote(hit.key, safe="")
    anchor = f"#s{hit.sentence}" if hit.sentence is not None else ""
    return f"/articles/{hit.doc_id}{anchor}"


def find(ctx: Ctx, q: str, kind: str | None, limit: int, offset: int) -> Results:
    """Search the server's ledger (opened only when it changed since the index last
    looked); a bad query is a :class:`QueryError` (a 400), a busy index a
    :class:`LedgerBusy` (a 503)."""
    try:
        return search(ctx.access.path, q, kind=kind or None, limit=limit, offset=offset,
                      note=log.warning, reader=ctx.access.read)
    except IndexBusy as exc:
        raise LedgerBusy("search index", str(exc)) from None
    except SearchError as exc:
        raise QueryError(str(exc)) from None


Q = Query(..., min_length=1, max_length=MAX_QUERY, description=SYNTAX,
          examples=["troops Gaza"])
KIND = Query(None, pattern="^(" + "|".join(KINDS) + ")$",
             description="Only this kind of hit: article, claim or actor (all when absent).")


@router.get("/api/search", response_model=SearchPage, tags=["search"],
            summary="Full-text search over articles, claims and actors",
            responses={code: {"model": ErrorBody} for code in (400, 503)})
def api_search(ctx: Ctx, q: str = Q, kind: str | None = KIND,
               limit: int = Query(20, ge=1, le=1000, description="Hits on the page."),
               offset: int = Query(0, ge=0, le=MAX_OFFSET,
                                   description="Hits skipped first (the next page)."),
               ) -> dict[str, Any]:
    """Articles, claims and actors matching ``q``, best first (bm25; with every kind,
    each kind's best comes first). Each hit has a snippet with its matches as offsets and
    links to its sentence (``url``)."""
    results = find(ctx, q, kind, limit, offset)
    return {"query": q, "kind": kind, "limit": limit, "offset": offset,
            "more": results.more,
            "items": [{**h.to_dict(), "url": hit_url(h)} for h in results.hits]}


def parts(hit: Hit) -> list[tuple[str, bool]]:
    """The snippet as (text, is a match) pieces, for the template to mark and escape."""
    out, at = [], 0
    for start, end in hit.matches:
        out += [(hit.snippet[at:start], False), (hit.snippet[start:end], True)]
        at = end
    return [p for p in [*out, (hit.snippet[at:], False)] if p[0]]


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(ctx: Ctx, q: str = "", kind: str = "", offset: int = 0) -> HTMLResponse:
    """The results page; a bad query shows the page with the error (a 400)."""
    kind = kind if kind in KINDS else ""
    offset = min(max(offset, 0), MAX_OFFSET)
    context: dict[str, Any] = {"query": q, "kind": kind, "offset": offset, "kinds": KINDS,
                               "hits": [], "more": False, "error": None, "syntax": SYNTAX}
    status = 200
    if q.strip():
        try:
            results = find(ctx, q[:MAX_QUERY], kind, PAGE_HITS, offset)
            context["hits"] = [{"hit": h, "url": hit_url(h), "parts": parts(h)}
                               for h in results.hits]
            context["more"] = results.more
        except QueryError as exc:
            context["error"], status = str(exc), 400
    context["link"] = lambda **changes: "/search?" + urlencode(
        {k: v for k, v in {"q": q, "kind": kind, **changes}.items() if v})
    html = ctx.page("search.html", title=f"Search: {q}" if q else "Search",
                    search_query=q, **context)
    return HTMLResponse(html, status_code=status)
