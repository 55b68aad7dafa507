"""Verbs of aspect in a chain of control: "Kenya asked Uganda to resume sending troops" --
"sending" has no subject of its own and hangs on "resume", which takes its subject from
the object of "asked" (object control, frames.py): Uganda sends them. Read by the frames
of the event stage; adds nothing to the Doc. Issue 13 (found on the real train split's
"call upon the South Sudanese government and the UN to continue working closely
together"; no split's figure moved).
"""

from __future__ import annotations

from spacy.tokens import Token

# lemmas of verbs that tell only when an act goes on, starts or stops (the aspect of the
# verb they govern), not an act of their own
ASPECT_VERBS = frozenset({"continue", "keep", "resume", "start", "begin", "stop", "cease"})


def aspect_host(verb: Token) -> Token:
    """The verb of aspect a subjectless verb hangs on ("to resume sending troops":
    "resume"), which takes the subject the verb would; else ``verb`` itself."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ASPECT_VERBS and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in (*verb.children, *head.children)):
        return head
    return verb
