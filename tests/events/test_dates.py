"""Event dates: the article's own weekday, no clock, numbers that are not dates (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.events.details import _parse_date
from newsledger.reader import read_document

CASES = Path(__file__).resolve().parents[1] / "data" / "cases"


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("Monday", "2025-11-03", "2025-11-03"),  # a Monday story: that very day (case 14)
    ("Tuesday", "2025-11-04", "2025-11-04"),
    ("Friday", "2024-02-16", "2024-02-16"),
    ("Sunday", "2025-11-03", "2025-11-02"),  # another weekday: the one before
    ("last Monday", "2025-11-03", "2025-10-27"),
    ("Feb. 11-14", "2025-02-20", "2025-02-11"),  # a range: its first day
    ("11–14 February", "2025-02-20", "2025-02-11"),
    ("Nov 3, 2025", None, "2025-11-03"),  # names its year: needs no base
])
def test_dates_read_against_the_article(text, base, expected):
    parsed = _parse_date(text, base, "past")
    assert parsed is not None and parsed[0] == expected


@pytest.mark.parametrize(("text", "base"), [
    ("Sunday", None), ("Nov 3", None), ("last year", None), ("yesterday", None),  # no clock
    ("51", "2025-11-03"), ("0845", "2025-11-03"), ("17", "2025-11-03"),  # ages, times, counts
])
def test_what_is_not_a_date_or_has_no_base_stays_unresolved(text, base):
    assert _parse_date(text, base, "past") is None


def event_dates(analyzer, name: str) -> list[tuple[str, str | None, str]]:
    analysis = analyzer.analyze_document(read_document(str(CASES / name)))
    return [(e.type, e.date, e.date_precision) for e in analysis.events]


def test_case_14_the_datelines_weekday_is_that_day(analyzer):
    dates = event_dates(analyzer, "14_same_weekday_as_dateline.txt")
    assert ("CONSULT", "2025-11-03", "day") in dates
    assert ("REJECT", "2025-11-02", "day") in dates


def test_case_15_without_an_article_date_relative_dates_stay_unresolved(analyzer):
    dates = event_dates(analyzer, "15_wire_dateline_no_date_line.txt")
    assert dates and all(date is None and precision == "none" for _, date, precision in dates)


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("2025-11-04", "2025-11-10", ("2025-11-04", "day")),  # an ISO date is no day range
    ("2025-11-04", None, ("2025-11-04", "day")),
    ("2023", None, ("2023-01-01", "year")),  # a year alone: its first day, not today's
    ("March 2024", None, ("2024-03-01", "month")),
    ("March 2024", "2025-11-03", ("2024-03-01", "month")),
])
def test_dates_with_their_year_never_take_the_clocks_day(text, base, expected):
    assert _parse_date(text, base, "past") == expected


def test_a_decade_is_no_date():
    assert _parse_date("the 1990s", None, "past") is None
    assert _parse_date("the 1990s", "2025-11-03", "past") is None


def test_a_wire_dateline_dates_the_article_and_not_its_events(analyzer):
    """Case 15 with a year: the dateline gives the article's date; "on Sunday" is the day
    before it, not the dateline's own date."""
    from newsledger.reader import make_document

    doc = make_document("ISLAMABAD, Nov 3, 2025 (Reuters) - Pakistani troops killed five "
                        "militants in a raid in Bannu district on Sunday, the army said.")
    assert doc.date == "2025-11-03"
    events = analyzer.analyze_document(doc).events
    assert events and all(e.date == "2025-11-02" for e in events)


def test_a_date_before_a_dash_in_a_sentence_is_no_dateline(analyzer):
    analysis = analyzer.analyze("Turkey and Greece signed a deal on Monday - a first, officials "
                                "said.", date="2025-11-04")
    assert analysis.events and all(e.date == "2025-11-03" for e in analysis.events)


def test_a_date_that_owns_another_noun_dates_that_noun(analyzer):
    """ "threatened … ahead of next month's vote": the month is the vote's, so the threat
    has no date and stays occurred; "last week's attack" still dates the attack."""
    threat = analyzer.analyze("Opposition reporters in Zambia say they have been threatened "
                              "with arrest by police ahead of next month's vote.",
                              date="2025-11-04").events
    assert [(e.type, e.status, e.date) for e in threat] == [("THREATEN", "occurred", None)]
    attack = analyzer.analyze("Last week's attack on a Kenyan base by al-Shabaab killed 12 "
                              "soldiers.", date="2025-11-04").events
    assert [(e.type, e.date) for e in attack] == [("ASSAULT", "2025-10-28")]
