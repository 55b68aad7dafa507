"""``check``: an article against the ledger, nothing stored (issue 15)."""

from __future__ import annotations

from newsledger.corroborate.check import VERDICTS, check
from newsledger.store import Ledger


def test_the_seed_troop_deal_is_contested_and_the_denier_named(demo_db, seed):
    with Ledger(demo_db, read_only=True) as ledger:
        before = ledger.scalar("SELECT count(*) FROM documents")
        result = check(ledger, seed)
        after = ledger.scalar("SELECT count(*) FROM documents")
    assert before == after  # nothing stored
    assert result["document"]["claims_with_events"] == len(result["claims"]) > 5
    troops = [c for c in result["claims"] if "20,000" in c["text"]]
    assert troops and any(c["verdict"] == "contested" for c in troops)
    denied = [d for c in troops for d in c["denials"]]
    assert denied and {d["by_country"] for d in denied} == {"PAK"}
    assert all(d["involved"] and d["outlet"] == "Fennick Times" for d in denied)
    first = [c["first_report"] for c in troops if c["first_report"]]
    assert first and min(f["date"] for f in first) == "2025-10-28"
    assert all(c["verdict"] in VERDICTS for c in result["claims"])
    assert {c["verdict_reason"] for c in troops} == {"the ledger's stories say so"}


def test_an_article_about_something_else_is_new(demo_db, analyzer):
    text = ("Chile and Peru signed a fisheries agreement in Lima on Monday, the two "
            "governments said.")
    analysis = analyzer.analyze(text, date="2025-11-03", title="Fisheries pact")
    with Ledger(demo_db, read_only=True) as ledger:
        result = check(ledger, analysis)
    assert result["claims"] and all(c["verdict"] == "new" and not c["stories"]
                                    for c in result["claims"])
    assert {c["verdict_reason"] for c in result["claims"]} == {
        "no story of the ledger tells it"}
