"""Turn each non-heading sentence into a :class:`Claim` and link the events it carries."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..actors import ActorIndex
from ..model import Attribution, Claim, Event, Sentence
from ..resources import Resources
from .attribution import AttributionRules
from .flags import FlagFinder

CARRY_TYPES = ("according-to",)


class ClaimBuilder:
    def __init__(self, res: Resources, vocab) -> None:
        self.attribution = AttributionRules(res)
        self.flags = FlagFinder(res, vocab)

    def build(self, doc: Doc, sents: list[Span], sentences: list[Sentence],
              index: ActorIndex, events: list[Event]) -> list[Claim]:
        matches = self.flags.find(doc)
        by_sentence: dict[int, list[Event]] = {}
        for event in events:
            by_sentence.setdefault(event.evidence.sentence, []).append(event)
        claims: list[Claim] = []
        carry: tuple[int, Attribution, str, int] | None = None  # paragraph, attr, grade, sent
        for info, sent in zip(sentences, sents, strict=True):
            if info.heading:
                carry = None
                continue
            attribution, grade, why = self.attribution.attribute(sent, index)
            hedges = self.flags.flags(doc, sent, matches["hedge"])
            loaded = self.flags.flags(doc, sent, matches["loaded"])
            cue = next(iter(self.flags.flags(doc, sent, matches["opinion"])), None)
            if attribution.type in CARRY_TYPES:
                carry = (info.paragraph, attribution, grade, info.index)
            elif attribution.type == "unattributed" and grade == "E" and carry:
                paragraph, carried, carried_grade, origin = carry
                if paragraph == info.paragraph and not self.attribution.breaks_carry_over(sent)\
                        and cue is None:
                    attribution, grade = carried, carried_grade
                    why = [f"attr:carry-over(s{origin})"]
                else:
                    carry = None
            opinion = attribution.type == "unattributed" and (cue is not None or bool(loaded))
            if opinion:
                why.append(f"opinion:{cue.entry if cue else loaded[0].entry}")
            claim_id = f"c{len(claims) + 1}"
            carried = by_sentence.get(info.index, [])
            for event in carried:
                event.claim = claim_id
            claims.append(Claim(
                id=claim_id, text=sent.text, start=sent.start_char, end=sent.end_char,
                sentence=info.index, events=[e.id for e in carried], attribution=attribution,
                sourcing_grade=grade, hedges=hedges, loaded_language=loaded,
                opinion=opinion, why=why,
            ))
        return claims
