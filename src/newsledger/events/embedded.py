"""What an event embedded in another gives it: the target ("refused to share intelligence
with ECOWAS": the refusal's target is the target of what is refused; "pledged support for
Ukraine": a pledge is made to whom what is pledged goes; issue 13, real text)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from spacy.tokens import Token

from ..model import Actor, Event
from ..resources import Resources, Trigger


class Draft(Protocol):
    """An event being drafted with its trigger word and lexicon entry (extract.py)."""

    event: Event
    token: Token
    trigger: Trigger

EMBEDDED_DEPS = ("xcomp", "ccomp", "acl")
# What is pledged as their object gives these their target ("pledged support for
# Ukraine"), when it is given, not done to someone ("agreed sanctions against Russia")
PLEDGE_VERBS = ("pledge", "promise", "commit", "vow", "offer")
GIVING_QUADS = (1, 2)  # cooperation, verbal or material (CAMEO quad classes): support, aid
HARM_TYPES = ("ASSAULT", "COERCE", "SANCTION")  # what one is "ready to" do to threaten
VOWING_VERBS = ("vow", "swear", "pledge", "promise")  # "vowed to strike back": a threat
# force promised in answer, coding no event of its own ("retaliate", "hit back"): the word
# and the particle it needs (threats.py warnings, intent_threats)
RETALIATING = {"retaliate": None, "avenge": None, "hit": "back", "strike": "back"}


def targets_from_embedded(drafts: Sequence[Draft], res: Resources,
                          actors: Mapping[str, Actor]) -> None:
    """Give each host event with no target the target of the event embedded in it, in
    place (``target:embedded(<word>)`` in its ``why``)."""
    by_token = {d.token.i: d for d in drafts}
    for draft in drafts:
        tok = draft.token
        host = by_token.get(tok.head.i) if tok.dep_ in EMBEDDED_DEPS else None
        if host is None and tok.dep_ == "dobj":
            host = by_token.get(tok.head.i)
            info = res.cameo_info(draft.trigger.cameo)
            giving = info is not None and info.quad_class in GIVING_QUADS
            host = host if host is not None and host.trigger.lemma in PLEDGE_VERBS \
                and giving else None
            if host is not None and _recipient_as_doer(draft, host, actors):
                # "promised Somalia two attack helicopters", parsed with Somalia on the
                # helicopters: the one promised them receives them
                draft.event.participants = [
                    replace(p, role="target", why=f"{p.why}+pledged-to")
                    if p.role == "source" else p for p in draft.event.participants]
                draft.event.participants += [replace(p, why=f"{p.why}+pledger")
                                             for p in host.event.participants
                                             if p.role == "source"]
                draft.event.target, draft.event.source = draft.event.source, host.event.source
                draft.event.why.append(f"source:pledger({host.token.text})")
            if host is not None and host.event.target is not None \
                    and host.event.target == draft.event.source:
                # "pledged continued U.S. support for Iraq": the support is the US's own
                host.event.participants = [p for p in host.event.participants
                                           if p.role != "target"]
                host.event.target = None
            if host is not None and host.event.target is not None \
                    and draft.event.target is None and host.event.target != draft.event.source:
                # "promised Somalia two attack helicopters": what is pledged goes to whom
                # the pledge is made to
                _take_target(draft, host, "pledged")
                continue
        if host is not None and host.trigger.type in res.events.clause_target_types \
                and host.event.target and tok.dep_ == "xcomp" \
                and draft.trigger.type not in res.events.no_recipient_types \
                and draft.event.target is None and host.event.target != draft.event.source:
            # "refused to share intelligence with ECOWAS": what is refused is refused to the
            # one the refusal is made to (``clause_target_types`` in events.yaml)
            _take_target(draft, host, "refused")
            continue
        if host is None or host.event.target is not None or draft.event.target is None:
            continue
        if draft.event.target == host.event.source:
            continue
        for p in draft.event.participants:
            if p.role == "target" and p.actor != host.event.source:
                host.event.participants.append(replace(p, why=f"{p.why}+embedded"))
        host.event.target = draft.event.target
        host.event.why.append(f"target:embedded({draft.token.text})")


def _recipient_as_doer(draft: Draft, host: Draft, actors: Mapping[str, Actor]) -> bool:
    """The pledged thing's doer is of another country than the one who pledges it, and is
    the pledge's target or a noun modifier of the thing: a recipient, not a giver ("pledged
    continued U.S. support for Iraq" keeps the US's own support)."""
    giver, doer = (actors.get(a) if a else None
                   for a in (host.event.source, draft.event.source))
    if giver is None or doer is None or draft.event.target is not None \
            or giver.country == doer.country:
        return False
    return doer.id == host.event.target or any(
        c.dep_ in ("nmod", "compound") and doer.id in {p.actor for p in
                                                       draft.event.participants
                                                       if p.start <= c.idx < p.end}
        for c in draft.token.children)


