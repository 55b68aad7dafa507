"""The OpenAPI document (``/openapi.json``, shown as a page at ``/docs``), completed by hand:
each ``/api/`` route's summary, an example of what it answers (and, for a POST, of what
it takes), and the description of a parameter no route describes (the ids in paths,
``store``). A route's own docstring and a parameter's own ``description`` are kept; the
summaries here replace FastAPI's generated ones ("Api Events"). ``tests/web/test_apidocs``
fails when a route lacks a summary, a description or an example, or a parameter its
description, so a new route must be added here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from markupsafe import Markup, escape

LITERAL = re.compile(r"``(.+?)``", re.S)  # reStructuredText's inline literal


@dataclass(frozen=True)
class RouteDoc:
    summary: str
    example: Any  # what a 200 answers
    description: str = ""  # when the route's docstring gives none
    body: dict[str, Any] = field(default_factory=dict)  # an example request body (a POST)


DOC_ID = "8eb9b5428480fc3e"
ARTICLE = {"doc_id": DOC_ID, "title": "Pakistan to send 20,000 troops to Gaza",
           "date": "2025-10-28", "outlet": "Dawn", "url": None, "events": 39, "claims": 25}
EVENT = {"date": "2025-11-26", "type": "AGREE", "mode": None, "cameo": "030",
         "goldstein": 4.0, "status": "occurred", "source": "Pakistan", "source_code": "PAK",
         "target": "Turkey", "target_code": "TUR", "location": None, "quantity": None,
         "grade": "E", "outlet": None, "doc_id": "bb0b16fe3feba6aa", "event_id": "e1",
         "trigger": "agreed", "sentence": 1, "date_precision": "day", "date_text": "Wednesday",
         "evidence": "Pakistan and Turkey agreed on Wednesday to jointly produce military "
                     "drones…"}
CLAIM = {"doc_id": "bb0b16fe3feba6aa", "claim_id": "c3", "grade": "C",
         "grade_reason": "unnamed officials or sources (speech verb 'say')",
         "type": "reported-speech", "source": "officials from both sides", "status": None,
         "hedged": False, "loaded": False, "opinion": False, "outlet": None,
         "date": "2025-11-26", "sentence": 2,
         "text": "The two leaders signed seven agreements covering defence production, "
                 "energy, education and shipping, officials from both sides said.",
         "why": ["attr:speech-verb(say)", "grade:C(unnamed-official)"]}
ACTOR = {"actor_id": "PAK", "name": "Pakistan", "kind": "country", "country": "PAK",
         "code": "PAK", "mentions": 43, "documents": 8, "events": 19, "as_source": 17,
         "as_target": 2}
STORY = {"id": "s41ea0518c0", "headline": "Pakistan made a pledge: 20,000, in PSE, "
         "2025-10-28…2025-10-30 — contested", "plover_type": "AGREE", "status": "contested",
         "source_countries": ["PAK"], "target_countries": ["ISR"], "location_country": "PSE",
         "date_start": "2025-10-28", "date_end": "2025-10-30", "quantity": 20000.0,
         "independent_sources": 2, "n_reports": 4, "n_articles": 4, "n_outlets": 4,
         "reports": [{"doc_id": "e0a94b03c5f79c77", "outlet": "Northgale Report",
                      "date": "2025-10-28", "event_id": "e1", "claim_id": "c2",
                      "sourcing_grade": "C", "independent": True, "depends_on": None,
                      "kind": "report", "text": "Pakistan has agreed to send 20,000 troops "
                      "to the International Stabilisation Force in Gaza, two Pakistani "
                      "officials said on Tuesday."}],
         "conflicts": [], "denials": [{"by": "Pakistan Foreign Office", "involved": True,
                                       "doc_id": "83b9c492761ef89e", "date": "2025-10-30"}]}
TEXT = {"text": "date 2025-11-26 Pakistan and Turkey agree to build drones\nPakistan and "
                "Turkey agreed on Wednesday to jointly produce military drones, officials "
                "said.", "outlet": "Dawn"}


def page(*items: Any) -> dict[str, Any]:
    return {"limit": 50, "offset": 0, "items": list(items)}


ROUTES: dict[str, RouteDoc] = {
    "GET /api/documents": RouteDoc("List stored articles", page(ARTICLE)),
    "GET /api/documents/{doc_id}": RouteDoc(
        "One article's whole analysis", {"schema_version": 1, "document": {
            "id": DOC_ID, "title": ARTICLE["title"], "date": "2025-10-28", "outlet": "Dawn",
            "text": "Pakistan to send 20,000 troops to Gaza…"}, "sentences": [],
            "actors": [], "events": [], "claims": []},
        "The stored analysis (docs/schema.md): the document, its sentences, actors, events "
        "and claims, each with the rule ids that produced it (why). A unique start of the "
        "id is enough; one that is not unique, or no such article, is a 404."),
    "GET /api/events": RouteDoc(
        "List coded events, filtered", page(EVENT),
        "Coded events (PLOVER type and mode, CAMEO code, Goldstein value, status, who did it "
        "to whom, where, how many) with the sentence that gives each (its evidence link is "
        "/articles/{doc_id}#s{sentence}): a page {limit, offset, items}, or with format=csv "
        "a CSV download of the same rows."),
    "GET /api/actors": RouteDoc("List actors with their counts", page(ACTOR)),
    "GET /api/actors/{actor_id}": RouteDoc(
        "One actor: roll-up, timeline, counterparts",
        {"actor_id": "PAK", "name": "Pakistan", "kind": "country", "rollup": True,
         "parents": [], "members": [{"actor_id": "PAKMIL", "name": "Pakistan (military)",
                                     "kind": "organization", "sector": "MIL",
                                     "code": "PAKMIL", "events": 15, "happened": 5,
                                     "last": "2025-10-30"}],
         "totals": {"self": 19, "members": 33, "between": 1, "rollup": 51},
         "events_total": 51, "events": [EVENT], "limit": 50, "offset": 0,
         "monthly": [{"month": "2025-11", "verbal_cooperation": 3, "material_cooperation": 1,
                      "verbal_conflict": 2, "material_conflict": 1, "total": 7,
                      "goldstein": 1.9}],
         "neighbours": [{"actor_id": "TUR", "name": "Turkey", "events": 4, "goldstein": 3.38,
                         "last": "2025-11-26"}],
         "statements": [CLAIM], "claims_about": []}),
    "GET /api/claims": RouteDoc("List claims with their grades and reasons", page(CLAIM)),
    "GET /api/stories": RouteDoc(
        "List stories (one happening across articles)", page(STORY),
        "Stories: reports of the same happening grouped across articles, with their "
        "independent asserting sources, denials, conflicts and status: a page {limit, "
        "offset, items}."),
    "GET /api/stories/{story_id}": RouteDoc(
        "One story with every report", {**STORY, "first_report": STORY["reports"][0],
                                         "asserting_outlets": [{"outlet": "Northgale Report",
                                                                "grade": "C"}],
                                         "revisions": [], "answers": []},
        "One story: its headline, status, first report, the outlets asserting it "
        "independently with their grades, each report with its sentences, denials (who, "
        "when, whether a party), other answers, conflicts and revisions. A unique start of "
        "the id is enough; an unknown one is a 404."),
    "POST /api/check": RouteDoc(
        "Check an article against the ledger",
        {"document": {"title": "Pakistan and Turkey agree to build drones",
                      "date": "2025-11-26", "claims": 1, "claims_with_events": 1},
         "claims": [{"text": "Pakistan and Turkey agreed on Wednesday to jointly produce "
                             "military drones, officials said.", "grade": "C",
                     "verdict": "single-source", "independent_sources": 1,
                     "first_report": {"outlet": "Dawn", "date": "2025-11-26"},
                     "denials": [], "conflicts": [], "stories": [{"id": "s5d1c0a77e2"}]}]},
        body=TEXT),
    "GET /api/status": RouteDoc(
        "How many analyses run, and their limits",
        {"analyses": {"limit": 2, "running": 0, "seconds": 120.0, "workers": 1,
                      "load_seconds": 5.2}}),
    "POST /api/analyze": RouteDoc(
        "Analyse an article (stored only if asked)",
        {"stored": False, "doc_id": "5f0c9a3e1b2d4c6a", "analysis": {
            "schema_version": 1, "document": {"id": "5f0c9a3e1b2d4c6a", "date": "2025-11-26",
                                              "outlet": "Dawn"},
            "events": [{"id": "e1", "type": "AGREE", "cameo": "030", "source": "PAK",
                        "target": "TUR", "status": "occurred"}], "claims": []}},
        body=TEXT),
    "GET /api/search": RouteDoc(
        "Search articles, claims and actors",
        {"query": "troops", "kind": None, "limit": 20, "offset": 0, "more": False,
         "items": [{"kind": "claim", "key": "83b9c492761ef89e:c1",
                    "url": "/articles/83b9c492761ef89e#s0", "score": 2.47,
                    "title": "Pakistan rejects reports of Gaza troop deal",
                    "snippet": "Pakistan rejects reports of Gaza troop deal",
                    "matches": [[33, 38]], "doc_id": "83b9c492761ef89e", "sentence": 0,
                    "outlet": "Fennick Times", "date": "2025-10-30", "grade": "E"}]}),
}

# Parameters that no route describes itself, by name.
PARAMETERS = {
    "doc_id": "An article's id: 4 to 16 hexadecimal digits, a unique start of the full "
              "16-digit id (8eb9b542).",
    "actor_id": "An actor's id or code as the lists give it (PAK, PAKMIL, pse-hamas): a "
                "letter or digit, then up to 80 letters, digits, '_', '.' or '-'.",
    "story_id": "A story's id: 's' and 4 to 10 hexadecimal digits, a unique start of the "
                "full id (s41ea0518c0).",
    "store": "Keep the analysis in the ledger (true); by default nothing is stored. An "
             "article already there is not stored twice.",
}


def openapi(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document with ``ROUTES`` and ``PARAMETERS`` applied (built once,
    then kept in ``app.openapi_schema``, as FastAPI does)."""
    if app.openapi_schema is None:
        spec = get_openapi(title=app.title, version=app.version,
                           description=app.description, routes=app.routes)
        for path, methods in spec.get("paths", {}).items():
            for method, op in methods.items():
                complete(f"{method.upper()} {path}", op)
        app.openapi_schema = spec
    return app.openapi_schema


