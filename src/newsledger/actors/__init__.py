"""Actors: dictionary lookup, mentions in text, and coreference."""

from .coref import Coreference
from .dictionary import ActorDictionary
from .mentions import ActorIndex, MentionFinder

__all__ = ["ActorDictionary", "ActorIndex", "Coreference", "MentionFinder"]
