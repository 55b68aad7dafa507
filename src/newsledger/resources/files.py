"""Reading the package data files: the one place in the package that parses YAML and CSV,
and the checks every loader shares. A check that fails raises :class:`DataError` naming the
file and the entry (``where``), e.g. ``lexicons/status.yaml governors: missing``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

DATA = Path(str(importlib_resources.files("newsledger") / "data"))


class DataError(ValueError):
    """A package data file that does not match its schema."""


def load_yaml(relpath: str, data: Path | None = None) -> dict[str, Any]:
    """A versioned data file of the package (or of ``data``, a folder laid out like it),
    checked to be a mapping with `version: 1`."""
    path = (data or DATA) / relpath
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{relpath}: cannot load ({exc})") from None
    if not isinstance(loaded, dict) or loaded.get("version") != 1:
        raise DataError(f"{relpath}: expected a mapping with 'version: 1'")
    return loaded


def load_csv(relpath: str, data: Path | None = None) -> list[dict[str, str]]:
    """The rows of a CSV table of the package, as mappings from its header."""
    try:
        with open((data or DATA) / relpath, encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except (OSError, csv.Error) as exc:
        raise DataError(f"{relpath}: cannot load ({exc})") from None


def entry_at(where: str, i: int, raw: Any, key: str) -> str:
    """Where the ``i``-th entry of a list is: ``<where> entry 3 (<its key's value>)``."""
    return f"{where} entry {i} ({raw.get(key, '?') if isinstance(raw, dict) else raw})"


def need(entry: Mapping[str, Any], keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in entry]
    if missing:
        raise DataError(f"{where}: missing {', '.join(missing)}")


def strs(value: Any, where: str) -> tuple[str, ...]:
    """A list of strings (absent or empty: none)."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: expected a list of strings")
    return tuple(value)


def mapping(value: Any, where: str) -> dict[Any, Any]:
    """A mapping with string keys (absent or empty: none)."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise DataError(f"{where}: expected a mapping with string keys")
    return value


def text(value: Any, where: str, optional: bool = False) -> str | None:
    """A non-empty string (or, if ``optional``, nothing)."""
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: expected a non-empty string, not {value!r}")
    return value


def number(value: Any, where: str, low: float | None = None, high: float | None = None
           ) -> int | float:
    """An int or float (kept as written) within [low, high] when those are given."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(f"{where}: expected a number, not {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise DataError(f"{where}: {value} is outside [{low}, {high}]")
    return value


def known(values: Iterable[str], allowed: Iterable[str], what: str, where: str) -> None:
    """Every value is one of ``allowed``."""
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise DataError(f"{where}: unknown {what} {', '.join(map(repr, unknown))}")


def entries(raw: dict[str, Any], key: str, rel: str) -> list[Any]:
    """The list under ``key`` of the file ``rel``; a DataError when it is missing or not a
    list."""
    need(raw, (key,), rel)
    if not isinstance(raw[key], list):
        raise DataError(f"{rel} {key}: expected a list of entries")
    return raw[key]
