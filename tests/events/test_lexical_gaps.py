"""Common words of the CAMEO categories the lexicon lacked (issue 13, lexical gaps), each
coded with the type its category gives. Sentences are the team's own."""

from __future__ import annotations

import pytest

from newsledger.evaluation.scoring import actor_code


def _coded(analyzer, text: str) -> set[tuple[str, str | None, str | None, str]]:
    found = analyzer.analyze(text, date="2019-03-12")
    return {(e.type, actor_code(found, e.source) or None, actor_code(found, e.target) or None,
             next(w for w in e.why if w.startswith("trigger:"))) for e in found.events}


@pytest.mark.parametrize("text, expected", [
    ("Russian troops assaulted Ukrainian positions near Bakhmut.",
     ("ASSAULT", "RUSMIL", "trigger:assault-v")),
    ("Taliban fighters ambushed an Afghan army patrol on Monday.",
     ("ASSAULT", "AFGREB", "trigger:ambush-v")),
    ("Syrian artillery bombarded rebel-held towns near Idlib.",
     ("ASSAULT", "SYRMIL", "trigger:bombard-v")),
    ("Saudi Arabia ended its bombardment of the port of Hodeidah.",
     ("ASSAULT", "SAU", "trigger:bombardment-n")),
    ("Islamic State militants beheaded two Kurdish fighters.",
     ("ASSAULT", "IMGREB", "trigger:behead-v")),
    ("Syrian forces captured the town of Qusayr from rebels.",
     ("ASSAULT", "SYRMIL", "trigger:capture-place-v")),
    ("Iran imprisoned a British aid worker in 2016.",
     ("COERCE", "IRN", "trigger:imprison-v")),
    ("Israel demolished Palestinian homes in Hebron.",
     ("COERCE", "ISR", "trigger:demolish-v")),
    ("Bahrain downgraded its ties with Iran on Monday.",
     ("SANCTION", "BHR", "trigger:downgrade-ties-v")),
    ("The European Parliament censured Hungary over its media law.",
     ("ACCUSE", "IGOEUR", "trigger:censure-v")),
    ("China castigated Japan over the island dispute.",
     ("ACCUSE", "CHN", "trigger:castigate-v")),
    ("North Korea spurned South Korea's offer of talks.",
     ("REJECT", "PRK", "trigger:spurn-v")),
    ("Colombia implored Venezuela to reopen the border.",
     ("REQUEST", "COL", "trigger:implore-v")),
    ("Egypt lauded Sudan's decision to join the talks.",
     ("SUPPORT", "EGY", "trigger:laud-v")),
    ("The Indian foreign minister conferred with his Chinese counterpart in Beijing.",
     ("CONSULT", "INDGOV", "trigger:confer-v")),
    ("China lent two billion dollars to Pakistan last year.",
     ("AID", "CHN", "trigger:lend-v")),
    ("The IMF approved a loan to Argentina on Friday.",
     ("AID", "IGOIMF", "trigger:loan-n")),
    ("Armenian forces retreated from the disputed villages.",
     ("RETREAT", "ARMMIL", "trigger:retreat-v")),
    ("Egypt reopened the Rafah crossing on Monday.",
     ("RETREAT", "EGY", "trigger:reopen-v")),
    ("Azerbaijan announced a partial mobilization on Sunday.",
     ("MOBILIZE", "AZEMIL", "trigger:mobilization-n")),
    # senses the second review found lost
    ("Israel launched a ground assault on Hamas in Gaza.", ("ASSAULT", "ISR", "trigger:assault-n")),
    ("The Taliban captured Kunduz province on Sunday.",
     ("ASSAULT", "AFGREB", "trigger:capture-place-v")),
    ("The Turkish parliament ratified the maritime agreement with Libya.",
     ("AGREE", "TURLEG", "trigger:ratify-v")),
])
def test_a_word_the_lexicon_lacked_codes_its_type(analyzer, text, expected):
    found = _coded(analyzer, text)
    kind, source, trigger = expected
    assert any(t == kind and s == source and w == trigger for t, s, _, w in found), found


