"""Gold items: hand-coded expectations read from JSON Lines (format in docs/eval.md)."""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..inputs import InputError
from ..ontology import ATTRIBUTION_TYPES, GRADES, PLOVER_TYPES, STATUSES
from ..reader import check_date, read_document


@dataclass
class GoldEvent:
    plover: str
    source: str | None = None
    target: str | None = None
    cameo: str | None = None
    status: str | None = None
    quantity: float | None = None
    location_country: str | None = None

    def describe(self) -> str:
        parts = [self.plover, f"{self.source or '?'}→{self.target or '?'}"]
        if self.status:
            parts.append(self.status)
        if self.quantity is not None:
            parts.append(f"n={self.quantity:g}")
        return " ".join(parts)


@dataclass
class GoldActor:
    text: str
    country: str | None = None
    sector: str | None = None


@dataclass
class GoldClaim:
    text_contains: str
    grade: str | None = None
    type: str | None = None
    source: str | None = None


@dataclass
class GoldItem:
    id: str
    text: str
    date: str | None = None
    events: list[GoldEvent] | None = None  # None: not scored; []: no event may be coded
    actors: list[GoldActor] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)
    line: int = 0
    context: str = ""  # text before ``text`` in its document; analysed, never scored
    after: str = ""  # text after it, to the end of the next paragraph; analysed, never scored
    outlet: str | None = None  # who published the document (real-text items)


CONTEXT_SLACK = 200  # characters: an item's context and its document may differ in spaces


class _Invalid(ValueError):
    pass


