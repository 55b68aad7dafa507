"""Statuses of real-text kinds (issue 14): hypotheticals and questions are speculative,
proposed and postponed events have not happened, a later day is not yet."""

from __future__ import annotations

import pytest


def statuses(analyzer, text: str, date: str = "2025-11-04") -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in analyzer.analyze(text, date=date).events]


@pytest.mark.parametrize(("text", "expected"), [
    ("If Iran attacks Israel, the United States will respond.", ("ASSAULT", "speculative")),
    ("Unless Russia withdraws its troops, the EU will impose new sanctions.",
     ("RETREAT", "speculative")),
    ("Reporters asked whether Iran would attack Israel.", ("ASSAULT", "speculative")),
    ("The talks between Iran and the US were postponed on Monday.", ("CONSULT", "planned")),
    ("A proposed meeting between Iran and Oman is under discussion.", ("CONSULT", "planned")),
    ("Iran cancelled talks with the US on Monday.", ("CONSULT", "negated")),
])
def test_what_has_not_happened_is_not_occurred(analyzer, text, expected):
    assert expected in statuses(analyzer, text)


def test_a_day_after_the_article_is_planned(analyzer):
    found = statuses(analyzer, "Turkish and Greek ministers hold talks in Ankara on "
                               "November 20, 2025.", date="2025-11-04")
    assert found and all(status == "planned" for _, status in found)


def test_a_past_day_stays_occurred(analyzer):
    found = statuses(analyzer, "Turkish and Greek ministers held talks in Ankara on "
                               "November 3.", date="2025-11-04")
    assert found and all(status == "occurred" for _, status in found)


@pytest.mark.parametrize("text", [
    "A Taliban attack on a police post in Kabul delayed the election.",
    "An Israeli air strike on Gaza cancelled the talks.",
])
def test_an_event_that_puts_something_off_has_itself_happened(analyzer, text):
    found = statuses(analyzer, text)
    assert ("ASSAULT", "occurred") in found
