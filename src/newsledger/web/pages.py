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
from ..render.html import http_url, paragraphs
from ..store.connection import LedgerError
from ..store.filters import EVENT_SORTS, as_choice, as_date
from ..store.grades import claim_reasons
from ..store.stories_query import STORY_SORTS
from . import apidocs
from . import list_params as lp
from .access import NotFound, q
from .charts import QUAD_PARTS, STORY_PARTS, stories_svg, timeline_svg
from .context import ACTOR_ID, DOC_ID, MAX_OFFSET, STORY_ID, Ctx, EventQuery, Web
from .lists import Listing
from .network_chart import busiest, network_svg
from .tables import records

STATIC = Path(__file__).parent / "static"
STATIC_FILES = {"app.js": "text/javascript", "style.css": "text/css"}
FAVICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
           '<rect width="16" height="16" rx="3" fill="#1f2937"/>'
           '<path d="M4 12V4l8 8V4" fill="none" stroke="#fde68a" stroke-width="2"/></svg>')

router = APIRouter(include_in_schema=False)
NETWORK_NODES = 150  # the most actors the network draws (the busiest)
EVENTS_PAGE, STORIES_PAGE = 200, 50  # rows per page unless ``limit`` says otherwise


@router.get("/favicon.ico")
@router.get("/static/favicon.svg")
def favicon() -> Response:
    """The pages' icon (an "N", drawn here): base.html links it under /static/, which a
    server with a token serves without it; /favicon.ico for a browser that asks anyway."""
    return Response(FAVICON, media_type="image/svg+xml",
                    headers={"Cache-Control": "max-age=86400"})


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name not in STATIC_FILES:  # a fixed list: nothing else on disk can be asked for
        raise NotFound(f"no static file {name!r}")
    return Response((STATIC / name).read_text(encoding="utf-8"),
                    media_type=STATIC_FILES[name])


def article_page(ctx: Web, analysis: Analysis, stored: bool,
                 checked: dict[str, Any] | None = None,
                 stories: list[dict[str, Any]] | None = None) -> str:
    """A stored article with the stories it is part of (``stories``, from
    ``q.article_stories``), or one just analysed (``stored=False``) with what the ledger
    says about its claims (``checked``, from :func:`newsledger.corroborate.check.check`).
    Each sentence is an element ``id="s{n}"`` (``render.html.paragraphs``). Each claim
    shows why it has its grade (``store.grades.claim_reasons``), in the table and in the
    data of the details box (``grade_reason``)."""
    reasons = claim_reasons(analysis.claims)
    data = analysis.to_dict()
    for claim in data["claims"]:
        claim["grade_reason"] = reasons[claim["id"]]
    return ctx.page("article.html", title=analysis.document.title or analysis.document.id,
                    analysis=analysis, paragraphs=paragraphs(analysis),
                    actors={a.id: a for a in analysis.actors}, data=data, reasons=reasons,
                    stored=stored, checked=checked, stories=stories,
                    url=http_url(analysis.document.url))


@router.get("/", response_class=HTMLResponse)
def overview(ctx: Ctx) -> str:
    """Counts (each a link to its list), events per month by quad class and stories per
    month by status (charts with their tables), newest articles, busiest actors, dyads."""
    with ctx.access.read() as ledger:
        events = q.events_by_month(ledger)
        stories = q.stories_by_month(ledger)
        return ctx.page("overview.html", title="Overview", stats=q.stats(ledger),
                        documents=records(q.documents(ledger, 20)),
                        actors=records(q.actors(ledger, top=10)),
                        dyads=records(q.dyads(ledger, 10)), events_series=events,
                        stories_series=stories,
                        events_chart=timeline_svg(events["months"], "events-chart", 620),
                        stories_chart=stories_svg(stories["months"], "stories-chart", 620),
                        quads=QUAD_PARTS, story_parts=STORY_PARTS)


@router.get("/articles/{doc_id}", response_class=HTMLResponse)
def article(ctx: Ctx, doc_id: str = PathParam(..., pattern=DOC_ID)) -> str:
    analysis = Analysis.from_dict(ctx.access.lookup(q.show, doc_id))
    with ctx.access.read() as ledger:
        stories = q.article_stories(ledger, analysis.document.id)
    return article_page(ctx, analysis, stored=True, stories=stories)


