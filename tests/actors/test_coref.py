"""Coreference rules on hand-made Docs: subject "it", descriptions, "he"."""

from __future__ import annotations

import pytest
from helpers import by_text, claims_of, make_doc, parse_of, resources

from newsledger.actors import ActorDictionary, ActorIndex, Coreference, MentionFinder
from newsledger.evaluation.scoring import actor_code


@pytest.fixture(scope="module")
def stages() -> tuple[MentionFinder, Coreference]:
    dictionary = ActorDictionary(resources())
    return MentionFinder(dictionary), Coreference(dictionary)


def resolve(stages, rows: str, ents) -> ActorIndex:
    parse = parse_of(make_doc(rows, ents))
    for stage in stages:
        stage(parse)
    return parse.index


def coref_mentions(index: ActorIndex, actor_id: str) -> list[tuple[str, int, str]]:
    return [(m.text, m.sentence, m.why) for m in index.actors[actor_id].mentions
            if m.why.startswith("coref")]


HAMAS = [(0, 1, "ORG", "name|pse-hamas")]


def test_subject_it_is_the_previous_sentences_subject(stages):
    index = resolve(stages, """
Hamas PROPN NNP nsubj 1 Hamas
freed VERB VBD ROOT 1 free
ten NUM CD nummod 3 ten
hostages NOUN NNS dobj 1 hostage
. PUNCT . punct 1 .
It PRON PRP nsubj 6 it
said VERB VBD ROOT 6 say
. PUNCT . punct 6 .
""", HAMAS)
    assert coref_mentions(index, "pse-hamas") == [("It", 1, "coref:subject")]
    assert index.by_token[5] == "pse-hamas"


def test_a_definite_description_takes_the_recent_actor_that_fits(stages):
    index = resolve(stages, """
Hamas PROPN NNP nsubj 1 Hamas
freed VERB VBD ROOT 1 free
hostages NOUN NNS dobj 1 hostage
. PUNCT . punct 1 .
The DET DT det 6 the
militant ADJ JJ amod 6 militant
group NOUN NN nsubj 7 group
said VERB VBD ROOT 7 say
. PUNCT . punct 7 .
""", HAMAS)
    [(text, sentence, why)] = coref_mentions(index, "pse-hamas")
    assert (text, sentence) == ("The militant group", 1) and why.startswith("coref:description")
    assert [index.by_token[i] for i in (4, 5, 6)] == ["pse-hamas"] * 3


def test_he_as_subject_prefers_the_previous_subject(stages):
    index = resolve(stages, """
Trump PROPN NNP nsubj 1 Trump
met VERB VBD ROOT 1 meet
Modi PROPN NNP dobj 1 Modi
. PUNCT . punct 1 .
He PRON PRP nsubj 5 he
said VERB VBD ROOT 5 say
. PUNCT . punct 5 .
""", [(0, 1, "PERSON", "name|donald-trump"), (2, 3, "PERSON", "name|narendra-modi")])
    assert coref_mentions(index, "donald-trump") == [("He", 1, "coref:person-subject")]
    assert coref_mentions(index, "narendra-modi") == []


def test_expletive_it_refers_to_nobody(stages):
    index = resolve(stages, """
Hamas PROPN NNP nsubj 1 Hamas
freed VERB VBD ROOT 1 free
hostages NOUN NNS dobj 1 hostage
. PUNCT . punct 1 .
It PRON PRP nsubj 5 it
is AUX VBZ ROOT 5 be
clear ADJ JJ acomp 5 clear
that SCONJ IN mark 10 that
more ADJ JJR nsubj 10 more
will AUX MD aux 10 will
follow VERB VB ccomp 5 follow
. PUNCT . punct 5 .
""", HAMAS)
    assert coref_mentions(index, "pse-hamas") == []
    assert 4 not in index.by_token


def test_the_vice_president_is_not_the_president_named_before(analyzer):
    """Issue 13, real text: readouts resolved "The Vice President" to the president he
    called; "the Vice President" refers back only to someone named as such."""
    other = analyzer.analyze("President Luiz Inacio Lula da Silva hosted the summit on "
                             "Monday. The Vice President praised the climate plan.",
                             date="2023-08-25")
    assert all(m.text != "The Vice President" for a in other.actors
               if a.id == "lula-da-silva" for m in a.mentions)
    same = analyzer.analyze("Readout of Vice President Biden's call with Iraqi leaders\n\n"
                            "Earlier today, the Vice President spoke with Iraqi Prime "
                            "Minister Haider al-Abadi.", date="2014-09-20")
    ids = {m.text: a.id for a in same.actors for m in a.mentions}
    assert ids["the Vice President"] == ids["Vice President Biden"]


