"""Where a sentence, and a story, is set: the one country its places and country actors
name. The actor stage uses it for what carries no country of its own ("police",
"protesters", an unlisted "Finance Minister Cheikh Diba")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Span, Token

from ..entities import Entities
from ..places import DocumentPlaces
from ..resources import Resources
from ..syntax import attributive
from .dictionary import ActorDictionary
from .index import ActorIndex

# Prepositions that make their object a place ("near Gao", "a meeting in Cairo"), and nouns
# whose name it is ("the town of Goma", "Goma town"): issue 14, cases 07 and 30. Not "to":
# "a message to Washington" is to its government.
PLACE_PREPS = {"in", "near", "at", "outside", "inside", "around", "into", "from",
               "towards", "toward", "across", "through", "of"}
PLACE_HEADS = {"town", "city", "village", "province", "district", "region", "state",
               "capital"}
OPENING = 3  # headline, date line, lede: the sentences that say where a story is set


class Scenes:
    """The countries sentences are set in, read from one document's entities."""

    def __init__(self, dictionary: ActorDictionary):
        self.dictionary = dictionary
        self.res: Resources = dictionary.res

    def is_place(self, ent: Span, places: DocumentPlaces | None) -> bool:
        """An unlisted name the gazetteer knows as a town, where the sentence uses it as a
        place ("near Gao", "the town of Goma") or it is a line of its own (a one-word
        headline): a place, not a person or an organisation (issue 14, cases 02, 07, 30)."""
        if places is None or ent.label_ in ("DATE", "TIME") \
                or places.lookup(ent.text, ent.start_char) is None:
            return False  # "in March": a month, though March is an English town
        sent = ent.sent
        alone = all(t.is_space or t.is_punct or ent.start <= t.i < ent.end for t in sent)
        head = ent.root.head
        return alone or (ent.root.dep_ == "pobj" and head.lower_ in PLACE_PREPS
                         and head.head.lemma_ != "accord") or head.lemma_ in PLACE_HEADS

    def scene_country(self, token: Token, index: ActorIndex, entities: Entities,
                      places: DocumentPlaces | None, skip: frozenset[int] = frozenset(),
                      away_from: str | None = None, unquoted: bool = False
                      ) -> tuple[str | None, str]:
        """``(country, the name that placed it)`` for the one country a sentence is set in:
        its country actors and places. A country or place at a token index in ``skip``
        (what the actor acts on) leaves the scene unknown: the others named cannot say
        which country is the actor's. With ``away_from`` (a publisher's country), that
        country is no scene. When the sentence names no place, the story's opening (its
        first :data:`OPENING` sentences) is tried in turn: "About a hundred protesters
        protested…" in a story that opens in Pakistan are Pakistan's (real-text ruling R2;
        issue 13, real dev), not the country the sentence before happened to name ("six
        U.S. citizens" before "activists … called for mass protests" in Bahrain). With
        ``unquoted``, what the sentence
        quotes places no one: "Senator John McCain said 'It is a sad … Russia …'" is not
        Russia's (issue 13, real train)."""
        sent = index.sentence_of[token.i]
        others: set[str] = set()  # countries acted on: never the actor's own
        for window in (sent, *range(min(OPENING, sent))):
            found, unplaced, acted_on = self._countries(window, index, entities, places,
                                                        skip, away_from, unquoted)
            if acted_on:
                # a country acted on: the actor is not from it, and the others named
                # cannot say which is theirs ("EU leaders urged Hungary to … Ukraine");
                # named alone, the story's opening may ("Security forces also detained six
                # U.S. citizens" in a story set in Bahrain; issue 13, real dev)
                if window != sent or found or unplaced:
                    return None, ""
                others = {code[:3] for i in skip if (code := index.by_token.get(i))}
                continue
            if others and set(found) & others:
                return None, ""  # the opening is set in the country acted on
            if len(found) == 1:
                return next(iter(found.items()))
            if found or unplaced:
                # "Farmers in Punjab" after a sentence about Congo: the sentence is set
                # somewhere, just not somewhere we can place; never borrow the last
                # sentence's country (issue 14)
                return None, ""
        return None, ""

    def story_country(self, index: ActorIndex, entities: Entities,
                      places: DocumentPlaces | None,
                      acted_on: Collection[str | None] = ()) -> tuple[str | None, str]:
        """The one country the story's opening is set in, for a named person nothing else
        places ("Daniel Montalvo, 19, a member of Scientology…" in a story that opens in
        Florida; real-text rulings R2 and R33): the first of its sentences that names any
        country outside a quotation decides, and only when it names one the person does
        not act on
        (``acted_on``: "President Okonkwo thanked Mozambique" is not Mozambique's)."""
        for window in range(OPENING):
            found, unplaced, _ = self._countries(window, index, entities, places,
                                                 unquoted=True, demonyms=True)
            if len(found) == 1 and not unplaced and not set(found) & set(acted_on):
                return next(iter(found.items()))
            if found or unplaced:
                return None, ""
        return None, ""

    def _countries(self, window: int, index: ActorIndex, entities: Entities,
                   places: DocumentPlaces | None, skip: frozenset[int] = frozenset(),
                   away_from: str | None = None, unquoted: bool = False,
                   demonyms: bool = False) -> tuple[dict[str, str], bool, bool]:
        """The countries sentence ``window`` names (each with the name that placed it; with
        ``unquoted``, not those inside quotation marks), whether it names a place we cannot
        put in one country, and whether it names one in ``skip``; with ``demonyms``, a
        people's name ("Iraqi") names its country."""
        found: dict[str, str] = {}
        unplaced = False
        for ent in entities.in_sentence(window):
            if unquoted and _quoted(index.tokens, ent.sent.start, ent.start):
                continue
            if _attributive(ent):
                continue  # "a Panamanian-flagged vessel": the ship's flag, not the scene
            owner = index.by_token.get(ent.start)
            if owner in self.res.countries and ent.root.dep_ in ("compound", "nmod", "poss") \
                    and _owner_of(ent.root.head, self.res):
                continue  # "US airstrikes", "UK troops": whose they are, not where
            if ent.start in skip and (owner in self.res.countries
                                      or ent.label_ in ("GPE", "LOC")):
                return found, unplaced, True
            if owner and owner == away_from:
                continue
            if owner and owner in self.res.countries:
                found.setdefault(owner, ent.text)
            elif places is not None and (ent.label_ in ("GPE", "LOC", "FAC")
                                         or self.is_place(ent, places)):
                code = places.country_of(ent.text, ent.start_char)
                if code in self.res.countries:
                    found.setdefault(code, ent.text)
                elif ent.label_ in ("GPE", "LOC"):
                    unplaced = True
            elif ent.label_ == "NORP" and (demonyms or (
                    ent.root.dep_ in ("amod", "compound")
                    and ent.root.head.lemma_.lower() in PLACE_HEADS)) \
                    and self.dictionary.country_of_gpe(ent.text) in self.res.countries:
                # "Readout of … Calls with Iraqi Leaders": a story about Iraq; "in the
                # Somali capital", "a Ukrainian town": a place there (issue 13)
                found.setdefault(self.dictionary.country_of_gpe(ent.text) or "", ent.text)
            elif ent.label_ == "NORP" and ent.root.pos_ == "PROPN" and places is not None \
                    and ent.root.dep_ == "pobj" and ent.root.head.lower_ in PLACE_PREPS \
                    and places.lookup(ent.text, ent.start_char) is None \
                    and self.dictionary.country_of_gpe(ent.text) is None:
                # "Farmers in Punjab", Punjab tagged as a people's name; not "in the Shia
                # neighborhoods", a faith that names no place (issue 13, real dev)
                unplaced = True
        found.pop(away_from or "", None)  # a place in the publisher's own country
        return found, unplaced, False