@pytest.mark.parametrize("text, trigger", [
    # people captured are no territory taken
    ("Kurdish forces captured two Islamic State commanders.", "trigger:capture-place-v"),
    # a disaster destroys; it coerces no one
    ("The earthquake demolished hundreds of homes in Hatay.", "trigger:demolish-v"),
    # a seat won is no town taken (review)
    ("The Democrats captured the district for the first time in decades.",
     "trigger:capture-place-v"),
    # an argument demolished, a policy retreated from, support lent (review)
    ("Britain's foreign secretary demolished Russia's argument at the UN.",
     "trigger:demolish-v"),
    ("Mexico retreated from its threat to impose tariffs on China.", "trigger:retreat-v"),
    ("France lent its support to the German proposal.", "trigger:lend-v"),
    # reporters who ambush an official attack no one (review)
    ("Reporters ambushed the Saudi foreign minister outside the hotel.", "trigger:ambush-v"),
    # a mobilization of voters or of funds is no troop mobilization (review)
    ("The opposition called for a mass mobilization against the president.",
     "trigger:mobilization-n"),
    # senses the second review found false
    ("The footballer was charged with sexual assault in Manchester.", "trigger:assault-n"),
    ("The US Navy captured a dhow carrying Iranian weapons to Yemen.",
     "trigger:capture-vessel-v"),
    ("North Korea's firing of ballistic missiles into the Sea of Japan drew condemnation.",
     "trigger:firing-n"),
    ("Chilean police defended the firing of rubber bullets at protesters.", "trigger:firing-n"),
])
def test_where_the_word_is_no_such_event(analyzer, text, trigger):
    found = _coded(analyzer, text)
    assert not [f for f in found if f[3] == trigger], found


@pytest.mark.parametrize("text, kind, status", [
    # approving a loan lends it: the aid is given by the approval (status.yaml granting)
    ("The IMF approved a loan to Argentina on Friday.", "AID", "occurred"),
    # approving a plan agrees to what the plan says
    ("Congress approved a plan to send troops to Haiti.", "MOBILIZE", "planned"),
    # what governs the approval still decides; a legislature's vote commits, it does not
    # hand over (review)
    ("The IMF refused to approve a loan to Egypt.", "AID", "refused"),
    ("Nigeria urged the World Bank to approve a loan to Lagos state.", "AID", "demanded"),
    ("Congress approved aid to Ukraine on Thursday.", "AID", "agreed"),
])
def test_aid_approved_is_given_a_plan_approved_is_not_done(analyzer, text, kind, status):
    found = analyzer.analyze(text, date="2019-03-12")
    assert [e.status for e in found.events if e.type == kind] == [status], \
        [(e.type, e.status, e.why) for e in found.events]


def test_aid_from_someone_is_theirs_whoever_approves_it(analyzer):
    found = _coded(analyzer, "Kenya's parliament approved a loan from China on Monday.")
    assert {(t, src) for t, src, _, _ in found} == {("AID", "CHN")}, found


@pytest.mark.parametrize("text, expected", [
    ("Somali pirates captured a Greek tanker off Oman on Friday.",
     ("ASSAULT", "SOMCRM", "GRCCVL", "trigger:capture-vessel-v")),
    ("Poland condemned the firing of rockets into Ukraine on Sunday.",
     ("ASSAULT", None, "UKR", "trigger:firing-n")),
])
def test_ships_taken_and_rockets_fired(analyzer, text, expected):
    found = _coded(analyzer, text)
    assert expected in found, found


def test_a_person_fired_is_no_firing(analyzer):
    found = _coded(analyzer, "The firing of the defence minister surprised Ukraine's allies.")
    assert not [f for f in found if f[3] == "trigger:firing-n"], found


def test_aid_delivered_from_a_place_is_the_deliverers(analyzer):
    found = _coded(analyzer, "The Red Cross delivered aid from Egypt into Gaza on Sunday.")
    assert not [f for f in found if f[0] == "AID" and f[1] == "EGY"], found


@pytest.mark.parametrize("text, expected", [
    ("The United States cut aid to Egypt.", ("SANCTION", "USA", "EGY")),
    ("The US reduced its assistance to Honduras.", ("SANCTION", "USA", "HND")),
    ("The EU slashed funding for the Palestinian Authority.", ("SANCTION", "igo-eu",
                                                               "PSEGOV")),
])
def test_aid_cut_is_a_sanction_not_aid(analyzer, text, expected):
    """Less aid is CAMEO 162 (reduce or stop material aid); "cut aid" had been coded as aid
    given through the noun (issue 13)."""
    analysis = analyzer.analyze(text, date="2014-08-17")
    found = {(e.type, e.source, e.target, e.cameo) for e in analysis.events}
    assert (*expected, "162") in found, found
    assert not [e for e in analysis.events if e.type == "AID"], found


