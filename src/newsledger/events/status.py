"""The status of an event: occurred, ongoing, planned, agreed, demanded, refused, denied,
speculative or negated — from the verbs that govern it, modals, negation and tense.

Rules, in order (each recorded in ``why``):
1. ``status:governor(<lemma>)``  the nearest governing verb or noun in the status lexicon
   ("agreed to send" -> agreed; a denial anywhere up the chain wins: "denied reports that…").
2. ``status:negation``           "not", "never", "no" on the event's verb -> negated.
3. ``status:modal(<word>)``      will/shall -> planned; may/might/could/likely -> speculative;
   must -> demanded ("must release"; "must have known" -> speculative);
   "would" -> planned under a speech verb, speculative elsewhere.
4. ``status:infinitive``         an infinitive with no governor ("Pakistan to send…") -> planned.
5. ``status:tense``              past -> occurred; progressive or present -> ongoing; but
   ``status:headline-present``   the simple present of a headline -> occurred ("Navy Kills").
Before them: ``status:condition(if)`` (a hypothetical or a question -> speculative) and, for
noun triggers, ``status:modifier`` ("a proposed meeting") and ``status:put-off`` ("the talks
were postponed" -> planned, "cancelled" -> negated). After the date is known:
``status:future-date`` (a later day, or "next month" or "next year" -> planned).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.sector_nouns import noun_sector
from ..model import Event
from ..resources import Resources, Trigger
from ..syntax import (
    RELATIVE_TAGS,
    asked_copula,
    attributive,
    names_as,
    nobody_did,
    phone_call,
    predicated,
    trigger_verb,
)
from .causes import answered, felt
from .denials import ReportDenials
from .details import FORWARD

CHAIN_DEPS = ("xcomp", "ccomp", "acl", "advcl", "pcomp", "pobj", "relcl", "dobj", "prep",
              "conj", "nsubjpass", "nsubj")
INHERIT_DEPS = ("pcomp", "xcomp", "advcl", "conj")
PRIORITY = ("denied", "refused", "demanded")
SHOULD = "status:modal(should)"  # a release's "should" is a demand (of_trigger, demands.py)
UNREAL = ("any", "possible", "alleged", "potential", "future", "further")  # not yet, or not sure
MATERIAL_QUADS = (2, 4)  # material cooperation and conflict: done, not said
ONSET_VERBS = ("begin", "start", "manage")  # not done when these are negated
CONTINUING_VERBS = ("continue", "keep")  # under way when told in the present too
# "aiming at a lasting truce": what is aimed at is no scene ("at" in CIRCUMSTANCE_PREPS)
AIMING_VERBS = ("aim", "point", "look", "target", "hint", "arrive", "gear")
LEGISLATURE = "LEG"  # PLOVER sector of parliaments and lawmakers
TIME_MARKS = ("when", "while", "as", "after", "before", "since", "until")
# prepositions that set a scene for the clause, not a thing it asks for or plans
CIRCUMSTANCE_PREPS = ("during", "after", "before", "since", "amid", "despite", "throughout",
                      "at")  # "pledged support at a meeting with…": the meeting was held
ADJECTIVE_COPULAS = ("be", "stand", "remain")  # "is ready to", "stands ready to"
# an act ordered as a noun is done by the order ("ordered the deployment of 25,000
# troops", our dev gold), unlike "ordered them to leave"
ORDERING_VERBS = ("order", "decree")
# verbs of contact whose purpose was done in it ("spoke with X to congratulate him")
CONTACT_VERBS = ("call", "phone", "telephone", "speak", "talk", "meet", "visit")


class StatusRules:
    def __init__(self, res: Resources):
        lexicon = res.status
        self.light_verbs = res.events.light_verbs
        self.governors = {lemma: status for status, lemmas in lexicon.governors.items()
                          for lemma in lemmas}
        self.modals = {word: status for status, ws in lexicon.modals.items() for word in ws}
        self.reported_future = set(lexicon.reported_future)
        self.negations = set(lexicon.negations)
        self.put_off = {w: status for status, ws in lexicon.put_off.items() for w in ws}
        self.conditions = set(lexicon.conditions)
        self.reports = ReportDenials(res)
        self.performative = set(lexicon.performative)
        self.factive = set(lexicon.factive)
        self.causes = set(lexicon.causes)
        self.granting, self.granted = set(lexicon.granting), set(lexicon.granted)
        self.clause_governors = {w: st for st, ws in lexicon.clause_governors.items() for w in ws}
        self.res = res
        self.speech = set(res.attribution.speech_verbs)

    def _governors(self, token: Token) -> list[tuple[str, Token]]:
        found: list[tuple[str, Token]] = []
        cur = token
        direct = True  # still the trigger's own clause ("keeps launching drone attacks")
        for _ in range(6):
            head = cur.head
            if head.i == cur.i or cur.dep_ not in CHAIN_DEPS:
                break
            if cur.dep_ == "conj" and head.pos_ == cur.pos_:
                cur = head  # coordinated events share their governor, not their status
                continue
            if cur.dep_ in ("nsubj", "nsubjpass") and head.lemma_ != "be":
                break
            if cur.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS
                                           for c in cur.children):
                break  # "the decision, which Spain condemned": a told act of its own; not
                # "demanded a deal that lifts sanctions", whose clause is the deal's
            if cur.dep_ == "prep" and cur.lower_ in CIRCUMSTANCE_PREPS and not (
                    cur.lower_ == "at" and head.lemma_.lower() in AIMING_VERBS):
                break  # "During the meeting, he called upon…": the meeting was no demand
            if cur.dep_ == "advcl" and cur.tag_ in ("VBD", "VBN") and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS
                    for c in cur.children):
                break  # "refused to arrest Putin when he visited": the visit took place;
                # "until Israel withdraws" (present) is still to come
            if cur.i == token.i and cur.dep_ == "dobj" and (
                    self._grants(head, token) or head.lemma_.lower() in ORDERING_VERBS
                    or names_as(head, self.res.events.appraising_verbs)):
                cur = head  # "approved a $750 million loan": the approval gives it; what
                continue  # governs the approval still decides ("refused to approve")
            status = self._governor(head)
            if status is None and cur.dep_ == "xcomp":  # "told the British to leave"
                status = self.clause_governors.get(head.lemma_)
            if status == "ongoing" and not self._begun(head, direct):
                status = None  # "will begin talks": the beginning's own status decides
            if status and not phone_call(head):
                found.append((status, head))
            direct = direct and cur.i == token.i and cur.dep_ == "dobj" \
                and head.lemma_.lower() in self.light_verbs
            cur = head
        return found

    def _grants(self, verb: Token, noun: Token) -> bool:
        """``verb`` gives the aid ``noun`` names by the act (lexicons/status.yaml
        ``granting`` and ``granted``): not aid "from" someone else (a borrower approves
        a loan from China), and not a legislature's vote, which commits money it does not
        hand over ("Congress approved aid to Ukraine"; review of issue 13)."""
        if verb.lemma_.lower() not in self.granting or noun.lemma_.lower() not in self.granted:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
            return False
        return not any(c.dep_ == "nsubj" and noun_sector(c, self.res) == LEGISLATURE
                       for c in verb.children)

    def _governor(self, head: Token) -> str | None:
        """The status lexicon's word for ``head``: a phrasal entry first ("look forward":
        "looks forward to meeting" is planned, review of issue 13), then the lemma; an
        adjective only under a copula ("stands ready to…"), refused when negated ("is not
        willing to…") and speculative when asked ("Is it ready to…?")."""
        lemma = head.lemma_.lower()
        if head.pos_ == "ADJ":
            if head.head.lemma_ not in ADJECTIVE_COPULAS:
                return None  # "getting ready to storm…": no intent stated
            if self.governors.get(lemma) and self.negated(head.head):
                return "refused"  # "is not willing to release the hostages"
            if self.governors.get(lemma) and asked_copula(head):
                return "speculative"  # "Is Russia ready to attack…?"
        for child in head.children:
            if child.dep_ in ("prt", "advmod"):
                status = self.governors.get(f"{lemma} {child.lower_}")
                if status:
                    return status
        return self.governors.get(lemma)

    def _factive(self, noun: Token) -> str | None:
        """The word (``factive``, ``causes`` in lexicons/status.yaml) that tells ``noun`` as
        done ("investigate the killings", "an investigation into the attack"), if any."""
        if any(c.lower_ in UNREAL for c in noun.children):
            return None  # "vowed to punish any attack", "the alleged attack"
        head = noun.head
        if cause := answered(noun, self.causes) or felt(noun):  # "retaliate for the
            return cause  # strike", "concerned by the abduction"
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
            head = head.head  # "an investigation into the attack", not "after talks in…"
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            return None
        lemma = head.lemma_.lower()
        return lemma if lemma in self.factive and head.i != noun.i else None

    def _begun(self, verb: Token, direct: bool = True) -> bool:
        """ "have begun withdrawing": begun, told as past and neither negated nor
        modal (review: "will begin talks" is planned, "did not begin" negated). A verb of
        going on counts in the present too ("continues to supply", "is continuing to
        shell"), but only over its own complement (``direct``: not "keeps saying it will
        invade") and not under "if" ("if Russia continues to shell…")."""
        if verb.lemma_.lower() in CONTINUING_VERBS:
            if not direct or any(c.dep_ == "mark" and c.lower_ in self.conditions
                                 for c in verb.children):
                return False
            progressive = any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
            tags: tuple[str, ...] = ("VBD", "VBN", "VBZ", "VBP", *(("VBG",) if progressive
                                                                  else ()))
        else:
            tags = ("VBD", "VBN")
        return verb.tag_ in tags and not self.negated(verb) and not any(
            c.dep_ == "aux" and (c.lower_ in self.modals or c.lower_ in self.reported_future)
            for c in verb.children)

    def _noun_status(self, noun: Token) -> tuple[str, bool, list[str]] | None:
        """ "a proposed meeting", "a possible strike"; "the talks were postponed", "the
        postponed talks"."""
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and not _named_by(child):
                lemma = child.lemma_.lower()
                status = self.governors.get(lemma) or self.modals.get(child.lower_)
                if status in ("planned", "speculative"):
                    return status, False, [f"status:modifier({child.lower_})"]
                put_off = self.put_off.get(lemma) if child.tag_ == "VBN" else None
                if put_off:  # "the postponed talks", "the cancelled visit"
                    return put_off, put_off == "negated", [f"status:put-off({child.lower_})"]
        if noun.dep_ in ("nsubjpass", "dobj"):  # "talks were postponed", "cancelled talks"
            status = self.put_off.get(noun.head.lemma_.lower())
            if status:
                return status, status == "negated", [f"status:put-off({noun.head.lemma_})"]
        return None

    @staticmethod
    def dated(status: str, why: list[str], date: str | None, precision: str,
              article_date: str | None, date_text: str | None = None
              ) -> tuple[str, list[str]]:
        """An event dated to a day after the article's has not happened yet: occurred or
        ongoing become planned (rule ``status:future-date``; issue 14). A month or year
        does so only when told as ahead ("next month" in a November story, case 91 of
        ../shared/cases): "in 2027" after a past verb is as often the date of what was
        agreed ("signed a deal, with the first units due in 2027") as of the event."""
        width = {"day": 10, "month": 7, "year": 4}.get(precision)
        if precision != "day" and not FORWARD.search(date_text or ""):
            width = None
        if width and date and article_date and date[:width] > article_date[:width] \
                and status in ("occurred", "ongoing"):
            return "planned", [*why, "status:future-date"]
        return status, why

    def negated(self, verb: Token) -> bool:
        """ "did not attend", "never met"."""
        return any(c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in ("no", "never"))
                   for c in verb.children)

    def under_speech(self, token: Token) -> bool:
        cur = token
        for _ in range(4):
            if cur.dep_ == "ccomp" and cur.head.lemma_ in self.speech:
                return True
            if cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    def of_trigger(self, token: Token, trig: Trigger, quad_class: int, release: bool,
                   headline_end: int = -1) -> tuple[str, bool, list[str]]:
        """:meth:`status` of a trigger, with what only the trigger and the document tell:
        "should" in a government's own release is its demand, as "must" is (demands.py;
        not what others say: "Analysts say Iran should…"); only words are done in a call
        ("spoke with Erdogan to congratulate him"), not deeds or signatures ("met … to sign
        a ceasefire" may not have been; review); a trigger that names the event as not done
        ("acquitted", lexicon ``negative``) gives what occurred as negated."""
        status, negated, why = self.status(token, headline_end=headline_end)
        if status in ("planned", "agreed") and trig.type == "ASSAULT" and any(
                c.dep_ == "det" and c.lower_ == "any" for c in token.children):
            return "speculative", negated, [*why, "status:modifier(any)"]  # "punish any attack"
        if trig.negative and status == "occurred":  # "acquitted": no conviction (R14)
            return "negated", True, [f"status:negative-trigger({trig.id})"]
        if why == [SHOULD] and release and not self.under_speech(token):
            return "demanded", negated, [f"{SHOULD}+release"]
        if why[0].startswith("status:purpose-of-contact") and (
                quad_class in MATERIAL_QUADS or (trig.type == "AGREE" and trig.pos == "VERB")):
            return "planned", negated, ["status:infinitive"]
        return status, negated, why

    def status(self, token: Token, depth: int = 0, headline_end: int = -1
               ) -> tuple[str, bool, list[str]]:
        """``(status, negated, why)`` for the event whose trigger is ``token``; a verb before
        character ``headline_end`` is in the document's headline."""
        verb = trigger_verb(token) or token
        if token.pos_ == "ADP":
            verb = token.head
        negated = (self.negated(verb) and not predicated(token, verb)) or (
            verb is not token and self.negated(token)) or (verb is token and nobody_did(verb)) or (
            verb.dep_ == "pcomp" and verb.head.lower_ == "without")  # "without offering…"
        condition = next((c.lower_ for c in verb.children
                          if c.dep_ == "mark" and c.lower_ in self.conditions), None)
        if condition and not negated:
            return "speculative", False, [f"status:condition({condition})"]
        denial = self.reports.denied_report(token)
        if denial:
            return "denied", False, [f"status:denied-report({denial})"]
        if token.pos_ in ("NOUN", "PROPN"):
            found = self._noun_status(token)
            if found:
                return found
            factive = self._factive(token)
            if factive is not None:  # "to investigate the killings": they took place
                return "occurred", False, [f"status:factive({factive})"]
        governors = self._governors(token)
        for wanted in PRIORITY:
            for status, head in governors:
                if status == wanted:
                    return status, negated, [f"status:governor({head.lemma_})"]
        if governors and not negated:
            status, head = governors[0]
            return status, negated, [f"status:governor({head.lemma_})"]
        if negated:
            return "negated", True, ["status:negation"]
        for child in verb.children:
            word = child.lower_
            if child.dep_ == "aux" and word in self.reported_future:
                if self.under_speech(verb):
                    return "planned", False, [f"status:modal({word})+reported"]
                return "speculative", False, [f"status:modal({word})"]
            if child.dep_ in ("aux", "advmod") and word in self.modals:
                status = self.modals[word]
                # "will likely" -> speculative wins over planned
                if status == "planned" and any(c.dep_ == "advmod" and self.modals.get(
                        c.lower_) == "speculative" for c in verb.children):
                    continue
                if status == "demanded" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                for c in verb.children):
                    return "speculative", False, [f"status:modal({word})+perfect"]
                return status, False, [f"status:modal({word})"]
        nonfinite = verb.tag_ in ("VB", "VBG") and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)
        between = verb.doc[min(verb.head.i, verb.i) : verb.i]
        if nonfinite and verb.dep_ in ("acl", "xcomp") and any(
                t.lower_ in ("first", "last", "only") for t in between):
            return "occurred", False, ["status:first-to"]
        head = verb.head
        if nonfinite and verb.dep_ in INHERIT_DEPS and head.i != verb.i and depth < 4:
            anchor = head.head if head.pos_ == "ADP" else head
            if anchor.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and any(
                        d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                    for c in anchor.children):
                # "No decision has been taken on sending troops": nothing was decided
                return "negated", True, [f"status:no-subject({anchor.lemma_})"]
            if anchor.pos_ in ("VERB", "AUX"):
                status, _, why = self.status(anchor, depth + 1, headline_end)
                if status in ("planned", "speculative", "agreed", "demanded", "refused"):
                    return status, False, [f"status:inherited({anchor.lemma_})", *why]
                if status == "negated" and (verb.dep_ == "pcomp" or (
                        verb.dep_ == "xcomp" and anchor.lemma_.lower() in ONSET_VERBS)):
                    # "it cannot offend it by sending its troops": the means of what did
                    # not happen did not happen either; nor what "did not begin" (not "did
                    # not hesitate to strike")
                    return "negated", True, [f"status:inherited({anchor.lemma_})", *why]
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            if verb.dep_ == "xcomp" and self._governor(head) == "ongoing" \
                    and self._begun(head):  # "continues to be disturbed by the clashes"
                return "ongoing", False, [f"status:governor({head.lemma_})"]
            if verb.dep_ in ("advcl", "xcomp", "conj") and self._past_contact(verb):
                # "spoke today with Erdogan to congratulate him": done in the call
                return "occurred", False, [f"status:purpose-of-contact({verb.head.lemma_})"]
            return "planned", False, ["status:infinitive"]
        return self._tense(verb, headline_end)

    @staticmethod
    def _past_contact(verb: Token) -> bool:
        """The infinitive is the purpose of a call, meeting or visit told as past ("called
        President Karzai … to underscore our commitment"; issue 13, real text)."""
        head = verb.head
        while head.dep_ == "conj" and head.head.i != head.i and head.pos_ == verb.pos_:
            head = head.head  # "… to get an update and to underscore …"
        if head.pos_ == "VERB" and head.dep_ in ("advcl", "xcomp") \
                and head.lemma_.lower() not in CONTACT_VERBS:
            head = head.head
        return head.lemma_.lower() in CONTACT_VERBS and head.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("will", "would")
                        for c in head.children)

    def _tense(self, verb: Token, headline_end: int = -1) -> tuple[str, bool, list[str]]:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
            return "ongoing", False, ["status:tense(progressive)"]
        if verb.tag_ in ("VBD", "VBN"):
            return "occurred", False, [f"status:tense({verb.tag_})"]
        said = [verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children
                                       if c.dep_ == "acomp")]  # "stands ready to…"
        done = next((word for word in said if word in self.performative), None)
        if verb.tag_ in ("VBZ", "VBP") and done:
            # "I condemn…", "Hague urges…": saying it is doing it (issue 13, real text)
            return "occurred", False, [f"status:performative({done})"]
        if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.idx < headline_end:
            # "Kenyan Navy Kills Three Pirates": headlines tell past news in the present
            return "occurred", False, [f"status:headline-present({verb.tag_})"]
        if verb.tag_ in ("VBZ", "VBP"):
            return "ongoing", False, [f"status:tense({verb.tag_})"]
        if verb.pos_ in ("NOUN", "PROPN"):
            return "occurred", False, ["status:noun-default"]
        return "occurred", False, ["status:default"]


def own_status_differs(a: Event, b: Event) -> bool:
    """ "discussed a possible summit", "postponed the planned talks": a noun whose own
    modifier makes it planned or speculative names a later happening than its clause, not
    the same one, so the two are not merged (extract.py; case 91 of ../shared/cases)."""
    own = any(w.startswith(("status:modifier", "status:put-off")) for w in a.why + b.why)
    return own and a.status != b.status


def _named_by(word: Token) -> bool:
    """ "Saudi-led", "Iran-backed" (syntax.attributive): a participle joined to a name says
    who leads or backs the thing, not whether it happened (issue 13: "Saudi-led coalition
    airstrikes killed 20 civilians" had been told as planned); "UN-planned talks" stay
    planned."""
    name = word.doc[word.i - 2] if word.i >= 2 else word
    return attributive(word) and (name.pos_ == "PROPN" or bool(name.ent_type_))
