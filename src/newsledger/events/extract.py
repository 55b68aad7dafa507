"""Find event triggers, code them in PLOVER/CAMEO and fill in who, where, when, how many.

Reads the parsed Doc and the document's :class:`ActorIndex`; returns :class:`Event` objects.
Besides the frames (frames.py) and status rules (status.py), two merges (merges.py) keep
one happening one event. Then coordinated sources or targets split into one event per dyad
(``split:dyad``).

Besides the events, the stage notes in the document's actor index the actors its events need
and the mention finder did not see ("Pakistani" as the source of "Pakistani strikes", the
country a strike's place is in, a country's military that "sends troops").
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from spacy.tokens import Span, Token

from ..actors import ActorDictionary, ActorIndex
from ..actors.sector_nouns import noun_sector
from ..model import Event, Evidence, Location, Participant, TextSpan
from ..parse import Parse
from ..places import DocumentPlaces, Gazetteer
from ..resources import Resources, Trigger
from ..syntax import direct_objects, distributive
from .appraisals import told_verdicts
from .cessations import Cessations
from .clashes import crowd_sources, crowd_targets, police_and_crowds
from .counterparts import counterpart_targets
from .custody import custody_targets
from .demands import Demands
from .details import NOT_THERE, find_date, find_location, scene_location
from .embedded import intent_threats, targets_from_embedded
from .frames import ArgumentFinder, aimed_at
from .headline import merge_headline
from .merges import PLACE_TARGET, Draft, assign_roles, merge_anaphora, merge_same_clause
from .nominal import Arg
from .origins import left_from, origin_sources
from .parties import ruled_out, state_protest
from .quantities import QuantityFinder
from .status import MATERIAL_QUADS, StatusRules
from .threats import conditional_threats, warnings
from .triggers import fits

POS_CLASS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADP": "ADP",
             "ADJ": "ADJ"}
JUDGED_MODES = ("allege", "convict")  # modes of the triggers that judge an act "of"/"for"
YIELDED = ("REQUEST",)  # "yielded to demands": what a concession yields to, not an attack
BETWEEN = "frame:noun-between"  # "talks between A and B" (nominal.py)
DESTINATION = "prep:to"  # where people were sent ("deported asylum seekers to Rwanda")
SENT_TYPES = ("COERCE",)  # whose "to" place is no scene; "laid siege to Mariupol" is one
MAX_DYADS = 16  # "the US, UK, France and Germany condemned Iran, Russia and Syria"


class EventExtractor:
    """The event stage: codes the events of every sentence that is not a heading."""

    reads: ClassVar[tuple[str, ...]] = ("document", "doc", "sents", "sentences", "headings",
                                        "headline", "entities", "index", "publisher")
    sets: ClassVar[tuple[str, ...]] = ("analysis.events", "index.mentions", "index.tokens")

    def __init__(self, res: Resources, dictionary: ActorDictionary,
                 gazetteer: Gazetteer | None = None):
        self.res = res
        self.dictionary = dictionary
        self.status = StatusRules(res)
        self.gazetteer = gazetteer or Gazetteer(res)
        self.quantities = QuantityFinder(res)
        self.speakers = frozenset((*res.attribution.speech_verbs, *res.status.report_denials))
        self.judges = frozenset((*res.status.factive, *res.status.causes))
        self.report_nouns = frozenset(res.status.report_nouns)
        self.mutual = frozenset(res.events.mutual_types)
        self.demands = Demands(res, dictionary)
        self.cessations = Cessations(res, self.status)

    # -- trigger matching -------------------------------------------------------------
    def match(self, token: Token) -> Trigger | None:
        pos = POS_CLASS.get(token.pos_)
        if pos is None:
            return None
        for trig in self.res.events.triggers.get((token.lemma_.lower(), pos), ()):
            if fits(trig, token, self.res.events.appraising_verbs,
                    self.res.events.investigating_words):
                return trig
        return None

    def _alleged(self, token: Token) -> bool:
        """ "accused China of supplying imagery": what an allegation (mode ``allege``)
        alleges is the accuser's claim; "convicted two men of attacking", "cleared her of
        killing seven" (mode ``convict``): the charge, not the court's act (the real gold
        codes only the verdict). What is condemned is told as done."""
        for cur in (token, *list(token.ancestors)[:3]):  # "…of killing seven in an attack"
            if cur.dep_ in ("relcl", "acl"):
                return False  # "the leader of the group that attacked…": told as done
            head = cur.head
            if cur.dep_ not in ("pcomp", "pobj") or head.lower_ not in ("of", "for"):
                continue
            judge = head.head
            if judge.dep_ == "dobj" and self.match(judge) is None:
                judge = judge.head  # "convicted two men of attacking": "of" on the object
            governing = self.match(judge)
            if governing is not None and governing.mode in JUDGED_MODES:
                return True
        return False

    def _object_of_trigger(self, token: Token, trig: Trigger) -> bool:
        """ "cut ties with", "delaying a shipment of aid", "accepted four of the six
        demands": the noun is the verb's event."""
        if trig.pos != "NOUN":
            return False
        if token.dep_ == "pobj" and (kept := self.match(token.head.head)) is not None \
                and kept.prep == token.head.lower_ and token.lemma_.lower() in kept.objects:
            return True  # "adhere to the ceasefire": one event, the verb's
        of = token.dep_ == "pobj" and token.head.lower_ == "of"  # "a shipment of aid"
        thing = token.head.head if of else token
        if thing.dep_ not in ("dobj", "nsubjpass"):
            return False
        governing = self.match(thing.head)
        return governing is not None and governing.type != trig.type and (
            thing.lemma_.lower() in governing.objects
            or (of and token.lemma_.lower() in governing.objects))

    def _yielded_to(self, token: Token, trig: Trigger) -> bool:
        """ "gave in to the farmers' demands": a demand a concession yields to is no event
        of its own (our dev gold codes only the concession; "yielded to Azerbaijan's
        offensive" keeps the offensive)."""
        if trig.type not in YIELDED or token.dep_ != "pobj" or token.head.dep_ != "prep":
            return False
        governing = self.match(token.head.head)
        return governing is not None and governing.type == "CONCEDE" \
            and token.head.lower_ in governing.target_preps

    # -- extraction -------------------------------------------------------------------
    def __call__(self, parse: Parse[ActorIndex]) -> None:
        parse.analysis.events = self.extract(parse)

    def extract(self, parse: Parse[ActorIndex]) -> list[Event]:
        drafts: list[Draft] = []
        places = DocumentPlaces(self.gazetteer, parse.document.text, parse.sentences)
        end = parse.sentences[0].end if parse.headline else -1
        finder = ArgumentFinder(self.res, parse.index, places, headline_end=end)
        for s_idx, sent in enumerate(parse.sents):
            if s_idx in parse.headings:
                continue
            for token in parse.index.tokens[sent.start : sent.end]:  # made once, not anew
                trig = self.match(token)
                if trig is None or self._object_of_trigger(token, trig) \
                        or self._yielded_to(token, trig) or self._alleged(token):
                    continue
                draft = self._draft(parse, finder, sent, s_idx, token, trig, len(drafts))
                if merge_anaphora(draft, drafts, s_idx, self.match):
                    continue
                drafts.append(draft)
        drafts = told_verdicts(merge_same_clause(drafts), parse.index.actors)  # appraisals.py
        origin_sources([d.event for d in drafts], parse.index, self.dictionary.make, self.res)
        crowd_sources(drafts, parse.index, self.dictionary.make, self.res)
        # no actor, nothing to code; but what is called for stays on record though no one
        # is named to do it ("called for a ceasefire"; real-text adjudication codes it so)
        drafts = [d for d in drafts if d.event.participants or self._called_for(d.token)]
        targets_from_embedded(drafts, self.res, parse.index.actors)  # embedded.py
        intent_threats(drafts, self.res)  # "is ready to attack": a threat (embedded.py)
        drafts = [d for d in drafts if not d.trigger.needs_target or d.event.target]
        release = parse.publisher is not None and parse.publisher.sector == "GOV"
        events = [state_protest(e, parse.index, self.res) for d in drafts  # parties.py
                  for e in self._split_dyads(d.event, d.token, d.trigger, release)
                  if not ruled_out(e, parse.index.actors)]
        events = police_and_crowds(events, parse.index.actors, self.res)  # clashes.py
        events = crowd_targets(events, parse.index, self.dictionary.make, self.res)
        events = custody_targets(events, parse.index, self.dictionary.make, self.res)
        events = self.cessations.add(events, parse.doc, parse.index, end)  # "stop attacks"
        events = self.demands.add(events, parse)  # "X must…", "X must do more": demands
        events = conditional_threats(events, parse.index, self.res)  # "…if": threats.py
        events = warnings(events, parse, self.res)  # "will pay a price": threats.py
        events = counterpart_targets(events, parse.index.actors)  # a readout's other side
        events = merge_headline(events, parse, self.mutual)  # one happening, one event
        return [replace(event, id=f"e{i + 1}") for i, event in enumerate(events)]

    def _called_for(self, noun: Token) -> bool:
        """ "called for a ceasefire": a noun asked for by a verb of demand, whoever is to
        do it (issue 13: the real train and dev splits code such demands with no doer)."""
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ == "for" and \
            self.res.status.demands(prep.head.lemma_)

    def _mutual(self, event: Event, token: Token) -> bool:
        """Coordinated sources act on each other: a mutual type or mode, not "each". What
        was agreed decides who it is with when it names someone ("agreed to send aid to
        Yemen": the target taken from it, embedded.py, so no call here);
        otherwise each is with the other ("the two leaders pledged to build on…", "both
        presidents agreed to press for…"; issue 13, real text: readouts)."""
        if distributive(token):
            return False
        if event.mode in self.res.events.mutual_modes:
            return True
        return event.type in self.res.events.mutual_types

    def _split_dyads(self, event: Event, token: Token, trig: Trigger,
                     release: bool = False) -> list[Event]:
        """One event per source-target pair: "France and Germany agreed…" is two events,
        each keeping the full participant list. "Japan and the Philippines will hold a
        joint exercise" (a mutual type, no target) is one event each way, as is any pair of
        a mutual trigger ("Indian and Pakistani troops exchanged fire") or of a symmetric
        verb of a mutual type whose coordinated subjects are each other's targets ("Libya
        and Switzerland will meet"), except in a government's release, whose readout tells
        its own side's talks ("They also discussed energy prices": the publisher's leader
        with the other; real-text gold). A mutual event "between" two parties ("a ceasefire
        between Thailand and Cambodia") is one event each way between them alone."""
        sources = list(dict.fromkeys(p.actor for p in event.participants
                                     if p.role == "source"))
        targets = list(dict.fromkeys(p.actor for p in event.participants
                                     if p.role == "target"))
        conjunct = any(p.why == "frame:symmetric-conjunct" for p in event.participants)
        between = list(dict.fromkeys(p.actor for p in event.participants
                                     if p.why.startswith(BETWEEN)))
        if len(between) > 1 and not release and self._mutual(event, token):
            # "Qatar's ceasefire between Israel and Hamas": the two sides, each way; the
            # broker named beside them is no party to it
            sources = targets = between
        elif sources and targets and (trig.id in self.res.events.mutual_triggers or (
                conjunct and not release and self._mutual(event, token))):
            # "Libya and Switzerland agreed to meet": each meets the other
            sources = targets = list(dict.fromkeys(sources + targets))
        elif len(sources) < 2 and len(targets) < 2:
            return [event]
        elif not targets and self._mutual(event, token):
            targets = sources
        if targets == sources and len(sources) > 2:
            # many parties to one talk or deal: each with the first named, not every pair
            # of the others ("Iran and the P5+1 — the United States, …": ruling R26)
            first = sources[0]
            pairs = [p for other in sources[1:] for p in ((first, other), (other, first))]
        else:
            pairs = [(s, t) for s in sources or [event.source]
                     for t in targets or [event.target] if s != t]
        out = []
        for source, target in pairs[:MAX_DYADS]:
            copy = replace(event, source=source, target=target,
                           why=[*event.why, f"split:dyad({source}->{target})"])
            out.append(copy)
        return out or [event]

    def _draft(self, parse: Parse[ActorIndex], finder: ArgumentFinder, sent: Span, s_idx: int,
               token: Token, trig: Trigger, n: int) -> Draft:
        index, places = parse.index, finder.places
        args = finder.find(trig, token)
        participants = self._participants(args, index)
        info = self.res.cameo_info(trig.cameo)
        assert info is not None  # checked when the lexicon is loaded
        release = parse.publisher is not None and parse.publisher.sector == "GOV"
        told = token
        if token.dep_ == "compound":  # "signed a ceasefire agreement": the status the deal
            # is told with, agreed when it was reached (triggers.py lets only a truce name one)
            deal = token.head
            told = deal.head if deal.dep_ in ("dobj", "nsubjpass") else deal  # "will sign"
        status, negated, status_why = self.status.of_trigger(
            told, trig, info.quad_class, release,
            headline_end=parse.sentences[0].end if parse.headline else -1)
        if told != token and status == "occurred":
            status, status_why = "agreed", [*status_why, "status:deal-named"]
        entities = parse.entities
        assert entities is not None, "the Sentences stage runs first (check_order)"
        location = find_location(token, places, entities, self.res.quantities.lengths)
        own_place = location is not None  # the trigger's own place, not the sentence's
        if location is None and info.quad_class in MATERIAL_QUADS:
            location = scene_location(sent, places, participants, entities, self.speakers,
                                      self.report_nouns, self.judges)
        date, precision, date_text = find_date(token, sent, parse.document.date, status,
                                               entities)
        status, status_why = self.status.dated(status, status_why, date, precision,
                                               parse.document.date, date_text)
        quantity = self.quantities.find(token, trig.type, parse.doc)
        why = [f"trigger:{trig.id}", f"frame:{trig.frame}", *status_why]
        why += sorted({f"{a.role}:{a.why}" for a in args})
        if location:
            why.append(f"location:{location.why}")
        if quantity:
            why.append("quantity:nummod")
        event = Event(
            id=f"e{n + 1}", type=trig.type, mode=trig.mode, cameo=trig.cameo,
            cameo_name=info.name, goldstein=info.goldstein, quad_class=info.quad_class,
            source=None, target=None, participants=participants, status=status,
            negated=negated, location=location, date=date, date_precision=precision,
            date_text=date_text, quantity=quantity,
            evidence=Evidence(s_idx, sent.start_char, sent.end_char,
                              TextSpan(token.idx, token.idx + len(token.text), token.text)),
            why=why,
        )
        assign_roles(event)
        if trig.mode in self.res.events.mode_sectors:
            self._source_sector(event, self.res.events.mode_sectors[trig.mode], index)
        elif trig.object == "theme" and (sector := self._theme_sector(token, trig)):
            self._source_sector(event, sector, index)  # "withdrew its troops": its military
        sources = len({p.actor for p in participants if p.role == "source"})
        # with no doer named, only force takes its place as its target ("attacks in
        # Israel"): its own place, and not when it names what it struck ("the attack on
        # our mission in Benghazi")
        doerless_ok = trig.type in self.res.events.place_target_types and own_place \
            and not aimed_at(token, trig)
        if (sources == 1 or (sources == 0 and doerless_ok)) and event.target is None \
                and location is not None:
            if trig.cameo in self.res.events.visit_cameo:
                self._place_as_target(event, location, index, "visit-host")
            elif trig.type in self.res.events.place_recipient_types and location.why.endswith(
                    "prep:to"):
                self._place_as_target(event, location, index, "recipient")
            elif trig.type in self.res.events.place_target_types \
                    and not location.why.endswith(NOT_THERE) \
                    and not (trig.type in SENT_TYPES and location.why.endswith(DESTINATION)):
                # fired from, not at (origins.py); deported to, not done there
                self._place_as_target(event, location, index, "scene", foreign_only=False)
            elif trig.type in self.res.events.place_origin_types and left_from(
                    token, location, parse.doc):
                self._place_as_target(event, location, index, "origin")
        return Draft(event, token, trig)

    def _source_sector(self, event: Event, sector: str, index: ActorIndex) -> None:
        """ "Brazil refused to send troops": troops are sent by the country's military."""
        for i, p in enumerate(event.participants):
            if p.role != "source" or p.actor not in self.res.countries:
                continue
            derived = f"{p.actor}{sector}"
            if not index.note(derived, p.start, p.end, f"event:mode-sector({event.mode})",
                              self.dictionary.make):
                continue
            event.participants[i] = replace(p, actor=derived, why=f"{p.why}+mode-sector")
        assign_roles(event)

    def _theme_sector(self, verb: Token, trig: Trigger) -> str | None:
        """The sector a moved thing names ("troops" MIL, "ambassador" GOV), when the
        trigger's mode allows it (``theme_sector_modes`` in events.yaml), or None."""
        allowed = self.res.events.theme_sector_modes.get(trig.mode or "", frozenset())
        return next((sector for obj in direct_objects(verb)
                     if (sector := noun_sector(obj, self.res)) in allowed), None)

    def _place_as_target(self, event: Event, location: Location, index: ActorIndex,
                         why: str, foreign_only: bool = True) -> None:
        """ "arrived in New Delhi for a visit", "delivered flour to Khan Younis", "bombed
        villages in Sagaing": the country of the place is the target."""
        source = index.actors.get(event.source) if event.source else None
        host = location.country
        if not host or host not in self.res.countries:
            return
        if foreign_only and source is not None and source.country == host:
            return
        if not index.note(host, location.start, location.end, f"event:place-{why}",
                          self.dictionary.make):
            return
        event.participants.append(Participant(host, "target", location.name, location.start,
                                              location.end, f"{PLACE_TARGET}{why}"))
        event.target = host
        event.why.append(f"{PLACE_TARGET}{why}")

    def _participants(self, args: list[Arg], index: ActorIndex) -> list[Participant]:
        """An event's participants, each actor once per role (an actor new to the index
        gets a mention over its token)."""
        out: list[Participant] = []
        seen: set[tuple[str, str]] = set()
        for arg in args:
            if (arg.actor, arg.role) in seen:
                continue
            seen.add((arg.actor, arg.role))
            if arg.actor not in index.actors or not index.actors[arg.actor].mentions:
                index.add(self.dictionary.make(arg.actor), arg.token.i, arg.token.i + 1,
                          arg.why)
            tok = arg.token
            out.append(Participant(arg.actor, arg.role, tok.text, tok.idx,
                                   tok.idx + len(tok.text), arg.why))
        return out