def _codes(analysis, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source, target) codes, as the evaluation reads them (offices dated), of the events
    with this trigger word."""
    return {(actor_code(analysis, e.source), actor_code(analysis, e.target))
            for e in analysis.events if e.evidence.trigger.text == trigger}


def test_the_two_leaders_are_the_two_people_named_before(analyzer):
    """Issue 13, real text (readouts): "both leaders", "the two leaders" are the two people
    of the call or meeting, not a sector of the country the sentence is set in."""
    met = analyzer.analyze("President Obama met Prime Minister Netanyahu in Washington on "
                           "Monday. Both leaders condemned the bombing.", date="2015-05-20")
    assert _codes(met, "condemned") == {("USAGOV", ""), ("ISRGOV", "")}
    mention = [m for a in met.actors for m in a.mentions if m.text == "Both leaders"]
    assert {m.why for m in mention} == {"coref:pair"}
    # a call in a readout's headline, then "the two leaders" in the body
    call = analyzer.analyze("Readout of Vice President Biden's Call with President Poroshenko "
                            "of Ukraine\n\nVice President Biden spoke today with Ukrainian "
                            "President Petro Poroshenko. The two leaders discussed the "
                            "ceasefire.", date="2014-08-20")
    assert ("USAGOV", "UKRGOV") in _codes(call, "discussed")
    # the headline's call is a CONSULT, folded into the body's "spoke with"
    assert ("USAGOV", "UKRGOV") in _codes(call, "spoke")
    assert any("merge:headline(s0:Call)" in e.why for e in call.events)


def test_the_leaders_need_two_people(analyzer):
    """One person named before: "the leaders" stays unresolved, never that one person."""
    one = analyzer.analyze("President Obama arrived in Ottawa on Monday. The leaders "
                           "condemned the bombing.", date="2015-05-20")
    assert all(not m.why.startswith("coref") for a in one.actors for m in a.mentions
               if m.text == "The leaders")
    assert ("USAGOV", "") not in _codes(one, "condemned")


def test_a_call_for_calm_is_no_consultation(analyzer):
    calm = analyzer.analyze("The minister issued a call for calm in Lagos on Friday.",
                            date="2015-05-20")
    assert not [e for e in calm.events if e.evidence.trigger.text == "call"]


def test_the_two_nations_are_the_last_pair_of_countries(analyzer):
    """ "The United States and Britain closed their embassies … The two nations pledged…"
    (issue 13, real train)."""
    pledged = analyzer.analyze("The United States and Britain closed their embassies in "
                               "Yemen on Sunday. The two nations pledged to boost support to "
                               "the Yemeni government.", date="2010-01-04")
    assert {s for s, _ in _codes(pledged, "pledged")} == {"USA", "GBR"}


def test_a_readouts_pair_of_leaders_and_their_they(analyzer):
    """Issue 13, real train (readouts): "The President and Prime Minister" share one
    article; a subject "they" is that pair, not the countries they talked about; "both
    presidents" are people, never a pair of countries named before."""
    readout = analyzer.analyze(
        "Readout of the President's Call with Prime Minister Modi\n\n"
        "The President spoke today with Prime Minister Narendra Modi of India. "
        "The President and Prime Minister agreed on the value of working together on "
        "Ukraine and Moldova. They also discussed energy prices.",
        date="2022-03-01", outlet="The White House")
    assert ("USAGOV", "INDGOV") in _codes(readout, "agreed")
    assert _codes(readout, "discussed") == {("USAGOV", "INDGOV")}
    both = analyzer.analyze(
        "President Biden spoke with President Macron of France. The two presidents "
        "discussed Chad and Mali. Both presidents agreed to meet in Paris.",
        date="2022-03-01")
    assert {code for pair in _codes(both, "agreed") for code in pair} == {"USAGOV", "FRAGOV"}


def test_a_title_named_before_beats_the_scene(analyzer):
    """ "Vice President Biden spoke with Iraqi Prime Minister al-Maliki … The Vice President
    expressed concern about Iraq": Biden, not Iraq's government (issue 13, real train)."""
    analysis = analyzer.analyze(
        "Vice President Biden spoke with Iraqi Prime Minister Nouri al-Maliki today. The "
        "Vice President expressed concern about the security situation in Iraq.",
        date="2013-10-01")
    who = {m.text: a.id for a in analysis.actors for m in a.mentions}
    assert who["The Vice President"] == "joe-biden"


def test_a_titled_possessor_and_another_countrys_office(analyzer):
    """A readout's "the Prime Minister's speech" is Erdogan's, named before; "the 12th
    President of the Republic of Turkey" is no office of the White House (issue 13, real
    train)."""
    analysis = analyzer.analyze(
        "Readout of the President's Call with Prime Minister Erdogan of Turkey\n\n"
        "The President spoke today with Prime Minister Erdogan to congratulate him on his "
        "election as the 12th President of the Republic of Turkey. The President praised "
        "the Prime Minister’s speech on Sunday.", date="2014-08-12", outlet="whitehouse.gov")
    who = {m.text: a.id for a in analysis.actors for m in a.mentions}
    assert who["the Prime Minister"] == "recep-tayyip-erdogan"
    assert who.get("the 12th President") != "USAGOV"
    praise = [e for e in analysis.events if e.evidence.trigger.text == "praised"]
    assert [actor_code(analysis, e.target) for e in praise] == ["TURGOV"]


