"""The web UI and JSON API over a ledger (``newsledger serve``).

Pages are rendered on the server (Jinja2, autoescaped); a small plain script makes the
highlights of an article clickable; charts and the network are SVG drawn on the server.
Nothing is loaded from another site. No route takes a file path: ids are checked against
their patterns and looked up with query parameters.
"""

from __future__ import annotations

import csv
import datetime as dt
import hmac
import io
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel, Field

from ..ledger import Ledger, LedgerError, QueryError
from ..ledger import query as q
from ..model import Analysis
from ..ontology import PLOVER_TYPES
from ..reader import DEFAULT_MAX_BYTES, InputError, make_document
from ..render.html import pieces
from ..store.filters import EventFilter, as_choice, as_date
from .charts import network_svg, timeline_svg

STATIC = Path(__file__).parent / "static"
STATIC_FILES = {"app.js": "text/javascript", "style.css": "text/css"}
DOC_ID = r"^[0-9a-f]{4,16}$"
STORY_ID = r"^s[0-9a-f]{4,10}(-[0-9]+)?$"
ACTOR_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$"
TOKEN_COOKIE = "newsledger_token"


class NotFound(Exception):
    pass


class LedgerAccess:
    """One read-only connection shared by the requests, one at a time; a write (storing
    an analysed article) briefly reopens the file for writing."""

    def __init__(self, path: Path):
        self.path = path
        self.lock = threading.RLock()
        if not path.exists():
            Ledger(path).close()  # an empty ledger, so that Analyze works from the start
        self.ledger: Ledger | None = Ledger(path, read_only=True)

    @contextmanager
    def read(self) -> Iterator[Ledger]:
        with self.lock:
            if self.ledger is None:  # a failed write left it closed: try again now
                self.ledger = Ledger(self.path, read_only=True)
            yield self.ledger

    def write(self, action: Callable[[Ledger], Any]) -> Any:
        with self.lock:
            if self.ledger is not None:
                self.ledger.close()
                self.ledger = None
            with Ledger(self.path) as writer:
                result = action(writer)
            self.ledger = Ledger(self.path, read_only=True)
            return result

    def close(self) -> None:
        with self.lock:
            if self.ledger is not None:
                self.ledger.close()
                self.ledger = None


# -- API models (they make the OpenAPI document exact) ----------------------------------
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


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _records(table: q.Table) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in r.items()} for r in table.records()]


