"""The package data files load, validate and cover what the issue asks for; a malformed copy
of any of them raises DataError naming the file and the entry."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import resources

from newsledger.ontology import PLOVER_TYPES
from newsledger.resources import (
    DATA,
    AttributionLexicon,
    CorefLexicon,
    DataError,
    FlagEntry,
    Place,
    QuantityLexicon,
    Resources,
    StatusLexicon,
    load_resources,
)
from newsledger.resources.actors import (
    load_actor_entries,
    load_countries,
    load_publisher_hosts,
    load_sectors,
)
from newsledger.resources.events import load_cameo, load_events
from newsledger.resources.lexicons import (
    load_attribution,
    load_coref,
    load_hedges,
    load_loaded,
    load_places,
    load_quantities,
    load_status,
)


@pytest.fixture(scope="module")
def res() -> Resources:
    return resources()


def test_every_pycountry_country_present(res):
    import pycountry

    assert {c.alpha_3 for c in pycountry.countries} == set(res.countries)


def test_people_cover_forty_countries_with_office_and_date(res):
    countries = {p.country for p in res.people.values() if p.country}
    assert len(countries) >= 40
    for person in res.people.values():
        assert person.office and person.since and person.source, person.id


def test_every_entry_has_a_source(res):
    for entry in (*res.people.values(), *res.organizations.values()):
        assert entry.source, entry.id


def test_every_plover_type_has_triggers(res):
    types = {t.type for ts in res.events.triggers.values() for t in ts}
    assert types == set(PLOVER_TYPES)


def test_cameo_info_uses_root_goldstein(res):
    info = res.cameo_info("057")
    assert info.name == "sign formal agreement" and info.goldstein == 3.5 and info.quad_class == 1


def test_every_lexicon_is_typed_and_resources_are_frozen(res):
    assert isinstance(res.status, StatusLexicon) and "agree" in res.status.governors["agreed"]
    assert isinstance(res.attribution, AttributionLexicon)
    assert isinstance(res.coref, CorefLexicon) and "it" in res.coref.singular
    assert isinstance(res.quantities, QuantityLexicon) and res.quantities.numbers["ten"] == 10
    assert all(isinstance(p, Place) for p in res.places)
    assert all(isinstance(f, FlagEntry) for f in (*res.hedges, *res.loaded))
    assert {"troop", "tonne"} <= res.theme_nouns
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.theme_nouns = frozenset()  # type: ignore[misc]


def _events(data: Path) -> Any:
    return load_events(resources().cameo, resources().sector_labels, data)


def _hosts(data: Path) -> Any:
    res = resources()
    return load_publisher_hosts(lambda actor_id: res.entry(actor_id) is not None, data)


def _places(data: Path) -> Any:
    return load_places(resources().countries, data)


def _people(data: Path) -> Any:
    return load_actor_entries("actors/people.yaml", "people", "person", data)


STATUS = "governors: {agreed: [agree]}\nmodals: {planned: [will]}\n"
STATUS_TAIL = ("\nput_off: {planned: [postpone]}\nconditions: [if]\nreport_nouns: [report]"
               "\nreport_denials: [deny]\nfalsity: [baseless]\ntruth: [truth]")
MALFORMED: list[tuple[str, str, Callable[[Path], Any], str]] = [
    # (file, its malformed text after "version: 1", loader, what the error must say)
    ("lexicons/status.yaml", "modals: {planned: [will]}\nreported_future: []\nnegations: []"
     + STATUS_TAIL, load_status, "lexicons/status.yaml: missing governors"),
    ("lexicons/status.yaml", STATUS.replace("agreed", "maybe")
     + "reported_future: []\nnegations: []" + STATUS_TAIL, load_status,
     "lexicons/status.yaml governors: unknown status 'maybe'"),
    ("lexicons/status.yaml", STATUS + "reported_future: []\nnegations: []"
     + STATUS_TAIL.replace("planned: [postpone]", "postponed: [postpone]"), load_status,
     "lexicons/status.yaml put_off: unknown status 'postponed'"),
    ("lexicons/attribution.yaml", "speech_verbs: say\naccording_cues: []\nvague_sources: []\n"
     "unnamed_officials: []\ndocuments: []\nvague_cues: []\ncarry_over_breaks: []\n"
     "institutions: []\nfinding_verbs: []\nreadout_verbs: []\nnews_act_verbs: []\n"
     "expressed_feelings: []",
     load_attribution, "lexicons/attribution.yaml speech_verbs: expected a list of strings"),
    ("lexicons/coref.yaml", "pronouns: {singular: [it], plural: [they]}\nperson_heads: []\n"
     "descriptions: []\nplural_descriptions: []", load_coref,
     "lexicons/coref.yaml pronouns: missing person"),
    ("lexicons/coref.yaml", "pronouns: {singular: [it], plural: [they], person: [he], "
     "first_singular: [i], first_plural: [we]}\n"
     "person_heads: []\ndescriptions: [{text: the gang, kinds: [mob]}]\n"
     "plural_descriptions: []", load_coref,
     r"lexicons/coref.yaml descriptions entry 0 \(the gang\): unknown actor kind 'mob'"),
    ("lexicons/quantities.yaml", "numbers: {one: uno}\nmultipliers: {}\nunits: {}\n"
     "killed_types: []", load_quantities,
     "lexicons/quantities.yaml numbers one: expected a number, not 'uno'"),
    ("lexicons/quantities.yaml", "numbers: {}\nmultipliers: {}\nunits: {}\n"
     "killed_types: [KILL]", load_quantities,
     "lexicons/quantities.yaml killed_types: unknown PLOVER type 'KILL'"),
    ("lexicons/places.yaml", "places:\n  - {name: Gaza Strip, country: PSE, lat: 131.4, "
     "lon: 34.37}", _places,
     r"lexicons/places.yaml entry 0 \(Gaza Strip\) lat: 131.4 is outside"),
    ("lexicons/places.yaml", "places:\n  - {name: Atlantis, country: ATL, lat: 0, lon: 0}",
     _places, r"lexicons/places.yaml entry 0 \(Atlantis\): unknown country code 'ATL'"),
    ("lexicons/hedges.yaml", "hedges:\n  - {text: reportedly, category: vague-report}\n"
     "  - {text: allegedly}", load_hedges,
     r"lexicons/hedges.yaml entry 1 \(allegedly\): missing category"),
    ("lexicons/loaded.yaml", "loaded: []\nopinion_cues: clearly", load_loaded,
     "lexicons/loaded.yaml opinion_cues: expected a list of strings"),
    ("lexicons/sectors.yaml", "sectors: {XYZ: [thing]}\nlabels: {MIL: military}\n"
     "members: []", load_sectors,
     "lexicons/sectors.yaml sectors: unknown sector \\(not in labels\\) 'XYZ'"),
    ("lexicons/events.yaml", "light_verbs: []\nsaying_light_verbs: []\nobject_control: []\n"
     "joined_demand_types: []\nmutual_types: []\n"
     "mutual_modes: []\nmutual_triggers: []\nmode_sectors: {}\nvisit_cameo: []\n"
     "place_recipient_types: []\nplace_target_types: []\nplace_origin_types: []\n"
     "theme_sector_modes: {}\n"
     "placing_verbs: []\nundergoing_verbs: []\nheadline_passive_verbs: []\n"
     "appraising_verbs: []\nverdict_tellers: []\n"
     "clause_target_types: []\nno_recipient_types: []\n"
     "custody_modes: []\ncustody_holders: []\ncustody_people: []\ntriggers:\n"
     "  - {id: meet-v, lemma: meet, pos: VRB, type: CONSULT, cameo: '040', "
     "frame: symmetric}", _events,
     "lexicons/events.yaml meet-v: pos must be one of"),
    ("lexicons/events.yaml", "light_verbs: []\nsaying_light_verbs: []\nobject_control: []\n"
     "joined_demand_types: []\nmutual_types: []\n"
     "mutual_modes: []\nmutual_triggers: []\nmode_sectors: {troops: ARMY}\nvisit_cameo: []\n"
     "place_recipient_types: []\nplace_target_types: []\nplace_origin_types: []\n"
     "theme_sector_modes: {}\n"
     "placing_verbs: []\nundergoing_verbs: []\nheadline_passive_verbs: []\n"
     "appraising_verbs: []\nverdict_tellers: []\n"
     "clause_target_types: []\nno_recipient_types: []\n"
     "custody_modes: []\ncustody_holders: []\ncustody_people: []\ntriggers: []", _events,
     "lexicons/events.yaml mode_sectors: unknown sector .* 'ARMY'"),
    ("lexicons/events.yaml", "light_verbs: []\nsaying_light_verbs: []\nobject_control: []\n"
     "joined_demand_types: []\nmutual_types: []\n"
     "mutual_modes: []\nmutual_triggers: [swap-v]\nmode_sectors: {}\nvisit_cameo: []\n"
     "place_recipient_types: []\nplace_target_types: []\nplace_origin_types: []\n"
     "theme_sector_modes: {}\n"
     "placing_verbs: []\nundergoing_verbs: []\nheadline_passive_verbs: []\n"
     "appraising_verbs: []\nverdict_tellers: []\n"
     "clause_target_types: []\nno_recipient_types: []\n"
     "custody_modes: []\ncustody_holders: []\ncustody_people: []\ntriggers: []", _events,
     "lexicons/events.yaml mutual_triggers: unknown trigger id swap-v"),
    ("lexicons/events.yaml", "light_verbs: []\nsaying_light_verbs: []\nobject_control: []\n"
     "joined_demand_types: [TALK]\nmutual_types: []\n"
     "mutual_modes: []\nmutual_triggers: []\nmode_sectors: {}\nvisit_cameo: []\n"
     "place_recipient_types: []\nplace_target_types: []\nplace_origin_types: []\n"
     "theme_sector_modes: {}\n"
     "placing_verbs: []\nundergoing_verbs: []\nheadline_passive_verbs: []\n"
     "appraising_verbs: []\nverdict_tellers: []\n"
     "clause_target_types: []\nno_recipient_types: []\n"
     "custody_modes: []\ncustody_holders: []\ncustody_people: []\ntriggers: []", _events,
     "lexicons/events.yaml joined_demand_types: unknown PLOVER type 'TALK'"),
    ("lexicons/events.yaml", "light_verbs: []\nsaying_light_verbs: []\nobject_control: []\n"
     "joined_demand_types: []\nmutual_types: []\n"
     "mutual_modes: []\nmutual_triggers: []\nmode_sectors: {}\nvisit_cameo: []\n"
     "place_recipient_types: []\nplace_target_types: []\nplace_origin_types: []\n"
     "theme_sector_modes: {withdraw: [ARMY]}\n"
     "placing_verbs: []\nundergoing_verbs: []\nheadline_passive_verbs: []\n"
     "appraising_verbs: []\nverdict_tellers: []\n"
     "clause_target_types: []\nno_recipient_types: []\n"
     "custody_modes: []\ncustody_holders: []\ncustody_people: []\ntriggers: []", _events,
     "lexicons/events.yaml theme_sector_modes: unknown sector .* 'ARMY'"),
    ("lexicons/sectors.yaml", "sectors: {PTY: [party]}\nlabels: {PTY: party}\n"
     "members: []\nsides: {side: [both]}", load_sectors,
     "lexicons/sectors.yaml sides: unknown sector noun 'side'"),
    ("lexicons/sectors.yaml", "sectors: {COP: [police]}\nlabels: {COP: police}\n"
     "members: []\nlocal: [ARMY]", load_sectors,
     "lexicons/sectors.yaml local: unknown sector 'ARMY'"),
    ("lexicons/sectors.yaml", "sectors: {LEG: [parliament]}\nlabels: {LEG: legislature}\n"
     "members: []\nscene_bodies: [CONGRESS]", load_sectors,
     "lexicons/sectors.yaml scene_bodies: unknown sector 'CONGRESS'"),
    ("actors/publishers.yaml", "hosts:\n  - {host: example.gov, actor: XYZGOV}", _hosts,
     "actors/publishers.yaml entry 0 \\(example.gov\\): unknown actor 'XYZGOV'"),
    ("actors/countries.yaml", "countries: {XXX: {aliases: [Nowhere]}}", load_countries,
     "actors/countries.yaml: unknown ISO 3166-1 alpha-3 code 'XXX'"),
    ("actors/people.yaml", "people:\n  - {id: x, name: X, country: PAK, sector: GOV, "
     "source: s, nickname: Y}", _people,
     r"actors/people.yaml entry 0 \(x\): unknown field 'nickname'"),
    # a family name written first must be a word of the name
    ("actors/people.yaml", "people:\n  - {id: x, name: Xi Jinping, country: CHN, "
     "sector: GOV, source: s, surname: Hu}", _people,
     r"actors/people.yaml entry 0 \(x\): surname 'Hu' is not a word of the name"),
    ("actors/people.yaml", "people:\n  - {id: x, name: X, country: PAK, sector: GOV, "
     "source: s, until: soon}", _people,
     r"actors/people.yaml entry 0 \(x\): 'soon' is not a date"),
    ("actors/people.yaml", "people:\n  - {id: x, name: X, country: PAK, sector: GOV, "
     "source: s, earlier: [{office: PM, since: 2001-01-01}]}", _people,
     r"actors/people.yaml entry 0 \(x\) earlier 0: missing until"),
]


@pytest.mark.parametrize(("relpath", "body", "load", "message"), MALFORMED,
                         ids=[f"{m[0]}:{i}" for i, m in enumerate(MALFORMED)])
def test_a_malformed_lexicon_names_the_file_and_the_entry(tmp_path, relpath, body, load,
                                                           message):
    path = tmp_path / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    if relpath == "lexicons/sectors.yaml":  # read together with the titles
        shutil.copy(DATA / "lexicons" / "titles.yaml", tmp_path / "lexicons" / "titles.yaml")
    path.write_text(f"version: 1\n{body}\n", encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load(tmp_path)


def test_a_malformed_table_names_the_row(tmp_path):
    (tmp_path / "ontology").mkdir()
    rows = (DATA / "ontology" / "cameo.csv").read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1].replace(",1,", ",one,", 1)
    (tmp_path / "ontology" / "cameo.csv").write_text("\n".join(rows), encoding="utf-8")
    with pytest.raises(DataError, match=r"ontology/cameo.csv row 2 \(01\): invalid literal"):
        load_cameo(tmp_path)


def test_a_wrong_version_is_reported(tmp_path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "hedges.yaml").write_text("version: 2\n")
    with pytest.raises(DataError, match="lexicons/hedges.yaml: expected a mapping"):
        load_hedges(tmp_path)


def test_load_resources_reports_a_status_lexicon_without_governors(tmp_path):
    """Once a bare KeyError deep in the event stage; now an error on load."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    status = data / "lexicons" / "status.yaml"
    text = status.read_text(encoding="utf-8")
    status.write_text(text.replace("governors:", "governers:"), encoding="utf-8")
    with pytest.raises(DataError, match="lexicons/status.yaml: missing governors"):
        load_resources(data)

