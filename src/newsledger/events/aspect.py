"""Verbs of aspect in a chain of control: "called upon Kenya and Uganda to continue working
together" -- "working" has no subject of its own and hangs on "continue", which takes its
subject from the object of "called upon" (object control, frames.py). Read by the frames
of the event stage; adds nothing to the Doc. Issue 13, real train: a State Department
statement on South Sudan.
"""

from __future__ import annotations

from spacy.tokens import Token

# lemmas of verbs that tell only when an act goes on, starts or stops (the aspect of the
# verb they govern), not an act of their own
ASPECT_VERBS = frozenset({"continue", "keep", "resume", "start", "begin", "stop", "cease"})


def aspect_host(verb: Token) -> Token:
    """The verb of aspect a subjectless verb hangs on ("to continue working together":
    "continue"), which takes the subject the verb would; else ``verb`` itself."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ASPECT_VERBS and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in (*verb.children, *head.children)):
        return head
    return verb
