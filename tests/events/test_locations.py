"""An event is located where it happened, not where a statement about it was made or
filed (issue 14)."""

from __future__ import annotations

import pytest


def where(analyzer, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.location.country if e.location else None)
            for e in analyzer.analyze(text, date="2026-03-11").events]


@pytest.mark.parametrize(("text", "expected"), [
    ("ISLAMABAD — Pakistan agreed on Tuesday to send 5,000 troops to Gaza, the foreign "
     "ministry said.", ("MOBILIZE", "PSE")),
    ("Iranian forces seized a tanker near Bandar Abbas, the foreign minister said in "
     "Geneva.", ("COERCE", "IRN")),
])
def test_where_it_happened(analyzer, text, expected):
    assert expected in where(analyzer, text)


@pytest.mark.parametrize(("text", "not_there"), [
    ("Speaking in Geneva, the Iranian foreign minister said Iranian forces had seized a "
     "tanker in the Gulf.", "CHE"),
    ("PHNOM PENH — Cambodia's defence ministry on Monday denied that Cambodian soldiers had "
     "fired on a Thai patrol near the border.", "KHM"),
])
def test_never_where_it_was_said_or_filed(analyzer, text, not_there):
    found = where(analyzer, text)
    assert found and all(country != not_there for _, country in found)
