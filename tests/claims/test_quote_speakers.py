"""Who speaks a quotation when its own sentence does not say (issue 13, claims/voice.py and
claims/attribution.py): a straight quote closing mid-sentence, a quotation running on into
the next paragraph, a participle speech verb ("…, saying"), "who said", a pronoun speaker
named before, and a quotation after a sentence about a named person (ruling R18)."""

from __future__ import annotations

import pytest

from .test_voice import by_text, claims_of

# (case, text, words of the claim, grade, words of its source or None, a why it carries)
CASES = [
    ("straight quote closes before 'said'",
     'Harbour pilot Ingrid Solberg was asked about the storm. "The swell came in fast. '
     'We lost two moorings before dawn," Solberg said.',
     "swell came in fast", "A", "Solberg", "attr:quote-continues("),
    ("a quotation goes on into the next paragraph",
     "Speaking at the harbour on Friday, Transport Minister Ingrid Solberg said:\n\n"
     "“The new breakwater protects every family on this coast. Its cost was worth paying. "
     "The work will finish in the spring.”",
     "finish in the spring", "A", "Ingrid Solberg", "attr:lead-in("),
    ("a participle speaks for its controlling subject",
     'Port director Anton Berg answered the critics, saying the fees are "fair and long '
     'overdue.', "answered the critics", "A", "Anton Berg", "attr:speech-verb(say)"),
    ("'who said' is the noun the clause belongs to",
     "The plan was opposed by Anton Berg, who said the harbour fees would double.",
     "fees would double", "A", "Anton Berg", "attr:speech-verb(say)"),
    ("a pronoun speaker is the person named as speaker before",
     "Harbour pilot Ingrid Solberg said the storm surprised the crews.\n\n"
     "The port stayed closed for two days.\n\n"
     '"Nobody expected waves that high," she said.',
     "Nobody expected", "A", None, "attr:pronoun-speaker("),
    ("a quotation after a sentence about a named person is theirs",
     'Anton Berg criticised the ferry timetable on Tuesday. "Every winter the last boat '
     'leaves too early. Families wait for hours in the cold."',
     "Families wait", "A", "Anton Berg", "attr:quote-after("),
    ("a quotation with no named person before it stays the outlet's",
     'The ferry timetable changed on Tuesday. "Every winter the last boat leaves too '
     'early."', "last boat leaves", "E", None, "attr:none"),
]


@pytest.mark.parametrize(("text", "words", "grade", "source", "rule"),
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_who_speaks_a_quotation(analyzer, text, words, grade, source, rule):
    claim = by_text(claims_of(analyzer, text), words)
    assert claim.sourcing_grade == grade
    assert any(w.startswith(rule) for w in claim.why), claim.why
    if source is not None:
        assert source in claim.attribution.source_text
