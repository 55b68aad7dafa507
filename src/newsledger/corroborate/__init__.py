"""Corroboration: group reports of the same happening from different articles into stories,
judge which sources are independent, and mark each story corroborated, single-source,
contested (someone denies it), contradicted (independent reports disagree, or a negation or
refusal stands against them) or unasserted (only rumoured, demanded or refused).

A report is an event of the ledger. It joins a story when the type is the same or related
(lexicons/corroboration.yaml, read by ``newsledger.resources.load_corroboration``), the
countries fit, the dates lie within the window, the places do not differ, and the evidence
sentences are alike (TF-IDF cosine) unless source and target countries both match. Answers
(denials, refusals, negations, speculation, demands) attach to the story they answer and
never count as sources. Wire copies and near-duplicates recorded at ingest, articles that
cite or credit another outlet, and vague media citations are reports that depend on
another: they count as articles, not as independent sources. An outlet's later version is a
revision of its earlier one.

- ``model``: Report, Story, Rules; ``similarity``: TF-IDF cosine; ``grouping``: reports
  into stories; ``independence``: citations and copies; ``judging``: status and
  conflicts; ``persistence``: reading reports, writing stories; ``corroborator``: the run;
  ``headline``: a story's one line; ``check``: an article against the ledger.
"""

from .corroborator import Corroborator, corroborate
from .model import Report, Rules, Story

__all__ = ["Corroborator", "Report", "Rules", "Story", "corroborate"]
