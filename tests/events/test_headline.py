"""A headline's events and the body's (issue 13; events/headline.py)."""

from __future__ import annotations


def coded(analysis) -> list[tuple[int, str, str | None, str | None]]:
    def code(actor_id):
        return analysis.actor(actor_id).id if actor_id else None
    return [(e.evidence.sentence, e.type, code(e.source), code(e.target))
            for e in analysis.events]


def test_a_headline_event_the_lede_tells_is_one_event(analyzer):
    analysis = analyzer.analyze(
        "Qatar and Egypt hold talks on Gaza truce\n\nThe foreign ministers of Qatar and "
        "Egypt met in Doha on Sunday to discuss the truce.", date="2024-02-12")
    consults = [e for e in analysis.events if e.type == "CONSULT"]
    assert consults and all(e.evidence.sentence == 1 for e in consults)
    assert any(w.startswith("merge:headline(s0:talks)") for e in consults for w in e.why)


def test_a_headline_event_nothing_else_tells_is_kept(analyzer):
    analysis = analyzer.analyze(
        "Egyptian Police Arrest Twelve Protesters In Cairo\n\nThe interior ministry said "
        "the march had not been authorised.", date="2016-04-25")
    assert (0, "COERCE", "EGYCOP", "EGYCVL") in coded(analysis)


def test_a_document_that_is_only_a_headline_has_events(analyzer):
    analysis = analyzer.analyze("China Condemns US Arms Sale To Taiwan", date="2019-07-09")
    # a headline verb may be news of a statement: China stays China (speaker.py)
    assert coded(analysis) == [(0, "ACCUSE", "CHN", "USA")]
    assert analysis.events[0].status == "occurred"
    assert not analysis.sentences[0].heading


def test_a_headline_over_a_body_tells_past_news_in_the_present(analyzer):
    analysis = analyzer.analyze("Kenyan Navy Kills Three Pirates Off Somali Coast\n\nThe "
                                "navy said on Sunday that the pirates had fired first.",
                                date="2011-09-10")
    kills = [e for e in analysis.events if e.evidence.trigger.text == "Kills"]
    assert kills and kills[0].status == "occurred"
    assert "status:headline-present(VBZ)" in kills[0].why


def test_a_lede_line_is_no_headline(analyzer):
    """Review: wire copy puts one sentence on each line; a first line with a full stop is
    the lede, and its events stay their own."""
    analysis = analyzer.analyze(
        "Nigerian troops killed 12 fighters in Borno state on Monday, the army said.\n\n"
        "On Sunday, Nigerian soldiers killed five fighters in Yobe state.", date="2021-05-05")
    assert [e.evidence.sentence for e in analysis.events if e.type == "ASSAULT"] == [0, 1]
    assert not any(w.startswith("merge:headline") for e in analysis.events for w in e.why)


def test_a_headline_cut_at_a_colon_is_one_headline(analyzer):
    """The parser ends a sentence at the colon; the line is still one headline, told in the
    present about the past (issue 13, real train)."""
    analysis = analyzer.analyze(
        "Obama commutes whistleblower's sentence: Chelsea Manning to walk free\n\nThe "
        "White House said so on Tuesday.", date="2017-01-18")
    assert len(analysis.sentences) == 2
    assert analysis.sentences[0].end == len("Obama commutes whistleblower's sentence: "
                                            "Chelsea Manning to walk free")
    commutes = [e for e in analysis.events if e.evidence.trigger.text == "commutes"]
    assert [e.status for e in commutes] == ["occurred"]
