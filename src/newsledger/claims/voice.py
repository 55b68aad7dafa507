"""Who speaks in sentences that name no speaker (issue 13): quotations that run over several
sentences, the paragraphs after "X said:", and an official statement's own voice.

Rules (recorded in the claim's ``why``):
- ``attr:quote-continues(sN)``  a sentence inside a quotation opened in an earlier sentence of
  its paragraph is the quote's speaker's: the speaker of the sentence that opened it, else of
  the sentence that closes it ('… are tough. They were tough in Iraq," he said.'). Real-text
  ruling R18: a sentence with the source's quoted words is direct-quote.
- ``attr:quote-after(sN)``  a quotation that opens a sentence and names no speaker at either
  end is the words of the named person who is the subject of the sentence before it, in its
  paragraph ('Mr. Obama criticised his rival. "Every time you…"'; ruling R18).
- ``attr:lead-in(sN)``  after a lead-in ending in a colon ("the Foreign Secretary William
  Hague said:"), the sentences that follow are the speaker's, to the end of the quotation
  when one opens, else to the next sentence that names a speaker of its own.
- ``attr:statement-voice(<how>)``  in a document an official body publishes (its
  ``publisher``, actors/publisher.py), a sentence whose subject is a first person ("We
  urge…", "Our thoughts are…") or the issuer's own name ("The United States condemns…"),
  and the unattributed sentences after one in its paragraph, are the statement's words:
  direct-quote, grade A, source the issuer's self-name when the sentence has one, else the
  person who signs it (the first person named in its opening). Real-text ruling R21.
- ``attr:readout-speech(<verb>)``  in a document an official body publishes, an
  unattributed sentence whose main verb is a speech act (lexicon ``readout_verbs``: "The
  President underscored…", "The leaders agreed that…"), not negated or still to come,
  and whose subject is a person or a leader's title is that subject's reported speech,
  grade A. Real-text ruling R20; narration ("spoke with", "discussed", "called" a leader)
  and others' acts ("Russia offered weapons", "Protesters called for…") stay the
  document's own (E).
Everything else keeps its attribution.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors import ActorIndex
from ..model import Actor, Attribution, Claim
from ..parse import Parse
from .speaking import unspoken

OPEN = ("“", "«")
CLOSE = ("”", "»")
SPEAKING = ("direct-quote", "reported-speech")
SUBJECTS = ("nsubj", "nsubjpass")
PROSE_ENDS = (".", "!", "?", '."', ".”", ":")
CARRIED = "attr:carry-over("
QUOTE_ENDS = ('"', "”", '".', "”.", '",', "”,")


def _quote_balance(text: str) -> int:
    """+1 when ``text`` leaves a quotation open, -1 when it closes one it did not open."""
    curly = sum(text.count(q) for q in OPEN) - sum(text.count(q) for q in CLOSE)
    straight = text.count('"') % 2
    if curly:
        return 1 if curly > 0 else -1
    if straight:
        # an odd count: the first straight quote says whether the sentence starts inside
        # a quotation ('tough," he said.' closes one) or opens one ('saying "a threat.')
        first = text.index('"')
        before = text[first - 1] if first else " "
        return 1 if before.isspace() or before in "([{—–-:" else -1
    return 0


def _speaks(claim: Claim, first_person: set[str]) -> bool:
    """The claim names a third-person speaker of its own."""
    attribution = claim.attribution
    return attribution.type in SPEAKING + ("according-to",) and bool(
        attribution.source_text) and attribution.source_text.lower() not in first_person


def take(claim: Claim, source: Attribution, grade: str, *why: str,
         kind: str = "direct-quote") -> None:
    """The claim is ``source``'s words, of ``kind``, with ``why`` first among its rules."""
    claim.attribution = Attribution(source.source_actor, source.source_text, source.cue,
                                    kind, source.start, source.end)
    claim.sourcing_grade = grade
    claim.opinion = False
    claim.why = [*why, *(w for w in claim.why
                         if not w.startswith(("attr:", "grade:", "opinion:")))]


def _opens(claim: Claim) -> bool:
    return claim.text.lstrip().startswith(OPEN + ('"',))


