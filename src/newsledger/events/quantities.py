"""How many: the quantity of an event ("20,000 troops", "killing 12 people", "$50
million"), a number on the trigger's object or subject normalised to a value and a unit
(lexicons/quantities.yaml). A number of a measure ("18 miles", "16 months", "20 percent")
counts nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import Quantity
from ..resources import Resources
from ..syntax import pobjs
from .details import clause_verb

# Number words that give a rough count ("dozens of", "a dozen"), not an exact one.
APPROXIMATE = {"dozens", "hundreds", "thousands", "millions", "scores"}
NUMBER = re.compile(r"^[\d][\d,]*(\.\d+)?$")


class QuantityFinder:
    def __init__(self, res: Resources):
        q = res.quantities
        self.words = {k.lower(): v for k, v in q.numbers.items()}
        self.multipliers = {k.lower(): v for k, v in q.multipliers.items()}
        self.units = {lemma: unit for unit, lemmas in q.units.items() for lemma in lemmas}
        self.killed_types = set(q.killed_types)
        self.measures = q.measures

    def number(self, tokens: list[Token]) -> float | None:
        value: float | None = None
        for tok in tokens:
            text = tok.text.lower().replace(",", "")
            if NUMBER.match(tok.text.replace("$", "")):
                value = float(text.replace("$", ""))
            elif text in self.multipliers and value is not None:
                value *= self.multipliers[text]
            elif text in self.words:
                value = self.words[text] if value is None else value * self.words[text]
        return value

    def find(self, token: Token, event_type: str, doc: Doc) -> Quantity | None:
        cands: list[Token] = []
        verb = clause_verb(token)
        for head in (token, verb):
            if head is None:
                continue
            for child in head.children:
                if child.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "npadvmod", "pobj"):
                    cands.append(child)
                if child.dep_ == "prep" and child.lower_ in ("of", "to"):
                    cands.extend(pobjs(child))
        if token.pos_ in ("NOUN", "PROPN"):
            cands.insert(0, token)
        for noun in cands:
            if self._measure(noun):
                continue  # "about 18 miles from Mosul", "to 16 months": no count
            found = self._number_word(noun, event_type)
            if found:
                return found
            nums = [c for c in noun.children if c.dep_ == "nummod"]
            if nums and all(n.i > noun.i for n in nums):
                continue  # "Flight 17", "Resolution 2334": a number that names, not counts
            if noun.text in ("$", "€", "£"):
                nums = [noun, *[c for c in noun.children if c.dep_ in ("compound", "nummod",
                                                                      "quantmod")]]
            if not nums:
                continue
            parts = sorted({t for n in nums for t in n.subtree if t.i < noun.i or t is noun}
                           | set(nums), key=lambda t: t.i)
            value = self.number(parts)
            if value is None:
                continue
            unit = self._unit(noun, parts, event_type)
            start, end = parts[0].idx, noun.idx + len(noun.text)
            words = [t.lower_ for t in parts]
            rough = bool(APPROXIMATE & set(words)) or "a dozen" in " ".join(words)
            # the span's text, not doc.text[...]: Doc.text joins the whole document anew
            return Quantity(value, unit, doc[parts[0].i : noun.i + 1].text, start, end, rough)
        return None

    def _number_word(self, noun: Token, event_type: str) -> Quantity | None:
        """ "dozens of people", "thousands of troops", "a dozen prisoners" (issue 14, case
        27), "tens of thousands of people": the number word's value from quantities.yaml,
        marked approximate."""
        word = noun.lower_
        if word not in self.words or noun.like_num and not word.isalpha():
            return None
        if word in ("dozen", "hundred") and any(c.lower_ in ("a", "one") for c in noun.children):
            word = f"a {word}"
        counted = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in pobjs(prep)]
        head = noun.head if noun.dep_ == "nummod" else None  # "a dozen prisoners"
        thing = counted[0] if counted else head
        if thing is None or word not in self.words or self._measure(thing):
            return None
        value = float(self.words[word])
        scale = next((c for c in noun.children if c.dep_ == "quantmod"
                      and c.lemma_.lower() in self.words), None)
        if scale is not None and noun.lemma_.lower() in self.multipliers:
            # "tens of thousands", "hundreds of thousands": the order of magnitude, as the
            # real-text coders count them (10000 in rl008-s05, 100000 in rl012-s02)
            value = self.words[scale.lemma_.lower()] * self.multipliers[noun.lemma_.lower()]
        start = min(noun.left_edge.i, noun.i)
        end = max(thing.i, noun.i) + 1
        span = noun.doc[start:end]
        return Quantity(value, self._unit(thing, [noun], event_type),
                        span.text, span.start_char, span.end_char, approximate=True)

    def _measure(self, noun: Token) -> bool:
        """A noun of distance, time or share (quantities.yaml ``measures``)."""
        return noun.lower_ in self.measures or noun.lemma_.lower() in self.measures

    def _unit(self, noun: Token, parts: list[Token], event_type: str) -> str | None:
        for tok in (*parts, noun):
            unit = self.units.get(tok.text) or self.units.get(tok.lemma_.lower())
            if unit:
                if unit == "people" and event_type in self.killed_types:
                    return "people killed"
                return unit
        return noun.lemma_.lower() if not noun.like_num else None
