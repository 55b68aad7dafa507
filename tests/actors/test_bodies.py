"""People who speak for an international body and bodies placed by their country
(actors/names.py ``appositive_body``, ``body_at``; actors/mentions.py): "U.N.
Secretary-General X", "said spokesperson for the UN…, X", "the Court of Appeal in Kenya"
(issue 13, real text). Sentences are our own."""

from __future__ import annotations

import pytest


def code_of(analysis, text: str) -> str | None:
    for actor in analysis.actors:
        if any(m.text.endswith(text) for m in actor.mentions):
            return actor.cameo_code or actor.country
    return None


@pytest.mark.parametrize(("text", "mention", "code"), [
    # a body named before the title: the person speaks for it (and "General" is no rank)
    ("U.N. Secretary-General Arvo Lindqvist urged calm in Juba.", "Arvo Lindqvist", "IGOUNO"),
    ("U.N. Secretary General Lindqvist urged calm in Juba.", "Lindqvist", "IGOUNO"),
    # the name in apposition to the phrase that names the body, after "said"
    ("\"We have seen reports of two arrests in Kandahar,\" said spokesperson for the United "
     "Nations Assistance Mission in Afghanistan, Tomas Ferreira.", "Tomas Ferreira", "IGOUNO"),
    # an unlisted court placed by its "in" phrase
    ("In March the Court of Appeal in Malawi ruled the ban unconstitutional.", "Court of Appeal",
     "MWIJUD"),
    ("Last week the Supreme Court in Zambia commuted the sentences of 40 prisoners.",
     "Supreme Court", "ZMBJUD"),
])
def test_a_person_or_body_takes_the_body_or_country_named_with_it(analyzer, text, mention,
                                                                    code):
    analysis = analyzer.analyze(text, date="2024-05-06")
    assert code_of(analysis, mention) == code, [
        (a.cameo_code, [m.text for m in a.mentions]) for a in analysis.actors]