def quotations(claims: list[Claim], paragraphs: list[int], first_person: set[str],
               leads: dict[int, tuple[Attribution, str]],
               subjects: dict[int, tuple[Attribution, str]] | None = None) -> None:
    """Quotes over several sentences and lead-ins (``leads``: the position of a lead-in
    claim -> its speaker and grade; ``subjects``: the position of a claim whose subject is
    a named person -> that person and grade): see the module's rules."""
    subjects = subjects or {}
    i = 0
    while i < len(claims):
        claim = claims[i]
        balance = _quote_balance(claim.text)
        lead = leads.get(i)
        whole = balance == 0 and lead is None and _opens(claim) \
            and claim.text.rstrip().endswith(QUOTE_ENDS)  # a sentence all in quotes
        if balance <= 0 and lead is None and not whole:
            i += 1
            continue
        # the sentences that continue it: inside the quotation, or after the lead-in
        j, inside = (len(claims) if whole else i + 1), balance > 0
        run: list[int] = []
        while j < len(claims):
            last = paragraphs[run[-1] if run else i]  # a quotation goes on to a paragraph
            if inside and paragraphs[j] != last and not _opens(claims[j]):  # opening with a
                break                                                       # quote mark
            if not inside and not run and _opens(claims[j]):
                inside = True
            if not inside and _speaks(claims[j], first_person):
                break
            run.append(j)
            if inside and _quote_balance(claims[j].text) < 0:
                break
            j += 1
        closing = claims[run[-1]] if run and inside else None
        speaker: tuple[Attribution, str, int] | None = None
        how = "lead-in" if lead is not None else "quote-continues"
        if lead is not None:
            speaker = (*lead, claim.sentence)
        elif _speaks(claim, first_person):
            speaker = (claim.attribution, claim.sourcing_grade, claim.sentence)
        elif closing is not None and _speaks(closing, first_person):
            speaker = (closing.attribution, closing.sourcing_grade, closing.sentence)
        elif _opens(claim) and i - 1 in subjects and paragraphs[i - 1] == paragraphs[i] \
                and _quote_balance(claims[i - 1].text) == 0:
            speaker, how = (*subjects[i - 1], claims[i - 1].sentence), "quote-after"
        if speaker is not None:
            for k in ([] if lead is not None else [i]) + run:
                if claims[k].sentence != speaker[2] and not _speaks(claims[k], first_person):
                    take(claims[k], speaker[0], speaker[1], f"attr:{how}(s{speaker[2]})")
                elif claims[k].why[0].startswith(CARRIED) \
                        and claims[k].attribution.type == "according-to":
                    # words inside a quotation carried on from "according to X" are X's
                    # own words: direct-quote (ruling R18; issue 13, real train)
                    claims[k].attribution = replace(claims[k].attribution, type="direct-quote")
        i = run[-1] + 1 if run else i + 1


PRONOUNS = ("he", "she")
NAMED = "grade:A(named-person)"


def pronoun_speakers(claims: list[Claim], reach: int = 8) -> None:
    """ "He said…", "… ," she added.': a speaker named by a pronoun is the person named as
    the speaker of the nearest claim before it (within ``reach`` sentences): news names a
    speaker once and then calls them "he" (legend A, a named person: docs/eval.md)."""
    for n, claim in enumerate(claims):
        attribution = claim.attribution
        if attribution.type not in SPEAKING or (attribution.source_text or "").lower() \
                not in PRONOUNS:
            continue
        named = next((c for c in reversed(claims[max(0, n - reach):n])
                      if NAMED in c.why and (c.attribution.source_text or "").lower()
                      not in PRONOUNS), None)
        if named is None:
            continue
        claim.attribution = Attribution(
            named.attribution.source_actor, attribution.source_text, attribution.cue,
            attribution.type, attribution.start, attribution.end)
        claim.sourcing_grade = "A"
        claim.why = [w for w in claim.why if not w.startswith("grade:")]
        claim.why += [f"attr:pronoun-speaker(s{named.sentence})", NAMED]


