"""What the routes share, and the FastAPI dependencies that hand it to them: the ledger
access, the templates, the analyzer (loaded on first use), the patterns of the ids in
paths and the events filter's query parameters."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from jinja2 import Environment, PackageLoader, select_autoescape

from ..model import Analysis
from ..ontology import PLOVER_TYPES
from ..reader import make_document
from ..store.filters import EventFilter
from .access import LedgerAccess
from .tables import plain

if TYPE_CHECKING:
    from ..analyzer import Analyzer

DOC_ID = r"^[0-9a-f]{4,16}$"  # the ids in paths (checked before any lookup)
STORY_ID = r"^s[0-9a-f]{4,10}(-[0-9]+)?$"
ACTOR_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$"


def json_script(data: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` block."""
    return json.dumps(data, ensure_ascii=True, default=plain).replace(
        "<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def templates() -> Environment:
    env = Environment(loader=PackageLoader("newsledger", "templates/web"),
                      autoescape=select_autoescape(["html"]))
    env.filters["json_script"] = json_script
    return env


@dataclass
class Web:
    """One server's ledger, templates, body limit and (once needed) analyzer."""

    access: LedgerAccess
    max_body: int
    env: Environment = field(default_factory=templates)
    _analyzer: Analyzer | None = field(default=None, repr=False)

    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            from .. import default_analyzer

            self._analyzer = default_analyzer()
        return self._analyzer

    def analyse(self, text: str, title: str | None = None, date: str | None = None,
                outlet: str | None = None, url: str | None = None) -> Analysis:
        """Analyse a text sent to the server (nothing is stored)."""
        document = make_document(text, name="request", title=title, date=date,
                                 outlet=outlet, url=url)
        return self.analyzer().analyze_document(document)

    def page(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(plover_types=PLOVER_TYPES, **context)


async def current(request: Request) -> Web:
    return request.app.state.web


Ctx = Annotated[Web, Depends(current)]


async def event_filter(actor: str | None = None, country: str | None = None,
                       type: str | None = None, status: str | None = None,
                       since: str | None = None, until: str | None = None,
                       outlet: str | None = None, sort: str = "date"
                       ) -> Callable[[], EventFilter]:
    """The events filter's query parameters, for the API and the page alike. The route
    builds (and so checks) the filter by calling the result, after FastAPI has checked
    the route's other parameters: a bad limit is reported before a bad filter value."""
    return partial(EventFilter.of, actor=actor, country=country, type=type, status=status,
                   since=since, until=until, outlet=outlet, sort=sort)


EventQuery = Annotated[Callable[[], EventFilter], Depends(event_filter)]
