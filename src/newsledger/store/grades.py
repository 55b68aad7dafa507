"""Why a claim has its sourcing grade, in words: ``grade_reason`` reads the rule ids the
claim stage records in a claim's ``why`` (``claims/attribution.py``: ``grade:D(vague-source)``,
``attr:speech-verb(say)``, ``attr:vague-cue(reportedly)``, ``attr:none``; ``claims/build.py``:
``attr:carry-over(s5)``; ``claims/voice.py``: ``attr:statement-voice(first-person)``,
``attr:quote-continues(s3)``, ``attr:lead-in(s2)``) and says them as a short phrase, e.g.
"a vague source (cue 'according to')". A carried-over claim has no grade rule of its own:
its reason is that of the sentence it carries over from (its *origin*), when that sentence
is known.

What each grade means is ``ontology.GRADE_MEANINGS``; this module says which rule gave it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from ..model import Claim

GRADE_RULE = re.compile(r"^grade:[A-E]\(([\w-]+)\)$")
ATTR_RULE = re.compile(r"^attr:([\w-]+)\((.*)\)$")
CARRY_OVER = re.compile(r"^attr:carry-over\(s(\d+)\)$")

# The grade rules of claims/attribution.py (``grade:X(name)``), in words; a rule not named
# here is said as its name ("new-rule" -> "new rule"). tests/store/test_grades.py fails when
# attribution.py has a rule this table lacks.
RULE_REASONS: Mapping[str, str] = MappingProxyType({
    "named-person": "a named person",
    "named-institution": "a named institution on record",
    "official-document": "an official body or document on record",
    "named-outlet": "a named news outlet",
    "outlet-citing": "a named news outlet citing its sources",
    "named-organisation": "a named organisation",
    "unnamed-official": "unnamed officials or sources",
    "other-source": "a source described but not named",
    "vague-source": "a vague source",
    "vague-reporter": "vague reports citing sources",
    "no-source": "a cue with no source after it",
})
HOW = MappingProxyType({"according-to": "cue", "speech-verb": "speech verb"})
# Who speaks in a sentence that names no speaker (claims/voice.py), in words.
VOICES: Mapping[str, str] = MappingProxyType({
    "statement-voice": "the words of an official statement, its issuer on record",
    "quote-continues": "a quotation that began or ends in sentence {0}",
    "lead-in": "words introduced by the speaker in sentence {0}",
    "quote-after": "a quotation after sentence {0}, whose subject is its speaker",
    "pronoun-speaker": "a named person (speaker named in sentence {0}, then 'he' or 'she')",
})

# The claim a carried-over claim carries over from: the same article's claim of sentence N
# (SQL over ``claims c``; the pattern is ours, no user input). Select ``o.why AS
# origin_why`` with it and give the rows to :func:`add_reasons`.
ORIGIN_ON = (r"o.doc_id = c.doc_id AND o.sentence = "
             r"TRY_CAST(regexp_extract(c.why, 'attr:carry-over\(s([0-9]+)\)', 1) AS INTEGER)")
ORIGIN_JOIN = f"LEFT JOIN claims o ON {ORIGIN_ON}"


def carried_from(why: Sequence[str]) -> int | None:
    """The sentence number a claim's attribution carries over from, or None."""
    for rule in why:
        if match := CARRY_OVER.match(rule):
            return int(match.group(1))
    return None


def grade_reason(why: Sequence[str], origin: Sequence[str] = ()) -> str | None:
    """A short phrase saying which rule gave a claim its grade, from its ``why`` (rule ids)
    and, for a carried-over claim, its origin's ``why``; None when ``why`` holds no rule
    about the source (a claim stored without one)."""
    sentence = carried_from(why)
    if sentence is not None:
        inner = grade_reason(origin) if carried_from(origin) is None else None
        return f"carried over from sentence {sentence}" + (f": {inner}" if inner else "")
    if "attr:none" in why:
        return "no attribution: the outlet's own assertion"
    for rule in why:
        voice = ATTR_RULE.match(rule)
        if voice and voice.group(1) in VOICES:
            return VOICES[voice.group(1)].format(voice.group(2).lstrip("s"))
    how = None
    for rule in why:
        attr = ATTR_RULE.match(rule)
        if attr and attr.group(1) == "vague-cue":
            return f"a vague cue ('{attr.group(2)}') and no named source"
        if attr and attr.group(1) in HOW:
            how = f"{HOW[attr.group(1)]} '{attr.group(2)}'"
    for rule in why:
        if match := GRADE_RULE.match(rule):
            name = match.group(1)
            reason = RULE_REASONS.get(name, name.replace("-", " "))
            return f"{reason} ({how})" if how else reason
    return None


def add_reasons(columns: Sequence[str], rows: Iterable[Sequence[Any]]
                ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Claim rows with ``why`` (JSON text, as stored) and ``origin_why`` (see
    :data:`ORIGIN_JOIN`) as the listings give them: ``why`` a list of rule ids, and
    ``origin_why`` replaced by ``grade_reason`` (placed after ``grade`` when there is one).
    Returns ``(columns, rows)``."""
    names = [name for name in columns if name != "origin_why"]
    names.insert(names.index("grade") + 1 if "grade" in names else len(names),
                 "grade_reason")
    out = []
    for row in rows:
        record = dict(zip(columns, row, strict=True))
        record["why"] = json.loads(record["why"] or "[]")
        origin = json.loads(record.pop("origin_why") or "[]")
        record["grade_reason"] = grade_reason(record["why"], origin)
        out.append(tuple(record[name] for name in names))
    return names, out


def claim_reasons(claims: Sequence[Claim]) -> dict[str, str | None]:
    """claim id -> grade reason, for the claims of one analysis (the origin of a
    carried-over claim is the claim of that sentence)."""
    by_sentence = {c.sentence: c.why for c in claims}
    return {c.id: grade_reason(c.why, by_sentence.get(carried_from(c.why) or -1, ()))
            for c in claims}