def complete(key: str, op: dict[str, Any]) -> None:
    """One operation: its summary, its description when it has none, its examples, and
    the descriptions of its parameters that have none."""
    doc = ROUTES.get(key)
    if doc is not None:
        op["summary"] = doc.summary
        if doc.description and not op.get("description"):
            op["description"] = doc.description
        ok = op.setdefault("responses", {}).setdefault("200", {"description": "OK"})
        ok.setdefault("content", {}).setdefault("application/json", {})["example"] = \
            doc.example
        if doc.body and "requestBody" in op:
            op["requestBody"]["content"]["application/json"]["example"] = doc.body
    for param in op.get("parameters", []):
        if not param.get("description") and param["name"] in PARAMETERS:
            param["description"] = PARAMETERS[param["name"]]


def install(app: FastAPI) -> None:
    """Serve the completed document at ``/openapi.json`` (and to ``/docs``)."""
    app.openapi = lambda: openapi(app)  # type: ignore[method-assign]


def allowed(schema: dict[str, Any]) -> str:
    """A parameter's allowed values in words, from its schema: ``one of …``, ``matches
    …``, ``1–1000``, ``true or false`` (a nullable parameter's schema is an ``anyOf``)."""
    kinds = schema.get("anyOf") or [schema]
    words = []
    for kind in kinds:
        if kind.get("type") == "null":
            continue
        if "enum" in kind:
            words.append("one of " + ", ".join(map(str, kind["enum"])))
        if "pattern" in kind:
            words.append(f"matches {kind['pattern']}")
        low, high = kind.get("minimum"), kind.get("maximum")
        if high is not None and high >= 2**53:  # no real bound (the ledger's 64-bit limit)
            words.append(f"{low} or more")
        elif low is not None or high is not None:
            words.append(f"{low if low is not None else '…'}–{high if high is not None else '…'}")
        if kind.get("type") == "boolean":
            words.append("true or false")
        if kind.get("format") == "date":
            words.append("YYYY-MM-DD")
    return "; ".join(words)


