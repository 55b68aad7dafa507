"""Force or sanctions promised on a condition are a threat: "North Korea said it would
attack the loudspeakers if the broadcasts do not stop" codes, beside the attack (planned
or speculative), THREATEN from the one who would act to the one it would be done to
(occurred: the threat is made). CAMEO's codebook defines its root 13 as threats of
coercion or force, 138 "threaten with military force" (CAMEO 1.1b3); issue 13, real train:
the Korean loudspeaker story. Rule ``trigger:conditional-threat(<word>)``.

A warning formula is a threat too: "North Korea will pay a price for its provocations",
"Russia will face severe consequences", "Israel will not allow Iran to develop nuclear
weapons", told by a named warner, code THREATEN (CAMEO 130) from the warner (else, for
"will not allow", its subject) to the one warned (issue 13, real train: rl010, rl016).
Rule ``trigger:warning(<verb>)``. Not when the one warned is the warner's own country
("we will pay a price"), nor when the formula is asked, past or not future. So is force
promised in answer, "Iranian officials said they would retaliate against Israel"; and
"threatened (vowed) to retaliate against Israel" threatens Israel (``target:retaliated-
against``). "Would" counts under a verb of saying.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors import ActorIndex
from ..model import Event, Evidence, Participant, TextSpan
from ..parse import Parse
from ..resources import Resources
from ..syntax import (
    conditional_clause,
    controller,
    has_negation,
    is_condition,
    is_question,
    trigger_verb,
)
from .details import find_date
from .embedded import RETALIATING, retaliates
from .parties import same_country

THREAT_CAMEO = {"ASSAULT": "138", "SANCTION": "130", "COERCE": "130"}  # force: 138
PROMISED = ("planned", "speculative")
# what the one warned "will pay" or "will face" ("a heavy price", "severe consequences")
PENALTIES = {"pay": frozenset({"price", "cost"}),
             "face": frozenset({"consequence", "response", "retaliation", "retribution",
                                "punishment", "wrath"})}
ALLOWING = frozenset({"allow", "permit", "let"})  # "will not allow Iran to…"
FUTURE = frozenset({"will", "shall", "'ll", "wo"})
REPORTED = "would"  # the future told in reported speech ("said Japan would pay a price")
WARNING_CAMEO = "130"
# "will not allow Ukraine to fail", "will not let Israel stand alone": support, no threat
MISFORTUNES = frozenset({"fail", "lose", "fall", "stand", "collapse", "suffer", "starve",
                         "defeat", "run", "perish"})
UNWARNED = ("CVL", "REF", "BUS", "JRN")  # "ordinary Russians will pay the price": a lament
UNSAID = frozenset({"decline", "refuse", "deny", "fail"})  # "declined to say whether…"


def _warner(verb: Token, index: ActorIndex, res: Resources) -> tuple[str, Token] | None:
    """The one who says or warns the threat ("Katz warned Hezbollah that Israel would
    strike Beirut if…": Katz's government, not Israel at large): the subject of the
    nearest verb of speech (``speech_verbs`` in lexicons/attribution.yaml) above the
    threatened act. Not actors/speaker.py's per-sentence speaker: that is the first
    speaker of the sentence, and "X said that Y warned that…" is Y's threat."""
    for teller in verb.ancestors:
        if teller.pos_ == "VERB" and teller.lemma_.lower() in res.attribution.speech_verbs:
            for subject in controller(teller)[0]:  # "I wish to reiterate that…": I
                if subject.i in index.by_token:
                    return index.by_token[subject.i], subject
            return None
    return None


def _with_target(told: Event, event: Event, trigger: str) -> Event:
    """The warning ``told`` with the target of the act it threatens ("warned that Israel
    would strike Beirut if…": warn-if-v's THREATEN at Beirut's owner)."""
    return replace(told, target=event.target, participants=[
        *told.participants, *(replace(p, why=f"{p.why}+threatened-act")
                              for p in event.participants if p.role == "target")],
        why=[*told.why, f"target:threatened-act({trigger})"])


def conditional_threats(events: list[Event], index: ActorIndex, res: Resources
                        ) -> list[Event]:
    """``events`` with a THREATEN after each act of force or sanction promised on a
    condition by a named doer: from whoever says it, else the doer. A warning already
    coded as THREATEN in the sentence (warn-if-v) is that threat: it takes the act's
    target when it has none, and no second threat is added. A threat still without a
    target is aimed at the subject of its condition (:func:`_at_condition`)."""
    doc = index.doc
    out: list[Event] = []
    told_target: dict[int, Event] = {}  # id() of a warning -> the warning with a target
    for event in events:
        out.append(event)
        code = THREAT_CAMEO.get(event.type)
        if code is None or event.source is None or event.status not in PROMISED:
            continue
        span = doc.char_span(event.evidence.trigger.start, event.evidence.trigger.end,
                             alignment_mode="expand")
        info = res.cameo_info(code)
        verb = trigger_verb(span[0]) if span is not None else None
        if verb is None or info is None or not conditional_clause(verb):
            continue
        participants = list(event.participants)
        why = [f"trigger:conditional-threat({span.text})",
               *[w for w in event.why if w.startswith(("source:", "target:"))]]
        source, warner = event.source, _warner(verb, index, res)
        if warner is not None and warner[0] != event.source:
            source, tok = warner
            participants = [p for p in participants if p.role != "source"] + [Participant(
                source, "source", tok.text, tok.idx, tok.idx + len(tok.text),
                "frame:warner")]
            why = [why[0], "source:frame:warner",
                   *[w for w in why[1:] if w.startswith("target:")]]
        told = next((e for e in events if e.type == "THREATEN" and e.source == source
                     and e.evidence.sentence == event.evidence.sentence), None)
        if told is not None:
            if told.target is None and event.target is not None \
                    and id(told) not in told_target:
                told_target[id(told)] = _with_target(told, event, span.text)
            continue
        out.append(replace(
            event, id=f"{event.id}-threat", type="THREATEN", mode=None, cameo=code,
            cameo_name=info.name, goldstein=info.goldstein, quad_class=info.quad_class,
            status="occurred", negated=False, quantity=None, participants=participants,
            source=source, why=why))
    return [_at_condition(told_target.get(id(e), e), index) for e in out]


def _at_condition(event: Event, index: ActorIndex) -> Event:
    """A threat with no target is aimed at the one whose act would set it off: "Iran
    threatened to close the strait if the United States joined the war" is at the United
    States (rule ``target:condition-subject``; our dev gold codes it so, issue 13). The
    condition must be the threat verb's own or its threatened clause's ("if" or "unless",
    :func:`syntax.is_condition`), its subject a listed actor of another country than the
    source's ("if its soldiers came under fire" aims at no one)."""
    if event.type != "THREATEN" or event.target is not None or event.source is None:
        return event
    span = index.doc.char_span(event.evidence.trigger.start, event.evidence.trigger.end,
                               alignment_mode="expand")
    if span is None:
        return event
    verb = span.root
    own = index.actors.get(event.source)
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    for condition in (c for clause in clauses for c in clause.children if is_condition(c)):
        for subject in (c for c in condition.children if c.dep_ == "nsubj"):
            actor = index.by_token.get(subject.i)
            other = index.actors.get(actor) if actor else None
            if actor is None or actor == event.source or (
                    own is not None and other is not None and other.country == own.country):
                continue
            return replace(event, target=actor, participants=[
                *event.participants, Participant(actor, "target", subject.text, subject.idx,
                                                 subject.idx + len(subject.text),
                                                 "target:condition-subject")],
                why=[*event.why, "target:condition-subject"])
    return event


def warnings(events: list[Event], parse: Parse[ActorIndex], res: Resources) -> list[Event]:
    """``events`` with a THREATEN for each warning formula (module docstring): a future
    "X will pay a price / face consequences" told by a warner, or "will not allow X to…"."""
    index = parse.index
    out = list(events)
    for verb in index.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in PENALTIES and lemma not in ALLOWING and lemma not in RETALIATING:
            continue  # the cheap test first: this runs on every token of every document
        if verb.pos_ != "VERB" or not _promised(verb, res) or is_question(verb.sent):
            continue
        negated = has_negation(verb)
        if lemma in PENALTIES and not negated and any(
                o.dep_ == "dobj" and o.lemma_.lower() in PENALTIES[lemma] for o in verb.children):
            warned = [c for c in verb.children if c.dep_ == "nsubj"]
            warner = _warner(verb, index, res)
        elif lemma in ALLOWING and negated and not any(
                c.lower_ == "down" or c.lemma_.lower() in MISFORTUNES for c in verb.subtree):
            warned = [c for c in verb.children if c.dep_ == "dobj"] + [
                g for c in verb.children if c.dep_ in ("xcomp", "ccomp")
                for g in c.children if g.dep_ == "nsubj"]
            subject = _subject(verb, index)
            warner = _warner(verb, index, res) or (
                (index.by_token[subject.i], subject) if subject is not None else None)
        elif retaliates(verb) and not negated:  # "would retaliate against Israel"
            warned = [p for c in verb.children if c.dep_ == "prep"
                      and c.lower_ in ("against", "at") for p in c.children if p.dep_ == "pobj"]
            subject = _subject(verb, index)
            warner = _warner(verb, index, res)
            if subject is not None and (warner is None or not same_country(
                    index.actors, warner[0], index.by_token[subject.i])):
                # "Analysts said Iran would retaliate", "the US said Russia would hit
                # back": a forecast, no threat, unless the one who would act says it
                warner = None if warner is not None or not _said_directly(verb) else (
                    index.by_token[subject.i], subject)
        else:
            continue
        people = [w for w in warned if w.ent_type_ == "NORP" and w.tag_ in ("NNS", "NNPS")]
        target = next((index.by_token[w.i] for w in warned if w.i in index.by_token), None)
        if warner is None or target is None or people \
                or not _warned(verb, target, index, res):
            continue  # "ordinary Russians will pay the price": a people, no party
        threat = _warning(verb, warner, target, next(w for w in warned
                                                      if w.i in index.by_token), parse, res)
        if threat is not None and not any(_repeats(threat, e, index) for e in out):
            out.append(threat)
    return [_retaliated_against(e, parse) for e in out]


def _retaliated_against(event: Event, parse: Parse[ActorIndex]) -> Event:
    """A threat "to retaliate against Israel" (threatened, vowed) is against Israel: the
    target its own frame cannot find, as "retaliate" codes no event of its own."""
    if event.type != "THREATEN" or event.target is not None:
        return event
    trigger = event.evidence.trigger
    span = parse.doc.char_span(trigger.start, trigger.end)
    if span is None:
        return event
    index = parse.index
    for answer in (c for c in span.root.children if c.dep_ == "xcomp" and retaliates(c)):
        for prep in (c for c in answer.children if c.lower_ in ("against", "at")):
            for pobj in (p for p in prep.children if p.dep_ == "pobj" and p.i in index.by_token):
                actor = index.by_token[pobj.i]
                if actor == event.source:
                    continue
                part = Participant(actor, "target", pobj.text, pobj.idx,
                                   pobj.idx + len(pobj.text), "target:retaliated-against")
                return replace(event, target=actor, participants=[*event.participants, part],
                               why=[*event.why, "target:retaliated-against"])
    return event


def _subject(verb: Token, index: ActorIndex) -> Token | None:
    """The verb's subject when it names an actor."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i in index.by_token),
                None)


def _said_directly(verb: Token) -> bool:
    """ "Iran will retaliate": told as its own words, not reported under "would"."""
    return not any(c.dep_ == "aux" and c.lower_ == REPORTED for c in verb.children)


def _promised(verb: Token, res: Resources) -> bool:
    """Told as to come: "will", or "would" under a verb of saying ("said Japan would pay a
    price"; review of issue 13: reported warnings had been missed)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(a in FUTURE for a in auxes) or (REPORTED in auxes and any(
        a.lemma_.lower() in res.attribution.speech_verbs for a in verb.ancestors))