def _owner_of(head: Token, res: Resources) -> bool:
    """A noun of force whose country modifier says whose it is, not where it struck ("US
    airstrikes"; issue 13, real dev: "the Sunni insurgents" pushed back with US airstrikes
    were set in the US). Not an office or a body: "U.S. President Barack Obama commuted
    the sentence of…", "Cameroon's government ordered…" set their story's scene."""
    return any(t.type == "ASSAULT"
               for t in res.events.triggers.get((head.lemma_.lower(), "NOUN"), ()))


def _attributive(ent: Span) -> bool:
    """ "a Panamanian-flagged vessel": the ship's flag, not where the sentence is set
    (syntax.attributive; issue 13, real train: pirates who hijacked it were Panama's)."""
    return ent.end + 1 < len(ent.doc) and attributive(ent.doc[ent.end + 1])


QUOTES = ('"', "\u201c", "\u201d")


def _quoted(tokens: Sequence[Token], start: int, i: int) -> bool:
    """Whether token ``i`` is inside quotation marks in its sentence, which opens at token
    ``start`` (a quotation left open runs to the sentence's end; a quotation mark itself is
    inside none). ``tokens``: the document's (ActorIndex.tokens): only the tokens before
    ``i`` are read, and no Token is made anew, for every entity of every sentence tried."""
    inside = False
    for tok in tokens[start:i]:
        text = tok.text
        if text in QUOTES:
            inside = not inside if text == '"' else text == "\u201c"
    return inside and tokens[i].text not in QUOTES
