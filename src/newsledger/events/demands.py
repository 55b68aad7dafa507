"""Demands made with "must", or "should" in a government's release (issue 13): "Iran must
release the sailors, the British foreign secretary said" codes the release as demanded
(status.py) and, beside it, the demand itself: REQUEST from whoever says it to whoever must
act, rule ``trigger:modal-demand(must)``. A demand of a verb that codes no event ("Israel
must do more to protect civilians", the French president said) is the REQUEST alone, rule
``trigger:modal-demand(must)+bare``.

A demand told as a need or a wish is the same REQUEST: "it is important for the Malian
government to hold elections", "it is essential that all parties respect the truce" (from
the speaker), "the UN would like to see the government review the cases" (from who wishes
it); the act asked for, when it codes an event, is demanded (rules
``trigger:asked-for(<word>)`` and ``status:asked-for(<word>)``; issue 13, real train and dev).

Who says it is the subject of the sentence's speech verb, else the issuer of a statement or
readout named before the sentence or its publisher (actors/speaker.py, publisher.py); with
neither, or when the one who must act is the speaker ("we must do more"), no REQUEST is
coded. CAMEO 100 (demand).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Token

from ..actors import ActorDictionary, ActorIndex
from ..actors.speaker import FirstPerson
from ..model import Actor, Event, Evidence, Participant, TextSpan
from ..parse import Parse
from ..resources import Resources
from ..syntax import has_negation, is_passive, is_question
from .details import find_date
from .parties import same_country
from .status import SHOULD

DEMAND_MODALS = ("must", "should")
# verbs of a state, a feeling or a fate, not of an act asked for ("Iraq must remain united",
# "Russia must think we are fools", "Ukraine must win this war", "Taiwan should decide its
# own future"; issue 13, review of the bare demands)
STATE_VERBS = frozenset({
    "be", "become", "remain", "stay", "have", "get", "know", "think", "feel", "wonder",
    "believe", "realize", "realise", "seem", "win", "decide", "determine", "choose", "face",
    "suffer", "pay", "see", "expect", "hope", "want", "like", "love", "fear",
    # what befalls or is understood, not done ("important for Ukraine to receive
    # weapons", "…to succeed", "…to recognise that"; review of issue 13)
    "receive", "succeed", "prevail", "survive", "recognise", "recognize", "understand"})
# "it is important for X to…", "it is essential that X…": needs that ask an act of X
NECESSARY = frozenset({"important", "essential", "vital", "imperative", "crucial",
                       "critical", "necessary"})
WISHING = frozenset({"like", "want", "wish"})  # "would like to see X review the cases"
REFLEXIVES = ("itself", "themselves", "himself", "herself", "ourselves")
UNSURE = ("may", "might", "could")  # "it might be necessary for NATO to…": a guess
NOBODY = frozenset({"nobody", "none", "neither", "few", "one"})  # "no one" parses as "one"
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
        modals = [t for t in parse.index.tokens if t.dep_ == "aux" and t.lower_ in DEMAND_MODALS]
        asked = asked_clauses(parse.index.tokens)
        if not modals and not demanded and not asked:
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
        return self._asked(self._bare(out, modals, speaker_of, parse), asked, speaker_of, parse)

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
            request = self._bare_request(modal, said, subject, doers[0], speaker, parse,
                                         f"trigger:modal-demand({modal.lower_})+bare") \
                if speaker else None
            if request is not None and not any(
                    (e.type, e.source, e.target, e.evidence.sentence) == (
                        request.type, request.source, request.target, sent) for e in out):
                out.append(request)
        return out

    def _asked(self, events: list[Event], asked: list[tuple[Token, Token]],
               speaker_of: Callable[[int, TextSpan], str | None],
               parse: Parse[ActorIndex]) -> list[Event]:
        """``events`` with a REQUEST for each act asked for as a need or a wish
        (:func:`asked_clauses`), from the one who wishes it or else the speaker to the
        named actor asked to act; the act itself, when coded, is demanded."""
        out = list(events)
        for cue, verb in asked:
            subject = next(c for c in verb.children if c.dep_ == "nsubj")
            doers = parse.index.actor_ids(subject)
            if not doers or not _asked_act(verb):
                continue
            sent = parse.index.sentence_of[cue.i]
            said = TextSpan(cue.idx, cue.idx + len(cue.text), cue.text)
            rule = f"asked-for({cue.lower_})"
            speaker = speaker_of(sent, said)
            if cue.lemma_ == "see":  # only the speaker's own wish asks: "China would like
                # to see the US leave Asia," the Philippine president said, asks nothing
                wishers = [c for c in cue.head.children if c.dep_ == "nsubj"]
                wisher = parse.index.by_token.get(wishers[0].i) if wishers else None
                if wisher is not None and not _same_side(wisher, speaker, parse.index):
                    continue
                speaker = wisher if wishers and wishers[0].pos_ != "PRON" else speaker
            request = self._bare_request(cue, said, subject, doers[0], speaker, parse,
                                         f"trigger:{rule}") if speaker else None
            if request is None or any(_same_request(request, e, parse.index) for e in out):
                continue
            out.append(request)
            for event in out:  # the act asked for: demanded, not done ("that Russia not
                # attack" stays negated, as "must not" does)
                if event.evidence.trigger.start == verb.idx and event.type != "REQUEST" \
                        and not event.negated:
                    event.status = "demanded"
                    event.why.append(f"status:{rule}")
        return out

    def _bare_request(self, modal: Token, trigger: TextSpan, subject: Token, doer: str,
                      speaker: str, parse: Parse[ActorIndex], rule: str) -> Event | None:
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
            why=[rule, "source:speaker", "target:must-act"])

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
                                             for c in verb.children) \
            or any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        return False  # "Israel must defend itself": a right, not an act asked of it
    return not any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                   for t in (verb, *verb.ancestors) for c in t.children)


def asked_clauses(tokens: Iterable[Token]) -> list[tuple[Token, Token]]:
    """(the word of need or wish, the verb of the act asked) for each "it is important for X
    to act", "it is essential that X act" (``NECESSARY``, under a present, unnegated, sure
    "it is") and "would like to see X act" (``WISHING``, unnegated, not by "no one"), whose
    act has a subject and is asked, not told (review of issue 13): not a clause of time or
    cause ("since Russia invaded…, it is essential…"), a fact ("it is important that Russia
    attacked…", "…that China supports Russia"), a passive ("see Israel destroyed") or a
    question word ("see how China responds")."""
    out: list[tuple[Token, Token]] = []
    for cue in tokens:
        word = cue.lemma_.lower()
        if word not in NECESSARY and word != "see":
            continue  # the cheap test first: this runs on every token of every document
        head = cue.head
        if word in NECESSARY and cue.dep_ == "acomp" and head.lemma_ == "be" \
                and head.tag_ != "VBD" and not has_negation(head) and not any(
                    c.dep_ == "aux" and c.lower_ in UNSURE for c in head.children) and any(
                    c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
            verbs = [c for t in (head, cue) for c in t.children if c.pos_ == "VERB" and (
                (c.dep_ == "advcl" and _marks(c) == {"for"})
                or (c.dep_ in ("ccomp", "xcomp") and _marks(c) <= {"that", "for"}))]
        elif cue.lemma_ == "see" and cue.dep_ == "xcomp" \
                and head.lemma_.lower() in WISHING and not has_negation(head) \
                and not any(_nobody(c) for c in head.children if c.dep_ == "nsubj"):
            verbs = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp")]
        else:
            continue
        out += [(cue, v) for v in verbs if any(c.dep_ == "nsubj" for c in v.children)
                and v.tag_ not in ("VBD", "VBN", "VBZ")
                and not any(t.tag_ in ("WP", "WRB", "WDT") for t in v.subtree)]
    return out


def _marks(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "mark"}


def _nobody(subject: Token) -> bool:
    """ "No one", "nobody", "none of us", "neither side", "no country", "few": a wish no
    one has."""
    return subject.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ in ("no", "neither")
                                           for c in subject.children)




def _same_side(wisher: str, speaker: str | None, index: ActorIndex) -> bool:
    """The wisher is the speaker, or its country or government (or no speaker is known):
    not a rebel of its country ("Hezbollah would like to see Israel invade Lebanon," the
    Lebanese prime minister said)."""
    if speaker is None or wisher == speaker:
        return True
    one, other = index.actors.get(wisher), index.actors.get(speaker)
    return one is not None and other is not None and one.country == other.country \
        and (one.sector in (None, "GOV") or one.sector == other.sector)


def _same_request(request: Event, other: Event, index: ActorIndex) -> bool:
    """A REQUEST of the sentence by the same source at the same country ("it is important
    that Russia must withdraw": one demand)."""
    if (other.type, other.source, other.evidence.sentence) != (
            "REQUEST", request.source, request.evidence.sentence) or other.target is None:
        return False
    return same_country(index.actors, request.target, other.target)