@pytest.mark.parametrize("text", [
    "We can't kill our way out of this mess, the senator said.",
    "The Senate killed the bill on Tuesday.",
])
def test_killing_a_way_or_a_bill_kills_no_one(analyzer, text):
    """kill-v ``exclude_objects`` (issue 13, real dev: Romney's "we can't kill our way out
    of this mess" became an assault once "we" had a speaker)."""
    analysis = analyzer.analyze(text, date="2012-10-23")
    assert not [e for e in analysis.events if e.type == "ASSAULT"], analysis.events


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan president awarded a medal to the British ambassador.",
     ("SUPPORT", "KENGOV", "GBRGOV")),
    ("The Afghan team had been denied visas to enter the United States.",
     ("REJECT", None, "AFG")),
    ("Israel denied permission to UN investigators.", ("REJECT", "ISR", "un")),
])
def test_honours_awarded_and_requests_denied(analyzer, text, expected):
    """award (SUPPORT 051) and deny a visa or permission (REJECT 120): issue 13, real
    train lexical gaps."""
    analysis = analyzer.analyze(text, date="2017-07-20")
    assert expected in {(e.type, e.source, e.target) for e in analysis.events}


@pytest.mark.parametrize("text", [
    "Iran said it would honor the agreement.",
    "Russia denied the report on Tuesday.",
    "The ministry awarded a contract to a Chinese firm.",
])
def test_a_deal_honoured_a_report_denied_a_contract_awarded_are_none_of_these(analyzer,
                                                                              text):
    analysis = analyzer.analyze(text, date="2017-07-20")
    assert not [e for e in analysis.events if e.type in ("SUPPORT", "REJECT")], \
        analysis.events


@pytest.mark.parametrize("text", [
    "Gunmen killed a journalist on his way home in Karachi.",
    "Boko Haram killed 12 farmers at the time of the harvest.",
])
def test_a_way_or_a_time_in_a_circumstance_is_no_object(analyzer, text):
    """Second review: "on his way", "at the time of" are circumstances (triggers.py
    ``ADJUNCT_PREPS``), not what was killed."""
    analysis = analyzer.analyze(text, date="2020-05-01")
    assert [e.type for e in analysis.events] == ["ASSAULT"], analysis.events


@pytest.mark.parametrize("text", [
    "Russia denied the claim at the request of journalists.",
    "The government awarded the contract to a Chinese firm in order to speed up work.",
    "The Kenyan government cut funding for universities.",
    "Nigeria reduced fuel subsidies in January.",
    "The war imposed heavy costs on Ukraine's economy.",
])
def test_requests_orders_budgets_and_wars_are_no_such_acts(analyzer, text):
    """Second review: a request or an order in a circumstance, a budget cut at home, a
    war's costs."""
    analysis = analyzer.analyze(text, date="2020-05-01")
    assert not [e for e in analysis.events if e.type in ("REJECT", "SUPPORT", "SANCTION")], \
        analysis.events


@pytest.mark.parametrize("text, expected", [
    ("Palestinian protesters threw stones at Israeli troops.", ("PROTEST", "PSECVL", "ISRMIL")),
    ("Turkey expressed its displeasure with Germany over the ban.", ("ACCUSE", "TUR", "DEU")),
])
def test_stones_thrown_and_displeasure_voiced(analyzer, text, expected):
    """Stones thrown at someone are a violent protest (CAMEO 145); displeasure voiced with
    someone is disapproval (issue 13, real dev)."""
    found = {(e.type, e.source, e.target) for e in analyzer.analyze(
        text, date="2018-05-14").events}
    assert expected in found, found


def test_police_throwing_stones_is_no_protest(analyzer):
    analysis = analyzer.analyze("Kenyan police threw stones at the protesters.",
                                date="2018-05-14")
    assert not [e for e in analysis.events if e.type == "PROTEST"], analysis.events


