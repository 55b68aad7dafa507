"""Keep one happening one event: the draft events of a document and the merges between them.

- ``merge:same-clause``   an event of the same type that depends on another, with no source
  or the same one ("were killed when aircraft struck…", "struck…, killing 12") folds into it.
- ``merge:anaphora``      "It was attended by…", "the secret meeting" refer back to an event
  of the same type in the previous sentences; their participants join that event.

Both read the parsed Doc through each draft's trigger token; neither adds an actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..model import Event
from ..ontology import HAPPENED_STATUSES
from ..resources import Trigger
from ..syntax import own_complement
from .status import own_status_differs

ANAPHORA_WINDOW = 3  # sentences back an anaphoric event may look
PLACE_TARGET = "target:place-"  # a place's country made the target (extract.py)
SCENE_TARGET = f"{PLACE_TARGET}scene"  # guessed from where a doerless act happened
PURPOSE_HELPERS = ("help", "assist")  # "sent doctors to help treat…" (_purpose)
MERGED_TARGET = "merged-target:"  # marks a target absorb() made a plain participant
DEFINITE = ("the", "this", "that")
WITHIN_PREPS = ("in", "during", "amid")  # "killed five in a raid": one happening
# a meeting met "for" or "at" is the meeting itself ("NATO leaders meet for two day summit";
# issue 13, real train); force "for" an act answers another ("struck Gaza for the attack")
MEETING_PREPS = ("for", "at")
# the codes of words that tell force without its means ("killed", "wounded", "fired on"):
# a folded word that names the means (an airstrike, 195) gives its own
GENERIC_CAMEO = ("190",)
MEANS_CAMEO = ("183", "193", "194", "195")  # bombs, small arms, artillery, aircraft
VERBAL_QUADS = (1, 3)  # CAMEO quad classes of words, not deeds: verbal cooperation, conflict
MERGED_MENTION = re.compile(r"merge:[a-z-]+\(s(\d+):")  # absorb()'s and headline.py's rules


@dataclass
class Draft:
    """One event as first coded, with the trigger token and lexicon entry it came from."""

    event: Event
    token: Token
    trigger: Trigger


def assign_roles(event: Event) -> None:
    """Set ``event.source`` and ``event.target`` from its participants' roles (in place).

    With no source, the first plain participant becomes it (not one that was a target
    before a merge); with no target, the rest do.
    """
    sources = [p.actor for p in event.participants if p.role == "source"]
    targets = [p.actor for p in event.participants if p.role == "target"]
    others = [p.actor for p in event.participants if p.role == "participant"]
    struck = {p.actor for p in event.participants if p.role == "participant"
              and p.why.startswith(MERGED_TARGET)}  # a target merged in: never the doer
    pool = [a for a in others if a not in sources and a not in targets]
    doers = [a for a in pool if a not in struck]
    if not sources and doers:
        sources.append(doers[0])
        pool.remove(doers[0])
    if not targets and pool:
        targets.extend(a for a in pool if a not in sources)
    event.source = sources[0] if sources else None
    event.target = next((t for t in targets if t != event.source), None)


def told_in(event: Event) -> set[int]:
    """The indices of the sentences that tell the event: its own and those of the mentions
    folded into it (``merge:anaphora(s3:abduction)``, ``merge:headline(s0:condemns)``).
    "The abduction of three youths" told again two sentences on is the same event, and is
    reported there too."""
    return {event.evidence.sentence} | {int(m.group(1)) for w in event.why
                                        if (m := MERGED_MENTION.match(w))}


def absorb(into: Event, other: Event, why: str) -> None:
    """Fold ``other``'s participants, place, quantity and date into ``into`` (in place)."""
    if any(p.role == "target" for p in other.participants):
        # "Airstrikes killed 20 civilians in Yemen": the people struck, not the country the
        # scene guessed (extract.py ``_place_as_target``)
        into.participants = [p for p in into.participants
                             if not (p.role == "target" and p.why == SCENE_TARGET)]
        into.why = [w for w in into.why if w != SCENE_TARGET]
    known = {(p.actor, p.role) for p in into.participants}
    filled = {p.role for p in into.participants}
    for p in other.participants:
        if (p.actor, p.role) not in known and all(q.actor != p.actor for q in
                                                   into.participants):
            # a role the event already has stays with its own clause: "struck a
            # school…, killing 12 people" has one target, the people take part
            role = "participant" if p.role in filled and p.role != "participant" \
                else p.role
            rule = f"{MERGED_TARGET}{p.why}" if p.role == "target" and role != p.role \
                else p.why  # one struck stays struck: never the doer (assign_roles)
            into.participants.append(replace(p, role=role, why=rule))
    if into.type == other.type and into.cameo in GENERIC_CAMEO \
            and other.cameo.startswith(MEANS_CAMEO):  # "wounded in an Israeli strike": aerial
        into.cameo, into.cameo_name = other.cameo, other.cameo_name
        into.mode = into.mode or other.mode
    into.location = into.location or other.location
    into.quantity = into.quantity or other.quantity
    if into.date is None and other.date is not None:
        into.date, into.date_precision, into.date_text = (
            other.date, other.date_precision, other.date_text)
    into.why.append(f"{why}(s{other.evidence.sentence}:{other.evidence.trigger.text})")
    assign_roles(into)