@router.get("/events", response_class=HTMLResponse)
def events_page(ctx: Ctx, event_filter: EventQuery,
                limit: int = Query(EVENTS_PAGE, ge=1, le=5000),
                offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> str:
    """Events filtered (the API's filters), ``limit`` from ``offset`` with Previous/Next;
    the CSV link gives every row of the filter (up to 10,000) from the first."""
    flt = event_filter()
    filters = flt.params()  # the form's values and the CSV link's: the same rows as here
    listing = Listing("/events", {k: v for k, v in filters.items() if k != "sort"},
                      flt.order, EVENT_SORTS, limit, offset, page_size=EVENTS_PAGE)
    with ctx.access.read() as ledger:
        rows = listing.take(records(q.events(ledger, flt, limit=limit + 1, offset=offset)))
    return ctx.page("events.html", title="Events", rows=rows, filters=filters,
                    listing=listing, sorts=EVENT_SORTS.choices(),
                    csv_query=urlencode({**filters, "format": "csv", "limit": 10000}))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(ctx: Ctx, actor_id: str = PathParam(..., pattern=ACTOR_ID),
               all_statuses: bool = False, rollup: bool | None = None,
               offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> str:
    """An actor with its roll-up (``rollup``: with what belongs to it; by default when
    something does), a timeline by quad class, and its lists newest first (events paged
    by ``offset``)."""
    found = ctx.access.lookup(partial(q.actor, all_statuses=all_statuses, rollup=rollup,
                                      offset=offset), actor_id)
    return ctx.page("actor.html", title=found["name"] or actor_id, actor=found,
                    timeline=timeline_svg(found["monthly"], "actor-chart", 640), quads=QUAD_PARTS,
                    all_statuses=all_statuses)


@router.get("/network", response_class=HTMLResponse)
def network(ctx: Ctx, since: str | None = None, until: str | None = None,
            type: str | None = None, all_statuses: bool = False) -> str:
    since_d = as_date(since or None, "since")
    until_d = as_date(until or None, "until")
    plover = as_choice(type or None, PLOVER_TYPES, "type") if type else None
    graph = ctx.access.actor_network(since_d, until_d, plover, all_statuses)
    drawn = busiest(graph, NETWORK_NODES)
    return ctx.page("network.html", title="Network", svg=network_svg(drawn),
                    filters={"since": since or "", "until": until or "", "type": plover or "",
                             "all_statuses": all_statuses},
                    nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
                    drawn=drawn.number_of_nodes())


@router.get("/stories", response_class=HTMLResponse)
def stories_page(ctx: Ctx, status: lp.StoryStatus = None, actor: lp.Actor = None,
                 type: lp.PloverType = None, since: lp.Since = None, until: lp.Until = None,
                 q_: lp.Text = None, sort: lp.StorySort = "sources",
                 limit: int = Query(STORIES_PAGE, ge=1, le=lp.LIST_MAX),
                 offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> str:
    """Stories filtered by status, actor, PLOVER type, dates and text (``q``, in the
    headline), paged with offset."""
    filters = {"status": status or "", "actor": actor or "", "type": type or "",
               "since": since or "", "until": until or "", "q": q_ or ""}
    listing = Listing("/stories", filters, sort or "sources", STORY_SORTS, limit, offset,
                      page_size=STORIES_PAGE)
    with ctx.access.read() as ledger:
        found = listing.take(q.stories(ledger, status=status or None, actor=actor or None,
                                       type=type or None, since=since or None,
                                       until=until or None, q=q_ or None, sort=sort,
                                       limit=limit + 1,
                                       offset=offset))
    return ctx.page("stories.html", title="Stories", stories=found, filters=filters,
                    listing=listing)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(ctx: Ctx, story_id: str = PathParam(..., pattern=STORY_ID)) -> str:
    found = ctx.access.lookup(q.story, story_id)
    return ctx.page("story.html", title=f"Story {found['id']}", story=found)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(ctx: Ctx, request: Request) -> str:
    """The OpenAPI document as a page (served from here; /openapi.json is the data): each
    route with its parameters, their allowed values, and an example (web/apidocs.py)."""
    return ctx.page("docs.html", title="API",
                    routes=apidocs.routes_for_page(request.app.openapi()))


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
