"""A speech verb that reports nothing said cites nobody (issue 13, claims/attribution.py;
legend E, docs/eval.md): negated, yet to come, or a passive with no agent."""

from __future__ import annotations

import pytest

from .test_voice import by_text, claims_of

# (text, words of the claim, grade)
CASES = [
    ("The harbour board has not said when the north pier will reopen.", "north pier", "E"),
    ("Mayor Ingrid Solberg will announce the winter timetable on Friday.", "winter", "E"),
    ("The two deckhands were denied entry to the port for a week.", "deckhands", "E"),
    ("The north pier will reopen in May, Mayor Ingrid Solberg said.", "north pier", "A"),
]


@pytest.mark.parametrize(("text", "words", "grade"), CASES)
def test_a_speech_verb_that_reports_nothing_said(analyzer, text, words, grade):
    claim = by_text(claims_of(analyzer, text), words)
    assert claim.sourcing_grade == grade, claim.why