@pytest.mark.parametrize("text, rejects", [
    ("The opposition disputed the election results in Kenya.", True),
    ("The Kenyan court contested the announcement on Friday.", True),
    ("Three parties contested the election in Kenya.", False),
    ("Russia disputed the claim.", False),
])
def test_results_disputed_are_rejected_an_election_contested_is_run(analyzer, text,
                                                                     rejects):
    """contest-v, dispute-v (REJECT 120; issue 13, real dev): a result or a ruling, not an
    election run for nor a claim denied (claims handle denials)."""
    analysis = analyzer.analyze(text, date="2017-08-12")
    assert bool([e for e in analysis.events if e.type == "REJECT"]) is rejects, \
        analysis.events


# Core news vocabulary, a word or two per PLOVER type from the type descriptions (seventh
# session of 2026-12-02): the type, the source and the target each word gives
@pytest.mark.parametrize("text, expected", [
    ("Congolese rebels murdered two aid workers near Goma on Monday.",
     ("ASSAULT", "CODREB", "CODCVL", "murder-v")),
    ("Ghana condemned the killing of three Malian soldiers.",
     ("ASSAULT", None, "MLIMIL", "killing-n")),
    ("Colombia condemned the massacre of 20 villagers in Cauca.",
     ("ASSAULT", None, "COLCVL", "massacre-n")),
    ("Russian forces laid siege to Mariupol in March.", ("ASSAULT", "RUSMIL", "UKR", "siege-n")),
    # Crimea is the scene; Chile only condemns it (events/details.py ``judges``)
    ("Chile condemned the annexation of Crimea by Russia.",
     ("ASSAULT", "RUS", "UKR", "annexation-n")),
    ("Gunmen gunned down a Pakistani judge in Quetta.",
     ("ASSAULT", "PAKREB", "PAKJUD", "gun-down-v")),
    ("Officers of the Malian army staged a coup against President Keita.",
     ("ASSAULT", "MLIMIL", "MLIGOV", "coup-n")),
    ("Azerbaijan waged war on Armenia in 2020.", ("ASSAULT", "AZE", "ARM", "war-n")),
    ("Belarusian police intimidated opposition journalists in Minsk.",
     ("COERCE", "BLRCOP", "BLRJRN", "intimidate-v")),
    ("The EU condemned the repression of protesters by Iran.",
     ("COERCE", "IRN", "IRNCVL", "repression-n")),
    ("Britain condemned the imprisonment of Alexei Navalny by Russia.",
     ("COERCE", "RUS", None, "imprisonment-n")),
    ("Turkish police took two German journalists into custody in Ankara.",
     ("COERCE", "TURCOP", "TUR", "custody-n")),
    ("Thailand's army imposed martial law across the country.",
     ("COERCE", "THAMIL", "THA", "martial-law-n")),
    ("The US Treasury blacklisted two Venezuelan banks on Friday.",
     ("SANCTION", "USAGOV", "VENBUS", "blacklist-v")),
    ("Norway condemned the expulsion of its diplomats by Russia.",
     ("SANCTION", "RUS", "NORGOV", "expulsion-n")),
    ("Japan made a donation of rice to the Philippines.", ("AID", "JPN", "PHL", "donation-n")),
    ("Kenyan President William Ruto received Japan's foreign minister in Nairobi.",
     ("CONSULT", "KENGOV", "JPNGOV", "receive-guest-v")),
    ("Colombia opened a dialogue with the ELN rebels in Havana.",
     ("CONSULT", "COL", "COLREB", "dialogue-n")),
    ("Qatar mediated between Israel and Hamas in November.",
     ("CONSULT", "QAT", "ISR", "mediate-v")),
    ("The Indian prime minister telephoned the French president on Monday.",
     ("CONSULT", "INDGOV", "FRAGOV", "telephone-v")),
    ("Jordan coordinated with Israel on the border crossing.",
     ("COOPERATE", "JOR", "ISR", "coordinate-v")),
    ("Russia forged an alliance with North Korea in June.",
     ("COOPERATE", "RUS", "PRK", "alliance-n")),
    ("Lebanon made an appeal to the United Nations for aid.",
     ("REQUEST", "LBN", "IGOUNO", "appeal-n")),
    ("Ukraine made a request to Germany for tanks.", ("REQUEST", "UKR", "DEU", "request-n")),
    ("The Afghan government appreciated China's support for the peace process.",
     ("SUPPORT", "AFGGOV", "CHN", "appreciate-v")),
    ("Spain expressed sympathy to Morocco after the earthquake.",
     ("SUPPORT", "ESP", "MAR", "sympathy-n")),
    ("Poland stands with Ukraine, the Polish president said.",
     ("SUPPORT", "POL", "UKR", "stand-with-v")),
    ("Turkey lambasted Sweden over the Koran burning.", ("ACCUSE", "TUR", "SWE", "lambast-v")),
    ("Ukraine filed a complaint against Russia at the International Court of Justice.",
     ("ACCUSE", "UKR", "RUS", "complaint-n")),
    ("Gambia sued Myanmar at the International Court of Justice.",
     ("ACCUSE", "GMB", "MMR", "sue-v")),
    ("Israel dismissed the Egyptian proposal for a truce.",
     ("REJECT", "ISR", "EGY", "dismiss-proposal-v")),
    ("Russia ruled out talks with Ukraine.", ("REJECT", "RUS", "UKR", "rule-out-v")),
    ("North Korea defied the UN Security Council with another missile launch.",
     ("REJECT", "PRK", "IGOUNO", "defy-v")),
    ("Russia amassed troops on the Ukrainian border in 2021.",
     ("MOBILIZE", "RUSMIL", None, "amass-v")),
    ("India and Pakistan reached a settlement on water sharing.",
     ("AGREE", "IND", "PAK", "settlement-n")),
    ("Iraq consented to the deployment of Turkish troops.",
     ("AGREE", "IRQ", "TURMIL", "consent-v")),
    ("Israel and Hamas ceased fire on Friday.", ("RETREAT", "ISR", "PSEREB", "cease-v")),
    ("Taliban fighters surrendered to the Afghan army in Kunduz.",
     ("RETREAT", "AFGREB", "AFGMIL", "surrender-v")),
    ("Hundreds of Iranians gathered outside the British embassy in Tehran.",
     ("PROTEST", "IRN", "GBRGOV", "gather-outside-v")),
    ("Kenyan workers picketed the Chinese embassy in Nairobi.",
     ("PROTEST", "KENLAB", "CHNGOV", "picket-v")),
    ("Greece made concessions to its creditors in July.",
     ("CONCEDE", "GRC", None, "concession-n")),
])
def test_core_news_words_code_their_type_and_dyad(analyzer, text, expected):
    kind, source, target, trigger = expected
    assert (kind, source, target, f"trigger:{trigger}") in _coded(analyzer, text), \
        _coded(analyzer, text)


