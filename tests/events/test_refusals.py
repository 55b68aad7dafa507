"""Refusals: "X refused to <act> … Y" is REJECT X→Y (occurred) plus the act, refused, at Y
(docs/eval.md; events/frames.py ``_refused_for``, events/embedded.py). Sentences are our
own."""

from __future__ import annotations

import pytest


def coded(analysis) -> list[tuple[str, str | None, str | None, str]]:
    def code(actor_id):
        actor = analysis.actor(actor_id)
        return (actor.cameo_code or actor.id) if actor else None
    return [(e.type, code(e.source), code(e.target), e.status) for e in analysis.events]


@pytest.mark.parametrize(("text", "rejection", "refused"), [
    ("Hungary refused on Tuesday to share intelligence with Romanian investigators.",
     ("REJECT", "HUN", "ROUCOP", "occurred"), ("COOPERATE", "HUN", "ROUCOP", "refused")),
    ("Belarus refused to let the Lithuanian consul visit the detained trucker.",
     ("REJECT", "BLR", "LTU", "occurred"), None),
])
def test_a_refusal_is_made_to_the_one_the_refused_act_names(analyzer, text, rejection,
                                                            refused):
    found = coded(analyzer.analyze(text, date="2024-05-06"))
    assert rejection in found, found
    if refused is not None:
        assert refused in found, found


def test_a_refusal_naming_no_one_has_no_target(analyzer):
    found = coded(analyzer.analyze("The Serbian minister refused to comment on Monday.",
                                   date="2024-05-06"))
    assert [(t, s, tg) for t, s, tg, _ in found if t == "REJECT"] == [
        ("REJECT", "SRBGOV", None)]
