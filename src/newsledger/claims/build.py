"""Turn each non-heading sentence into a :class:`Claim` and link the events it carries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from spacy.tokens import Span

from ..actors import ActorIndex
from ..model import Attribution, Claim, Event
from ..parse import Parse
from ..resources import Resources
from .attribution import AttributionRules
from .flags import FlagFinder
from .narration import NewsSpeakers, headline_speaker
from .voice import pronoun_speakers, quotations, readout_speech, statement_voice

CARRY_TYPES = ("according-to",)


def link_events(events: Iterable[Event], claims: Iterable[Claim]) -> None:
    """Each event's ``claim`` is the id of the claim that carries it."""
    by_id = {event.id: event for event in events}
    for claim in claims:
        for event_id in claim.events:
            by_id[event_id].claim = claim.id


class ClaimBuilder:
    """The claim stage: a claim per non-heading sentence, with the events it carries."""

    reads: ClassVar[tuple[str, ...]] = ("document", "doc", "sents", "sentences", "sentence_of",
                                        "index", "publisher", "analysis.events")
    sets: ClassVar[tuple[str, ...]] = ("analysis.claims", "analysis.events.claim")

    def __init__(self, res: Resources, vocab) -> None:
        self.attribution = AttributionRules(res)
        self.flags = FlagFinder(res, vocab)
        self.first_person = set(res.coref.first_singular) | set(res.coref.first_plural)
        self.readout_verbs = set(res.attribution.readout_verbs)
        self.person_heads = set(res.coref.person_heads)
        self.documents = set(res.coref.document_nouns)  # "The report found…" goes on
        self.news_speakers = NewsSpeakers(
            set(res.attribution.news_act_verbs), set(res.attribution.expressed_feelings),
            set(res.attribution.institutions), self.person_heads, self.attribution.grade)

    def __call__(self, parse: Parse[ActorIndex]) -> None:
        claims = self.build(parse)
        parse.analysis.claims = claims
        link_events(parse.analysis.events, claims)

    def _document_speaks(self, attribution: Attribution) -> bool:
        """What a report, study or resolution says, found or warned (reported speech whose
        source is a document noun, lexicon coref.yaml ``document_nouns``): the sentences
        after it in its paragraph go on telling it (ruling R15; issue 13, real dev: a story
        of a World Bank report)."""
        words = (attribution.source_text or "").lower().split()
        return attribution.type == "reported-speech" and bool(words) \
            and words[-1].strip(".,;:'\"") in self.documents

    def _finding(self, sent: Span, index: ActorIndex) -> bool:
        """A sentence that can go on telling a document's findings: its subject is no one
        who acts or speaks, no pronoun and not the document itself, and it dates nothing to
        a day ("The finance minister will present the budget on Thursday", "It was
        published on Wednesday", "Fighting resumed on Sunday" are the outlet's own; review
        of issue 13)."""
        if any(e.label_ in ("DATE", "TIME") and not e.text.isdigit() for e in sent.ents):
            return False
        for token in sent:
            if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT":
                continue
            actor = index.actors.get(index.by_token.get(token.i, ""))
            lemma = token.lemma_.lower()
            if token.pos_ == "PRON" or lemma in self.documents or lemma in self.person_heads or (
                    actor is not None and (actor.kind != "group"
                                           or actor.sector not in (None, "CVL", "REF"))):
                return False  # people described ("Women still have…") may go on
        return True

    def build(self, parse: Parse[ActorIndex]) -> list[Claim]:
        """The claims of a parse whose events are found (the events are left as they are)."""
        doc, index = parse.doc, parse.index
        matches = self.flags.find(doc)
        by_sentence: dict[int, list[str]] = {}
        for event in parse.analysis.events:
            by_sentence.setdefault(event.evidence.sentence, []).append(event.id)
        claims: list[Claim] = []
        carry: tuple[int, Attribution, str, int] | None = None  # paragraph, attr, grade, sent
        for info, sent in zip(parse.sentences, parse.sents, strict=True):
            if info.heading:
                carry = None
                continue
            text = sent.text  # joined from its tokens once
            attribution, grade, why = self.attribution.attribute(sent, index, text)
            hedges = self.flags.flags(doc, sent, matches["hedge"])
            loaded = self.flags.flags(doc, sent, matches["loaded"])
            cue = next(iter(self.flags.flags(doc, sent, matches["opinion"])), None)
            if attribution.type in CARRY_TYPES or self._document_speaks(attribution):
                # "Rudaw reported…" and "The report found…" go on (ruling R15), "reports
                # claim…" does not
                carries = grade == "B" or not why[0].startswith("attr:speech-verb") \
                    or attribution.type == "reported-speech"
                carry = (info.paragraph, attribution, grade, info.index) if carries else None
            elif attribution.type == "unattributed" and grade == "E" and carry:
                paragraph, carried, carried_grade, origin = carry
                if paragraph == info.paragraph and not self.attribution.breaks_carry_over(sent)\
                        and cue is None and (carried.type != "reported-speech"
                                             or self._finding(sent, index)):
                    attribution, grade = carried, carried_grade
                    why = [f"attr:carry-over(s{origin})"]
                else:
                    carry = None
            opinion = attribution.type == "unattributed" and (cue is not None or bool(loaded))
            if opinion:
                why.append(f"opinion:{cue.entry if cue else loaded[0].entry}")
            claims.append(Claim(
                id=f"c{len(claims) + 1}", text=text, start=sent.start_char,
                end=sent.end_char, sentence=info.index,
                events=list(by_sentence.get(info.index, [])), attribution=attribution,
                sourcing_grade=grade, hedges=hedges, loaded_language=loaded,
                opinion=opinion, why=why,
            ))
        leads = {n: found for n, claim in enumerate(claims)
                 if (found := self.attribution.lead_in(parse.sents[claim.sentence], index,
                                                       claim.text))}
        subjects = {n: found for n, claim in enumerate(claims) if (
            found := self.attribution.named_subject(parse.sents[claim.sentence], index))}
        pronoun_speakers(claims)
        quotations(claims, [parse.sentences[c.sentence].paragraph for c in claims],
                   self.first_person | {"you"}, leads, subjects)
        if parse.publisher is not None:
            statement_voice(claims, parse, parse.publisher, self.first_person,
                            self.person_heads)
            readout_speech(claims, parse, self.readout_verbs, self.person_heads,
                           self.first_person)
        self.news_speakers(claims, parse)  # narration.py
        headline_speaker(claims, parse, self.attribution.grade)
        return claims
