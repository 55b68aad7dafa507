"""Demands made with "must", or "should" in a government's release (issue 13): "Iran must
release the sailors, the British foreign secretary said" codes the release as demanded
(status.py) and, beside it, the demand itself: REQUEST from whoever says it to whoever must
act, rule ``trigger:modal-demand(must)``.

Who says it is the subject of the sentence's speech verb, else the issuer of a statement or
readout named before the sentence or its publisher (actors/speaker.py, publisher.py); with
neither, or when the one who must act is the speaker ("we must do more"), no REQUEST is
coded. CAMEO 100 (demand).
"""

from __future__ import annotations

from dataclasses import replace

from ..actors import ActorDictionary, ActorIndex
from ..actors.speaker import FirstPerson
from ..model import Event, Participant, TextSpan
from ..parse import Parse
from ..resources import Resources
from .status import SHOULD

DEMAND_MODALS = ("must", "should")
CAMEO = "100"
RULES = ("status:modal(must)", f"{SHOULD}+release")  # should: status.of_trigger


class Demands:
    """Adds the REQUEST behind each event demanded with "must"."""

    def __init__(self, res: Resources, dictionary: ActorDictionary):
        self.res = res
        self.dictionary = dictionary
        self.speakers = FirstPerson(dictionary)

    def add(self, events: list[Event], parse: Parse[ActorIndex]) -> list[Event]:
        """``events`` with a REQUEST after each event whose status came from "must"."""
        demanded = {id(e) for e in events if set(RULES) & set(e.why) and e.source is not None}
        if not demanded:
            return events
        by_sentence, official = self.speakers.speakers(parse.index, parse.publisher)
        out: list[Event] = []
        for event in events:
            out.append(event)
            if id(event) not in demanded:
                continue
            sent = event.evidence.sentence
            speaker = by_sentence.get(sent)
            if speaker is None and sent not in by_sentence and official is not None \
                    and official.sentence < sent:
                speaker = official.actor
            publisher = parse.publisher
            if publisher is not None and speaker == publisher.id and publisher.sector == "GOV" \
                    and not parse.index.actors.get(publisher.id, publisher).mentions:
                speaker = self._publisher(event, parse)  # a release that never names itself
            request = self._request(event, speaker, parse.index) if speaker else None
            if request is not None:
                out.append(request)
        return out

    def _publisher(self, event: Event, parse: Parse[ActorIndex]) -> str | None:
        """The government that publishes the release, noted over the modal that makes the
        demand when the text never names it (``event:publisher-demand``)."""
        publisher = parse.publisher
        assert publisher is not None
        modal = _modal(event, parse.index)
        if not parse.index.note(publisher.id, modal.start, modal.end, "event:publisher-demand",
                                self.dictionary.make):
            return None
        return publisher.id

    def _request(self, event: Event, speaker: str, index: ActorIndex) -> Event | None:
        actor = index.actors.get(speaker)
        if actor is None:  # a publisher that never names itself in the text
            return None
        if actor.kind == "country":  # a country that issues a statement: its government
            gov = f"{actor.id}GOV"
            if gov not in index.actors:
                return None
            actor = index.actors[gov]
        if actor.id == event.source or not actor.mentions:
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


def _modal(event: Event, index: ActorIndex) -> TextSpan:
    """The "must" of the demanded event's verb (its trigger when it cannot be found)."""
    trig = event.evidence.trigger
    span = index.doc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is not None:
        for child in span.root.children:
            if child.lower_ in DEMAND_MODALS:
                return TextSpan(child.idx, child.idx + len(child.text), child.text)
    return trig
