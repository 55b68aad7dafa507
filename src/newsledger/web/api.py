"""The JSON API (``/api/…``): documents, events (also as CSV), actors, claims, stories,
and Analyze. Its models make the OpenAPI document exact; errors are ``{"error": …}``."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from ..ontology import grade_legend
from . import list_params as lp
from .access import q
from .context import ACTOR_ID, DOC_ID, MAX_OFFSET, STORY_ID, Ctx, EventQuery
from .tables import csv_download, plain, records

router = APIRouter()


class ErrorBody(BaseModel):
    error: str


class DocumentItem(BaseModel):
    doc_id: str
    title: str | None
    date: dt.date | None
    outlet: str | None
    url: str | None
    events: int
    claims: int


class Page(BaseModel):
    limit: int
    offset: int
    items: list[dict[str, Any]]


class DocumentPage(BaseModel):
    limit: int
    offset: int
    items: list[DocumentItem]


GRADE_LEGEND = grade_legend()


class ClaimItem(BaseModel):
    doc_id: str
    claim_id: str
    grade: str | None = Field(description=f"Sourcing grade: {GRADE_LEGEND}.")
    grade_reason: str | None = Field(description="Which rule gave the grade, in words (a "
                                     "carried-over claim: its first sentence's reason).")
    type: str | None = Field(description="direct-quote, reported-speech, according-to or "
                                         "unattributed.")
    source: str | None = Field(description="The cited source as written.")
    status: str | None = Field(description="The gravest status of the claim's stories.")
    hedged: bool
    loaded: bool
    opinion: bool
    outlet: str | None
    date: dt.date | None = Field(description="The article's date.")
    sentence: int | None = Field(description="The sentence's index in the article: its "
                                 "evidence is /articles/{doc_id}#s{sentence}.")
    text: str
    why: list[str] = Field(description="The rule ids that attributed and graded it.")


class ClaimPage(BaseModel):
    limit: int
    offset: int
    items: list[ClaimItem]


class AnalyzeIn(BaseModel):
    text: str = Field(..., description="The article text.")
    title: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD")
    outlet: str | None = None
    url: str | None = None


class AnalyzeOut(BaseModel):
    stored: bool
    doc_id: str
    analysis: dict[str, Any]


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 404, 413, 503)}
ANALYZE_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 403, 413, 500, 503)}


@dataclass
class EventRows:
    limit: int
    offset: int
    format: str


async def event_rows(limit: int = Query(100, ge=1, le=10000, description="At most this "
                                         "many rows (a CSV: up to 10,000)."),
                     offset: lp.Offset = 0,
                     format: str = Query("json", pattern="^(json|csv)$", description="json "
                                         "(a page of items) or csv (a download).")
                     ) -> EventRows:
    """/api/events's other parameters (a dependency after the filter's, so that they stay
    after the filter in the OpenAPI document)."""
    return EventRows(limit, offset, format)


@router.get("/api/documents", response_model=DocumentPage, responses=ERRORS,
            tags=["documents"])
def api_documents(ctx: Ctx, outlet: lp.Outlet = None, since: lp.Since = None,
                  until: lp.Until = None, q_: lp.Text = None,
                  sort: lp.ArticleSort = "date", limit: lp.Limit = 50, offset: lp.Offset = 0
                  ) -> dict[str, Any]:
    """Stored articles with their event and claim counts, newest first: ``{limit, offset,
    items}``; the same filter names as the other lists."""
    with ctx.access.read() as ledger:
        items = records(q.articles(ledger, outlet=outlet, since=since, until=until, q=q_,
                                   sort=sort, limit=limit, offset=offset))
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/api/documents/{doc_id}", responses=ERRORS, tags=["documents"])
def api_document(ctx: Ctx, doc_id: str = PathParam(..., pattern=DOC_ID)) -> dict[str, Any]:
    return ctx.access.lookup(q.show, doc_id)


@router.get("/api/events", response_model=Page, responses=ERRORS, tags=["events"])
def api_events(ctx: Ctx, event_filter: EventQuery,
               rows: Annotated[EventRows, Depends(event_rows)]) -> Any:
    with ctx.access.read() as ledger:
        table = q.events(ledger, event_filter(), limit=rows.limit, offset=rows.offset)
    if rows.format == "csv":
        return csv_download(table, "events.csv")
    return {"limit": rows.limit, "offset": rows.offset, "items": records(table)}


@router.get("/api/actors", response_model=Page, responses=ERRORS, tags=["actors"])
def api_actors(ctx: Ctx, country: lp.Country = None, kind: lp.Kind = None,
               q_: lp.Text = None, sort: lp.ActorSort = "mentions",
               limit: Annotated[int | None, Query(ge=1, le=lp.LIST_MAX, description="At "
                                                  "most this many rows (default 50).")]
               = None, offset: lp.Offset = 0,
               top: Annotated[int | None, Query(ge=1, le=lp.LIST_MAX, deprecated=True,
                                                description="The old name of limit (kept "
                                                "working; limit wins when both are given).")]
               = None) -> dict[str, Any]:
    """Actors with their mention and event counts, most mentioned first: ``{limit, offset,
    items}``; each item's ``events`` counts it as source or target."""
    limit = limit or top or 50
    with ctx.access.read() as ledger:
        items = records(q.actor_list(ledger, country=country, kind=kind, q=q_, sort=sort,
                                     limit=limit, offset=offset))
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/api/actors/{actor_id}", responses=ERRORS, tags=["actors"])
def api_actor(ctx: Ctx, actor_id: str = PathParam(..., pattern=ACTOR_ID),
              all_statuses: bool = Query(False, description="Timeline and counterparts "
                                         "count every event, not only those that occurred "
                                         "or are ongoing."),
              rollup: bool | None = Query(None, description="Count the actor with what "
                                          "belongs to it (a country: every actor of that "
                                          "country; a sector or organisation code: every "
                                          "actor whose code begins with it), or alone "
                                          "(false). Default: with it, when it has members."),
              limit: int = Query(50, ge=1, le=1000, description="Events in this page."),
              offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Events skipped.")
              ) -> dict[str, Any]:
    """One actor: its row, ``parents`` (its country and sector), ``members`` (what
    belongs to it, each with its event counts), ``totals`` (``self + members - between
    = rollup``), a page of ``events`` (every status, newest first) with
    ``events_total``, ``monthly`` (events per month by quad class), ``neighbours``,
    ``statements`` and ``claims_about`` (newest first, each with its ``*_total``)."""
    found = ctx.access.lookup(partial(q.actor, all_statuses=all_statuses, rollup=rollup,
                                      limit=limit, offset=offset), actor_id)
    return json.loads(json.dumps(found, default=plain))


