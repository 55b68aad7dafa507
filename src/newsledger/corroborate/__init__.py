"""Corroboration: group reports of the same happening from different articles into stories,
judge which sources are independent, and mark each story corroborated, single-source,
contested (an actor involved denies it) or contradicted (independent reports disagree).

A report is an event of the ledger. It joins a story when the type is the same or related
(lexicons/corroboration.yaml, read by ``newsledger.resources.load_corroboration``), the
countries fit, the dates lie within the window, the places do not differ, and the evidence
sentences are alike (TF-IDF cosine) unless source and target countries both match. Denials
attach to the story they deny. Wire copies and near-duplicates recorded at ingest, and
articles that cite another outlet ("…, according to Harbor Wire"), are reports that depend
on another outlet: they count as articles, not as independent sources.

- ``model``: Report, Story, Rules; ``similarity``: TF-IDF cosine; ``grouping``: reports
  into stories; ``independence``: citations and copies; ``judging``: status and
  conflicts; ``persistence``: reading reports, writing stories; ``corroborator``: the run.
"""

from .corroborator import Corroborator, corroborate
from .model import Report, Rules, Story

__all__ = ["Corroborator", "Report", "Rules", "Story", "corroborate"]
