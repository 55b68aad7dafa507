"""Country + sector phrases: "Pakistani troops", "troops from Indonesia", "police in Spain",
and bare sector nouns placed by the scene they are in ("police arrested 27 protesters" in
Tbilisi are Georgian police). Part of the actor stage (mentions.py); it adds to the
document's :class:`ActorIndex`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entities import Entities
from ..nlp import split_ent_id
from ..places import MISSIONS, DocumentPlaces
from ..syntax import controller
from .dictionary import ActorDictionary
from .index import ActorIndex
from .names import acted_on
from .scene import Scenes
from .sector_nouns import noun_sector

PLACE_ENTITIES = ("GPE", "LOC", "FAC")  # inside one, a noun is part of a place name
INSTITUTIONS = ("GOV", "LEG", "JUD")  # "the government" is the scene's (add)
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative")


def _group_noun(token: Token) -> bool:
    """People or a body ("police", "the government"), no mass noun ("share data"); a
    sentence's first word as its subject, capitalized and with no article, as headlines
    write it ("Opposition calls for mass protests in Bahrain"; issue 13, real dev)."""
    return token.tag_ in ("NNS", "NNPS") or token.lemma_.lower() == "police" or any(
        c.dep_ in ("det", "poss") for c in token.children) or (
        token.i == token.sent.start and token.is_title and token.dep_ == "nsubj")


class SectorPhrases:
    """Finds the country + sector actors of one document for :class:`MentionFinder`."""

    def __init__(self, dictionary: ActorDictionary, scenes: Scenes):
        self.dictionary = dictionary
        self.res = dictionary.res
        self.scenes = scenes

    def _stateless(self, token: Token) -> bool:
        """ "social media", "foreign journalists": a modifier that makes the noun no one
        country's; not one that is part of the sector's name ("the foreign minister")."""
        lemma = token.lemma_.lower()
        return any(c.dep_ in ("amod", "compound") and c.lower_ in self.res.stateless
                   and f"{c.lower_} {lemma}" not in self.res.sector_nouns
                   and f"{c.lower_} {token.lower_}" not in self.res.sector_nouns
                   for c in token.lefts)

    def add_bare(self, token: Token, sector: str, index: ActorIndex, entities: Entities,
                 places: DocumentPlaces | None, home: str | None = None) -> None:
        """ "police arrested 27 protesters" in a sentence set in Tbilisi: Georgian police
        and protesters. Only when the sentence (or else the story's
        opening; scene.py) names one country, and not the one they act on
        ("the minister asked Kenya to send troops"). In a release of a government ("We urge
        the military personnel involved to…"), the scene is never the publisher's own
        country (issue 13, real text)."""
        country, why = self._owner_country(token, index), "its-owner"
        if country is None and token.lemma_.lower() not in MISSIONS \
                and token.lemma_.lower() not in self.res.vessels:  # "the embassy in Kyiv"
            # is not Ukraine's, nor "a ship in the Gulf of Aden" Yemen's: a mission or a
            # ship is its owner's, never its scene's
            country, why = self.scenes.scene_country(token, index, entities, places,
                                                     acted_on(token), away_from=home)
        if country is None:
            return
        start = token.left_edge.i if token.left_edge.dep_ in ("det", "amod", "poss") \
            else token.i
        start = max(start, token.sent.start)
        index.add(self.dictionary.make(f"{country}{sector}"), start, token.i + 1,
                  f"phrase:sector+scene({why})")

    def _placed_before(self, token: Token, index: ActorIndex) -> bool:
        """The sentence names a place or a country before the noun ("Back in Paris, the
        police…", "Off Nigeria, the pirates…"): its own scene, not the phrase told before;
        not one inside a subject ("Witnesses in Sudan said the soldiers…" are there). So
        does one the noun's own phrase names ("the pirates operating in the Strait of
        Malacca")."""
        def place(t: Token) -> bool:
            return t.ent_type_ in PLACE_ENTITIES or index.by_token.get(t.i) in self.res.countries
        return any(place(t) and not any(a.dep_ in ("nsubj", "nsubjpass")
                                        for a in (t, *t.ancestors))
                   for t in token.doc[token.sent.start : token.i]) or any(
            place(t) for t in token.subtree if t.i > token.i)

    def _owner_country(self, token: Token, index: ActorIndex) -> str | None:
        """ "The French government urged its citizens to leave": "its" is the subject of
        the clause, so the citizens are French (issue 13, real dev)."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
            return None
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for subject in controller(verb)[0]:
            owner = index.by_token.get(subject.i)
            actor = index.actors.get(owner) if owner else None
            if actor is not None and actor.country in self.res.countries:
                return actor.country
        return None

    def sector_of(self, token: Token) -> str | None:
        """The sector code a noun names: :func:`noun_sector`."""
        return noun_sector(token, self.res)

    def country_modifiers(self, token: Token, index: ActorIndex, local: bool = False,
                          places: DocumentPlaces | None = None,
                          entities: Entities | None = None) -> list[tuple[str, Token]]:
        """Countries a noun's modifiers name: "Pakistani", "from Indonesia", ``local`` "in"
        a country or, with ``places``, a town the gazetteer places ("a judge in Baghdad":
        Iraq's, though the sentence names the United Kingdom too; issue 13, real train), in
        or before the noun ("Istanbul court acquits…")."""
        found: list[tuple[str, Token]] = []
        preps = {"from", "of", "in"} if local else {"from", "of"}
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss"):
                for tok in (child, *[c for c in child.conjuncts if c.i > child.i]):
                    code = self.country_token(tok, index)
                    if code is None and local and child.dep_ == "compound" \
                            and tok.lower_ not in self.res.court_seats:
                        code = self._town_country(tok, places, entities)  # "Baghdad judge"
                    if code:
                        found.append((code, tok))
            elif child.dep_ == "prep" and child.lower_ in preps:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for tok in (pobj, *pobj.conjuncts):
                        code = self.country_token(tok, index)
                        if code is None and local and child.lower_ == "in":
                            code = self._town_country(tok, places, entities)
                        if code:
                            found.append((code, tok))
        return found

    def _town_country(self, tok: Token, places: DocumentPlaces | None,
                      entities: Entities | None) -> str | None:
        """The country of the town a named place token is in, by the gazetteer."""
        if places is None or entities is None or tok.ent_type_ not in ("GPE", "LOC"):
            return None
        ent = entities.at(tok)
        code = places.country_of(ent.text, ent.start_char) if ent is not None else None
        return code if code in self.res.countries else None

    def country_token(self, tok: Token, index: ActorIndex) -> str | None:
        """The ISO alpha-3 code a token names as a country ("Pakistan", "Pakistani"), or
        None."""
        owner = index.by_token.get(tok.i)
        if owner and owner in self.res.countries:
            return owner
        if owner is None and tok.ent_type_ == "NORP" and tok.ent_id_:
            parsed = split_ent_id(tok.ent_id_)
            if parsed and parsed[1] in self.res.countries:
                return parsed[1]
        if owner is None and tok.ent_type_ in ("NORP", "GPE"):
            found = self.dictionary.lookup(tok.text, fuzzy=False)
            if found and found[0] in self.res.countries:
                return found[0]
        return None

    def add(self, index: ActorIndex, entities: Entities, places: DocumentPlaces | None,
            home: str | None = None) -> None:
        """Country + sector phrases ("Pakistani troops") and bare sectors placed by their
        scene (``home``: the publisher's country, never the scene of its release).

        "The pirates" after "four suspected Somali pirates" are those pirates, whatever
        country the sentence names ("… hijacked a ship near India"; issue 13, real train):
        a definite bare noun takes the one country + sector phrase the document gave its
        word before (rule ``phrase:sector+earlier``); with two ("Kenyan police … Somali
        police"), or with a place named before the noun in its sentence ("In Kyiv, the
        soldiers…"), the scene decides, and so it does for "the government" or "the parliament"
        (a leader's "the government demands…" is his own, not the French government named
        before; issue 13, real dev)."""
        earlier: dict[str, set[str]] = {}  # a noun's lemma -> the ids its phrases made
        for token in index.tokens:
            if token.pos_ not in ("NOUN", "PROPN") or token.i in index.by_token:
                continue
            if token.ent_type_ in PLACE_ENTITIES and token.ent_iob_ == "I":
                continue  # "the West Bank" is a place, not a bank (issue 13, real dev)
            sector = self.sector_of(token)
            member = token.lemma_.lower() in self.res.member_nouns
            if not sector and not member:
                continue
            if any(c.dep_ == "appos" and c.i in index.by_token for c in token.children):
                continue  # "Israel's intelligence agency Mossad" is Mossad
            if any(c.i in index.by_token and index.by_token[c.i] not in self.res.countries
                   and (c.dep_ == "poss" or (
                       c.dep_ == "compound" and not index.by_token[c.i].startswith("x-")))
                   for c in token.children):
                continue  # "the Pakistan Army's top officials", "NATO leaders": the body's,
                # never the scene's (not "Riot police", a capital the model took for a name)
            local = sector in self.res.local_sectors and token.lemma_.lower() not in MISSIONS
            mods = self.country_modifiers(token, index, local, places, entities)
            if not mods:
                phrase = " ".join(t.lower_ for t in index.doc[token.left_edge.i:token.i + 1])
                if phrase in self.res.coref.pair_descriptions:
                    continue  # "both leaders": the two people named before (coref.py)
                if self._stateless(token):
                    continue  # "social media", "foreign journalists": no country's
                if not (sector and token.dep_ in ARGUMENT_DEPS and _group_noun(token)):
                    continue
                before = earlier.get(token.lemma_.lower(), set())
                if len(before) == 1 and any(c.dep_ == "det" and c.lower_ in ("the", "these")
                                            for c in token.children) \
                        and not self._placed_before(token, index):
                    start = max(token.left_edge.i, token.sent.start)
                    index.add(index.actors[next(iter(before))], start, token.i + 1,
                              "phrase:sector+earlier")
                else:
                    self.add_bare(token, sector, index, entities, places, home)
                continue
            ids = [f"{code}{sector}" if sector else code for code, _ in mods]
            ids = list(dict.fromkeys(ids))
            if sector and sector not in INSTITUTIONS:
                earlier.setdefault(token.lemma_.lower(), set()).update(ids)
            why = "phrase:country+sector" if sector else "phrase:country+member"
            first = min([token.i, *[m.i for _, m in mods]])
            last = max([token.i, *[m.i for _, m in mods]])
            for actor_id, (_, mod) in zip(ids, mods, strict=False):
                actor = self.dictionary.make(actor_id)
                lo, hi = (mod.i, token.i + 1) if mod.i < token.i else (token.i, mod.i + 1)
                index.add(actor, lo, hi, why)
            index.claim(first, last + 1, ids[0], keep=True)
            index.claim(token.i, token.i + 1, ids[0])
            if len(ids) > 1:
                index.group(token.i, ids)