@pytest.mark.parametrize("text, trigger", [
    ("Moscow recalled its ambassador to Latvia for consultations on Monday.", "consultation-n"),
    ("The court in Nairobi sentenced him to life imprisonment for murder.", "imprisonment-n"),
    ("The Kenyan president received a letter from the Japanese prime minister.",
     "receive-guest-v"),
    ("The Brazilian team defied expectations at the World Cup.", "defy-v"),
    ("Journalists gathered outside the court in Ankara to hear the verdict.",
     "gather-outside-v"),
    ("Kenya appreciated the yen's strength.", "appreciate-v"),
    # senses the review of the batch found false
    ("Investors made a killing on the Tokyo exchange after the yen weakened.", "killing-n"),
    ("Hungary defended its decision to block aid to Ukraine.", "defend-stance-v"),
    ("The Russian news agency retracted its report on the Ukrainian attack.", "retract-v"),
])
def test_other_senses_of_the_core_words_code_nothing(analyzer, text, trigger):
    assert not [f for f in _coded(analyzer, text) if f[3] == f"trigger:{trigger}"]


def test_talks_ruled_out_are_refused(analyzer):
    found = analyzer.analyze("Russia ruled out talks with Ukraine.", date="2019-03-12")
    assert [e.status for e in found.events if e.type == "CONSULT"] == ["refused"]


def test_people_deported_somewhere_are_not_that_country(analyzer):
    """ "deported asylum seekers to Rwanda": Rwanda is where they were sent, no scene of the
    repression and no target (review of the batch)."""
    for text in ("Britain deported asylum seekers to Rwanda.",
                 "Rights groups criticized Britain's deportation of asylum seekers to Rwanda."):
        assert ("COERCE", "GBR", None) in {f[:3] for f in _coded(analyzer, text)}, text
