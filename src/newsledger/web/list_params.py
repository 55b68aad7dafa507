"""The query parameters of the lists (``/api/documents``, ``/api/actors``, ``/api/claims``,
``/api/events``, ``/api/stories`` and their pages), each said once with its description
and allowed values, so that the same filter has the same name and meaning everywhere and
``/docs`` explains it. The values are checked by the store (a ``QueryError``: a 400)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from ..ontology import GRADES, PLOVER_TYPES, STATUSES, STORY_STATUSES
from ..store.claims_query import CLAIM_SORTS
from ..store.filters import EVENT_SORTS, MAX_TEXT, Sorts
from ..store.lists import ACTOR_KINDS, ACTOR_SORTS, ARTICLE_SORTS
from ..store.stories_query import STORY_SORTS

MAX_OFFSET = 2**63 - 1  # the largest row offset the ledger takes (a signed 64-bit integer)
LIST_MAX = 1000  # the most rows one page of a list gives (the events CSV: 10,000)


def one_of(values: tuple[str, ...]) -> str:
    return "One of: " + ", ".join(values) + "."


def sort_help(sorts: Sorts) -> str:
    return (f"Order: {', '.join(sorts.terms)} (default {sorts.default}; dates newest "
            "first, counts largest first, grades A first, text A–Z); a leading '-' "
            "reverses it (-date: oldest first).")


Outlet = Annotated[str | None, Query(description="The article's outlet, exactly but "
                                     "case-insensitively (e.g. Dawn).")]
Grade = Annotated[str | None, Query(description="Sourcing grade. " + one_of(GRADES))]
EventStatus = Annotated[str | None, Query(description="Event status. " + one_of(STATUSES))]
StoryStatus = Annotated[str | None, Query(description="Story status (a claim: the gravest "
                                          "of its stories'). " + one_of(STORY_STATUSES))]
PloverType = Annotated[str | None, Query(description="PLOVER event type (a claim: one of "
                                         "its events'). " + one_of(PLOVER_TYPES))]
Since = Annotated[str | None, Query(description="On or after this date, YYYY-MM-DD "
                                    "(inclusive).")]
Until = Annotated[str | None, Query(description="On or before this date, YYYY-MM-DD "
                                    "(inclusive).")]
Actor = Annotated[str | None, Query(description="An actor's exact name, alias, id or code "
                                    "(PAKMIL; a country code such as PAK means all its "
                                    "actors). A partial name is a 400 naming the actors it "
                                    "could mean; an unknown one a 400.")]
Country = Annotated[str | None, Query(description="ISO3 country code (PAK), either case.")]
Kind = Annotated[str | None, Query(description="Actor kind. " + one_of(ACTOR_KINDS))]
Text = Annotated[str | None, Query(
    alias="q", description="A plain substring, case-insensitive (the title or URL of an "
    "article; the name, id, code or an alias of an actor; a claim's text or source; an "
    f"event's evidence, trigger or place; a story's headline); at most {MAX_TEXT} "
    "characters. Ranked full-text search is /api/search.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Skip this many rows first "
                              "(with limit: the next page).")]
Limit = Annotated[int, Query(ge=1, le=LIST_MAX, description="At most this many rows.")]
ArticleSort = Annotated[str, Query(description=sort_help(ARTICLE_SORTS))]
ActorSort = Annotated[str, Query(description=sort_help(ACTOR_SORTS))]
ClaimSort = Annotated[str, Query(description=sort_help(CLAIM_SORTS))]
EventSort = Annotated[str, Query(description=sort_help(EVENT_SORTS))]
StorySort = Annotated[str, Query(description=sort_help(STORY_SORTS))]