def test_a_description_with_a_name_beside_it_is_the_person_named(analyzer):
    """ "the country's President, Petro Poroshenko" is Poroshenko, not the last official
    of the country the story opened with; "NATO leaders" are NATO's, not that country's
    (actors/coref.py, actors/sector_phrases.py; issue 13, real train)."""
    analysis = analyzer.analyze(
        "Afghanistan's new President was expected at the summit. Bismullah Khan Muhammadi, "
        "the country's defence minister, attended the summit instead.\n\n"
        "On Thursday, NATO leaders pledged support for Ukraine at a meeting with the "
        "country's President, Petro Poroshenko.", date="2014-09-06")
    found = {(e.type, e.source, actor_code(analysis, e.target)) for e in analysis.events}
    assert ("CONSULT", "igo-nato", "UKRGOV") in found, found
    assert ("SUPPORT", "igo-nato", "UKR") in found, found


def test_a_title_given_earlier_in_the_sentence_is_that_person(analyzer):
    """In a White House readout, "met Yemeni President Salih … to wish the President a
    speedy recovery" is Salih, not the publisher's president; "the Vice President" after
    "President Poroshenko" is no Poroshenko (issue 13, real train)."""
    wished = analyzer.analyze(
        "Readout of Mr. Brennan's Meeting in Riyadh\n\n"
        "Mr. Brennan met Yemeni President Ali Abdallah Salih in Riyadh today to wish the "
        "President a speedy recovery.", date="2011-07-10", outlet="The White House")
    who = {(m.text, m.why): a.id for a in wished.actors for m in a.mentions}
    assert ("the President", "coref:title-named-before") in who
    assert who[("the President", "coref:title-named-before")] == "ali-abdullah-saleh"
    vice = analyzer.analyze(
        "Readout of the Vice President's Call with President Poroshenko of Ukraine\n\n"
        "President Poroshenko informed the Vice President that the trucks had returned, "
        "and the Vice President commended Ukraine's restraint.",
        date="2014-08-23", outlet="The White House")
    commended = [e for e in vice.events if e.evidence.trigger.text == "commended"]
    assert commended and all(vice.actor(e.source).cameo_code == "USAGOV" for e in commended)


@pytest.mark.parametrize("text", [
    "After meeting with Turkish President Recep Tayyip Erdogan, the President told "
    "reporters that he welcomed Turkey's support for Sweden.",
    "Kenyan President William Ruto met the President, and the President praised Kenya's "
    "leadership.",
    "The President spoke with Chinese President Xi Jinping, and the President accused "
    "China of unfair trade practices.",
])
def test_a_readouts_subject_president_stays_the_publishers(analyzer, text):
    """Review of coref:title-named-before: a subject "the President" is the readout's own,
    and the person named in the clause's subject is never the one addressed."""
    analysis = analyzer.analyze("Readout of the President's Call\n\n" + text,
                                date="2024-03-01", outlet="The White House")
    assert not [m for a in analysis.actors for m in a.mentions
                if m.why == "coref:title-named-before"]


def test_he_after_a_long_quotation_is_named_before_it_opened(analyzer):
    """'"…," he said' closing a quotation of several sentences: "he" is the person named
    before the quotation opened, not someone quoted in it (issue 13, real train)."""
    claims = claims_of(analyzer, 'General Ruvo Tamm was asked if the army should expect '
                       'losses. "They will be heavy. They were heavy in the north. '
                       'Minister Lena Vask knows it. We cannot forget that," he said.')
    for words in ("They will be heavy", "Minister Lena Vask knows it", "cannot forget"):
        assert by_text(claims, words).attribution.source_actor == "x-ruvo-tamm", words


def test_he_never_takes_someone_quoted_before_him(analyzer):
    claims = claims_of(analyzer, 'General Ruvo Tamm spoke on Monday. "Lena Vask is wrong '
                       'about the army," he said.')
    assert by_text(claims, "Lena Vask is wrong").attribution.source_actor == "x-ruvo-tamm"


def test_a_pronoun_opening_a_quotation_is_no_speech_tag(analyzer):
    """Only '…," he said' closes a quotation with a speech tag; '"He is wrong…' opens one,
    and its "He" is looked for the usual way."""
    from newsledger.actors.speaker import quotation_opening

    doc = analyzer.parse_text('"The deal is done," Jones said. "He is wrong," she said.')
    he, she = (t for t in doc if t.lower_ in ("he", "she"))
    assert quotation_opening(he) is None
    assert doc[quotation_opening(she)].text == '"' and quotation_opening(she) == he.i - 1
