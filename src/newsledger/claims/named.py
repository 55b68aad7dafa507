"""Who was named before a speaker that is only a word now: "explained Sayed" after
"Mohammed Sayed, a witness", "he said" after a named person (real-text rulings: a named
person is grade A, whatever word stands for them now; issue 13, real train). The
document's people are read once per document (a long text has thousands of claims),
by the caller, which keeps them (a stage does not write to the Doc)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from spacy.tokens import Doc, Token

People = tuple[list[int], dict[str, int]]  # PERSON ends; a name's word -> its first end
PERSON_PRONOUNS = ("he", "she", "him", "her")
PRONOUN_REACH = 8  # sentences back (a long quotation) a "he said" may find its person


def named_before(root: Token, unnamed: Collection[str], people: People) -> bool:
    """A speaker named as a person before: "explained Sayed" after "Mohammed Sayed, a
    witness", or "he said" a few sentences after a named person (real-text rulings: a
    named person is A, whatever word stands for them now; issue 13, real train).
    ``people``: :func:`people_of` the document."""
    doc = root.doc
    if root.lower_ in PERSON_PRONOUNS:
        start = root.sent.start
        for _ in range(PRONOUN_REACH):  # walk back sentence by sentence: no whole-text scan
            if start == 0:
                break
            start = doc[start - 1].sent.start
        # the person named last, unless an unnamed speaker ("One diplomat…", "A police
        # spokesman said…") came after them: "he" is that speaker
        ends = people[0]
        named = ends[bisect_left(ends, start + 1) : bisect_left(ends, root.i + 1)]
        others = [t.i for t in doc[start : root.i] if t.pos_ == "NOUN"
                  and t.lemma_.lower() in unnamed and t.dep_ in ("nsubj", "nsubjpass")]
        return bool(named) and (not others or max(named) > max(others))
    if not root.is_title or root.is_sent_start and root.pos_ not in ("PROPN", "VERB"):
        return False  # "Sayed went on to say…", parsed as a verb
    first = people[1].get(root.text)
    return first is not None and first <= root.i


def people_of(doc: Doc) -> People:
    """The document's PERSON entities, to be read once per document (a long text has
    thousands of claims): the sorted token ends of all of them, and for each word of a name
    of two words or more, the end of the first such name."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    words: dict[str, int] = {}
    for ent in people:
        if len(ent) > 1:
            for word in ent.text.split():
                words.setdefault(word, ent.end)
    return [e.end for e in people], words
