"""Demands made with "must", or "should" in a government's release (issue 13): "Iran must
release the sailors, the British foreign secretary said" codes the release as demanded
(status.py) and, beside it, the demand itself: REQUEST from whoever says it to whoever must
act, rule ``trigger:modal-demand(must)``. A demand of a verb that codes no event ("Israel
must do more to protect civilians", the French president said) is the REQUEST alone, rule
``trigger:modal-demand(must)+bare``.

Who says it is the subject of the sentence's speech verb, else the issuer of a statement or
readout named before the sentence or its publisher (actors/speaker.py, publisher.py); with
neither, or when the one who must act is the speaker ("we must do more"), no REQUEST is
coded. CAMEO 100 (demand).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ..actors import ActorDictionary, ActorIndex
from ..actors.speaker import FirstPerson
from ..model import Actor, Event, Evidence, Participant, TextSpan
from ..parse import Parse
from ..resources import Resources
from ..syntax import is_passive, is_question
from .details import find_date
from .status import SHOULD

DEMAND_MODALS = ("must", "should")
# verbs of a state, a feeling or a fate, not of an act asked for ("Iraq must remain united",
# "Russia must think we are fools", "Ukraine must win this war", "Taiwan should decide its
# own future"; issue 13, review of the bare demands)
STATE_VERBS = frozenset({
    "be", "become", "remain", "stay", "have", "get", "know", "think", "feel", "wonder",
    "believe", "realize", "realise", "seem", "win", "decide", "determine", "choose", "face",
    "suffer", "pay", "see", "expect", "hope", "want", "like", "love", "fear"})
CAMEO = "100"
RULES = ("status:modal(must)", f"{SHOULD}+release")  # should: status.of_trigger


class Demands:
    """Adds the REQUEST behind each event demanded with "must"."""

    def __init__(self, res: Resources, dictionary: ActorDictionary):
        self.res = res
        self.dictionary = dictionary
        self.speakers = FirstPerson(dictionary)

    def add(self, events: list[Event], parse: Parse[ActorIndex]) -> list[Event]:
        """``events`` with a REQUEST after each event whose status came from "must", and
        one for each demand of a verb that codes no event (:meth:`_bare`)."""
        demanded = {id(e) for e in events if set(RULES) & set(e.why) and e.source is not None}
        modals = [t for t in parse.doc if t.dep_ == "aux" and t.lower_ in DEMAND_MODALS]
        if not modals and not demanded:
            return events
        by_sentence, official = self.speakers.speakers(parse.index, parse.publisher)

        def speaker_of(sent: int, modal: TextSpan) -> str | None:
            speaker = by_sentence.get(sent)
            if speaker is None and sent not in by_sentence and official is not None \
                    and official.sentence < sent:
                speaker = official.actor
            publisher = parse.publisher
            if publisher is not None and speaker == publisher.id and publisher.sector == "GOV" \
                    and not parse.index.actors.get(publisher.id, publisher).mentions:
                return self._publisher(modal, parse)  # a release that never names itself
            return speaker

        out: list[Event] = []
        for event in events:
            out.append(event)
            if id(event) not in demanded:
                continue
            speaker = speaker_of(event.evidence.sentence, _modal(event, parse.index))
            request = self._request(event, speaker, parse.index) if speaker else None
            if request is not None:
                out.append(request)
        return self._bare(out, modals, speaker_of, parse)

    def _bare(self, events: list[Event], modals: list[Token],
              speaker_of: Callable[[int, TextSpan], str | None],
              parse: Parse[ActorIndex]) -> list[Event]:
        """``events`` with a REQUEST for each demand made with "must" (or a release's
        "should") of a verb that codes no event ("the government must do everything it
        can", "Venezuela should focus on finding real solutions"): from whoever says it to
        the named actor who must act (rule ``trigger:modal-demand(<modal>)+bare``). Not
        a passive ("Russia must be held accountable": others are to act), a state or a guess
        (:func:`_asked_act`), nor a demand of the speaker's own country ("Britain must do
        more")."""
        told = {e.evidence.trigger.start for e in events}
        release = parse.publisher is not None and parse.publisher.sector == "GOV"
        out = list(events)
        for modal in modals:
            verb = modal.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or (modal.lower_ == "should" and not release) \
                    or verb.idx in told or not _asked_act(verb):
                continue
            doers = parse.index.actor_ids(subject)
            sent = parse.index.sentence_of[modal.i]
            said = TextSpan(modal.idx, modal.idx + len(modal.text), modal.text)
            speaker = speaker_of(sent, said) if doers else None
            request = self._bare_request(modal, said, subject, doers[0], speaker, parse) \
                if speaker else None
            if request is not None and not any(
                    (e.type, e.source, e.target, e.evidence.sentence) == (
                        request.type, request.source, request.target, sent) for e in out):
                out.append(request)
        return out

    def _bare_request(self, modal: Token, trigger: TextSpan, subject: Token, doer: str,
                      speaker: str, parse: Parse[ActorIndex]) -> Event | None:
        index = parse.index
        actor = _demander(speaker, index)
        if actor is None or actor.id == doer or index.actors[doer].country == actor.country:
            return None
        info = self.res.cameo_info(CAMEO)
        assert info is not None  # a code of the shipped CAMEO table
        said = actor.mentions[0]
        sent = index.sentence_of[modal.i]
        span = parse.sents[sent]
        assert parse.entities is not None, "the Sentences stage runs first"
        date, precision, date_text = find_date(modal.head, span, parse.document.date,
                                               "occurred", parse.entities)
        return Event(
            id="e0", type="REQUEST", mode=None, cameo=CAMEO, cameo_name=info.name,
            goldstein=info.goldstein, quad_class=info.quad_class, source=actor.id,
            target=doer, participants=[
                Participant(actor.id, "source", said.text, said.start, said.end,
                            "source:speaker"),
                Participant(doer, "target", subject.text, subject.idx,
                            subject.idx + len(subject.text), "target:must-act")],
            status="occurred", negated=False, location=None, date=date,
            date_precision=precision, date_text=date_text, quantity=None,
            evidence=Evidence(sent, span.start_char, span.end_char, trigger),
            why=[f"trigger:modal-demand({modal.lower_})+bare", "source:speaker",
                 "target:must-act"])

    def _publisher(self, modal: TextSpan, parse: Parse[ActorIndex]) -> str | None:
        """The government that publishes the release, noted over the modal that makes the
        demand when the text never names it (``event:publisher-demand``)."""
        publisher = parse.publisher
        assert publisher is not None
        if not parse.index.note(publisher.id, modal.start, modal.end, "event:publisher-demand",
                                self.dictionary.make):
            return None
        return publisher.id

    def _request(self, event: Event, speaker: str, index: ActorIndex) -> Event | None:
        actor = _demander(speaker, index)
        if actor is None or actor.id == event.source:
            return None  # "we must do more": no one demands it of themselves
        info = self.res.cameo_info(CAMEO)
        assert info is not None  # a code of the shipped CAMEO table
        said = actor.mentions[0]
        target = next((p for p in event.participants if p.actor == event.source), None)
        if target is None:
            return None
        trigger = _modal(event, index)
        return replace(
            event, type="REQUEST", mode=None, cameo=CAMEO, cameo_name=info.name,
            goldstein=info.goldstein, quad_class=info.quad_class, source=actor.id,
            target=event.source, status="occurred", negated=False, quantity=None,
            participants=[Participant(actor.id, "source", said.text, said.start, said.end,
                                      "source:speaker"),
                          replace(target, role="target", why="target:must-act")],
            evidence=replace(event.evidence, trigger=trigger),
            why=[f"trigger:modal-demand({trigger.text.lower()})", "source:speaker",
                 f"target:must-act({event.type})"],
        )


def _demander(speaker: str, index: ActorIndex) -> Actor | None:
    """Who makes a demand the speaker voices: the speaker, or a country's government when a
    country issues the statement; None for one the text never names (a publisher that never
    names itself)."""
    actor = index.actors.get(speaker)
    if actor is not None and actor.kind == "country":
        actor = index.actors.get(f"{actor.id}GOV")
    return actor if actor is not None and actor.mentions else None


def _modal(event: Event, index: ActorIndex) -> TextSpan:
    """The "must" of the demanded event's verb (its trigger when it cannot be found)."""
    trig = event.evidence.trigger
    span = index.doc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is not None:
        for child in span.root.children:
            if child.lower_ in DEMAND_MODALS:
                return TextSpan(child.idx, child.idx + len(child.text), child.text)
    return trig


def _asked_act(verb: Token) -> bool:
    """The modal asks for an act: not a passive, a state ("must be free", "must remain
    united", "should decide its own future": ``STATE_VERBS``), a guess ("must have known",
    "must be wondering", "must feel isolated"), a question ("asked whether Iran should face
    sanctions") or a clause that asks."""
    if verb.lemma_ in STATE_VERBS or verb.tag_ == "VBG" or is_passive(verb) \
            or is_question(verb.sent) or any(c.dep_ == "aux" and c.lemma_ == "have"
                                             for c in verb.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                   for t in (verb, *verb.ancestors) for c in t.children)