def merge_anaphora(draft: Draft, drafts: list[Draft], s_idx: int,
                   match: Callable[[Token], Trigger | None]) -> bool:
    """Fold "It was attended by…" / "the meeting" into an earlier event of that type.

    ``drafts`` are the document's earlier drafts, ``s_idx`` the draft's sentence index and
    ``match`` the trigger lookup; returns True when the draft was absorbed.
    """
    token, trig = draft.token, draft.trigger
    if trig.frame == "attend":
        refs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ in ("acl", "relcl"):
            refs.append(token.head)
        ref_ok = any(r.lower_ == "it" or match(r) is not None
                     or (r.pos_ == "NOUN" and any(c.lower_ in DEFINITE for c in r.children))
                     for r in refs)
        if not ref_ok:
            return False
    elif not (trig.frame == "nominal" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children
    )):
        return False
    for earlier in reversed(drafts):
        if s_idx - earlier.event.evidence.sentence > ANAPHORA_WINDOW:
            break
        if earlier.event.type != trig.type or earlier.trigger.frame not in ("nominal",):
            continue
        if trig.frame == "nominal" and earlier.trigger.lemma != trig.lemma:
            continue
        if (earlier.event.status in HAPPENED_STATUSES) != (
                draft.event.status in HAPPENED_STATUSES):
            continue  # "called for a protest … the protest ended": what was asked, then done
        absorb(earlier.event, draft.event, "merge:anaphora")
        return True
    return False


def merge_same_clause(drafts: list[Draft]) -> list[Draft]:
    """The drafts left after folding each into a linked event of its type in its clause."""
    kept: list[Draft] = []
    folded: dict[int, list[Token]] = {}  # a kept draft's token -> the words folded into it
    for draft in drafts:
        host = None
        for other in kept:
            if other.event.type != draft.event.type \
                    or other.event.negated != draft.event.negated:
                continue  # "convicted of 22 charges but acquitted of aiding the enemy"
            if other.event.evidence.sentence != draft.event.evidence.sentence:
                continue
            # linked to the event or to a word already folded into it ("opened fire,
            # killing 14 and wounding 10": the wounding hangs on the killing)
            linked = any(_linked(draft.token, b, draft.event.type == "CONSULT")
                         for b in (other.token, *folded.get(other.token.i, ())))
            sources = {draft.event.source, other.event.source}
            if linked and _repeated_act(draft, other):
                continue  # "we urge X to…, and we urge Y to…": two requests
            if linked and (None in sources or len(sources) == 1 or _done_by(draft, other)
                           or _done_by(other, draft)) \
                    and not own_status_differs(draft.event, other.event):
                host = other
                break
        if host is None:
            kept.append(draft)
        else:
            if _done_by(draft, host):  # the host's own word is no second doer
                draft.event.participants = [p for p in draft.event.participants if not (
                    p.role == "source" and p.start == host.token.idx)]
            absorb(host.event, draft.event, "merge:same-clause")
            folded.setdefault(host.token.i, []).append(draft.token)
    return kept


