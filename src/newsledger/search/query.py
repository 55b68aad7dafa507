"""What a user types, turned into a safe SQLite FTS5 query.

The user's words never reach FTS5 as syntax: every word and phrase is written as an FTS5
string (in double quotes, an inner quote doubled), so ``AND``, ``NEAR``, ``:``, ``^``,
``(`` and ``-`` in the text are searched for as text, never run. What the user may write
(the rules of :func:`fts_query`):

- words: every one must match (``pakistan troops``);
- ``"a phrase"``: these words next to each other, in this order;
- ``word*``: any word starting so (``troop*``: troop, troops, trooper);
- ``OR`` (in capitals) between two terms: either (``army OR military``); a run of terms
  joined by OR counts as one term of the AND (``gaza army OR military``).

Matching ignores case and accents and compares word stems (the index's tokenizer is
``porter unicode61 remove_diacritics 2``): "troops" finds "troop".
"""

from __future__ import annotations

import re

MAX_QUERY = 500  # characters; the nav's search box allows 200
TOKEN = re.compile(r'"([^"]*)"|(\S+)')
WORDLIKE = re.compile(r"\w")  # a term without a letter or digit matches nothing


class SearchError(ValueError):
    """A query that cannot be searched (empty, an unclosed quote, a dangling OR, too long)
    or an index that cannot be read. ``str()`` is one line saying what to change."""


def _term(text: str, prefix: bool) -> str | None:
    """One FTS5 string (a word or a phrase), or None when it holds nothing searchable."""
    if not WORDLIKE.search(text):
        return None
    quoted = '"' + text.replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


def terms(text: str) -> list[str]:
    """The terms and ``OR`` operators of ``text``, each term an FTS5 string. Raises
    :class:`SearchError` for an empty or too long query, or an unclosed quote."""
    text = " ".join(text.split())
    if not text:
        raise SearchError("an empty query: give a word to search for")
    if len(text) > MAX_QUERY:
        raise SearchError(f"the query is {len(text)} characters long; at most {MAX_QUERY}")
    if text.count('"') % 2:
        raise SearchError('an unclosed " in the query: close the phrase or drop the quote')
    out: list[str] = []
    for match in TOKEN.finditer(text):
        phrase, word = match.groups()
        if word == "OR":
            out.append("OR")
            continue
        if phrase is not None:
            term = _term(phrase, prefix=False)
        else:
            prefix = word.endswith("*") and len(word.rstrip("*")) > 0
            term = _term(word.rstrip("*"), prefix)
        if term is not None:
            out.append(term)
    return out


def fts_query(text: str) -> str:
    """The FTS5 query for what a user typed: terms joined by AND, runs of ``a OR b``
    grouped in parentheses. ``'gaza "peace force" army OR military troop*'`` gives
    ``'"gaza" AND "peace force" AND ("army" OR "military") AND "troop" *'``.

    Raises :class:`SearchError` (one line) for an empty or too long query, an unclosed
    quote, an OR without a term on each side, or a query with no letter or digit."""
    parts = terms(text)
    if not parts:
        raise SearchError(f"nothing to search for in {text.strip()!r}: give a word with a "
                          "letter or a digit")
    groups: list[list[str]] = []
    joined = False  # the last part was OR: the next term joins the last group
    for part in parts:
        if part == "OR":
            if not groups or joined:
                raise SearchError("OR needs a term on each side (army OR military)")
            joined = True
        elif joined:
            groups[-1].append(part)
            joined = False
        else:
            groups.append([part])
    if joined:
        raise SearchError("OR needs a term on each side (army OR military)")
    return " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