def statement_voice(claims: list[Claim], parse: Parse[ActorIndex], publisher: Actor,
                    first_person: set[str], person_heads: set[str] = frozenset()) -> None:
    """The issuer's voice in an official statement: see the module's rules
    (``person_heads``: the nouns of an office, lexicon coref.yaml)."""
    index = parse.index
    first = _body(parse)
    own = {publisher.id, publisher.country, f"{publisher.country}GOV"} - {None}
    signatory = _signatory(index, first + 1) or _signature_line(parse, first, person_heads,
                                                                publisher.id)
    signer = index.actors.get(signatory[0]) if signatory is not None else None
    if signatory is not None and signer is not None and not signer.cameo_code:
        signatory = (publisher.id, *signatory[1:])  # an unlisted spokesperson: the issuer's
    paragraph = None  # the paragraph of the last sentence in the issuer's voice
    for claim in claims:
        sent, info = parse.sents[claim.sentence], parse.sentences[claim.sentence]
        how, subject = _voice_subject(sent, index, own, first_person)
        if how is None and paragraph == info.paragraph \
                and claim.attribution.type == "unattributed":
            how = "carried"
        if claim.sentence < first or how is None or (
                _speaks(claim, first_person) and claim.attribution.source_actor not in own):
            paragraph = None
            continue
        if how == "self-name" and subject is not None:
            words = phrase(subject)
            source = Attribution(index.by_token.get(subject.i), words.text, "statement",
                                 "direct-quote", words.start_char, words.end_char)
        elif signatory is not None:
            source = Attribution(signatory[0], signatory[1], "statement", "direct-quote",
                                 signatory[2], signatory[3])
        else:
            source = Attribution(publisher.id, publisher.name, "statement", "direct-quote")
        take(claim, source, "A", f"attr:statement-voice({how})")
        paragraph = info.paragraph


def _body(parse: Parse[ActorIndex]) -> int:
    """The first sentence of a statement's body: the first that ends as prose does (the
    title, "Press Statement", the signatory and the dateline lines before it do not)."""
    for sent, info in zip(parse.sents, parse.sentences, strict=True):
        if not info.heading and sent.text.rstrip().endswith(PROSE_ENDS):
            return info.index
    return len(parse.sents)


def phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _voice_subject(sent: Span, index: ActorIndex, own: set[str], first_person: set[str]
                   ) -> tuple[str | None, Token | None]:
    """How the sentence speaks as the issuer: ``("first-person", token)`` when the subject
    of its main clause (or of a clause joined to it) is, or is owned by, a first person;
    ``("self-name", token)`` when that subject is the issuer's own name, its country or
    government ("The United States", "the UK Government"), not a title ("The President")."""
    clauses = [sent.root, *sent.root.conjuncts]
    for verb in clauses:
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
            if subject.lower_ in first_person or any(
                    c.dep_ == "poss" and c.lower_ in first_person for c in subject.children):
                return "first-person", subject
            if index.by_token.get(subject.i) in own and (
                    subject.ent_type_ == "GPE" or subject.lemma_.lower() == "government"):
                return "self-name", subject
    return None, None


def _signatory(index: ActorIndex, first: int) -> tuple[str, str, int, int] | None:
    """The first person named in the opening: ``(actor id, text, start, end)``."""
    for i in sorted(index.by_token):
        if index.sentence_of[i] >= first:
            break
        actor = index.actors.get(index.by_token[i])
        span = index.mention_span(i)
        if actor is not None and actor.kind == "person" and span is not None and span[0] == i:
            words = index.doc[span[0] : span[1]]
            return actor.id, words.text, words.start_char, words.end_char
    return None


RELEASE_KINDS = ("press statement", "statement", "media note", "press release", "remarks",
                 "readout", "joint statement", "press briefing")


