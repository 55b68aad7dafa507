"""The HTML pages (rendered on the server from templates/web, autoescaped) and the two
static files. No route takes a file path: ids are checked against their patterns."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from ..model import Analysis, Document
from ..ontology import PLOVER_TYPES
from ..render.html import pieces
from ..store.connection import LedgerError
from ..store.filters import as_choice, as_date
from ..store.grades import claim_reasons
from .access import NotFound, q
from .charts import network_svg, timeline_svg
from .context import ACTOR_ID, DOC_ID, STORY_ID, Ctx, EventQuery, Web
from .tables import records

STATIC = Path(__file__).parent / "static"
STATIC_FILES = {"app.js": "text/javascript", "style.css": "text/css"}

router = APIRouter(include_in_schema=False)


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name not in STATIC_FILES:  # a fixed list: nothing else on disk can be asked for
        raise NotFound(f"no static file {name!r}")
    return Response((STATIC / name).read_text(encoding="utf-8"),
                    media_type=STATIC_FILES[name])


def article_page(ctx: Web, analysis: Analysis, stored: bool,
                 checked: dict[str, Any] | None = None) -> str:
    """A stored article, or one just analysed (``stored=False``) with what the ledger
    says about its claims (``checked``, from :func:`newsledger.corroborate.check.check`).
    Each claim shows why it has its grade (``store.grades.claim_reasons``), in the table
    and in the data of the details box (``grade_reason``)."""
    reasons = claim_reasons(analysis.claims)
    data = analysis.to_dict()
    for claim in data["claims"]:
        claim["grade_reason"] = reasons[claim["id"]]
    return ctx.page("article.html", title=analysis.document.title or analysis.document.id,
                    analysis=analysis, paragraphs=pieces(analysis),
                    actors={a.id: a for a in analysis.actors}, data=data, reasons=reasons,
                    stored=stored, checked=checked)


@router.get("/", response_class=HTMLResponse)
def overview(ctx: Ctx) -> str:
    with ctx.access.read() as ledger:
        return ctx.page("overview.html", title="Overview", stats=q.stats(ledger),
                        documents=records(q.documents(ledger, 20)),
                        actors=records(q.actors(ledger, top=10)),
                        dyads=records(q.dyads(ledger, 10)))


@router.get("/articles/{doc_id}", response_class=HTMLResponse)
def article(ctx: Ctx, doc_id: str = PathParam(..., pattern=DOC_ID)) -> str:
    data = ctx.access.lookup(q.show, doc_id)
    return article_page(ctx, Analysis.from_dict(data), stored=True)


@router.get("/events", response_class=HTMLResponse)
def events_page(ctx: Ctx, event_filter: EventQuery,
                limit: int = Query(200, ge=1, le=5000)) -> str:
    flt = event_filter()
    with ctx.access.read() as ledger:
        rows = records(q.events(ledger, flt, limit=limit))
    filters = flt.params()  # the form's values and the CSV link's: the same rows as here
    return ctx.page("events.html", title="Events", rows=rows, filters=filters,
                    csv_query=urlencode({**filters, "format": "csv", "limit": 10000}))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(ctx: Ctx, actor_id: str = PathParam(..., pattern=ACTOR_ID),
               all_statuses: bool = False) -> str:
    found = ctx.access.lookup(partial(q.actor, all_statuses=all_statuses), actor_id)
    return ctx.page("actor.html", title=found["name"] or actor_id, actor=found,
                    timeline=timeline_svg(found["monthly"]))


@router.get("/network", response_class=HTMLResponse)
def network(ctx: Ctx, since: str | None = None, until: str | None = None,
            type: str | None = None, all_statuses: bool = False) -> str:
    since_d = as_date(since or None, "since")
    until_d = as_date(until or None, "until")
    plover = as_choice(type or None, PLOVER_TYPES, "type") if type else None
    graph = ctx.access.actor_network(since_d, until_d, plover, all_statuses)
    return ctx.page("network.html", title="Network", svg=network_svg(graph),
                    filters={"since": since or "", "until": until or "", "type": plover or "",
                             "all_statuses": all_statuses},
                    nodes=graph.number_of_nodes(), edges=graph.number_of_edges())


@router.get("/stories", response_class=HTMLResponse)
def stories_page(ctx: Ctx, status: str | None = None, actor: str | None = None) -> str:
    with ctx.access.read() as ledger:
        found = q.stories(ledger, status=status or None, actor=actor or None, limit=200)
    return ctx.page("stories.html", title="Stories", stories=found,
                    filters={"status": status or "", "actor": actor or ""})


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(ctx: Ctx, story_id: str = PathParam(..., pattern=STORY_ID)) -> str:
    found = ctx.access.lookup(q.story, story_id)
    return ctx.page("story.html", title=f"Story {found['id']}", story=found)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(ctx: Ctx, request: Request) -> str:
    """The OpenAPI document as a page (served from here; /openapi.json is the data)."""
    spec = request.app.openapi()
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [(p["name"], p["in"], p.get("required", False),
                       p.get("schema", {}).get("type") or "")
                      for p in op.get("parameters", [])]
            routes.append({"method": method.upper(), "path": path,
                           "summary": op.get("summary") or "",
                           "description": op.get("description") or "",
                           "params": params, "body": "requestBody" in op,
                           "responses": sorted(op.get("responses", {}))})
    return ctx.page("docs.html", title="API", routes=routes)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(ctx: Ctx) -> str:
    return ctx.page("analyze.html", title="Analyze")


def read_upload(raw: bytes, name: str, max_bytes: int) -> Document:
    """An uploaded file as a Document, read as ``read_document`` reads a file of that name
    (its encoding, and how it was chosen, recorded)."""
    from ..inputs import PaywallStub, decode_bytes
    from ..reader import parse

    decoded = decode_bytes(raw, name, max_bytes)
    try:
        document = parse(decoded.text, name)
    except PaywallStub as stub:  # one page asked for: its text before the paywall notice
        if stub.document is None:
            raise
        document = stub.document
    document.encoding, document.encoding_how = decoded.encoding, decoded.how
    return document


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_submit(ctx: Ctx, request: Request) -> str:
    """The Analyze form: pasted text (a first line ``date YYYY-MM-DD headline`` read as in
    a ``.txt`` file, the form's date and title before it) or an uploaded file."""
    form = await request.form(max_part_size=ctx.max_body)
    upload = form.get("file")
    raw = await upload.read() if upload is not None and hasattr(upload, "read") else b""
    if raw:
        name = getattr(upload, "filename", None) or "upload"
        document = await run_in_threadpool(read_upload, raw, name, ctx.max_body)
    else:
        document = ctx.document(str(form.get("text") or ""),
                                title=str(form.get("title") or "") or None,
                                date=str(form.get("date") or "") or None)
    analysis = await ctx.analyse(document, request)
    try:
        checked = await run_in_threadpool(ctx.check, analysis)
    except LedgerError:  # a busy ledger (an ingest writing) costs the check, not the page
        checked = None
    return await run_in_threadpool(article_page, ctx, analysis, False, checked)