def _cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula (article text is data)."""
    value = _plain(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(table: q.Table, name: str) -> Response:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([_cell(v) for v in row] for row in table.rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes (413) without reading them whole."""

    def __init__(self, app: Any, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await _too_large(send, self.limit)


class _TooLarge(Exception):
    pass


async def _too_large(send: Callable, limit: int) -> None:
    body = json.dumps({"error": f"request body over the limit of {limit:,} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(db: Path, token: str | None = None,
               max_body: int = DEFAULT_MAX_BYTES) -> FastAPI:
    """The application for one ledger file; with ``token``, every request must carry it
    (``Authorization: Bearer …``, the cookie set by ``?token=…``, or ``?token=…``)."""
    access = LedgerAccess(Path(db))
    env = Environment(loader=PackageLoader("newsledger", "templates/web"),
                      autoescape=select_autoescape(["html"]))
    env.filters["json_script"] = lambda data: json.dumps(
        data, ensure_ascii=True, default=_plain).replace("<", "\\u003c").replace(
        ">", "\\u003e").replace("&", "\\u0026")
    app = FastAPI(title="newsledger", version="1", docs_url=None, redoc_url=None,
                  description="Events, actors, claims and stories of a news ledger.")
    if token is None:  # loopback only: refuse other Host names (DNS rebinding)
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware,
                           allowed_hosts=["127.0.0.1", "localhost", "::1", "[::1]"])
    app.state.access = access
    state: dict[str, Any] = {}

    def analyzer() -> Any:
        if "analyzer" not in state:
            from .. import default_analyzer

            state["analyzer"] = default_analyzer()
        return state["analyzer"]

    @app.middleware("http")
    async def require_token(request: Request, call_next: Callable) -> Response:
        if token is None:
            return await call_next(request)
        given = (request.headers.get("authorization", "").removeprefix("Bearer ").strip()
                 or request.cookies.get(TOKEN_COOKIE) or request.query_params.get("token")
                 or "")
        if not hmac.compare_digest(given.encode(), token.encode()):
            return JSONResponse({"error": "a valid token is required"}, status_code=401)
        response = await call_next(request)
        if request.query_params.get("token"):
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers["Content-Security-Policy"] = (
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' "
                "data:; object-src 'none'; base-uri 'none'; form-action 'self'")
        return response

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(LedgerError)
    async def ledger_error(request: Request, exc: LedgerError) -> Response:
        return _error(request, 503, str(exc))

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> Response:
        return _error(request, 400, exc.reason)

    def _error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return HTMLResponse(page("error.html", title="Error", status=status,
                                 message=message), status_code=status)

    from fastapi.exceptions import RequestValidationError

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(request, 404 if first.get("loc", ("",))[0] == "path" else 400,
                      f"{where}: {first.get('msg', 'invalid')}")

    def lookup(fetch: Callable[..., Any], key: str) -> Any:
        """One document, actor or story by id; a missing one is a 404."""
        with access.read() as ledger:
            try:
                return fetch(ledger, key)
            except QueryError as exc:
                raise NotFound(str(exc)) from None

    def page(name: str, **context: Any) -> str:
        return env.get_template(name).render(plover_types=PLOVER_TYPES, **context)

    # -- static -------------------------------------------------------------------------
    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC_FILES:  # a fixed list: nothing else on disk can be asked for
            raise NotFound(f"no static file {name!r}")
        return Response((STATIC / name).read_text(encoding="utf-8"),
                        media_type=STATIC_FILES[name])

    # -- API ----------------------------------------------------------------------------
    @app.get("/api/documents", response_model=DocumentPage, tags=["documents"])
    def api_documents(limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)
                      ) -> dict[str, Any]:
        with access.read() as ledger:
            return {"limit": limit, "offset": offset,
                    "items": _records(q.documents(ledger, limit, offset))}

    @app.get("/api/documents/{doc_id}", responses=ERRORS, tags=["documents"])
    def api_document(doc_id: str = PathParam(..., pattern=DOC_ID)) -> dict[str, Any]:
        return lookup(q.show, doc_id)

    @app.get("/api/events", response_model=Page, responses=ERRORS, tags=["events"])
    def api_events(actor: str | None = None, country: str | None = None,
                   type: str | None = None, status: str | None = None,
                   since: str | None = None, until: str | None = None,
                   outlet: str | None = None, sort: str = "date",
                   limit: int = Query(100, ge=1, le=10000), offset: int = Query(0, ge=0),
                   format: str = Query("json", pattern="^(json|csv)$")) -> Any:
        with access.read() as ledger:
            flt = EventFilter.of(actor=actor, country=country, type=type, status=status,
                                 since=since, until=until, outlet=outlet, sort=sort)
            table = q.events(ledger, flt, limit=limit, offset=offset)
        if format == "csv":
            return _csv(table, "events.csv")
        return {"limit": limit, "offset": offset, "items": _records(table)}

    @app.get("/api/actors", response_model=Page, tags=["actors"])
    def api_actors(country: str | None = None, top: int = Query(50, ge=1, le=1000)
                   ) -> dict[str, Any]:
        with access.read() as ledger:
            items = _records(q.actors(ledger, country=country, top=top))
        return {"limit": top, "offset": 0, "items": items}

    @app.get("/api/actors/{actor_id}", responses=ERRORS, tags=["actors"])
    def api_actor(actor_id: str = PathParam(..., pattern=ACTOR_ID)) -> dict[str, Any]:
        found = lookup(q.actor, actor_id)
        return json.loads(json.dumps(found, default=_plain))

    @app.get("/api/claims", response_model=Page, responses=ERRORS, tags=["claims"])
    def api_claims(grade: str | None = None, actor: str | None = None,
                   hedged: bool | None = None, loaded: bool | None = None,
                   status: str | None = None, limit: int = Query(100, ge=1, le=10000)
                   ) -> dict[str, Any]:
        with access.read() as ledger:
            items = _records(q.claims(ledger, grade=grade, actor=actor, hedged=hedged,
                                      loaded=loaded, status=status, limit=limit))
        return {"limit": limit, "offset": 0, "items": items}

    @app.get("/api/stories", response_model=Page, responses=ERRORS, tags=["stories"])
    def api_stories(status: str | None = None, actor: str | None = None,
                    since: str | None = None, limit: int = Query(100, ge=1, le=1000)
                    ) -> dict[str, Any]:
        with access.read() as ledger:
            items = q.stories(ledger, status=status, actor=actor, since=since, limit=limit)
        return {"limit": limit, "offset": 0, "items": items}

    @app.get("/api/stories/{story_id}", responses=ERRORS, tags=["stories"])
    def api_story(story_id: str = PathParam(..., pattern=STORY_ID)) -> dict[str, Any]:
        return lookup(q.story, story_id)

    def analyse(body: AnalyzeIn) -> Analysis:
        document = make_document(body.text, name="request", title=body.title,
                                 date=body.date, outlet=body.outlet, url=body.url)
        return analyzer().analyze_document(document)

    @app.post("/api/analyze", response_model=AnalyzeOut, responses=ERRORS, tags=["analyze"])
    def api_analyze(body: AnalyzeIn, store: bool = False) -> dict[str, Any]:
        """Analyse a text; nothing is stored unless ``store=true``."""
        analysis = analyse(body)
        stored, doc_id = False, analysis.document.id
        if store:
            from ..ledger.ingest import store_analysis
            from ..ledger.stories import corroborate

            def save(ledger: Ledger) -> tuple[str, bool]:
                result = store_analysis(ledger, analysis, analyzer().res)
                corroborate(ledger)
                return result

            doc_id, stored = access.write(save)
        return {"stored": stored, "doc_id": doc_id, "analysis": analysis.to_dict()}

    # -- pages --------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview() -> str:
        with access.read() as ledger:
            return page("overview.html", title="Overview", stats=q.stats(ledger),
                        documents=_records(q.documents(ledger, 10)),
                        actors=_records(q.actors(ledger, top=10)),
                        dyads=_records(q.dyads(ledger, 10)))

    @app.get("/articles/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(doc_id: str = PathParam(..., pattern=DOC_ID)) -> str:
        data = lookup(q.show, doc_id)
        return article_page(Analysis.from_dict(data), stored=True)

    def article_page(analysis: Analysis, stored: bool) -> str:
        return page("article.html", title=analysis.document.title or analysis.document.id,
                    analysis=analysis, paragraphs=pieces(analysis),
                    actors={a.id: a for a in analysis.actors}, data=analysis.to_dict(),
                    stored=stored)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, actor: str | None = None, country: str | None = None,
                    type: str | None = None, status: str | None = None,
                    since: str | None = None, until: str | None = None,
                    outlet: str | None = None, sort: str = "date",
                    limit: int = Query(200, ge=1, le=5000)) -> str:
        flt = EventFilter.of(actor=actor, country=country, type=type, status=status,
                             since=since, until=until, outlet=outlet, sort=sort)
        filters = {k: v for k, v in {"actor": actor, "country": country, "type": type,
                                     "status": status, "since": since, "until": until,
                                     "outlet": outlet, "sort": sort}.items() if v}
        with access.read() as ledger:
            rows = _records(q.events(ledger, flt, limit=limit))
        from urllib.parse import urlencode

        return page("events.html", title="Events", rows=rows, filters=filters,
                    csv_query=urlencode({**filters, "format": "csv", "limit": 10000}))

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(actor_id: str = PathParam(..., pattern=ACTOR_ID)) -> str:
        found = lookup(q.actor, actor_id)
        return page("actor.html", title=found["name"] or actor_id, actor=found,
                    timeline=timeline_svg(found["monthly"]))

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network(since: str | None = None, until: str | None = None,
                type: str | None = None) -> str:
        from ..ledger.export import actor_network

        since_d = as_date(since or None, "since")
        until_d = as_date(until or None, "until")
        plover = as_choice(type or None, PLOVER_TYPES, "type") if type else None
        with access.read() as ledger:
            graph = actor_network(ledger, since_d, until_d, plover)
        return page("network.html", title="Network", svg=network_svg(graph),
                    filters={"since": since or "", "until": until or "",
                             "type": plover or ""},
                    nodes=graph.number_of_nodes(), edges=graph.number_of_edges())

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(status: str | None = None, actor: str | None = None) -> str:
        with access.read() as ledger:
            found = q.stories(ledger, status=status or None, actor=actor or None, limit=200)
        return page("stories.html", title="Stories", stories=found,
                    filters={"status": status or "", "actor": actor or ""})

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str = PathParam(..., pattern=STORY_ID)) -> str:
        found = lookup(q.story, story_id)
        return page("story.html", title=f"Story {found['id']}", story=found)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> str:
        """The OpenAPI document as a page (served from here; /openapi.json is the data)."""
        spec = app.openapi()
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
        return page("docs.html", title="API", routes=routes)

    @app.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_form() -> str:
        return page("analyze.html", title="Analyze")

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    async def analyze_submit(request: Request) -> str:
        form = await request.form(max_part_size=max_body)
        text = form.get("text") or ""
        upload = form.get("file")
        if upload is not None and hasattr(upload, "read"):
            raw = await upload.read()
            if raw:
                from ..reader import decode, parse

                name = getattr(upload, "filename", None) or "upload"
                document = parse(decode(raw, name, max_body), name)
                analysis = await run_in_threadpool(analyzer().analyze_document, document)
                return article_page(analysis, stored=False)
        body = AnalyzeIn(text=str(text), title=str(form.get("title") or "") or None,
                         date=str(form.get("date") or "") or None)
        return article_page(await run_in_threadpool(analyse, body), stored=False)

    app.add_middleware(BodyLimit, limit=max_body)
    app.router.on_shutdown.append(access.close)
    return app
