"""The package data files load, validate and cover what the issue asks for."""

from __future__ import annotations

import pytest

from newsledger import resources
from newsledger.resources import DataError, load_resources


@pytest.fixture(scope="module")
def res():
    return load_resources()


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
    types = {t.type for ts in res.triggers.values() for t in ts}
    assert types == set(resources.PLOVER_TYPES)


def test_cameo_info_uses_root_goldstein(res):
    info = res.cameo_info("057")
    assert info.name == "sign formal agreement" and info.goldstein == 3.5 and info.quad_class == 1


def test_malformed_data_file_is_reported(tmp_path, monkeypatch):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "hedges.yaml").write_text("version: 2\n")
    monkeypatch.setattr(resources, "DATA", tmp_path)
    with pytest.raises(DataError, match="lexicons/hedges.yaml"):
        resources.load_yaml("lexicons/hedges.yaml")
