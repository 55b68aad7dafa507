"""The actors of one document and which tokens stand for them.

The :class:`ActorIndex` is built by the mention finder and coreference and read by the event
and claim stages; the event stage adds the actors an event needs through :meth:`add` and
:meth:`note` (declared in its ``sets``). Only this class writes its maps; everyone else reads
them through read-only views.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import ClassVar

from spacy.tokens import Doc, Token

from ..model import Actor, Mention
from ..parse import Parse


class ActorIndex:
    """Actors of one document (``actors``: id -> Actor with its mentions) and the tokens
    that stand for them (``by_token``: token index -> actor id)."""

    def __init__(self, doc: Doc, sentence_of: Mapping[int, int]):
        self.doc = doc
        # its tokens once: each ``doc[i]`` and each pass of ``for t in doc`` makes new Token
        # objects, and the stages after this one walk the whole document about ten times
        self.tokens: tuple[Token, ...] = tuple(doc)
        self.sentence_of = sentence_of  # token index -> sentence index, for mentions
        self._actors: dict[str, Actor] = {}
        self._by_token: dict[int, str] = {}
        self._groups: dict[int, list[str]] = {}  # token -> several actors
        self._spans: dict[int, tuple[int, int]] = {}  # token -> the mention it is part of
        self.actors: Mapping[str, Actor] = MappingProxyType(self._actors)
        self.by_token: Mapping[int, str] = MappingProxyType(self._by_token)

    # -- writing ---------------------------------------------------------------------
    def add(self, actor: Actor, start: int, end: int, why: str,
            claim_tokens: bool = True) -> None:
        """Record a mention over tokens [start, end) of ``actor`` (the first Actor object
        given for an id is kept, and an unlisted one placed nowhere takes the placement of
        a later one); unless ``claim_tokens`` is false (a place standing for its
        country in one event only), the tokens then stand for the actor in later argument
        lookups."""
        known = self._actors.setdefault(actor.id, actor)
        if known is not actor and known.id.startswith("x-") and actor.country is not None \
                and known.country is None and known.sector is None \
                and known.cameo_code is None:
            # an unlisted name placed at a later mention ("Chelsea Manning" an organization
            # in the headline, a person of the story's country in the body) is placed
            known.kind, known.country, known.sector = actor.kind, actor.country, actor.sector
            known.cameo_code = actor.cameo_code
            known.why.extend(actor.why)
        span = self.doc[start:end]
        known.mentions.append(
            Mention(span.start_char, span.end_char, span.text, self.sentence_of[start], why)
        )
        if not claim_tokens:
            return
        for i in range(start, end):
            self._by_token[i] = actor.id
            self._spans[i] = (start, end)

    def note(self, actor_id: str, start_char: int, end_char: int, why: str,
             make: Callable[[str], Actor]) -> bool:
        """Make sure an actor an event needs is known, with a mention over the text that
        stands for it (characters [start_char, end_char)); the tokens keep their own
        meaning. ``make`` builds the actor when it is new. False when the characters do
        not map onto tokens."""
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return False
        if actor_id not in self._actors:
            self.add(make(actor_id), span.start, span.end, why, claim_tokens=False)
        return True

    def reassign(self, start: int, end: int, actor: Actor, why: str) -> None:
        """The mention over tokens [start, end) stands for ``actor`` instead of the actor it
        was recorded for (which loses that mention, and with its last one leaves the
        document's actor list)."""
        old = self._actors.get(self._by_token.get(start, ""))
        span = self.doc[start:end]
        if old is not None:
            old.mentions[:] = [m for m in old.mentions
                               if (m.start, m.end) != (span.start_char, span.end_char)]
        self.add(actor, start, end, why)

    def claim(self, start: int, end: int, actor_id: str, keep: bool = False) -> None:
        """Tokens [start, end) stand for ``actor_id`` in later argument lookups; with
        ``keep``, tokens that already stand for an actor keep it."""
        for i in range(start, end):
            if keep:
                self._by_token.setdefault(i, actor_id)
            else:
                self._by_token[i] = actor_id

    def group(self, token: int, actor_ids: Sequence[str]) -> None:
        """The token stands for several actors ("Pakistani and Turkish troops", "these
        countries")."""
        self._groups[token] = list(actor_ids)

    # -- reading ---------------------------------------------------------------------
    def actor_ids(self, token: Token) -> list[str]:
        if token.i in self._groups:
            return list(self._groups[token.i])
        actor_id = self._by_token.get(token.i)
        return [actor_id] if actor_id else []

    def mention_span(self, token: int) -> tuple[int, int] | None:
        """Tokens [start, end) of the mention the token is part of, if any."""
        return self._spans.get(token)

    def groups(self) -> dict[int, list[str]]:
        """A copy of the tokens that stand for several actors."""
        return {i: list(ids) for i, ids in self._groups.items()}

    def spans(self) -> dict[int, tuple[int, int]]:
        """A copy of token -> the mention it is part of."""
        return dict(self._spans)

    def ordered(self) -> list[Actor]:
        """The actors with a mention, in order of first mention, each with its mentions in
        text order (copies: the index keeps its own)."""
        actors = [replace(a, mentions=sorted(a.mentions, key=lambda m: m.start), why=list(a.why))
                  for a in self._actors.values() if a.mentions]
        return sorted(actors, key=lambda a: a.mentions[0].start)


class ActorList:
    """The last stage: the analysis's actors are the index's actors with a mention."""

    reads: ClassVar[tuple[str, ...]] = ("index",)
    sets: ClassVar[tuple[str, ...]] = ("analysis.actors",)

    def __call__(self, parse: Parse[ActorIndex]) -> None:
        parse.analysis.actors = parse.index.ordered()