def _str(obj: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise _Invalid(f"missing {key!r}")
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise _Invalid(f"{key!r} must be a non-empty string")
    return value


def _choice(obj: dict[str, Any], key: str, allowed: tuple[str, ...] | set[str],
            required: bool = False) -> str | None:
    value = _str(obj, key, required)
    if value is not None and value not in allowed:
        raise _Invalid(f"{key!r} is {value!r}, not one of {', '.join(sorted(allowed))}")
    return value


def _code(obj: dict[str, Any], key: str) -> str | None:
    value = _str(obj, key)
    if value is not None and not (value.isalnum() and value.isupper()):
        raise _Invalid(f"{key!r} {value!r} is not an upper-case actor or country code")
    return value


def _list(obj: dict[str, Any], key: str) -> list[dict[str, Any]] | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _Invalid(f"{key!r} must be a list of objects")
    return value


def _event(obj: dict[str, Any]) -> GoldEvent:
    quantity = obj.get("quantity")
    if quantity is not None and (isinstance(quantity, bool)
                                 or not isinstance(quantity, int | float)):
        raise _Invalid("'quantity' must be a number")
    cameo = _str(obj, "cameo")
    if cameo is not None and not cameo.isdigit():
        raise _Invalid(f"'cameo' {cameo!r} is not a CAMEO code")
    return GoldEvent(
        plover=_choice(obj, "plover", set(PLOVER_TYPES), required=True) or "",
        source=_code(obj, "source"),
        target=_code(obj, "target"),
        cameo=cameo,
        status=_choice(obj, "status", STATUSES),
        quantity=quantity,
        location_country=_code(obj, "location_country"),
    )


def parse_item(obj: Any, line: int = 0, base: Path | None = None,
               texts: dict[Path, str] | None = None) -> GoldItem:
    """One gold item from its decoded JSON; raises ValueError with the reason.

    An item with ``doc`` (a text file, relative to ``base``, the gold file's folder) gets
    :attr:`GoldItem.after` from it; a ``doc`` that cannot be read or does not hold the
    item's text where its ``context`` ends is an error. ``texts``: documents already read,
    by path (load_gold reads each once for all its items)."""
    if not isinstance(obj, dict):
        raise _Invalid("an item must be a JSON object")
    text = _str(obj, "text", required=True) or ""
    item_id = obj.get("id")
    events = _list(obj, "events")
    claims = []
    for claim in _list(obj, "claims") or []:
        contains = _str(claim, "text_contains", required=True) or ""
        if contains not in text:
            raise _Invalid(f"claim text_contains {contains!r} is not in the item's text")
        claims.append(GoldClaim(contains, _choice(claim, "grade", GRADES),
                                _choice(claim, "type", ATTRIBUTION_TYPES),
                                _str(claim, "source")))
    actors = []
    for actor in _list(obj, "actors") or []:
        actors.append(GoldActor(_str(actor, "text", required=True) or "",
                                _code(actor, "country"), _code(actor, "sector")))
    return GoldItem(
        id=str(item_id) if item_id is not None else f"line-{line}",
        text=text,
        date=check_date(obj.get("date"), f"line {line}"),
        events=None if events is None else [_event(e) for e in events],
        actors=actors,
        claims=claims,
        line=line,
        context=_str(obj, "context") or "",
        after=_after(obj, _str(obj, "context") or "", text, base, texts),
        outlet=_str(obj, "outlet"),
    )


def _after(obj: dict[str, Any], before: str, text: str, base: Path | None,
           texts: dict[Path, str] | None) -> str:
    """What follows the item in its document (read as ``newsledger`` reads it), to the end
    of the paragraph after its own: the coders read the whole document, and a quotation may
    close, or a headline's body begin, after the item (issue 13: '"…an act of tribal
    vengeance. They wanted justice…," explained Sayed.'). Only the item's own sentences are
    scored, so the rest of the document is not needed."""
    doc = _str(obj, "doc")
    if doc is None or base is None:
        return ""
    path, texts = base / doc, {} if texts is None else texts
    if path not in texts:
        try:
            texts[path] = read_document(str(path)).text
        except InputError as exc:
            raise _Invalid(f"'doc' {doc!r}: {exc.reason}") from None
    whole = texts[path]
    # the item's own place: its context was cut from the same text, give or take spaces
    found = whole.find(text, max(0, len(before) - CONTEXT_SLACK))
    if found < 0:
        raise _Invalid(f"the item's text is not in its 'doc' {doc!r}")
    rest = whole[found + len(text):]
    own = rest.find("\n\n")  # the end of the item's paragraph
    if own < 0:
        return rest
    next_start = len(rest) - len(rest[own:].lstrip("\n"))
    following = rest.find("\n\n", next_start)
    return rest if following < 0 else rest[:following]


class DuplicateIdWarning(UserWarning):
    """A gold file repeats an item id; the later item was renamed and kept."""


def load_gold(path: str | Path, unique_ids: bool = True) -> list[GoldItem]:
    """Read a gold JSONL file; a bad line raises :class:`InputError` naming file and line.

    A repeated id is an error when ``unique_ids`` (our own corpus); otherwise (someone
    else's file) the later item is kept as ``"<id>@<line>"`` with a
    :class:`DuplicateIdWarning`."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8 text") from None
    items: list[GoldItem] = []
    seen: set[str] = set()
    texts: dict[Path, str] = {}  # the documents items are cut from, each read once
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = parse_item(json.loads(line), number, Path(path).parent, texts)
        except json.JSONDecodeError as exc:
            raise InputError(name, f"line {number}: not JSON ({exc.msg})") from None
        except (ValueError, InputError) as exc:
            reason = exc.reason if isinstance(exc, InputError) else str(exc)
            raise InputError(name, f"line {number}: {reason}") from None
        if item.id in seen:
            if unique_ids:
                raise InputError(name, f"line {number}: duplicate id {item.id!r}")
            renamed = f"{item.id}@{number}"
            warnings.warn(f"{name}: line {number}: duplicate id {item.id!r}, kept as "
                          f"{renamed!r}", DuplicateIdWarning, stacklevel=2)
            item.id = renamed
        seen.add(item.id)
        items.append(item)
    if not items:
        raise InputError(name, "no gold items")
    return items
