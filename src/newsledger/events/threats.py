"""Force or sanctions promised on a condition are a threat: "North Korea said it would
attack the loudspeakers if the broadcasts do not stop" codes, beside the attack (planned
or speculative), THREATEN from the one who would act to the one it would be done to
(occurred: the threat is made). CAMEO's codebook defines its root 13 as threats of
coercion or force, 138 "threaten with military force" (CAMEO 1.1b3); issue 13, real train:
the Korean loudspeaker story. Rule ``trigger:conditional-threat(<word>)``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors import ActorIndex
from ..model import Event, Participant
from ..resources import Resources
from ..syntax import CONDITIONS, governing_verb

THREAT_CAMEO = {"ASSAULT": "138", "SANCTION": "130", "COERCE": "130"}  # force: 138
PROMISED = ("planned", "speculative")


def _conditional(token: Token) -> bool:
    """Whether the clause of ``token`` has an "if"/"unless" clause of its own ("would
    attack … if the broadcasts do not stop"), not whether it is the condition."""
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    return verb is not None and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                  for m in c.children)
        for c in verb.children)


def _warner(token: Token, index: ActorIndex, res: Resources) -> tuple[str, Token] | None:
    """The one who says or warns the threat ("Katz warned Hezbollah that Israel would
    strike Beirut if…": Katz's government, not Israel at large), when a verb of speech
    (``speech_verbs`` in lexicons/attribution.yaml) tells the clause."""
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    for teller in verb.ancestors if verb is not None else ():
        if teller.pos_ == "VERB" and teller.lemma_.lower() in res.attribution.speech_verbs:
            for subject in (c for c in teller.children if c.dep_ == "nsubj"):
                if subject.i in index.by_token:
                    return index.by_token[subject.i], subject
            return None
    return None


def conditional_threats(events: list[Event], index: ActorIndex, res: Resources
                        ) -> list[Event]:
    """``events`` with a THREATEN after each act of force or sanction promised on a
    condition by a named doer: from whoever says it, else the doer."""
    doc = index.doc
    out: list[Event] = []
    for event in events:
        out.append(event)
        code = THREAT_CAMEO.get(event.type)
        if code is None or event.source is None or event.status not in PROMISED:
            continue
        span = doc.char_span(event.evidence.trigger.start, event.evidence.trigger.end,
                             alignment_mode="expand")
        info = res.cameo_info(code)
        if span is None or info is None or not _conditional(span[0]):
            continue
        participants = list(event.participants)
        why = [f"trigger:conditional-threat({span.text})",
               *[w for w in event.why if w.startswith(("source:", "target:"))]]
        source, warner = event.source, _warner(span[0], index, res)
        if warner is not None and warner[0] != event.source:
            source, tok = warner
            participants = [p for p in participants if p.role != "source"] + [Participant(
                source, "source", tok.text, tok.idx, tok.idx + len(tok.text),
                "frame:warner")]
            why = [why[0], "source:frame:warner",
                   *[w for w in why[1:] if w.startswith("target:")]]
        told = next((e for e in events if e.type == "THREATEN" and e.source == source
                     and e.evidence.sentence == event.evidence.sentence), None)
        if told is not None:  # "warned that Israel would strike Beirut if…": the warning
            if told.target is None and event.target is not None:  # is the threat (warn-if-v)
                told.target = event.target
                told.participants += [replace(p, why=f"{p.why}+threatened-act")
                                      for p in event.participants if p.role == "target"]
                told.why.append(f"target:threatened-act({span.text})")
            continue
        out.append(replace(
            event, id=f"{event.id}-threat", type="THREATEN", mode=None, cameo=code,
            cameo_name=info.name, goldstein=info.goldstein, quad_class=info.quad_class,
            status="occurred", negated=False, quantity=None, participants=participants,
            source=source, why=why))
    return out
