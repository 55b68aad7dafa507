"""The ActorIndex: the one writer of which tokens stand for which actor (hand-made Docs)."""

from __future__ import annotations

import pytest
from helpers import make_doc

from newsledger.actors import ActorIndex
from newsledger.model import Actor

TROOPS = """
Pakistani ADJ JJ amod 3 pakistani
and CCONJ CC cc 0 and
Turkish ADJ JJ conj 0 turkish
troops NOUN NNS nsubj 4 troop
arrived VERB VBD ROOT 4 arrive
in ADP IN prep 4 in
Gaza PROPN NNP pobj 5 Gaza
. PUNCT . punct 4 .
"""


def actor(actor_id: str) -> Actor:
    return Actor(id=actor_id, name=actor_id, kind="country", country=actor_id, sector=None,
                 cameo_code=actor_id)


@pytest.fixture
def index() -> ActorIndex:
    doc = make_doc(TROOPS)
    return ActorIndex(doc, {t.i: 0 for t in doc})


def test_a_mention_makes_its_tokens_stand_for_the_actor(index):
    index.add(actor("PAKMIL"), 0, 4, "phrase:country+sector")
    mention = index.actors["PAKMIL"].mentions[0]
    assert (mention.text, mention.sentence, mention.why) == (
        "Pakistani and Turkish troops", 0, "phrase:country+sector")
    assert [index.by_token.get(i) for i in range(5)] == ["PAKMIL"] * 4 + [None]
    assert index.mention_span(3) == (0, 4) and index.mention_span(4) is None
    assert index.actor_ids(index.doc[3]) == ["PAKMIL"]


def test_the_first_actor_object_of_an_id_is_kept(index):
    first, second = actor("PAK"), actor("PAK")
    index.add(first, 0, 1, "a")
    index.add(second, 2, 3, "b")
    assert index.actors["PAK"] is first
    assert [m.text for m in first.mentions] == ["Pakistani", "Turkish"]


def test_a_noted_actor_gets_a_mention_but_not_the_tokens(index):
    start = index.doc.text.index("Gaza")
    assert index.note("PSE", start, start + 4, "event:place-scene", make=actor)
    assert [m.text for m in index.actors["PSE"].mentions] == ["Gaza"]
    assert 6 not in index.by_token
    assert index.note("PSE", start, start + 4, "again", make=actor)  # known: no new mention
    assert len(index.actors["PSE"].mentions) == 1


def test_text_outside_the_tokens_cannot_be_noted(index):
    assert not index.note("PSE", 500, 505, "event:place-scene", make=actor)
    assert "PSE" not in index.actors


def test_claiming_tokens_may_keep_those_already_taken(index):
    index.claim(0, 2, "PAKMIL")
    index.claim(0, 4, "TURMIL", keep=True)
    assert [index.by_token[i] for i in range(4)] == ["PAKMIL", "PAKMIL", "TURMIL", "TURMIL"]
    index.claim(3, 4, "PAKMIL")
    assert index.by_token[3] == "PAKMIL"


def test_a_group_token_stands_for_every_actor(index):
    index.claim(3, 4, "PAKMIL")
    index.group(3, ["PAKMIL", "TURMIL"])
    assert index.actor_ids(index.doc[3]) == ["PAKMIL", "TURMIL"]
    assert index.groups() == {3: ["PAKMIL", "TURMIL"]}


def test_only_the_index_writes_its_maps(index):
    index.add(actor("PAK"), 0, 1, "a")
    with pytest.raises(TypeError):
        index.by_token[5] = "PAK"  # type: ignore[index]
    with pytest.raises(TypeError):
        index.actors["ISR"] = actor("ISR")  # type: ignore[index]
    index.groups()[0] = ["X"]
    index.spans()[0] = (0, 9)
    assert index.groups() == {} and index.mention_span(0) == (0, 1)


def test_ordered_lists_mentioned_actors_by_first_mention_without_touching_the_index(index):
    index.add(actor("TUR"), 2, 3, "a")
    index.add(actor("PAK"), 6, 7, "b")
    index.add(actor("PAK"), 0, 1, "c")
    ordered = index.ordered()
    assert [a.id for a in ordered] == ["PAK", "TUR"]
    assert [m.start for m in ordered[0].mentions] == [0, index.doc[6].idx]
    assert [m.why for m in index.actors["PAK"].mentions] == ["b", "c"]  # its own order