@router.get("/api/claims", response_model=ClaimPage, responses=ERRORS, tags=["claims"],
            description=f"Claims, newest article first. Sourcing grades: {GRADE_LEGEND}.")
def api_claims(ctx: Ctx, grade: lp.Grade = None, actor: lp.Actor = None,
               hedged: Annotated[bool | None, Query(description="Only claims with (true) or "
                                                    "without (false) hedges.")] = None,
               loaded: Annotated[bool | None, Query(description="Only claims with (true) or "
                                                    "without (false) loaded language.")]
               = None, status: lp.StoryStatus = None, outlet: lp.Outlet = None,
               type: lp.PloverType = None, since: lp.Since = None, until: lp.Until = None,
               q_: lp.Text = None, sort: lp.ClaimSort = "date",
               limit: Annotated[int, Query(ge=1, le=10000, description="At most this many "
                                           "rows.")] = 100, offset: lp.Offset = 0
               ) -> dict[str, Any]:
    with ctx.access.read() as ledger:
        items = records(q.claims(ledger, grade=grade, actor=actor, hedged=hedged,
                                 loaded=loaded, status=status, limit=limit, offset=offset,
                                 outlet=outlet, type=type, since=since, until=until, q=q_,
                                 sort=sort))
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/api/stories", response_model=Page, responses=ERRORS, tags=["stories"])
def api_stories(ctx: Ctx, status: lp.StoryStatus = None, actor: lp.Actor = None,
                type: lp.PloverType = None, since: lp.Since = None, until: lp.Until = None,
                q_: lp.Text = None,
                sort: lp.StorySort = "sources", limit: Annotated[int, Query(
                    ge=1, le=lp.LIST_MAX, description="At most this many stories.")] = 100,
                offset: lp.Offset = 0) -> dict[str, Any]:
    """Stories (reports of one happening across articles) with their reports, conflicts
    and denials: ``{limit, offset, items}``; a page costs four queries however long."""
    with ctx.access.read() as ledger:
        items = q.stories(ledger, status=status, actor=actor, since=since, limit=limit,
                          offset=offset, type=type, until=until, q=q_, sort=sort)
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/api/stories/{story_id}", responses=ERRORS, tags=["stories"])
def api_story(ctx: Ctx, story_id: str = PathParam(..., pattern=STORY_ID)) -> dict[str, Any]:
    return ctx.access.lookup(q.story, story_id)


class CheckOut(BaseModel):
    document: dict[str, Any]
    claims: list[dict[str, Any]]


@router.post("/api/check", response_model=CheckOut, responses=ANALYZE_ERRORS,
             tags=["analyze"])
async def api_check(ctx: Ctx, request: Request, body: AnalyzeIn) -> dict[str, Any]:
    """Analyse a text without storing it and check each of its claims against the
    ledger's stories: ``{"document": {…}, "claims": [{"text", "grade", "verdict",
    "independent_sources", "first_report", "denials", "conflicts", "stories"}]}``. The
    verdict is contested, contradicted, corroborated, single-source, unasserted or new."""
    document = ctx.document(body.text, title=body.title, date=body.date, outlet=body.outlet,
                            url=body.url)
    analysis = await ctx.analyse(document, request)
    return await run_in_threadpool(ctx.check, analysis)


@router.get("/api/status", tags=["analyze"])
async def api_status(ctx: Ctx) -> dict[str, Any]:
    """The analyses: ``{limit, running, seconds, workers, load_seconds}``: how many may
    run at once, how many run now, the time limit of each, the worker processes started
    and the longest a worker took to load the model."""
    return {"analyses": ctx.analyses.status()}


@router.post("/api/analyze", response_model=AnalyzeOut, responses=ANALYZE_ERRORS,
             tags=["analyze"])
async def api_analyze(ctx: Ctx, request: Request, body: AnalyzeIn, store: bool = False
                      ) -> dict[str, Any]:
    """Analyse a text; nothing is stored unless ``store=true``. A first line ``date
    YYYY-MM-DD headline`` gives the date and the title (as in a ``.txt`` file), unless
    ``date`` or ``title`` are given. An article already in the ledger is not stored
    again (``stored`` is false and ``doc_id`` its id); from another outlet it is recorded
    as a republication. 503 when the server already runs its analyses or the analysis
    runs over its time limit."""
    document = ctx.document(body.text, title=body.title, date=body.date, outlet=body.outlet,
                            url=body.url)
    analysis = await ctx.analyse(document, request)
    stored, doc_id = False, analysis.document.id
    if store:
        doc_id, stored = await ctx.store(analysis)
    return {"stored": stored, "doc_id": doc_id,
            "analysis": await run_in_threadpool(analysis.to_dict)}  # off the event loop