def prose(text: str) -> Markup:
    """A docstring or description for the page: escaped, then each ````literal```` as
    ``<code>`` (the JSON document keeps the reStructuredText)."""
    return Markup(LITERAL.sub(lambda m: f"<code>{m.group(1)}</code>", str(escape(text))))


def routes_for_page(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``/docs`` page's rows: for each operation its method, path, summary,
    description, parameters (name, where, required, type, allowed values, default,
    description), statuses and examples as indented JSON."""
    import json

    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = []
            for p in op.get("parameters", []):
                schema = p.get("schema", {})
                kinds = [k.get("type") for k in schema.get("anyOf", [schema])
                         if k.get("type") not in (None, "null")]
                params.append({"name": p["name"], "where": p["in"],
                               "required": p.get("required", False),
                               "type": " or ".join(kinds), "allowed": allowed(schema),
                               "default": schema.get("default"),
                               "description": prose(p.get("description", ""))})
            ok = op.get("responses", {}).get("200", {}).get("content", {})
            example = next((c["example"] for c in ok.values() if "example" in c), None)
            body = (op.get("requestBody", {}).get("content", {}).get("application/json", {})
                    .get("example"))
            routes.append({
                "method": method.upper(), "path": path,
                "summary": prose(op.get("summary") or ""),
                "description": prose(op.get("description") or ""), "params": params,
                "responses": sorted(op.get("responses", {})),
                "example": json.dumps(example, indent=2, ensure_ascii=False)
                if example is not None else "",
                "body": json.dumps(body, indent=2, ensure_ascii=False) if body else
                ("JSON body" if "requestBody" in op else "")})
    return routes
