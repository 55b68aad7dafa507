"""A generated ledger of many articles for the list and search benchmark (bench_lists.py):
written straight into the ledger's tables with DuckDB bulk inserts (no NLP), seeded, so
every run builds the same ledger.

Each article is a generated lede ("Pakistan (military) detained 40 protesters in Lahore
on Tuesday, officials said.") followed by 3-6 real paragraphs (Wikinews, CC BY 2.5:
tests/gold/real/long, and examples/), so that its words are those of news; it has 2-6
events between the ledger's actors, 3-8 claims (sentences of its text, attributed and
graded), 4-10 mentions, and the events are grouped into stories of 1-5 reports.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from hashlib import sha256
from pathlib import Path
from typing import Any

import pandas as pd
import pycountry
from bench_ingest import load_examples

from newsledger.model import Analysis, Document, Sentence
from newsledger.ontology import PLOVER_TYPES
from newsledger.store import Ledger
from newsledger.store.tables import written_columns

GENERATOR = 1  # bump when the data changes: cached ledgers of another version are rebuilt
SEED = 16
SECTORS = {"GOV": "government", "MIL": "military", "POL": "police", "JRN": "media",
           "OPP": "opposition", "BUS": "business", "REB": "rebels", "HLH": "health"}
FIRST = ("Amina Omar Li Sergei Maria Ahmed Fatima John Priya Kwame Elena Hassan Yuki Carlos "
         "Nadia Tariq Olga Samuel Leila Imran Sofia David Aisha Pedro Mei").split()
LAST = ("Rahman Haddad Chen Ivanov Silva Khan Okafor Smith Sharma Mensah Petrova Said Tanaka "
        "Gomez Aziz Qureshi Novak Mwangi Farah Malik Rossi Cohen Bello Costa Wang").split()
VERBS = {"ASSAULT": "attacked", "COERCE": "detained", "PROTEST": "protested against",
         "CONSULT": "met", "AGREE": "agreed with", "AID": "sent aid to", "ACCUSE": "accused",
         "THREATEN": "threatened", "MOBILIZE": "deployed troops near", "SANCTION":
         "imposed sanctions on", "REQUEST": "urged", "SUPPORT": "praised"}
CUES = (("officials said", "reported-speech", "B", "named-institution"),
        ("according to a statement", "according-to", "A", "official-document"),
        ("sources said", "reported-speech", "D", "unnamed-official"),
        ("reports said", "according-to", "E", "vague-source"),
        ("the ministry said", "reported-speech", "B", "named-institution"),
        ("", "unattributed", "C", "no-source"))
STATUSES = ("occurred",) * 6 + ("planned", "agreed", "denied", "ongoing", "speculative")
STORY_STATUSES = ("single-source",) * 5 + ("corroborated",) * 3 + (
    "contested", "contradicted", "unasserted")
CITIES = ("Lahore Karachi Kabul Gaza Kyiv Belgrade Khartoum Nairobi Lagos Dhaka Manila Lima "
          "Caracas Tehran Baghdad Damascus Tripoli Mogadishu Yangon Bogota Quito").split()
OUTLETS = [f"{a} {b}" for a in ("Harbor", "Northern", "Daily", "Meridian", "Capital",
                                "Frontier", "Coastal", "Evening")
           for b in ("Gazette", "Wire", "Post", "Observer", "Times")]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def actors_table(rng: random.Random) -> list[dict[str, Any]]:
    """Countries (ISO3), their sectors (PAKMIL), and people holding an office in them."""
    rows = []
    countries = [c for c in pycountry.countries if len(c.name) < 30][:200]
    for c in countries:
        rows.append(dict(actor_id=c.alpha_3, name=c.name, kind="country", country=c.alpha_3,
                         sector=None, cameo_code=c.alpha_3, office=None, since=None,
                         source=None, aliases=json.dumps([c.name, c.alpha_3])))
        for code, word in SECTORS.items():
            rows.append(dict(actor_id=c.alpha_3 + code, name=f"{c.name} ({word})",
                             kind="organization", country=c.alpha_3, sector=code,
                             cameo_code=c.alpha_3 + code, office=None, since=None,
                             source=None, aliases="[]"))
    for i in range(800):
        country = rng.choice(countries).alpha_3
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        rows.append(dict(actor_id=f"p-{i:04d}", name=name, kind="person", country=country,
                         sector="GOV", cameo_code=country + "GOV", office="minister",
                         since="2020", source="generated", aliases=json.dumps([name])))
    return rows


def starts_of(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence: split at . ! ? and at paragraph breaks."""
    out, offset = [], 0
    for paragraph, block in enumerate(text.split("\n\n")):
        position = 0
        for piece in SENTENCE_END.split(block):
            at = block.index(piece, position)
            out.append((offset + at, offset + at + len(piece), paragraph))
            position = at + len(piece)
        offset += len(block) + 2
    return out


