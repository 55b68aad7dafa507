"""lexicons/corroboration.yaml: how reports of one happening are recognised across articles
(used by the story layer through ``newsledger.resources.load_corroboration``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..ontology import PLOVER_TYPES, STATUSES
from .files import DataError, load_yaml
from .files import need as _need
from .files import strs as _strs


@dataclass(frozen=True)
class CorroborationLexicon:
    """lexicons/corroboration.yaml, checked: how reports of one happening are recognised
    across articles and how sources are judged independent (docs/schema.md, "stories")."""

    window: dt.timedelta  # days either side of a report's date
    related: frozenset[frozenset[str]]  # PLOVER type pairs that may report one happening
    min_similarity: float  # TF-IDF cosine needed when the dyads are only compatible
    tolerance: float  # share of the larger quantity within which two quantities agree
    status_group: dict[str, str]  # event status -> the group it says the same as
    roles: dict[str, str]  # event status -> its role in a story (report, denial, …)
    cues: tuple[str, ...]  # lower-cased words that make an article cite an outlet
    stopwords: frozenset[str]
    mutual: frozenset[str]  # PLOVER types whose dyad order does not matter (events.yaml)
    headline_verbs: dict[str, tuple[str, str]]  # PLOVER type -> (with target, without)
    media_words: frozenset[str]  # a grade-D citation with one of these: "unnamed media"


def load_corroboration() -> CorroborationLexicon:
    """Read lexicons/corroboration.yaml (and events.yaml's mutual types); a missing or
    malformed entry raises :class:`DataError` naming the file and the entry."""
    rel = "lexicons/corroboration.yaml"
    data = load_yaml(rel)
    _need(data, ("window_days", "related_types", "min_text_similarity", "quantity_tolerance",
                 "status_groups", "roles", "citation_cues", "stopwords", "headline_verbs",
                 "unnamed_media_words"), rel)
    try:
        window = dt.timedelta(days=int(data["window_days"]))
        related = frozenset(frozenset(_strs(pair, f"{rel} related_types"))
                            for pair in data["related_types"])
        min_similarity = float(data["min_text_similarity"])
        tolerance = float(data["quantity_tolerance"])
    except (TypeError, ValueError) as exc:
        raise DataError(f"{rel}: {exc}") from None
    for pair in related:
        if len(pair) != 2 or not pair <= set(PLOVER_TYPES):
            raise DataError(f"{rel} related_types {sorted(pair)}: expected two PLOVER types")
    groups = data["status_groups"]
    if not isinstance(groups, dict):
        raise DataError(f"{rel} status_groups: expected a mapping")
    status_group = {s: str(g) for g, members in groups.items()
                    for s in _strs(members, f"{rel} status_groups {g}")}
    raw_roles = data["roles"]
    if not isinstance(raw_roles, dict) or "report" not in raw_roles:
        raise DataError(f"{rel} roles: expected a mapping with a 'report' role")
    roles = {s: str(role) for role, members in raw_roles.items()
             for s in _strs(members, f"{rel} roles {role}")}
    unknown = (set(status_group) | set(roles)) - set(STATUSES)
    if unknown:
        raise DataError(f"{rel}: unknown statuses {sorted(unknown)}")
    if set(roles) != set(STATUSES):
        raise DataError(f"{rel} roles: no role for {sorted(set(STATUSES) - set(roles))}")
    verbs = data["headline_verbs"]
    if not isinstance(verbs, dict) or set(verbs) != set(PLOVER_TYPES):
        raise DataError(f"{rel} headline_verbs: expected one entry per PLOVER type")
    headline_verbs: dict[str, tuple[str, str]] = {}
    for ptype, pair in verbs.items():
        words = _strs(pair, f"{rel} headline_verbs {ptype}")
        if len(words) != 2:
            raise DataError(f"{rel} headline_verbs {ptype}: expected [with target, without]")
        headline_verbs[ptype] = (words[0], words[1])
    events = load_yaml("lexicons/events.yaml")
    _need(events, ("mutual_types",), "lexicons/events.yaml")
    return CorroborationLexicon(
        window=window, related=related, min_similarity=min_similarity, tolerance=tolerance,
        status_group=status_group, roles=roles,
        cues=tuple(c.lower() for c in _strs(data["citation_cues"], f"{rel} citation_cues")),
        stopwords=frozenset(_strs(data["stopwords"], f"{rel} stopwords")),
        mutual=frozenset(_strs(events["mutual_types"], "lexicons/events.yaml mutual_types")),
        headline_verbs=headline_verbs,
        media_words=frozenset(w.lower() for w in _strs(data["unnamed_media_words"],
                                                       f"{rel} unnamed_media_words")),
    )
