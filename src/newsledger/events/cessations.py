"""Force told as to be stopped, or as stopped (issue 13): "urged Israel to stop its attacks
on Gaza", "called for an end to the violence", "Russia must stop its attacks", "the army
ended its attacks on civilians".

The force goes on, or went on: its status is not the stopping's, which made "urged Israel
to stop its attacks" an attack demanded. The act keeps its own ("ongoing"; "occurred" when
the stopping is told as done) and the stopping is an event of its own: PLOVER RETREAT, mode
ceasefire, CAMEO 087 (de-escalate military engagement; repression stopped is 081,
restrictions eased), by the act's doer on its target, with the status the stopping word is
told with (rule ``trigger:cessation(<word>)``). The real-text adjudication codes "the
rockets … must stop" so (ASSAULT ongoing, RETREAT demanded; tests/gold/real); the model
parses that sentence with "must stop" as a subjectless clause under "fired". The one
asked to stop is the act's doer ("urged Israel to stop its attacks": Israel's, whatever
"its" was taken for); one who stops or vows to stop another's act prevents it, and gives
no RETREAT ("Israel vowed to stop Hamas rocket attacks").

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
CAMEO = "087"  # de-escalate military engagement
EASED = "081"  # ease administrative sanctions: repression stopped
ONGOING_UNLESS = ("occurred",)
MODAL_DEMANDS = ("must", "should")  # a stopping told as done: the act went on till then


def stopper(token: Token) -> Token | None:
    """The word that stops the act ``token`` names: "stop its attacks", "attacks were
    halted", "stop attacking", "an end to attacks", "the attacks must stop", "the shelling
    carried out by the army must stop" (the act's verb on the stopped noun); None when there
    is none."""
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
    # "The rockets fired from Gaza into Israel must stop": the model makes "fired" the
    # main verb and "must stop" a subjectless clause under it (real-text ruling: ASSAULT
    # ongoing, RETREAT demanded)
    return next((c for c in token.rights if c.dep_ == "advcl" and stops(c, "VERB")
                 and token.tag_ == "VBD" and not any(g.dep_.startswith("nsubj")
                                                    for g in c.children)
                 and any(g.dep_ == "aux" and g.lower_ in MODAL_DEMANDS for g in c.children)),
                None)


def _own(act_word: Token) -> bool:
    """The act is told as its stopper's own: "its attacks", "stopped firing"."""
    return act_word.tag_ == "VBG" or any(c.dep_ == "poss" and c.tag_ == "PRP$"
                                         for c in act_word.children)


class Cessations:
    """Adds the RETREAT of each act of force told as stopped by its doer, and restores the
    act's own status."""

    def __init__(self, res: Resources, status: StatusRules):
        self.res = res
        self.status = status

    def add(self, events: list[Event], doc: Doc, index: ActorIndex,
            headline_end: int = -1) -> list[Event]:
        """``events`` with each stopped act's status its own and, when its doer is the one
        who stops or is asked to, its RETREAT after it. An act someone else stops or vows
        to stop ("Israel vowed to stop Hamas rocket attacks", "police stopped an attack")
        is prevented, not given up: no RETREAT."""
        out: list[Event] = []
        for event in events:
            trigger = doc.char_span(event.evidence.trigger.start, event.evidence.trigger.end,
                                    alignment_mode="expand")
            word = stopper(trigger.root) if trigger is not None \
                and event.type in STOPPED_TYPES else None
            if word is None or trigger is None:
                out.append(event)
                continue
            status, negated, why = self.status.status(word, headline_end=headline_end)
            event, asked = self._doer(event, word, trigger.root, index)
            own = [w for w in event.why if not w.startswith("status:")]
            out.append(replace(event, status="occurred" if status in ONGOING_UNLESS
                               else "ongoing", negated=False,
                               why=[*own, f"status:stopped({word.lemma_.lower()})"]))
            if asked or not self._stopped_by_other(event, word, trigger.root, index):
                rule = f"trigger:cessation({word.lemma_.lower()})"
                out.append(self._retreat(event, word, status, negated, [rule, *why]))
        return out

    def _retreat(self, act: Event, word: Token, status: str, negated: bool,
                 why: list[str]) -> Event:
        """The stopping: ceasefire (087) for force; for repression, restrictions eased
        (081)."""
        code = CAMEO if act.type == "ASSAULT" else EASED
        info = self.res.cameo_info(code)
        assert info is not None  # 081 and 087 are in ontology/cameo.csv
        span = TextSpan(word.idx, word.idx + len(word.text), word.text)
        return replace(act, id=f"{act.id}-stop", type="RETREAT",
                       mode="ceasefire" if code == CAMEO else None,
                       cameo=code, cameo_name=info.name, goldstein=info.goldstein,
                       quad_class=info.quad_class, status=status, negated=negated,
                       quantity=None, participants=list(act.participants),
                       evidence=replace(act.evidence, trigger=span),
                       why=[*why, f"frame:cessation-of({act.evidence.trigger.text})"])

    @staticmethod
    def _stopped_by_other(act: Event, word: Token, act_word: Token, index: ActorIndex
                          ) -> bool:
        """The stopping verb's subject is an actor of another country than the act's doer,
        and the act is not told as the subject's own ("Israel halted its airstrikes")."""
        if word.pos_ != "VERB" or _own(act_word):
            return False
        subjects = {index.by_token.get(t.i) for t in controller(word)[0]} - {None}
        doer = index.actors.get(act.source) if act.source else None
        countries = {a.country for s in subjects if (a := index.actors.get(s)) is not None}
        return bool(subjects) and act.source not in subjects \
            and (doer is None or doer.country not in countries)

    def _doer(self, act: Event, word: Token, act_word: Token, index: ActorIndex
              ) -> tuple[Event, bool]:
        """``(act, asked)``: the act is the doer's whom the stopper is asked of ("urged
        Israel to stop"; ``asked``), and never the asker's, named or not ("urged the warring
        parties to stop fighting"); with no doer, the stopper's subject's when the act is
        told as its own ("the army did not stop its attacks", "stopped firing") or is
        repression ("Iran halts crackdown on protesters": a state's crackdown is its own)."""
        asker = word.head
        own = _own(act_word) or act.type == "COERCE"  # a state's crackdown is its own
        if word.dep_ == "xcomp" and asker.lemma_.lower() in self.res.events.object_control:
            asked = direct_objects(asker) or prep_objects(asker, ("on", "upon"))
            askers = {index.by_token.get(t.i) for t in controller(asker)[0]} - {None}
            if act.source in askers:  # the asker is never the one who must stop
                act = replace(act, source=None, participants=[
                    p for p in act.participants if p.role != "source"])
            is_asked = True
        elif act.source is None and own and word.pos_ == "VERB":
            asked, is_asked = controller(word)[0], False
        else:
            return act, False
        actor = index.by_token.get(asked[0].i) if asked else None
        if actor is None or actor == act.source:
            return act, is_asked and actor is not None
        tok = asked[0]
        kept = [p for p in act.participants if p.role != "source" and p.actor != actor]
        doer = Participant(actor, "source", tok.text, tok.idx, tok.idx + len(tok.text),
                           "frame:cessation-asked" if is_asked else "frame:cessation-subject")
        return replace(act, source=actor, participants=[doer, *kept],
                       target=act.target if act.target != actor else None), is_asked