def frame(table: type, rows: dict[str, list[Any]]) -> pd.DataFrame:
    """Columns of one table as a DataFrame in the table's order (missing ones empty)."""
    n = len(next(iter(rows.values())))
    cols = written_columns(table)
    unknown = set(rows) - set(cols)
    if unknown:
        raise ValueError(f"{table.TABLE}: no columns {sorted(unknown)}")
    return pd.DataFrame({c: rows.get(c, [None] * n) for c in cols})


def generate(path: Path, n: int, seed: int = SEED) -> dict[str, int]:
    """Write a ledger of ``n`` articles at ``path`` (a new file); the row counts."""
    from newsledger.store import tables as t
    from newsledger.store.story_detail import write_details

    rng = random.Random(seed)
    examples = [e for e in load_examples() if e[1]]
    paragraphs = [p for _, ps in examples for p in ps]
    actors = actors_table(rng)
    cameo = {row["type"]: row for row in _plover()}
    start = dt.date(2024, 1, 1)
    stamp = dt.datetime(2026, 1, 1)
    cols: dict[str, dict[str, list[Any]]] = {name: {} for name in (
        "documents", "events", "claims", "attributions", "mentions", "story_reports")}

    def add(table: str, **values: Any) -> None:
        for key, value in values.items():
            cols[table].setdefault(key, []).append(value)

    stories: list[dict[str, Any]] = []
    open_stories: list[dict[str, Any]] = []
    for i in range(n):
        date = start + dt.timedelta(days=rng.randrange(730))
        src, tgt = rng.sample(actors, 2)
        kind = rng.choice(list(VERBS))
        city = rng.choice(CITIES)
        count = rng.randint(2, 400)
        cue = rng.choice(CUES)
        lede = (f"{src['name']} {VERBS[kind]} {tgt['name']} in {city} on "
                f"{date.strftime('%A')}, leaving {count} people affected"
                + (f", {cue[0]}." if cue[0] else "."))
        title = f"{src['name']} {VERBS[kind]} {tgt['name']} in {city} ({i})"
        body = "\n\n".join([lede, *rng.sample(paragraphs, rng.randint(3, 6))])
        text = f"{title}\n\n{body}"
        doc_id = sha256(text.encode()).hexdigest()
        outlet = rng.choice(OUTLETS)
        spans = starts_of(text)
        doc = Document(id=doc_id[:16], text=text, title=title, date=date.isoformat(),
                       outlet=outlet, url=f"https://news.example/{i}", language="en")
        sentences = [Sentence(k, s, e, p, heading=k == 0) for k, (s, e, p) in enumerate(spans)]
        analysis = Analysis(document=doc, sentences=sentences).to_dict()
        add("documents", doc_id=doc.id, content_hash=doc_id, title=title, date=date,
            outlet=outlet, url=doc.url, path=None, text=text, n_chars=len(text),
            ingested_at=stamp + dt.timedelta(seconds=i), analysis=json.dumps(analysis),
            minhash=None, encoding="utf-8", encoding_how="given", language="en")
        for k in range(rng.randint(3, 8)):
            s = min(k + 1, len(spans) - 1)
            claim_uid = f"{doc.id}:c{k + 1}"
            how = CUES[k % len(CUES)] if k else cue
            speaker = rng.choice(actors) if how[1] != "unattributed" else None
            add("claims", claim_uid=claim_uid, doc_id=doc.id, claim_id=f"c{k + 1}",
                text=text[spans[s][0]:spans[s][1]], start_char=spans[s][0],
                end_char=spans[s][1], sentence=s, sourcing_grade=how[2], opinion=False,
                hedged=k % 5 == 4, loaded=k % 7 == 6, events="[]",
                why=json.dumps([f"attr:speech-verb({how[0].split()[-1] if how[0] else ''})",
                                f"grade:{how[2]}({how[3]})"]))
            add("attributions", claim_uid=claim_uid,
                source_actor=speaker["actor_id"] if speaker else None,
                source_text=how[0].rsplit(" ", 1)[0] if how[0] else None, cue=how[0] or None,
                type=how[1], start_char=None, end_char=None,
                source_country=speaker["country"] if speaker else None)
        for k in range(rng.randint(4, 10)):
            who = (src, tgt)[k] if k < 2 else rng.choice(actors)
            add("mentions", doc_id=doc.id, actor_id=who["actor_id"], start_char=0,
                end_char=len(who["name"]), text=who["name"], sentence=min(k, len(spans) - 1),
                why="generated")
        for k in range(rng.randint(2, 6)):
            etype = kind if k == 0 else rng.choice(list(VERBS))
            a, b = (src, tgt) if k == 0 else rng.sample(actors, 2)
            info = cameo[etype] if etype in cameo else cameo["CONSULT"]
            uid = f"{doc.id}:e{k + 1}"
            s = min(k + 1, len(spans) - 1)
            add("events", event_uid=uid, doc_id=doc.id, event_id=f"e{k + 1}",
                plover_type=etype, plover_mode=None, cameo=info["cameo_root"],
                cameo_name=etype.lower(), goldstein=float(info["plover_score"]),
                quad_class=int(info["quad_class"]), source_actor=a["actor_id"],
                source_code=a["cameo_code"], source_country=a["country"],
                target_actor=b["actor_id"], target_code=b["cameo_code"],
                target_country=b["country"], status=rng.choice(STATUSES), negated=False,
                location_name=city, location_country=a["country"], lat=None, lon=None,
                event_date=date, date_precision="day", date_text=date.strftime("%A"),
                quantity=float(count) if k == 0 else None,
                quantity_unit="people" if k == 0 else None, sentence=s, paragraph=spans[s][2],
                evidence=text[spans[s][0]:spans[s][1]][:300], evidence_start=spans[s][0],
                evidence_end=spans[s][1], trigger=VERBS[etype].split()[0],
                claim_uid=f"{doc.id}:c1", sourcing_grade=cue[2], why='["generated"]')
            if k == 0:  # the first event of an article reports a story
                if open_stories and rng.random() < 0.6:
                    story = rng.choice(open_stories)
                else:
                    story = dict(story_id=f"s{len(stories):010x}", plover_type=etype,
                                 types=json.dumps([etype]),
                                 source_countries=json.dumps([a["country"]]),
                                 target_countries=json.dumps([b["country"]]),
                                 location_country=a["country"], date_start=date, date_end=date,
                                 quantity=float(count), status=rng.choice(STORY_STATUSES),
                                 independent_sources=0, n_reports=0, n_articles=0,
                                 n_outlets=0, updated_at=stamp,
                                 headline=f"{a['name']} {VERBS[etype]} {b['name']}: {date}")
                    stories.append(story)
                    open_stories.append(story)
                story["n_reports"] += 1
                story["n_articles"] += 1
                story["n_outlets"] += 1
                story["independent_sources"] += 1
                if story["n_reports"] >= rng.randint(1, 5):
                    open_stories.remove(story)
                add("story_reports", story_id=story["story_id"], event_uid=uid, doc_id=doc.id,
                    outlet=outlet, kind="report", independent=True, depends_on=None,
                    claim_uid=f"{doc.id}:c1", sourcing_grade=cue[2])
    path.unlink(missing_ok=True)
    counts = {}
    with Ledger(path) as ledger:
        ledger.con.execute("SET enable_progress_bar = false")
        ledger.con.execute("BEGIN TRANSACTION")
        data = {"documents": (t.DocumentRow, cols["documents"]),
                "actors": (t.ActorRow, {k: [r[k] for r in actors] for k in actors[0]}),
                "outlets": (t.OutletRow, {"name": OUTLETS, "first_seen": [stamp] * len(OUTLETS)}),
                "mentions": (t.MentionRow, cols["mentions"]),
                "events": (t.EventRow, cols["events"]), "claims": (t.ClaimRow, cols["claims"]),
                "attributions": (t.AttributionRow, cols["attributions"]),
                "stories": (t.StoryRow, {k: [s[k] for s in stories] for k in stories[0]}),
                "story_reports": (t.StoryReportRow, cols["story_reports"])}
        for name, (table, rows) in data.items():
            incoming = frame(table, rows)
            ledger.con.register("incoming", incoming)
            names = ", ".join(f'"{c}"' for c in incoming.columns)
            ledger.con.execute(f"INSERT INTO {name} ({names}) SELECT {names} FROM incoming")
            ledger.con.unregister("incoming")
            counts[name] = len(incoming)
        write_details(ledger.con)  # stories.detail, as corroborate writes it
        ledger.con.execute("COMMIT")
        ledger.con.execute("CHECKPOINT")
    return counts


def _plover() -> list[dict[str, str]]:
    import csv
    from importlib.resources import files

    text = files("newsledger").joinpath("data/ontology/plover.csv").read_text("utf-8")
    return [row for row in csv.DictReader(text.splitlines()) if row["type"] in PLOVER_TYPES]

