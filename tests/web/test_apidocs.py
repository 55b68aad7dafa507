"""The API is documented by hand (web/apidocs.py): every /api/ route has a written summary,
a description and an example, every parameter a description; /docs shows them with the
allowed values. A new route or parameter without them fails here."""

from __future__ import annotations

import json
import re

import pytest

from newsledger.web import create_app

from .test_security import fetch


@pytest.fixture(scope="module")
def spec(web_db) -> dict:
    return create_app(web_db).openapi()


def operations(spec: dict):
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            yield f"{method.upper()} {path}", op


def generated_summary(key: str, op: dict) -> str:
    """The summary FastAPI makes up from the function's name ("Api Events"), which is the
    operation id less its path and method (``api_events_api_events_get``)."""
    method, path = key.split()
    tail = re.sub(r"\W", "_", path) + "_" + method.lower()
    return op["operationId"].removesuffix(tail).replace("_", " ").title()


def test_every_route_has_a_written_summary_description_and_example(spec):
    ops = dict(operations(spec))
    assert all(key.split()[1].startswith("/api/") for key in ops)  # no page is in it
    assert {"GET /api/events", "POST /api/analyze", "GET /api/search"} <= set(ops)
    for key, op in ops.items():
        summary = op.get("summary", "")
        assert summary and summary != generated_summary(key, op), key
        assert op.get("description"), key
        example = op["responses"]["200"]["content"].get("application/json", {}).get(
            "example")
        assert example is not None, key
        if "requestBody" in op:
            assert op["requestBody"]["content"]["application/json"].get("example"), key


def test_every_parameter_is_described(spec):
    for key, op in operations(spec):
        for param in op.get("parameters", []):
            assert param.get("description", "").strip(), (key, param["name"])


def test_bounded_and_patterned_parameters_say_so(spec):
    ops = dict(operations(spec))
    events = {p["name"]: p for p in ops["GET /api/events"]["parameters"]}
    assert events["limit"]["schema"]["maximum"] == 10000
    assert events["format"]["schema"]["pattern"] == "^(json|csv)$"
    doc = ops["GET /api/documents/{doc_id}"]["parameters"][0]
    assert doc["schema"]["pattern"] and "hexadecimal" in doc["description"]


def test_the_docs_page_shows_allowed_values_and_examples(server):
    status, html = fetch(server + "/docs")
    assert status == 200 and "cdn" not in html.lower()
    _, body = fetch(server + "/openapi.json")
    spec = json.loads(body)
    for key, op in operations(spec):
        method, path = key.split()
        assert f"<code>{method} {path}</code> — {op['summary']}" in html.replace(
            "&#39;", "'"), key
    assert "^(json|csv)$" in html and "1–10000" in html  # a pattern, bounds
    assert html.count('class="api-example"') >= len(spec["paths"])
    assert "&#34;doc_id&#34;" in html or "&quot;doc_id&quot;" in html  # escaped JSON