def _take_target(draft: Draft, host: Draft, how: str) -> None:
    """The embedded event takes its host's target, in place (``target:host(<word>)``)."""
    draft.event.participants += [replace(p, why=f"{p.why}+{how}")
                                 for p in host.event.participants if p.role == "target"]
    draft.event.target = host.event.target
    draft.event.why.append(f"target:host({host.token.text})")


def intent_threats(drafts: Sequence[Draft], res: Resources) -> None:
    """An intent stated by an adjective to do harm ("the army is ready to attack the
    town", "the EU is prepared to impose new sanctions") is a threat, not an
    agreement: THREATEN 138 (military force) or 130, and the harm is speculative, as under
    "threaten" (review of issue 13; CAMEO 13x). So is a vow to do harm ("Iran vowed to
    strike back at Israel": no agreement with Israel), whose harm keeps the status the vow
    gives it (agreed: the real train gold codes a vowed fight so). Changes the drafts in
    place."""
    by_token = {d.token.i: d for d in drafts}
    for draft in drafts:
        vow = draft.trigger.pos == "VERB" and draft.token.lemma_.lower() in VOWING_VERBS
        if (draft.trigger.pos != "ADJ" and not vow) or draft.event.type != "AGREE":
            continue
        # the clause's own act: its verb, or the noun it does ("to impose new sanctions")
        acts = [t for c in draft.token.children if c.dep_ == "xcomp"
                for t in (c, *(o for o in c.children if o.dep_ == "dobj"))]
        harms = [by_token[t.i] for t in acts
                 if t.i in by_token and by_token[t.i].event.type in HARM_TYPES
                 and (not vow or by_token[t.i].event.source == draft.event.source)]
        answer = [t for t in acts if vow and retaliates(t)]
        if not harms and not answer:
            continue  # "vowed to retaliate against Israel" threatens force too
        code = "138" if answer or any(h.event.type == "ASSAULT" for h in harms) else "130"
        info = res.cameo_info(code)
        event = draft.event
        event.type, event.cameo = "THREATEN", code
        if info is not None:
            event.cameo_name, event.goldstein = info.name, info.goldstein
            event.quad_class = info.quad_class
        event.why.append(f"type:threat({(answer or [h.token for h in harms])[0].text})")
        if answer and _own_side(event.source, event.target):
            # "vowed to retaliate for the killing of its general": not at its own side
            event.participants = [p for p in event.participants if p.role != "target"]
            event.target = None
        for harm in harms if not vow else ():
            harm.event.status = "speculative"
            harm.event.why.append(f"status:threatened({draft.token.text})")


def retaliates(verb: Token) -> bool:
    """The word promises force in answer: "retaliate", "avenge", "hit back", "strike back"
    (:data:`RETALIATING`)."""
    particle = RETALIATING.get(verb.lemma_.lower(), "")
    return particle is None or (bool(particle) and any(c.lower_ == particle
                                                       for c in verb.children))


def _own_side(one: str | None, other: str | None) -> bool:
    """Both are coded actors of one country ("IRN" and "IRNMIL")."""
    return bool(one and other) and one[:3] == other[:3] and one[:3].isupper()
