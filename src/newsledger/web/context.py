"""What the routes share, and the FastAPI dependencies that hand it to them: the ledger
access, the analyses' worker processes, the templates, the patterns of the ids in paths
and the events filter's query parameters."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from jinja2 import Environment, PackageLoader, select_autoescape

from ..ingest.language import check_english
from ..inputs import InputError
from ..model import Analysis, Document
from ..ontology import GRADE_MEANINGS, PLOVER_TYPES, STATUSES, STORY_STATUSES
from ..reader import parse_text
from ..store.filters import EventFilter
from . import list_params as lp
from .access import LedgerAccess
from .analyses import Analyses, Busy, Stopped, TimedOut
from .errors import AnalysisFailed
from .tables import plain

if TYPE_CHECKING:
    from ..resources import Resources

DOC_ID = r"^[0-9a-f]{4,16}$"  # the ids in paths (checked before any lookup)
STORY_ID = r"^s[0-9a-f]{4,10}(-[0-9]+)?$"
ACTOR_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$"
MAX_OFFSET = lp.MAX_OFFSET  # the largest row offset the ledger takes


def json_script(data: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` block."""
    return json.dumps(data, ensure_ascii=True, default=plain).replace(
        "<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def templates() -> Environment:
    env = Environment(loader=PackageLoader("newsledger", "templates/web"),
                      autoescape=select_autoescape(["html"]))
    env.filters["json_script"] = json_script
    env.globals["grade_meanings"] = GRADE_MEANINGS  # the legend of _grades.html
    # the choices of the filter forms, from the ontology (never a second list)
    env.globals["plover_types"] = PLOVER_TYPES
    env.globals["event_statuses"] = STATUSES
    env.globals["story_statuses"] = STORY_STATUSES
    return env


def unicode_text(value: str | None, field_name: str) -> str | None:
    """``value`` when it can be written as UTF-8; a lone surrogate (``"\\ud800"`` in JSON)
    is an :class:`InputError` (a 400) naming the field and the character's position."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError("request", f"{field_name}: not valid Unicode (a lone surrogate at "
                                    f"character {exc.start})") from None
    return value


@dataclass
class Web:
    """One server's ledger, analyses, templates and body limit."""

    access: LedgerAccess
    max_body: int
    analyses: Analyses = field(default_factory=Analyses)
    env: Environment = field(default_factory=templates)
    _resources: Resources | None = field(default=None, repr=False)

    def document(self, text: str, title: str | None = None, date: str | None = None,
                 outlet: str | None = None, url: str | None = None) -> Document:
        """The Document of a text sent to the server, read as a ``.txt`` file is by
        ``ingest`` (a first line ``date YYYY-MM-DD headline`` gives the date and title,
        unless ``date`` or ``title`` are given), so that an article gets the same id and
        analysis whichever way it comes in. Raises :class:`InputError` (a 400)."""
        fields = {"text": text, "title": title, "date": date, "outlet": outlet, "url": url}
        for name, value in fields.items():
            unicode_text(value, name)
        return parse_text(text, "request", title=title or None, date=date or None,
                          outlet=outlet or None, url=url or None)

    async def analyse(self, document: Document, request: Request | None = None
                      ) -> Analysis:
        """The analysis of ``document`` in a worker process (see :mod:`.analyses`), given
        up when the client of ``request`` goes away; only English is analysed (another
        language is a :class:`Skipped`, an ``InputError``). Raises ``InputError``, ``Busy``,
        ``TimedOut``, ``Stopped``, or :class:`AnalysisFailed` for anything else."""
        check_english(document, "request")  # as ingest and analyze do: a Skipped is a 400
        gone = request.is_disconnected if request is not None else None
        try:
            return await self.analyses.run(document, gone)
        except (InputError, Busy, TimedOut, Stopped):
            raise
        except Exception as exc:
            raise AnalysisFailed from exc

    async def store(self, analysis: Analysis) -> tuple[str, bool]:
        """Store an analysed article: ``(doc_id, newly stored)`` (see LedgerAccess)."""
        return await run_in_threadpool(self._store, analysis)

    def _store(self, analysis: Analysis) -> tuple[str, bool]:
        if self._resources is None:  # the data files only (the model is in the workers)
            from ..resources import load_resources

            self._resources = load_resources()
        return self.access.store(analysis, self._resources)

    def check(self, analysis: Analysis) -> dict[str, Any]:
        """What the ledger's stories say about each claim of an analysis (nothing stored;
        see :func:`newsledger.corroborate.check.check`)."""
        from ..corroborate.check import check

        with self.access.read() as ledger:
            return check(ledger, analysis)

    def page(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)


async def current(request: Request) -> Web:
    return request.app.state.web


Ctx = Annotated[Web, Depends(current)]


async def event_filter(actor: lp.Actor = None, country: lp.Country = None,
                       type: lp.PloverType = None, status: lp.EventStatus = None,
                       since: lp.Since = None, until: lp.Until = None,
                       outlet: lp.Outlet = None, grade: lp.Grade = None,
                       q: lp.Text = None, sort: lp.EventSort = "date"
                       ) -> Callable[[], EventFilter]:
    """The events filter's query parameters (``list_params``), for the API and the page
    alike. The route builds (and so checks) the filter by calling the result, after
    FastAPI has checked the route's other parameters: a bad limit is reported before a
    bad filter value."""
    return partial(EventFilter.of, actor=actor, country=country, type=type, status=status,
                   since=since, until=until, outlet=outlet, grade=grade, q=q, sort=sort)


EventQuery = Annotated[Callable[[], EventFilter], Depends(event_filter)]
