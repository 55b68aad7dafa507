"""Attach pronouns and definite descriptions to an earlier actor where that is unambiguous.

Rules (each recorded in the mention's ``why``):
- ``coref:subject``  a subject "it"/"they" takes the nearest earlier subject actor of the same
  sentence, else the subject actor of the previous sentence (none if that subject is no actor:
  "A meeting was held… It was attended by…" leaves "It" alone).
- ``coref:possessive`` "its" takes the nearest earlier actor of the sentence, else the previous
  sentence's subject actor.
- ``coref:object``   an object "it" takes the nearest earlier actor that is not the clause's
  subject.
- ``coref:person``   he/she/his/her take the nearest earlier person.
- ``coref:description`` "the militant group", "the Palestinian militant group" take the most
  recent actor whose kind/sector (and country, if one is named) fits.
- ``coref:plural``   "these countries", "they" take the last coordinated set of actors;
  ``coref:plural-teller`` "they" told by a plural subject is it ("officials said they…").
Expletive and cleft "it" ("It was Trump who…", "It will be interesting to see…") is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile
from typing import ClassVar

from spacy.tokens import Span, Token

from ..model import Actor
from ..parse import Parse
from ..resources import Resources
from .authors import DocumentAuthors, plural_teller, possessor_subject
from .dictionary import ActorDictionary
from .index import ActorIndex
from .publisher import named_before, own_ministry
from .speaker import FirstPerson, opening, quotation_opening, title_words, unnamed_issuer

SUBJECT_DEPS = ("nsubj", "nsubjpass")
WINDOW = 3  # sentences back a pronoun or description may reach
PLURAL_TAGS = ("NNS",)  # a plural common noun is no antecedent of "it" ("the Philippines" is)


@dataclass
class Seen:
    actor: str
    token: int
    sentence: int
    subject: bool
    kind: str
    sector: str | None
    country: str | None
    titled: bool = False  # a body named by a person's title ("the President")


def _leader_like(actor: Actor | None) -> bool:
    """A person, or a government standing for its leader ("the President", a readout's
    issuer): what "the two leaders" may be."""
    return actor is not None and (actor.kind == "person" or actor.sector == "GOV")


def _is_subject(token: Token) -> bool:
    if token.dep_ in SUBJECT_DEPS:
        return True
    if token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ == "conj" and _is_subject(token.head)


def _is_expletive(pron: Token) -> bool:
    head = pron.head
    if pron.dep_ not in SUBJECT_DEPS or head.lemma_ != "be":
        return False
    deps = {c.dep_ for c in head.children}
    if deps & {"ccomp", "xcomp", "csubj"}:
        return True
    return any(c.dep_ == "attr" and any(g.dep_ == "relcl" for g in c.children)
               for c in head.children)


class Coreference:
    """The coreference stage: adds the mentions that refer back to an actor."""

    reads: ClassVar[tuple[str, ...]] = ("doc", "sentence_of", "index", "publisher")
    sets: ClassVar[tuple[str, ...]] = ("index.mentions", "index.tokens", "index.groups")

    def __init__(self, dictionary: ActorDictionary):
        self.dictionary = dictionary
        self.res: Resources = dictionary.res
        self.first_person = FirstPerson(dictionary)
        self.authors = DocumentAuthors(self.res)
        coref = self.res.coref
        self.singular = set(coref.singular)
        self.plural = set(coref.plural)
        self.person = set(coref.person)
        self.person_heads = set(coref.person_heads)
        self.descriptions = [
            (d.text.split()[1:], set(d.kinds), set(d.sectors), None) for d in coref.descriptions
        ]
        for org in self.res.organizations.values():
            for text in org.descriptions:
                words = text.lower().split()
                if words and words[0] == "the":
                    words = words[1:]
                self.descriptions.append((words, set(), set(), org.id))
        self.plural_descriptions = {tuple(p.split()) for p in coref.plural_descriptions}
        self.other_office = frozenset(coref.other_office)
        self.pair_descriptions = {tuple(p.split()) for p in coref.pair_descriptions}
        # descriptions by their last word, in their order: a chunk only tries its own
        self.by_last_word: dict[str, list] = {}
        for entry in self.descriptions:
            if entry[0]:
                self.by_last_word.setdefault(entry[0][-1], []).append(entry)

    def __call__(self, parse: Parse[ActorIndex]) -> None:
        self.authors.resolve(parse.index)  # "the report asked…": its issuer (authors.py)
        self.resolve(parse.index, parse.publisher)
        # I/we/our: whoever speaks (speaker.py)
        self.first_person.resolve(parse.index, parse.publisher)

    def resolve(self, index: ActorIndex, publisher: Actor | None = None) -> None:
        """Add coreferent mentions to ``index`` in text order (``publisher``: the official
        body that issues the document, publisher.py; only a government's has offices: an
        NGO or an IGO that publishes has no "President")."""
        if publisher is not None and publisher.sector != "GOV":
            publisher = None
        doc, sentence_of = index.doc, index.sentence_of
        seen: list[Seen] = []
        last_group: tuple[int, list[str]] | None = None
        last_subjects: tuple[int, list[str]] | None = None  # the last group that was a subject
        chunks = {chunk.end - 1: chunk for chunk in doc.noun_chunks}
        for token in index.tokens:  # "praised the Prime Minister's speech": a titled possessor
            if token.dep_ == "poss" and token.lemma_.lower() in self.person_heads \
                    and token.i not in chunks and token.left_edge.lower_ == "the":
                chunks[token.i] = doc[token.left_edge.i : token.i + 1]
        # "Readout of the President's Call with President Erdogan": "the President" is the
        # unnamed issuer, never the president called (speaker.py)
        first = opening(doc, sentence_of)
        opened = takewhile(lambda t: sentence_of[t.i] < first, index.tokens)  # not the whole text
        titles = [t for t in opened if (t.i not in index.by_token or (
            publisher is not None and _scene_made(t, index))) and (
            unnamed_issuer(t) or (publisher is not None and self._office_title(t, index)))]
        issuers = {title_words(t) for t in titles}
        if publisher is not None:
            # ... and in a document its publisher issues, an office named by its title
            # alone is the publisher's: a White House readout's "the President", a Foreign
            # Office release's "Foreign Secretary condemns…" (ruling R1, issue 13)
            for title in titles:
                if title.i in index.by_token or named_before(title, index, publisher):
                    continue  # the scene's: reassigned below; another's named before
                start = min([title.i, *(c.i for c in title.lefts
                                        if c.dep_ in ("det", "compound", "amod"))])
                index.add(publisher, start, title.i + 1, "coref:publisher")
            self._scene_titles(index, issuers, publisher)
            own_ministry(index, publisher)
        for token in index.tokens:
            sent = sentence_of[token.i]
            if token.i in chunks and _scene_made(token, index):
                self._title_over_scene(chunks[token.i], sent, seen, index)
            actor_id = index.by_token.get(token.i)
            mention = index.mention_span(token.i) if actor_id else None
            if actor_id and mention is not None and mention[1] - 1 == token.i:
                root = doc[mention[0] : token.i + 1].root
                seen.append(self._seen(index, actor_id, root, sent))
                group = [actor_id] + [index.by_token[c.i] for c in root.conjuncts
                                      if c.i in index.by_token and c.i > root.i]
                if len(set(group)) > 1 and root.dep_ != "conj":
                    last_group = (sent, list(dict.fromkeys(group)))
                    if _is_subject(root):
                        last_subjects = last_group
                continue
            if actor_id:
                continue
            lower, pron = token.lower_, token.pos_ == "PRON"  # read once: every token
            found: tuple[list[str], str] | None = None
            if pron and lower in self.singular:
                found = self._singular(token, sent, seen, index)
            elif pron and lower in self.person:  # '"…," he said': before the quotation
                opened = quotation_opening(token)
                found = self._person(token, sent, seen) if opened is None else \
                    self._person(token, sentence_of[opened], [s for s in seen
                                                              if s.token < opened])
            elif pron and lower in self.plural:
                # a subject "they" takes the last coordinated subjects first ("The President
                # and Prime Minister agreed… They also discussed…"; issue 13, real train)
                group = last_subjects if last_subjects and _is_subject(token) \
                    and sent - last_subjects[0] <= 1 else last_group
                if teller := plural_teller(token, index):
                    found = ([teller], "coref:plural-teller")
                elif group and sent - group[0] <= 1:
                    found = (group[1], "coref:plural")
            elif token.i in chunks:
                found = self._description(chunks[token.i], sent, seen, last_group, index,
                                          issuers, publisher)
            if not found:
                continue
            ids, why = found
            span = chunks[token.i] if token.i in chunks and token.pos_ != "PRON" else doc[
                token.i : token.i + 1]
            for actor_id in ids:
                index.add(index.actors[actor_id], span.start, span.end, why)
            first = ids[0]
            index.claim(span.start, span.end, first)
            if len(ids) > 1:
                index.group(span.root.i, ids)
                last_group = (sent, ids)
            elif span.root.dep_ == "conj" and span.root.head.i in index.by_token:
                # "The President and Prime Minister agreed…": a set, once both are known
                head = span.root.head
                last_group = (sent, list(dict.fromkeys([index.by_token[head.i], first])))
                if _is_subject(head):
                    last_subjects = last_group
            seen.append(self._seen(index, first, span.root, sent))

    def _title_over_scene(self, chunk: Span, sent: int, seen: list[Seen],
                          index: ActorIndex) -> None:
        """ "Vice President Biden spoke with Iraqi Prime Minister al-Maliki … The Vice
        President expressed concern about Iraq": the title is the person named with it
        before, not the scene's government (issue 13, real train)."""
        if chunk[0].lower_ != "the" or chunk.root.lemma_.lower() not in self.person_heads:
            return
        found = self._description(chunk, sent, seen, None, index, set())
        if not found or len(found[0]) != 1:
            return
        person = index.actors[found[0][0]]
        if person.kind == "person":
            index.reassign(chunk.start, chunk.end, person, "coref:title-over-scene")

    @staticmethod
    def _scene_titles(index: ActorIndex, issuers: set[tuple[str, ...]],
                      publisher: Actor) -> None:
        """The publisher's title that the actor stage gave another country ("The President
        spoke with Prime Minister Rutte of the Netherlands": not the Dutch president) is the
        publisher's, unless the sentence gave it to another country's person before
        (``publisher.named_before``)."""
        for start, end in sorted(set(index.spans().values())):
            words = tuple(t.lower_ for t in index.doc[start:end] if t.lower_ != "the")
            actor = index.actors.get(index.by_token.get(start, ""))
            if words in issuers and actor is not None and actor.kind != "person" \
                    and actor.id != publisher.id:
                named = named_before(index.doc[end - 1], index, publisher)
                if named:
                    index.reassign(start, end, index.actors[named], "coref:title-named-before")
                else:
                    index.reassign(start, end, publisher, "coref:publisher")

    def _office_title(self, token: Token, index: ActorIndex) -> bool:
        """A government office named by its title alone, as the subject of a sentence or
        with "the": "Foreign Secretary condemns…", "on the President's Phone Call" — not
        "Foreign Secretary William Hague", "Israel's prime minister", "the President of
        Afghanistan" (a name, a country)."""
        if token.pos_ not in ("NOUN", "PROPN") or not token.is_title \
                or token.dep_ == "compound":
            return False
        compounds = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
        if any((c.i in index.by_token and not _scene_made(c, index))
               or c.ent_type_ in ("PERSON", "GPE", "NORP") for c in compounds) \
                or any(c.dep_ == "poss" for c in token.children) \
                or any(c.lower_ == "of" and any(o.i in index.by_token for o in c.subtree)
                       for c in token.children):  # "the President of (the Republic of) X"
            return False
        if not (token.dep_ in ("nsubj", "nsubjpass")
                or any(c.lower_ == "the" for c in token.children)):
            return False
        nouns = self.res.sector_nouns
        return "GOV" in (nouns.get(" ".join(title_words(token))),
                         nouns.get(token.lemma_.lower()))

    def _seen(self, index: ActorIndex, actor_id: str, root: Token, sent: int) -> Seen:
        actor = index.actors[actor_id]
        kind = actor.kind
        titled = kind != "person" and root.lemma_.lower() in self.person_heads
        if titled and root.tag_ == "NN":
            kind = "person"  # "Israel's prime minister … his government": a person
        # a readout's "the President noted that he…" (NNP): a person to "he" only
        # (issue 13, real dev), never one of "the two leaders"
        return Seen(actor_id, root.i, sent, _is_subject(root), kind, actor.sector,
                    actor.country, titled)

    def _singular(self, pron: Token, sent: int, seen: list[Seen], index: ActorIndex):
        if _is_expletive(pron):
            return None
        owner = possessor_subject(pron, index)  # "X sent its troops": its = X
        if owner is not None:
            return [owner], "coref:possessive-of-subject"
        things = [s for s in seen if s.kind != "person" and sent - s.sentence <= 1
                  and pron.doc[s.token].tag_ not in PLURAL_TAGS]  # "it" is no "forces"
        same = [s for s in things if s.sentence == sent]
        previous_subjects = [s for s in things if s.sentence == sent - 1 and s.subject]
        if pron.dep_ in SUBJECT_DEPS:
            cands = [s for s in same if s.subject] or previous_subjects[:1]
            why = "coref:subject"
        elif pron.dep_ == "poss":
            cands = same or previous_subjects[:1]
            why = "coref:possessive"
        else:
            clause_subjects = {s.actor for s in same if s.subject}
            cands = [s for s in same if s.actor not in clause_subjects] or same
            why = "coref:object"
        if not cands:
            return None
        return [cands[-1].actor], why

    def _person(self, pron: Token, sent: int, seen: list[Seen]):
        people = [s for s in seen if (s.kind == "person" or s.titled)
                  and sent - s.sentence <= 1]
        if not people:
            return None
        if pron.dep_ in SUBJECT_DEPS or pron.dep_ == "poss":
            # "X met Y in Brussels. He asked…": the subject is the likelier antecedent
            subjects = [s for s in people if s.subject and s.sentence == sent] or [
                s for s in people if s.subject and s.sentence == sent - 1]
            if subjects:
                return [subjects[-1].actor], "coref:person-subject"
        return [people[-1].actor], "coref:person"

    def _pair(self, sent: int, seen: list[Seen], last_group, index: ActorIndex):
        """"The two leaders": the last coordinated set of people or governments, else the
        last two different people named within the window (never one person twice, never a
        third left out silently: with more than two people in the window the latest two are
        taken). "Both presidents" are never "Afghanistan and Sudan" (issue 13, real dev)."""
        if last_group and sent - last_group[0] <= WINDOW and all(
                _leader_like(index.actors.get(a)) for a in last_group[1]):
            return last_group[1], "coref:plural"
        people: list[str] = []
        for s in reversed(seen):
            if sent - s.sentence > WINDOW:
                break
            if s.kind == "person" and s.actor not in people:
                people.append(s.actor)
            if len(people) == 2:
                return people[::-1], "coref:pair"
        return None

    def _description(self, chunk: Span, sent: int, seen: list[Seen], last_group,
                     index: ActorIndex, issuers: set[tuple[str, ...]],
                     publisher: Actor | None = None):
        det = chunk[0].lower_
        words = tuple(t.lower_ for t in chunk[1:])
        if det not in ("the", "this", "that", "these", "those", "both"):  # the cheap test first
            head = chunk.root.head
            if chunk.root.dep_ != "conj" or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in head.children):
                return None
            # "The President and Prime Minister agreed": the article is shared
            det, words = "the", tuple(t.lower_ for t in chunk)
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in chunk.root.children):
            return None  # "the country's President, Petro Poroshenko": the name says who
        if (det, *words) in self.plural_descriptions:
            if last_group and sent - last_group[0] <= WINDOW:
                return last_group[1], "coref:plural"
            return None
        if (det, *words) in self.pair_descriptions:
            return self._pair(sent, seen, last_group, index)
        country = None
        for tok in chunk[1:-1]:
            code = self.dictionary.country_of_gpe(tok.text) if tok.ent_type_ else None
            if code:
                country = code
        if words in issuers and publisher is not None:
            named = named_before(chunk.root, index, publisher)
            if named:
                return [named], "coref:title-named-before"
            return [publisher.id], "coref:publisher"
        if not words or words in issuers:
            return None
        recent = [s for s in seen if sent - s.sentence <= WINDOW]
        for desc_words, kinds, sectors, org_id in self.by_last_word.get(words[-1], ()):
            n = len(desc_words)
            if tuple(words[-n:]) != tuple(desc_words):
                continue
            # "the Vice President" is only someone named as such ("Vice President Biden")
            office = " ".join(words[-n - 1:]) if len(words) > n \
                and words[-n - 1] in self.other_office else None
            cands = [
                s for s in recent
                if (s.actor == org_id if org_id else (s.kind in kinds or s.sector in sectors))
                # a release never calls its own publisher "the government" (issue 13)
                and (publisher is None or org_id or s.actor != publisher.id)
                and (country is None or s.country == country)
                and (office is None or any(office in m.text.lower()
                                           for m in index.actors[s.actor].mentions))
            ]
            if cands:  # "the minister": a minister (a person) before a ministry
                best = [s for s in cands if s.kind in kinds] or cands
                return [best[-1].actor], f"coref:description:{' '.join(desc_words)}"
        return None


def _scene_made(token: Token, index: ActorIndex) -> bool:
    """The token stands for an actor the actor stage made from the scene's country ("The
    Prime Minister met the Nigerian President in Abuja": the scene's, not a name's)."""
    actor = index.actors.get(index.by_token.get(token.i, ""))
    return actor is not None and any(
        m.why.startswith("phrase:sector+scene") and m.start <= token.idx < m.end
        for m in actor.mentions)
