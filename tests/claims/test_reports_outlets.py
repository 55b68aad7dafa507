"""Reports and outlets as sources (issue 13, claims/attribution.py; legend in docs/eval.md):
one report the text names is a document on record (A) where "reports" stay vague (D); a
named outlet is B even when its name ends in a vague word ("Press"); "X reported" and
"reports claim" are according-to, and only a named outlet's report goes on to the next
sentence of its paragraph (ruling R15)."""

from __future__ import annotations

import pytest

from .test_voice import by_text, claims_of

# (case, text, words of the claim, grade, attribution type)
CASES = [
    ("a named report is a document on record",
     "The harbour board's annual report states that ferry crossings fell by a tenth.",
     "ferry crossings fell", "A", "reported-speech"),
    ("'the report' of an according-to is on record",
     "Ferry crossings fell by a tenth last winter, according to the report.",
     "Ferry crossings fell", "A", "according-to"),
    ("media reports stay vague",
     "Ferry crossings fell by a tenth last winter, according to local media reports.",
     "Ferry crossings fell", "D", "according-to"),
    ("an outlet whose name ends in 'Press' is a named outlet",
     "Ferry crossings fell by a tenth last winter, according to the Associated Press.",
     "Ferry crossings fell", "B", "according-to"),
    ("vague reports that claim something are according-to",
     "Early reports suggest the night ferry ran aground near the north pier.",
     "ran aground", "D", "according-to"),
    ("a vague report does not go on to the next sentence",
     "Early reports suggest the night ferry ran aground near the north pier. Two deckhands "
     "were treated for cold.", "deckhands", "E", "unattributed"),
    ("an outlet that reported is according-to",
     "Reuters reported that the night ferry ran aground near the north pier. Two deckhands "
     "were treated for cold.", "ran aground", "B", "according-to"),
    ("a named outlet's report goes on to the next sentence",
     "Reuters reported that the night ferry ran aground near the north pier. Two deckhands "
     "were treated for cold.", "deckhands", "B", "according-to"),
]


@pytest.mark.parametrize(("text", "words", "grade", "kind"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_reports_and_outlets_as_sources(analyzer, text, words, grade, kind):
    claim = by_text(claims_of(analyzer, text), words)
    assert (claim.sourcing_grade, claim.attribution.type) == (grade, kind), claim.why
