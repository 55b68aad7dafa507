"""How the commands that show one thing draw it: an article's summary (``show``), the
ledger's counts (``stats``) and a story's reports (``story``) as a terminal view and as
CSV rows. The JSON of each is the library's own dict, printed whole by
``common.emit_one``."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from ..store import Table

SHORT = 12  # rows of each table in an article's summary; the JSON has them all
COUNTS = ("documents", "republications", "events", "claims", "actors", "mentions",
          "stories", "ingest_errors", "ingest_skipped")


# -- show -----------------------------------------------------------------------------------
def _who(event: dict[str, Any]) -> str:
    return f"{event.get('source') or '?'} → {event.get('target') or '?'}"


def _quantity(event: dict[str, Any]) -> str:
    value = (event.get("quantity") or {}).get("value")
    return f"{value:,.0f}" if value is not None else ""


def _sentence(item: dict[str, Any]) -> str:
    """The item's sentence number (events keep it in their evidence), as the article
    page's anchor ``#s{n}`` numbers it."""
    n = item.get("sentence", (item.get("evidence") or {}).get("sentence"))
    return "" if n is None else str(n)


def article_rows(data: dict[str, Any]) -> Table:
    """One row per event and per claim of a stored analysis (``store.show``'s dict), with
    a ``kind`` column: what ``show --format csv`` writes."""
    columns = ["kind", "id", "sentence", "type", "status", "grade", "source", "target",
               "where", "quantity", "text"]
    rows: list[tuple[Any, ...]] = []
    for e in data["events"]:
        rows.append(("event", e["id"], _sentence(e), e["type"], e["status"], "",
                     e.get("source") or "", e.get("target") or "",
                     (e.get("location") or {}).get("name") or "",
                     (e.get("quantity") or {}).get("value"),
                     ((e.get("evidence") or {}).get("trigger") or {}).get("text") or ""))
    for c in data["claims"]:
        attribution = c.get("attribution") or {}
        rows.append(("claim", c["id"], _sentence(c), attribution.get("type") or "", "",
                     c.get("sourcing_grade") or "",
                     attribution.get("source_actor") or attribution.get("source_text") or "",
                     "", "", "", c["text"]))
    return Table(columns, rows)


def article_summary(data: dict[str, Any], console: Console) -> None:
    """Title, date, outlet and counts, then the first ``SHORT`` events and claims."""
    doc = data["document"]
    say = lambda text: console.print(text, highlight=False, soft_wrap=True)  # noqa: E731
    say(f"[bold]{escape(doc.get('title') or '(no title)')}[/bold]")
    where = " · ".join(escape(str(v)) for v in (doc.get("date") or "undated",
                                                   doc.get("outlet") or "(no outlet)",
                                                   doc.get("url")) if v)
    say(f"{where}  [dim]{doc['id']}[/dim]")
    grades = Counter(c.get("sourcing_grade") or "?" for c in data["claims"])
    graded = ", ".join(f"{g} {n}" for g, n in sorted(grades.items()))
    say(f"{len(data['sentences'])} sentences · {len(data['actors'])} actors · "
        f"{len(data['events'])} events · {len(data['claims'])} claims"
        + (f" (grades {graded})" if graded else ""))
    events = RichTable(title="Events", title_justify="left")
    for name in ("s", "event", "who", "where", "n", "trigger"):
        events.add_column(name, overflow="fold", max_width=40)
    for e in data["events"][:SHORT]:
        events.add_row(_sentence(e), f"{e['type']} {e['status']}", escape(_who(e)),
                       escape((e.get("location") or {}).get("name") or ""), _quantity(e),
                       escape(((e.get("evidence") or {}).get("trigger") or {})
                              .get("text") or ""))
    claims = RichTable(title="Claims", title_justify="left")
    for name, width in (("s", 4), ("grade", 5), ("source", 24), ("claim", 60)):
        claims.add_column(name, overflow="fold", max_width=width)
    for c in data["claims"][:SHORT]:
        attribution = c.get("attribution") or {}
        text = c["text"] if len(c["text"]) <= 90 else c["text"][:89] + "…"
        claims.add_row(_sentence(c), c.get("sourcing_grade") or "",
                       escape(attribution.get("source_text") or attribution.get("type")
                              or ""), escape(text))
    for table, items in ((events, data["events"]), (claims, data["claims"])):
        if items:
            console.print(table)
    hidden = max(0, len(data["events"]) - SHORT) + max(0, len(data["claims"]) - SHORT)
    if hidden:
        say(f"[dim]… {hidden} more rows: newsledger show {doc['id'][:8]} --format json "
            "gives the whole analysis[/dim]")


# -- stats ----------------------------------------------------------------------------------
def stats_rows(data: dict[str, Any]) -> Table:
    """The counts as ``key,value`` rows (``outlet:Dawn``, ``type:ASSAULT``,
    ``status:contested`` for the breakdowns; ``first_date``/``last_date``)."""
    rows: list[tuple[str, Any]] = [("ledger", data["ledger"]),
                                   ("schema_version", data["schema_version"])]
    rows += [(key, data[key]) for key in COUNTS]
    first, last = data["date_range"]
    rows += [("first_date", first or ""), ("last_date", last or "")]
    for prefix, key in (("status", "stories_by_status"), ("outlet", "outlets"),
                        ("type", "events_by_type")):
        rows += [(f"{prefix}:{name}", n) for name, n in data[key].items()]
    return Table(["key", "value"], rows)


def stats_view(data: dict[str, Any], console: Console) -> None:
    console.print(f"[bold]{escape(data['ledger'])}[/bold] (schema {data['schema_version']})")
    for key in COUNTS:
        console.print(f"  {key.replace('_', ' '):<15} {data[key]:>9,}")
    by_status = ", ".join(f"{k} {v}" for k, v in data["stories_by_status"].items())
    console.print(f"  {'story status':<15} {by_status or '—'}", highlight=False)
    first, last = data["date_range"]
    console.print(f"  {'dates':<15} {first or '—'} … {last or '—'}")
    outlets = ", ".join(f"{escape(str(k))} {v}" for k, v in list(data["outlets"].items())[:8])
    console.print(f"  {'outlets':<15} {outlets or '—'}", highlight=False)
    types = ", ".join(f"{k} {v}" for k, v in data["events_by_type"].items())
    console.print(f"  {'event types':<15} {types or '—'}", highlight=False)


# -- story ----------------------------------------------------------------------------------
def story_rows(found: dict[str, Any]) -> Table:
    """One row per report of a story and per denial or other answer, each with its
    sentences joined by a space: what ``story --format csv`` writes."""
    columns = ["story_id", "role", "doc_id", "outlet", "date", "grade", "independent",
               "depends_on", "by", "text"]
    rows: list[tuple[Any, ...]] = []
    for r in found["reports"]:
        rows.append((found["id"], r["kind"], r["doc_id"], r["outlet"] or "", r["date"] or "",
                     r["sourcing_grade"] or "", r["independent"], r["depends_on"] or "", "",
                     " ".join(s["text"] for s in r["sentences"])))
    for a in found["denials"] + found["answers"]:
        rows.append((found["id"], a["role"], a["doc_id"], a["outlet"] or "", a["date"] or "",
                     "", "", "", a["by"] or "", " ".join(s["text"] for s in a["sentences"])))
    return Table(columns, rows)
