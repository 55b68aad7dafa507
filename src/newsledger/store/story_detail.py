"""``stories.detail``: what a story shows besides its own columns, kept beside it.

A story's reports, answers and conflicts come from ``story_reports``, ``events``,
``claims``, ``documents``, ``attributions``, ``actors`` and ``story_conflicts``; joining
them for a page of stories scans those tables in full (about 80 ms on 100,000 articles,
whatever the page). So the corroboration step writes them into the story's own row, as
JSON, in the transaction that writes the story (``corroborate/persistence.py``), and
migration 6 fills it for older ledgers; a page of stories is then one read of its rows.
Nothing it copies changes once written (articles, events, claims and actors are only
added; a story is rewritten whenever its reports change), so it stays equal to a recount.

The JSON: ``{"reports": [...], "answers": [...], "conflicts": [...]}``, each a list of
rows (JSON arrays) in display order:

- reports (story_reports of kind report or copy*): doc_id, outlet, event_id, claim_id,
  sourcing_grade, independent, depends_on, kind, text (the event's evidence, '' for a
  copy), date (YYYY-MM-DD of the article), title, url, sentence (index in the article);
  by date (undated last), kind, outlet, doc_id, event number;
- answers (every other kind: denial, refusal, …): kind, doc_id, outlet, event_id,
  status, evidence, date, who (the cited source's name or words), who_country, sentence;
  by date, doc_id, event number;
- conflicts: field, values (JSON), evidence (JSON); by field.
"""

from __future__ import annotations

import duckdb

REPORTS = """
SELECT r.story_id, to_json(list(json_array(
           r.doc_id, r.outlet, e.event_id, c.claim_id, r.sourcing_grade, r.independent,
           r.depends_on, r.kind, coalesce(e.evidence, ''), d.date, d.title, d.url,
           e.sentence)
       ORDER BY d.date NULLS LAST, r.kind, r.outlet NULLS LAST, r.doc_id, e.event_num))
       AS rows
FROM story_reports r LEFT JOIN events e USING (event_uid)
LEFT JOIN claims c ON c.claim_uid = r.claim_uid
LEFT JOIN documents d ON d.doc_id = r.doc_id
WHERE (r.kind = 'report' OR r.kind LIKE 'copy%') AND {where}
GROUP BY r.story_id"""

ANSWERS = """
SELECT r.story_id, to_json(list(json_array(
           r.kind, r.doc_id, r.outlet, e.event_id, e.status, e.evidence, d.date,
           coalesce(sa.name, a.source_text), coalesce(a.source_country, sa.country),
           e.sentence)
       ORDER BY d.date NULLS LAST, r.doc_id, e.event_num)) AS rows
FROM story_reports r JOIN events e USING (event_uid)
LEFT JOIN documents d ON d.doc_id = r.doc_id
LEFT JOIN attributions a ON a.claim_uid = e.claim_uid
LEFT JOIN actors sa ON sa.actor_id = a.source_actor
WHERE r.kind <> 'report' AND r.kind NOT LIKE 'copy%' AND {where}
GROUP BY r.story_id"""

CONFLICTS = """
SELECT r.story_id, to_json(list(json_array(r.field, r."values", r.evidence)
                                ORDER BY r.field)) AS rows
FROM story_conflicts r WHERE {where} GROUP BY r.story_id"""

DETAIL_SQL = """
UPDATE stories SET detail = x.detail FROM (
    SELECT s.story_id, json_object('reports', coalesce(rep.rows, '[]'::JSON),
                                   'answers', coalesce(ans.rows, '[]'::JSON),
                                   'conflicts', coalesce(con.rows, '[]'::JSON)) AS detail
    FROM stories s LEFT JOIN ({reports}) rep USING (story_id)
    LEFT JOIN ({answers}) ans USING (story_id)
    LEFT JOIN ({conflicts}) con USING (story_id)
    WHERE {story_where}) x
WHERE stories.story_id = x.story_id"""


# Stories whose detail one statement writes. Its working memory grows with the number of
# stories: on the 2,000-article ingest bench (8,476 new stories at once) one statement for
# all of them held 174 MB at its peak with one ``?`` per id, 99 MB with the ids as one
# list, 60 MB in statements of 1,000 (fifth bench run, docs/benchmarks.md).
CHUNK = 1000


def detail_sql(ids: bool = False) -> str:
    """The statement that writes ``stories.detail``: of every story, or (``ids``) of the
    stories whose ids are given as the list parameter ``$ids`` (VARCHAR[])."""
    if ids:
        where = "r.story_id IN (SELECT unnest($ids::VARCHAR[]))"
        story_where = "s.story_id IN (SELECT unnest($ids::VARCHAR[]))"
    else:
        where = story_where = "TRUE"
    return DETAIL_SQL.format(reports=REPORTS.format(where=where),
                             answers=ANSWERS.format(where=where),
                             conflicts=CONFLICTS.format(where=where),
                             story_where=story_where)


def write_details(con: duckdb.DuckDBPyConnection, story_ids: list[str] | None = None
                  ) -> None:
    """Recount ``stories.detail`` of these stories (of all with None) from the tables it
    copies, ``CHUNK`` stories a statement; call it in the transaction that wrote their
    reports and conflicts."""
    if story_ids is None:
        con.execute(detail_sql())
        return
    for start in range(0, len(story_ids), CHUNK):
        con.execute(detail_sql(ids=True), {"ids": story_ids[start:start + CHUNK]})