def _repeats(threat: Event, other: Event, index: ActorIndex) -> bool:
    """The warning repeats a threat by the same source at the same country told in its
    sentence or the one before ("Katz warned Hezbollah that Israel would strike Beirut if…
    'Beirut will pay the price,' the minister said": one threat)."""
    if other.type != "THREATEN" or other.source != threat.source or other.target is None \
            or not 0 <= threat.evidence.sentence - other.evidence.sentence <= 1:
        return False
    return same_country(index.actors, threat.target, other.target)


def _warning(verb: Token, warner: tuple[str, Token], target: str, warned: Token,
             parse: Parse[ActorIndex], res: Resources) -> Event | None:
    index = parse.index
    source, said = warner
    own, other = index.actors.get(source), index.actors.get(target)
    info = res.cameo_info(WARNING_CAMEO)
    if own is None or other is None or info is None or source == target \
            or own.country == other.country:
        return None  # "we will pay a price": no one warns themselves
    sent = index.sentence_of[verb.i]
    span = parse.sents[sent]
    assert parse.entities is not None, "the Sentences stage runs first"
    date, precision, date_text = find_date(verb, span, parse.document.date, "occurred",
                                           parse.entities)
    rule = f"trigger:warning({verb.lemma_.lower()})"
    return Event(
        id="e0", type="THREATEN", mode=None, cameo=WARNING_CAMEO, cameo_name=info.name,
        goldstein=info.goldstein, quad_class=info.quad_class, source=source, target=target,
        participants=[
            Participant(source, "source", said.text, said.idx, said.idx + len(said.text),
                        "source:frame:warner"),
            Participant(target, "target", warned.text, warned.idx,
                        warned.idx + len(warned.text), "target:warned")],
        status="occurred", negated=False, location=None, date=date,
        date_precision=precision, date_text=date_text, quantity=None,
        evidence=Evidence(sent, span.start_char, span.end_char,
                          TextSpan(verb.idx, verb.idx + len(verb.text), verb.text)),
        why=[rule, "source:frame:warner", "target:warned"])


def _warned(verb: Token, target: str, index: ActorIndex, res: Resources) -> bool:
    """The formula warns a party: not people, refugees, business or the press ("ordinary
    Russians will pay the price": a lament), nor one asked about or not said ("declined to
    say whether Israel will face consequences"; review of issue 13)."""
    actor = index.actors.get(target)
    if actor is None or actor.sector in UNWARNED:
        return False
    for cur in (verb, *verb.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cur.children):
            return False
        if cur.lemma_.lower() in res.attribution.speech_verbs:
            return not has_negation(cur) and not (
                cur.dep_ == "xcomp" and cur.head.lemma_.lower() in UNSAID) \
                and cur.lemma_.lower() not in UNSAID
    return True
