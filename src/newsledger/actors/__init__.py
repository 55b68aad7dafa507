"""Actors: dictionary lookup, mentions in text, coreference, and the index that holds them."""

from .coref import Coreference
from .dictionary import ActorDictionary
from .index import ActorIndex, ActorList
from .mentions import MentionFinder

__all__ = ["ActorDictionary", "ActorIndex", "ActorList", "Coreference", "MentionFinder"]
