"""Force told as to be stopped, or as stopped (issue 13): "urged Israel to stop its attacks
on Gaza", "called for an end to the violence", "the rockets fired into Israel must stop",
"the army ended its attacks on civilians".

The force goes on, or went on: its status is not the stopping's, which made "urged Israel
to stop its attacks" an attack demanded. The act keeps its own ("ongoing"; "occurred" when
the stopping is told as done) and the stopping is an event of its own: PLOVER RETREAT, mode
ceasefire, CAMEO 087 (de-escalate military engagement), by the act's doer on its target,
with the status the stopping word is told with (rule ``trigger:cessation(<word>)``). The real
text adjudication codes "the rockets … must stop" so (ASSAULT ongoing, RETREAT demanded;
tests/gold/real). The one asked to stop is the stopper's doer ("urged Israel to stop its
attacks": Israel's, whatever "its" was taken for).

Only force and repression (ASSAULT, COERCE): "ended the talks" is no de-escalation.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors import ActorIndex
from ..model import Event, Participant, TextSpan
from ..resources import Resources
from ..syntax import controller, direct_objects, prep_objects
from .status import StatusRules

# verbs that stop the act they take, and nouns that do with "to" ("an end to the attacks")
STOP_WORDS = ("stop", "end", "halt", "cease")
STOPPED_TYPES = ("ASSAULT", "COERCE")
CAMEO = "087"
ONGOING_UNLESS = ("occurred",)  # a stopping told as done: the act went on till then


def stopper(token: Token) -> Token | None:
    """The word that stops the act ``token`` names: "stop its attacks", "attacks were
    halted", "stop attacking", "an end to attacks", "the attacks must stop", "the rockets
    fired into Israel must stop"; None when there is none."""
    head = token.head

    def stops(word: Token, pos: str) -> bool:
        return word.pos_ == pos and word.lemma_.lower() in STOP_WORDS

    if token.dep_ in ("dobj", "nsubjpass", "nsubj") and stops(head, "VERB"):
        return head
    if token.dep_ == "xcomp" and token.tag_ == "VBG" and stops(head, "VERB"):
        return head
    if token.dep_ == "pobj" and head.lower_ == "to" and stops(head.head, "NOUN"):
        return head.head
    if token.dep_ == "acl" and head.dep_ == "nsubj" and stops(head.head, "VERB"):
        return head.head
    return None


class Cessations:
    """Adds the RETREAT of each act of force told as stopped, and restores the act's own
    status."""

    def __init__(self, res: Resources, status: StatusRules):
        self.res = res
        self.status = status

    def add(self, events: list[Event], doc: Doc, index: ActorIndex,
            headline_end: int = -1) -> list[Event]:
        """``events`` with each stopped act's status its own and its RETREAT after it."""
        out: list[Event] = []
        for event in events:
            trigger = doc.char_span(event.evidence.trigger.start, event.evidence.trigger.end,
                                    alignment_mode="expand")
            word = stopper(trigger.root) if trigger is not None \
                and event.type in STOPPED_TYPES else None
            if word is None:
                out.append(event)
                continue
            status, negated, why = self.status.status(word, headline_end=headline_end)
            event = self._doer(event, word, index)
            rule = f"trigger:cessation({word.lemma_.lower()})"
            own = [w for w in event.why if not w.startswith("status:")]
            out.append(replace(event, status="occurred" if status in ONGOING_UNLESS
                               else "ongoing", negated=False,
                               why=[*own, f"status:stopped({word.lemma_.lower()})"]))
            out.append(self._retreat(event, word, status, negated, [rule, *why]))
        return out

    def _retreat(self, act: Event, word: Token, status: str, negated: bool,
                 why: list[str]) -> Event:
        info = self.res.cameo_info(CAMEO)
        assert info is not None  # 087 is in ontology/cameo.csv
        span = TextSpan(word.idx, word.idx + len(word.text), word.text)
        return replace(act, id=f"{act.id}-stop", type="RETREAT", mode="ceasefire",
                       cameo=CAMEO, cameo_name=info.name, goldstein=info.goldstein,
                       quad_class=info.quad_class, status=status, negated=negated,
                       quantity=None, participants=list(act.participants),
                       evidence=replace(act.evidence, trigger=span),
                       why=[*why, f"frame:cessation-of({act.evidence.trigger.text})"])

    def _doer(self, act: Event, word: Token, index: ActorIndex) -> Event:
        """The act is the doer's whom the stopper is asked of ("urged Israel to stop"), or,
        when it has none, the stopper's subject's ("Russian troops did not stop their
        attacks")."""
        asker = word.head
        if word.dep_ == "xcomp" and asker.lemma_.lower() in self.res.events.object_control:
            asked = direct_objects(asker) or prep_objects(asker, ("on", "upon"))
        elif act.source is None:
            asked = controller(word)[0]
        else:
            return act
        actor = index.by_token.get(asked[0].i) if asked else None
        if actor is None or actor == act.source:
            return act
        tok = asked[0]
        kept = [p for p in act.participants if p.role != "source" and p.actor != actor]
        doer = Participant(actor, "source", tok.text, tok.idx, tok.idx + len(tok.text),
                           "frame:cessation-asked")
        return replace(act, source=actor, participants=[doer, *kept],
                       target=act.target if act.target != actor else None)