def _linked(a: Token, b: Token, meeting: bool = False) -> bool:
    """Two words tell one happening: one hangs on the other ("struck…, killing 12"), they
    are siblings one of which is the subject ("a drone strike hit a mosque, killing 75"),
    or one is said to be within the other ("killed five in a raid"; a meeting also "for"
    or "at" one: "leaders meet for two-day summit"). A clause listed after a comma with a
    subject of its own is another happening ("Kenyan navy kills three, Chinese ship
    hijacked": the ship is not the navy's target; issue 13, real train), unlike one joined
    by "and" ("jets struck Gaza and three people were killed")."""
    if any(_listed(t, h) for t, h in ((a, b), (b, a))):
        return False
    preps = WITHIN_PREPS + MEETING_PREPS if meeting else WITHIN_PREPS
    return a.head.i == b.i or b.head.i == a.i or (
        a.head.i == b.head.i and "nsubj" in (a.dep_, b.dep_)) or _within(
        a, b, preps) or _within(b, a, preps) or _purpose(a, b)


def _listed(clause: Token, head: Token) -> bool:
    """``clause`` is joined to ``head`` with a subject of its own and no word joining them
    but punctuation ("kills three, Chinese ship hijacked")."""
    return clause.dep_ == "conj" and clause.head.i == head.i and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and not any(
        t.dep_ == "cc" for t in clause.doc[head.i + 1 : clause.i])


def _done_by(draft: Draft, other: Draft) -> bool:
    """``draft``'s doer is ``other``'s own word: "Israeli airstrikes killed 20": the
    airstrikes kill, so the killing is theirs, whatever code each side was given."""
    return any(p.role == "source" and p.start == other.token.idx
               for p in draft.event.participants)


def _repeated_act(a: Draft, b: Draft) -> bool:
    """The same verb said twice over, each with its own target ("we urge the government to
    act, and we urge the leaders to talk"), or two verbs of saying joined, each with its own
    complement ("We call for an end to violence, urge the soldiers to return…", "we call on
    all parties to stop…, and we urge the government to investigate"): two acts, not one
    told twice. Deeds joined stay one ("shelled and bombed the city")."""
    def obj(t: Token) -> bool:
        return any(c.dep_ == "dobj" for c in t.children)
    if "conj" not in (a.token.dep_, b.token.dep_) or a.event.target == b.event.target:
        return False  # "condemned the attack and denounced it as…": one act told twice
    if {a.event.quad_class, b.event.quad_class} <= set(VERBAL_QUADS) \
            and a.token.pos_ == b.token.pos_ == "VERB" \
            and all(own_complement(d.token, d.trigger.own_preps) for d in (a, b)):
        return True
    return a.trigger.lemma == b.trigger.lemma and obj(a.token) and obj(b.token) \
        and None not in (a.event.target, b.event.target)


def _purpose(a: Token, b: Token) -> bool:
    """ "sent 60 doctors to help treat the victims": the act a purpose clause's helping verb
    governs is the sending's own aim (our dev gold codes one AID)."""
    helper = a.head
    return a.dep_ == "xcomp" and helper.dep_ in ("advcl", "xcomp") and helper.head.i == b.i \
        and helper.lemma_.lower() in PURPOSE_HELPERS


def _within(noun: Token, verb: Token, preps: tuple[str, ...] = WITHIN_PREPS) -> bool:
    """ "killed five militants in a raid": the noun names the verb's own happening (not
    "after an attack", an earlier one)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in preps and noun.head.head.i == verb.i
