"""The JSON API (``/api/…``): documents, events (also as CSV), actors, claims, stories,
and Analyze. Its models make the OpenAPI document exact; errors are ``{"error": …}``."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi import Path as PathParam
from pydantic import BaseModel, Field

from .access import q
from .context import ACTOR_ID, DOC_ID, STORY_ID, Ctx, EventQuery
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
    400: {"model": ErrorBody}, 404: {"model": ErrorBody}, 413: {"model": ErrorBody}}


@dataclass
class EventRows:
    limit: int
    offset: int
    format: str


async def event_rows(limit: int = Query(100, ge=1, le=10000), offset: int = Query(0, ge=0),
                     format: str = Query("json", pattern="^(json|csv)$")) -> EventRows:
    """/api/events's other parameters (a dependency after the filter's, so that they stay
    after the filter in the OpenAPI document)."""
    return EventRows(limit, offset, format)


@router.get("/api/documents", response_model=DocumentPage, tags=["documents"])
def api_documents(ctx: Ctx, limit: int = Query(50, ge=1, le=1000),
                  offset: int = Query(0, ge=0)) -> dict[str, Any]:
    with ctx.access.read() as ledger:
        return {"limit": limit, "offset": offset,
                "items": records(q.documents(ledger, limit, offset))}


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


@router.get("/api/actors", response_model=Page, tags=["actors"])
def api_actors(ctx: Ctx, country: str | None = None, top: int = Query(50, ge=1, le=1000)
               ) -> dict[str, Any]:
    with ctx.access.read() as ledger:
        items = records(q.actors(ledger, country=country, top=top))
    return {"limit": top, "offset": 0, "items": items}


@router.get("/api/actors/{actor_id}", responses=ERRORS, tags=["actors"])
def api_actor(ctx: Ctx, actor_id: str = PathParam(..., pattern=ACTOR_ID)) -> dict[str, Any]:
    found = ctx.access.lookup(q.actor, actor_id)
    return json.loads(json.dumps(found, default=plain))


@router.get("/api/claims", response_model=Page, responses=ERRORS, tags=["claims"])
def api_claims(ctx: Ctx, grade: str | None = None, actor: str | None = None,
               hedged: bool | None = None, loaded: bool | None = None,
               status: str | None = None, limit: int = Query(100, ge=1, le=10000)
               ) -> dict[str, Any]:
    with ctx.access.read() as ledger:
        items = records(q.claims(ledger, grade=grade, actor=actor, hedged=hedged,
                                 loaded=loaded, status=status, limit=limit))
    return {"limit": limit, "offset": 0, "items": items}


@router.get("/api/stories", response_model=Page, responses=ERRORS, tags=["stories"])
def api_stories(ctx: Ctx, status: str | None = None, actor: str | None = None,
                since: str | None = None, limit: int = Query(100, ge=1, le=1000)
                ) -> dict[str, Any]:
    with ctx.access.read() as ledger:
        items = q.stories(ledger, status=status, actor=actor, since=since, limit=limit)
    return {"limit": limit, "offset": 0, "items": items}


@router.get("/api/stories/{story_id}", responses=ERRORS, tags=["stories"])
def api_story(ctx: Ctx, story_id: str = PathParam(..., pattern=STORY_ID)) -> dict[str, Any]:
    return ctx.access.lookup(q.story, story_id)


@router.post("/api/analyze", response_model=AnalyzeOut, responses=ERRORS, tags=["analyze"])
def api_analyze(ctx: Ctx, body: AnalyzeIn, store: bool = False) -> dict[str, Any]:
    """Analyse a text; nothing is stored unless ``store=true``."""
    analysis = ctx.analyse(body.text, title=body.title, date=body.date, outlet=body.outlet,
                           url=body.url)
    stored, doc_id = False, analysis.document.id
    if store:
        doc_id, stored = ctx.access.store(analysis, ctx.analyzer().res)
    return {"stored": stored, "doc_id": doc_id, "analysis": analysis.to_dict()}
