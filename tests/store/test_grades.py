"""Why a claim has its grade, in words (store/grades.py): from the rule ids of its ``why``,
for every grade rule the claim stage has, and for carried-over claims from the sentence
they carry over from; on the examples ledger, in the claims list and an actor's claims."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsledger import store as q
from newsledger.store import Ledger
from newsledger.store.grades import RULE_REASONS, add_reasons, claim_reasons, grade_reason

ATTRIBUTION = Path(q.__file__).resolve().parent.parent / "claims" / "attribution.py"


@pytest.mark.parametrize("why, origin, reason", [
    (["attr:speech-verb(say)", "grade:A(named-person)"], [],
     "a named person (speech verb 'say')"),
    (["attr:according-to(according to)", "grade:D(vague-source)"], [],
     "a vague source (cue 'according to')"),
    (["attr:according-to(citing)", "grade:B(outlet-citing)"], [],
     "a named news outlet citing its sources (cue 'citing')"),
    (["attr:vague-cue(reportedly)"], [], "a vague cue ('reportedly') and no named source"),
    (["attr:none", "opinion:hypocrisy"], [], "no attribution: the outlet's own assertion"),
    (["attr:carry-over(s5)"], ["attr:according-to(according to)", "grade:B(named-outlet)"],
     "carried over from sentence 5: a named news outlet (cue 'according to')"),
    (["attr:carry-over(s2)"], [], "carried over from sentence 2"),
    # who speaks when the sentence names no one (claims/voice.py)
    (["attr:statement-voice(first-person)"], [],
     "the words of an official statement, its issuer on record"),
    (["attr:quote-continues(s3)"], [], "a quotation that began or ends in sentence 3"),
    (["attr:lead-in(s2)"], [], "words introduced by the speaker in sentence 2"),
    (["attr:speech-verb(say)", "grade:C(brand-new-rule)"], [],
     "brand new rule (speech verb 'say')"),
    ([], [], None)])
def test_each_kind_of_rule_is_said_in_words(why, origin, reason):
    assert grade_reason(why, origin) == reason


def test_every_grade_rule_of_the_claim_stage_has_words():
    rules = set(re.findall(r"grade:[A-E]\(([\w-]+)\)", ATTRIBUTION.read_text("utf-8")))
    assert len(rules) >= 8  # the pattern still finds the rules
    assert rules - set(RULE_REASONS) == set()


def test_rows_get_the_reason_after_the_grade_and_why_as_a_list():
    columns, rows = add_reasons(
        ["claim_id", "grade", "why", "origin_why"],
        [("c1", "D", '["attr:carry-over(s1)"]', '["attr:according-to(according to)", '
                                                '"grade:D(vague-source)"]'),
         ("c2", "E", '["attr:none"]', None)])
    assert columns == ["claim_id", "grade", "grade_reason", "why"]
    assert rows == [("c1", "D", "carried over from sentence 1: a vague source (cue "
                                "'according to')", ["attr:carry-over(s1)"]),
                    ("c2", "E", "no attribution: the outlet's own assertion", ["attr:none"])]


@pytest.fixture(scope="module")
def ledger(example_db):
    with Ledger(example_db, read_only=True) as opened:
        yield opened


def test_every_listed_claim_says_why_it_has_its_grade(ledger):
    listed = q.claims(ledger, limit=10_000).records()
    stored = dict(ledger.con.execute(
        "SELECT doc_id || ':' || claim_id, why FROM claims").fetchall())
    assert len(listed) == len(stored)
    for claim in listed:
        assert claim["why"] == json.loads(stored[f"{claim['doc_id']}:{claim['claim_id']}"])
        assert claim["grade_reason"], claim
    carried = [c for c in listed if c["why"][0].startswith("attr:carry-over")]
    assert carried  # the examples carry an according-to lead over
    for claim in carried:
        sentence = int(claim["why"][0].split("(s")[1].rstrip(")"))
        origin = ledger.con.execute(
            "SELECT why FROM claims WHERE doc_id = ? AND sentence = ?",
            [claim["doc_id"], sentence]).fetchall()
        assert claim["grade_reason"] == (f"carried over from sentence {sentence}: "
                                         f"{grade_reason(json.loads(origin[0][0]))}")


def test_an_analysis_and_the_ledger_give_the_same_reasons(ledger):
    doc_id = ledger.scalar("SELECT doc_id FROM claims WHERE why LIKE '%carry-over%' LIMIT 1")
    from newsledger.model import Analysis

    analysis = Analysis.from_dict(q.show(ledger, doc_id))
    listed = {c["claim_id"]: c["grade_reason"]
              for c in q.claims(ledger, limit=10_000).records() if c["doc_id"] == doc_id}
    assert claim_reasons(analysis.claims) == listed


def test_an_actors_claims_carry_their_reasons(ledger):
    found = q.actor(ledger, "PAK")
    for key in ("statements", "claims_about"):
        assert found[key] and all(c["grade_reason"] and isinstance(c["why"], list)
                                  for c in found[key]), key
