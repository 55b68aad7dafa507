"""Find actor mentions in a parsed document.

Reads the entity-ruler and NER entities, titles before names, and noun phrases such as
"Pakistani troops" or "troops from Indonesia" (country + sector noun); sets the document's
:class:`ActorIndex`, which maps tokens to actor ids for the later stages. The country +
sector phrases are found by sector_phrases.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from ..entities import Entities
from ..model import Actor
from ..nlp import is_dateline, split_ent_id
from ..parse import Parse
from ..places import DocumentPlaces, Gazetteer
from ..syntax import HYPHENS, prep_objects
from .dictionary import ActorDictionary, slug
from .index import ActorIndex
from .names import (
    abbreviated,
    acted_on,
    appositive_body,
    appositive_country,
    body_at,
    elided_names,
    named_before,
    others_country,
    title_start,
    untagged_surnames,
)
from .scene import PLACE_PREPS, Scenes
from .sector_nouns import office_of
from .sector_phrases import SectorPhrases

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _other_first_name(doc: Doc, ent: Span, start: int) -> bool:
    """A listed person's family name after a capitalised first name that is no title
    ("Chris Wallace" is not Ben Wallace; review of issue 13's new office-holders)."""
    if start < ent.start or ent.start == 0:
        return False  # "Defence Secretary Wallace", or the first word of the text
    before = doc[ent.start - 1]
    return before.pos_ == "PROPN" and before.is_title and not before.is_sent_start \
        and before.ent_type_ in ("", "PERSON")


def _modifies(token: Token) -> bool:
    """Whether a demonym modifies a noun, itself or through the first of its conjuncts
    ("Pakistani and Afghan troops"); "to Syrians and Iraqis" names two peoples (issue 13,
    real train)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("amod", "compound", "nmod")


def _is_locative(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS


NOUNS = ("NOUN", "PROPN")


def _is_modifier(span: Span) -> bool:
    return span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.pos_ in NOUNS


def _inside_longer_name(doc: Doc, ent: Span) -> bool:
    """ "Khan Younis": a capitalised name goes on after it; "Dlamini-Zuma": it is the end
    of a hyphenated name (review)."""
    after = doc[ent.end] if ent.end < len(doc) else None
    hyphen = doc[ent.start - 1] if ent.start else None
    if hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_ \
            and hyphen.i > 0 and not doc[hyphen.i - 1].whitespace_:
        return True
    return after is not None and after.pos_ == "PROPN" and after.is_title \
        and after.ent_iob_ != "B"


# what a person no longer is: "a former soldier", "a farmer turned rebel commander"
FORMER_WORDS = ("former", "ex", "retired", "turned", "onetime", "erstwhile")

class MentionFinder:
    """The actor stage: builds the :class:`ActorIndex` of one document."""

    reads: ClassVar[tuple[str, ...]] = ("document", "doc", "sentences", "sentence_of",
                                        "entities", "publisher")
    sets: ClassVar[tuple[str, ...]] = ("index",)

    def __init__(self, dictionary: ActorDictionary, gazetteer: Gazetteer | None = None):
        self.dictionary = dictionary
        self.res = dictionary.res
        self.gazetteer = gazetteer
        self.scenes = Scenes(dictionary)
        self.sectors = SectorPhrases(dictionary, self.scenes)

    def __call__(self, parse: Parse[ActorIndex]) -> None:
        places = None if self.gazetteer is None else DocumentPlaces(
            self.gazetteer, parse.document.text, parse.sentences)
        parse.index = self.find(parse.doc, parse.sentence_of, parse.entities, places,
                                parse.publisher)

    def find(self, doc: Doc, sentence_of: Mapping[int, int],
             entities: Entities | None = None, places: DocumentPlaces | None = None,
             publisher: Actor | None = None) -> ActorIndex:
        """The actors of ``doc`` and their mentions (``entities``: its named entities read
        once; made here when not given; ``places``: the gazetteer as this document reads
        ambiguous names, when there is a gazetteer; ``publisher``: the official body that
        issues the document, publisher.py)."""
        if entities is None:
            entities = Entities(doc, sentence_of)
        if places is None and self.gazetteer is not None:
            places = DocumentPlaces(self.gazetteer, doc.text, [])
        index = ActorIndex(doc, sentence_of)
        deferred: list[Span] = []
        for ent in entities.all:
            if ent.label_ not in ACTOR_LABELS or is_dateline(doc, ent):
                continue
            parsed = split_ent_id(ent.ent_id_) if ent.ent_id_ else None
            if parsed is None:
                deferred.append(ent)
                continue
            kind, actor_id = parsed
            self._add_dictionary_mention(ent, kind, actor_id, index, places)
        home = publisher.country if publisher is not None else None
        for ent in deferred:
            self._add_model_entity(ent, index, entities, places, home)
        untagged_surnames(index)  # names.py: "Manning was convicted", no entity
        elided_names(index, self.dictionary)  # names.py: "North and South Korea"
        self.sectors.add(index, entities, places, home)
        return index

    def _add_dictionary_mention(self, ent: Span, kind: str, actor_id: str,
                                index: ActorIndex, places: DocumentPlaces | None) -> None:
        doc = ent.doc
        start, why = ent.start, f"ruler:{kind}:{actor_id}"
        if places is not None and ent.text.lower() in places.by_name \
                and kind in ("name", "metonym"):  # "Georgia", "Punjab", "Congo"
            hit = places.lookup(ent.text, ent.start_char)
            country = hit[0][1] if hit is not None else None
            if country is None or country not in self.res.countries:
                return  # unresolved: neither place nor actor
            actor_id, why = country, f"{why}+{hit[1]}" if hit else why
        if kind == "metonym":
            if _is_locative(ent) or _is_modifier(ent):
                return  # "a meeting in Cairo": a place, not the government
            actor_id, why = f"{actor_id}GOV", f"ruler:metonym:{actor_id}->GOV"
        elif kind == "demonym" and _modifies(ent.root):
            return  # "Pakistani troops" is found as a phrase; "Palestinian cause" is no actor
        elif kind == "surname" and (_inside_longer_name(doc, ent) or _other_first_name(
                doc, ent, title_start(doc, ent.start, self.res.titles)[0])):
            return  # "Khan Younis", "Abdullah Gul Street", "Chris Wallace": another name
        elif kind in ("name", "surname") and actor_id in self.res.people:
            start, title_sector = title_start(doc, ent.start, self.res.titles)
            earlier = named_before(ent, index, self.res.people) if kind == "surname" else None
            if earlier is not None and earlier.id != actor_id:
                # "Yemeni President Ali Abdallah Salih … President Salih": the one named
                # in full before, not a namesake of the dictionary (issue 13, real dev)
                index.add(earlier, start, ent.end, f"{why}+surname-of-named-before")
                return
            named = self._country_named_with(doc, start, ent, index)
            person = self.res.people[actor_id]
            if kind == "surname" and named and person.country and named != person.country:
                # "President Salih of Yemen" is not Iraq's Barham Salih (issue 13, real dev)
                why = f"ner:PERSON:unlisted+named-with({named})"
                index.add(self.dictionary.make(
                    f"x-{slug(ent.text)}", name=ent.text, kind="person", country=named,
                    sector=title_sector, why=why), start, ent.end, why)
                return
        elif kind == "name" and actor_id in self.res.organizations:
            actor_id, why = self._owned_elsewhere(ent, actor_id, index, why)
        index.add(self.dictionary.make(actor_id), start, ent.end, why)

    def _country_named_with(self, doc: Doc, start: int, ent: Span, index: ActorIndex
                            ) -> str | None:
        """The country a name is given with: "President Salih of Yemen", "Yemeni President
        Salih"."""
        after = doc[ent.end : ent.end + 2]
        named = self.sectors.country_token(after[1], index) \
            if len(after) == 2 and after[0].lower_ == "of" else None
        return named or (self.sectors.country_token(doc[start - 1], index) if start > 0 else None)

    def _owned_elsewhere(self, ent: Span, actor_id: str, index: ActorIndex, why: str
                         ) -> tuple[str, str]:
        """ "South Korea's ruling Democratic Party" is not the US party of that name."""
        org = self.res.organizations[actor_id]
        home, sector = org.country, org.sector
        if not home or not sector or home == "IGO":
            return actor_id, why
        for tok in ent.root.children:
            if tok.dep_ not in ("poss", "amod", "compound", "nmod") or ent.start <= tok.i < ent.end:
                continue
            if any(c.dep_ == "punct" and c.text in HYPHENS and tok.i < c.i < ent.start
                   for c in ent.root.children):
                continue  # "the Israel-Hamas ceasefire": the other side, not an owner
            owner = index.by_token.get(tok.i)
            if owner is None and tok.ent_id_:
                parsed = split_ent_id(tok.ent_id_)
                owner = parsed[1] if parsed else None
            country = owner[:3] if owner else None
            if country and country in self.res.countries and country != home:
                return f"{country}{sector}", f"{why}->owner:{country}"
        return actor_id, why

    def _state_body(self, ent: Span) -> str | None:
        """The sector an organization the model tags names by its head noun ("Congress",
        "the Supreme Court of Appeals": LEG, JUD), which the caller places in the scene when
        it is one of ``scene_bodies``. A longer name needs one of ``state_body_words``
        (lexicons/sectors.yaml): "the General Assembly" is no one country's (issue 13)."""
        if len(ent) > 1 and not any(t.lower_ in self.res.state_body_words for t in ent):
            return None
        return self.sectors.sector_of(ent.root)

    def _descriptor_sector(self, ent: Span) -> str | None:
        """The sector of the common noun right before a person's name that describes them
        ("the Kenyan journalist Ada Mwangi": JRN; "activist Nabeel Rajab": CVL), or of the
        noun the name is in apposition to ("one journalist, Munir Shakir", "Ada Mwangi, a
        journalist"; issue 13, real train). Not a noun
        for a part of a body ("Hamas official", "M23 commander": whose, the noun does not
        say; ``members`` in lexicons/sectors.yaml), nor one the name is not joined to. The
        parser may tag the noun an adjective ("arrested activist X") or, first in a
        sentence, a proper noun."""
        root = ent.root
        described = [root.head] if root.dep_ == "appos" and root.head.i < ent.start else []
        described += [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
        for noun in described:  # "one journalist, Munir Shakir", "Ada Mwangi, a journalist"
            if noun.pos_ == "NOUN" and noun.lemma_.lower() not in self.res.member_nouns \
                    and not any(t.lower_ in FORMER_WORDS for t in noun.subtree) \
                    and (sector := self.sectors.sector_of(noun)):
                return sector  # not "a former soldier", "a farmer turned rebel commander"
        noun = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN", "ADJ") \
                or not (noun.is_lower or noun.is_sent_start) \
                or noun.lemma_.lower() in self.res.member_nouns \
                or not (noun.head.i in range(ent.start, ent.end) or ent.root.head.i == noun.i):
            return None
        return self.sectors.sector_of(noun)

    def _add_model_entity(self, ent: Span, index: ActorIndex, entities: Entities,
                          places: DocumentPlaces | None, home: str | None = None) -> None:
        """One entity the model found that the dictionary does not list (``home``: the
        publisher's country, never the scene of its release)."""
        doc = ent.doc
        while len(ent) > 1 and ent[-1].is_space:  # "Lahore\n\n": a headline's line break
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # keeps its label
        if ent.label_ == "GPE":
            code = self.dictionary.country_of_gpe(ent.text)
            if code and places is not None and ent.text.lower() in places.by_name:
                hit = places.lookup(ent.text, ent.start_char)  # "Georgia": which one?
                code = hit[0][1] if hit is not None else None
            if code:
                index.add(self.dictionary.make(code), ent.start, ent.end, "ner:GPE:country-name")
            return
        if ent.label_ == "NORP":
            found = self.dictionary.lookup(ent.text, fuzzy=False)
            if found and found[0] in self.res.countries and ent.root.dep_ not in (
                    "amod", "compound", "conj"):
                index.add(self.dictionary.make(found[0]), ent.start, ent.end, "ner:NORP:demonym")
            return
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" \
                and office_of(ent.root.head.head) in self.res.sector_nouns:
            return  # the "State" of "Secretary of State" names an office, not a body
        if (defined := abbreviated(ent, index)) is not None:  # "… Affairs (MEA)"
            index.add(defined, ent.start, ent.end, f"ner:{ent.label_}:abbreviation")
            return
        found = self.dictionary.lookup(ent.text)
        if found:
            index.add(self.dictionary.make(found[0]), ent.start, ent.end,
                      f"ner:{ent.label_}:{found[1]}")
            return
        if self.scenes.is_place(ent, places):
            return
        earlier = named_before(ent, index, self.res.people)
        if earlier is not None:  # "Pinar Selek … Selek said": the one named before
            kind = "unlisted" if earlier.id.startswith("x-") else "named-before"
            index.add(earlier, ent.start, ent.end, f"ner:{ent.label_}:surname-of-{kind}")
            return
        start, title_sector = ent.start, None
        country = None
        if ent.label_ == "PERSON":
            start, title_sector = title_start(doc, ent.start, self.res.titles)
        before = doc[max(ent.sent.start, start - 4) : ent.start]
        cut = max((t.i + 1 for t in before if (t.is_punct or t.pos_ in ("VERB", "AUX"))
                   and t.i < start), default=before.start)  # nor back over a verb
        body = None
        for tok in doc[cut : ent.start]:  # not back over a quote, a comma or a verb
            owner = index.by_token.get(tok.i)
            if ent.label_ == "PERSON" and title_sector is not None and tok.i < start:
                body = body or body_at(tok, index)  # "U.N. Secretary-General Ban": the UN's
            if owner is None and tok.ent_id_:  # "Vietnamese Defence Minister …"
                parsed = split_ent_id(tok.ent_id_)
                owner = parsed[1] if parsed and parsed[0] != "surname" else None
            if owner is None and tok.ent_type_ == "NORP":  # "Turkish sociologist …"
                owner = self.dictionary.country_of_gpe(tok.text)
            if owner and owner[:3] in self.res.countries:
                country = owner[:3]
        if country is None:  # "the Court of Appeal in Kenya": a child, or a child's object
            shared = [o for c in ent.root.conjuncts if c.i > ent.root.i
                      for o in prep_objects(c, ("of",))  # "the Government and people of …"
                      if self.sectors.sector_of(ent.root)]  # a body's generic name only
            for child in (*ent.root.children, *prep_objects(ent.root, ("in", "of")), *shared):
                owner = index.by_token.get(child.i)
                if owner and owner[:3] in self.res.countries:
                    country = owner[:3]
        if body is None and ent.label_ == "PERSON":
            body = appositive_body(ent, index)
        if body is not None:  # speaks for the UN, an NGO: theirs, not a country's
            why = f"ner:PERSON:unlisted+appos({body.id})"
            index.add(self.dictionary.make(f"x-{slug(ent.text)}", name=ent.text, kind="person",
                      sector=body.sector, cameo_code=body.cameo_code, why=why), start, ent.end, why)
            return
        if country is None and ent.label_ in ("PERSON", "ORG"):
            country, sector = appositive_country(ent, index, self.dictionary)
            if ent.label_ == "PERSON" and title_sector is None:
                title_sector = sector
        local = self._state_body(ent) if ent.label_ == "ORG" else None
        if country is None and local in self.res.scene_bodies:  # "Many in Congress"
            self.sectors.add_bare(ent.root, local, index, entities, places, home)
            if ent.root.i in index.by_token:  # placed by its scene; else an unlisted name
                return
        why = f"ner:{ent.label_}:unlisted"
        if country is None and ent.label_ == "PERSON":  # "Finance Minister Cheikh Diba said"
            skip = acted_on(ent.root) | others_country(ent)
            country, place = self.scenes.scene_country(ent.root, index, entities, places,
                                                       skip, unquoted=True)
            if country:
                why += f"+scene({place})"
            else:  # a person nothing else places is of the country the story is set in
                country, place = self.scenes.story_country(
                    index, entities, places, {index.by_token.get(i) for i in skip})
                if country:
                    why += f"+story({place})"
        if country is not None and ent.label_ == "ORG" and title_sector is None:
            title_sector = self.sectors.sector_of(ent.root)  # "Pakistan's Ministry of …"
            words = [t.lower_ for t in ent if t.dep_ != "det"]
            if title_sector and words == [ent.root.lower_]:  # "the Government … of X"; not
                # a body's own name ("Pakistan's Foreign Office" stays that office)
                index.add(self.dictionary.make(f"{country}{title_sector}"), ent.start,
                          ent.end, f"{why}+sector-name")
                return
        kind = "person" if ent.label_ == "PERSON" else "organization"
        if kind == "person" and title_sector is None and body is None:
            title_sector = self._descriptor_sector(ent)  # "the Kenyan journalist Ada Mwangi"
        actor = self.dictionary.make(f"x-{slug(ent.text)}", name=ent.text, kind=kind,
                                     country=country, sector=title_sector, why=why)
        index.add(actor, start, ent.end, why)