def _signature_line(parse: Parse[ActorIndex], first: int, person_heads: set[str],
                    publisher: str) -> tuple[str, str, int, int] | None:
    """A name standing alone on a line of the opening, over a line that names an office:
    "Press Statement / Heather Nauert / Department Spokesperson" (issue 13, real dev: the
    model tags no person in such a line): under the line that says what the release is,
    over one whose first words name an office ("Media Note / Office of the Spokesperson"
    is no name; review). The name is the publisher's voice."""
    lines = [(sent, info) for sent, info in zip(parse.sents, parse.sentences, strict=True)
             if info.index < first]
    for (above, _), (sent, info), (below, _) in zip(lines, lines[1:], lines[2:], strict=False):
        words = [t for t in sent if not t.is_space]
        if 2 <= len(words) <= 4 and all(t.is_title and t.is_alpha for t in words) \
                and info.heading and above.text.strip().lower() in RELEASE_KINDS \
                and not any(t.lemma_.lower() in person_heads for t in words) \
                and any(t.lemma_.lower() in person_heads for t in below[:2]):
            name = sent.doc[words[0].i : words[-1].i + 1]
            return publisher, name.text, name.start_char, name.end_char
    return None


CALL_PREPS = ("on", "upon", "for")  # "called on the parties", not "called President X"


def readout_speech(claims: list[Claim], parse: Parse[ActorIndex], verbs: set[str],
                   person_heads: set[str], first_person: set[str]) -> None:
    """A leader's speech acts in an official release: see the module's rules."""
    index = parse.index
    for claim in claims:
        if claim.attribution.type != "unattributed":
            continue
        sent = parse.sents[claim.sentence]
        found = _speech_act(sent, verbs, person_heads, first_person, index)
        if found is None:
            continue
        verb, subject = found
        words = phrase(subject) if subject.head.i != subject.i else subject.doc[
            subject.left_edge.i : subject.i + 1]  # a headline's name, not its whole line
        source = Attribution(index.by_token.get(subject.i), words.text, verb.text,
                             "reported-speech", words.start_char, words.end_char)
        take(claim, source, "A", f"attr:readout-speech({verb.lemma_.lower()})",
             "grade:A(readout)", kind="reported-speech")


def main_clauses(sent: Span) -> Iterator[tuple[Token, list[Token]]]:
    """Each verb of the sentence's main clause (its root and the root's conjuncts) with its
    subjects; a conjunct with none shares the root's ("condemned the attack and urged…")."""
    for verb in (sent.root, *sent.root.conjuncts):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb is not sent.root:
            subjects = [c for c in sent.root.children if c.dep_ == "nsubj"]
        yield verb, subjects


def _speech_act(sent: Span, verbs: set[str], person_heads: set[str], first_person: set[str],
                index: ActorIndex) -> tuple[Token, Token] | None:
    """The main clause's speech-act verb and its subject, when the subject is a person or a
    leader's title and the verb says something was said (not negated, not to come); a
    headline's "William Hague concerned over deaths…" is parsed as a name with a participle
    after it, and there a country's name may speak too ("United States Concerned by…")."""
    root = sent.root
    if root.pos_ in ("PROPN", "NOUN"):
        for acl in (c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    and c.lemma_.lower() in verbs):
            if _speaker(root, index, person_heads, bodies=True):
                return acl, root  # not "Syrian refugees welcomed in Germany"
    for verb, subjects in main_clauses(sent):
        lemma = verb.lemma_.lower()
        if lemma not in verbs or verb.pos_ not in ("VERB", "AUX") or unspoken(verb):
            continue  # "did not support", "will call on Congress"
        if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ in CALL_PREPS
                                       for c in verb.children):
            continue
        for subject in subjects:
            if subject.lower_ not in first_person \
                    and _speaker(subject, index, person_heads, bodies=False):
                return verb, subject
    return None


def _speaker(token: Token, index: ActorIndex, person_heads: set[str], bodies: bool) -> bool:
    """A person, a leader's title ("The President", "the leaders"), or with ``bodies`` a
    country or government; not protesters, reporters or the police whose acts a release
    tells (review of issue 13)."""
    if token.ent_type_ == "PERSON" or token.lemma_.lower() in person_heads:
        return True
    actor = index.actors.get(index.by_token.get(token.i, ""))
    if actor is None:
        return False
    return actor.kind == "person" or (bodies and (actor.kind == "country"
                                                  or actor.sector == "GOV"))
