"""All package data in one frozen :class:`Resources`, read and checked by
:func:`load_resources` once per process and passed to every stage."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .actors import (
    ActorEntry,
    CountryEntry,
    load_actor_entries,
    load_countries,
    load_publisher_hosts,
    load_sectors,
)
from .events import CameoCode, EventLexicon, load_cameo, load_events, load_plover
from .lexicons import (
    AmbiguousName,
    AttributionLexicon,
    CorefLexicon,
    FlagEntry,
    Place,
    QuantityLexicon,
    StatusLexicon,
    load_ambiguous,
    load_attribution,
    load_coref,
    load_hedges,
    load_loaded,
    load_places,
    load_quantities,
    load_status,
)


@dataclass(frozen=True)
class Resources:
    """All package data, validated. Built by :func:`load_resources`."""

    people: dict[str, ActorEntry]
    organizations: dict[str, ActorEntry]
    countries: dict[str, CountryEntry]
    events: EventLexicon  # triggers by (lemma, word class) and the rules around them
    cameo: dict[str, CameoCode]
    plover: dict[str, dict[str, str]]  # PLOVER type -> its row of ontology/plover.csv
    status: StatusLexicon
    attribution: AttributionLexicon
    hedges: tuple[FlagEntry, ...]
    loaded: tuple[FlagEntry, ...]
    opinion_cues: tuple[str, ...]
    sector_nouns: dict[str, str]
    sector_labels: dict[str, str]
    member_nouns: frozenset[str]
    sector_heads: frozenset[str]  # every word a sector noun can have as its head (below)
    side_words: dict[str, frozenset[str]]  # "all parties" are sides, not political parties
    local_sectors: frozenset[str]  # "police in Spain" are Spain's
    scene_bodies: frozenset[str]  # a bare "Congress" is the scene's legislature
    stateless: frozenset[str]  # "social media" is no country's
    state_body_words: frozenset[str]  # "the Supreme Court of Appeals" is a country's own
    court_seats: frozenset[str]  # "The Hague court" is an international one
    vessels: frozenset[str]  # "a ship in the Gulf of Aden" is not Yemen's
    kin_nouns: frozenset[str]  # "three sons of Hamas leader Ismail Haniyeh": his family
    titles: dict[str, str]
    coref: CorefLexicon
    places: tuple[Place, ...]
    ambiguous: tuple[AmbiguousName, ...]  # place names several countries share
    quantities: QuantityLexicon
    theme_nouns: frozenset[str]  # the lemmas of every quantity unit ("troop", "tonne")
    alpha2_to_3: dict[str, str]
    publisher_hosts: dict[str, str]  # web host -> actor id of the official body it serves

    def entry(self, actor_id: str) -> ActorEntry | None:
        return self.people.get(actor_id) or self.organizations.get(actor_id)

    def cameo_info(self, code: str) -> CameoCode | None:
        """The CAMEO code's name, quad class and Goldstein value (the root's value)."""
        exact = self.cameo.get(code)
        root = self.cameo.get(code[:2])
        if exact is None and root is None:
            return None
        base = exact or root
        assert base is not None and root is not None
        return CameoCode(code, base.name, root.quad_class, root.goldstein)


def load_resources(data: Path | None = None) -> Resources:
    """Read and validate every data file of the package (or of ``data``, a folder laid out
    like the package's ``data/``); a malformed file raises ``DataError`` naming the file and
    the entry."""
    countries, alpha2 = load_countries(data)
    sectors = load_sectors(data)
    cameo = load_cameo(data)
    events = load_events(cameo, sectors.labels, data)
    quantities = load_quantities(data)
    loaded, opinion_cues = load_loaded(data)
    people = load_actor_entries("actors/people.yaml", "people", "person", data)
    organizations = load_actor_entries("actors/organizations.yaml", "organizations", None,
                                       data)

    def known_actor(actor_id: str) -> bool:
        return actor_id in organizations or actor_id in people or (
            actor_id[:3] in countries and actor_id[3:] in sectors.labels)

    return Resources(
        people=people,
        organizations=organizations,
        countries=countries,
        events=events,
        cameo=cameo,
        plover=load_plover(data),
        status=load_status(data),
        attribution=load_attribution(data),
        hedges=load_hedges(data),
        loaded=loaded,
        opinion_cues=opinion_cues,
        sector_nouns=sectors.nouns,
        sector_labels=sectors.labels,
        member_nouns=sectors.members,
        # the last word of "riot police", the first of "secretary of state": a noun whose
        # lemma is none of these, no member noun and no sector word names no sector
        sector_heads=frozenset(
            {key.split()[-1] for key in sectors.nouns}
            | {key.split()[0] for key in sectors.nouns if " of " in key}) | sectors.members,
        side_words=sectors.sides,
        local_sectors=sectors.local,
        scene_bodies=sectors.scene_bodies,
        stateless=sectors.stateless,
        state_body_words=sectors.state_body_words,
        court_seats=sectors.court_seats,
        vessels=sectors.vessels,
        kin_nouns=sectors.kin,
        titles=sectors.titles,
        coref=load_coref(data),
        places=load_places(countries, data),
        ambiguous=load_ambiguous(countries, data),
        quantities=quantities,
        theme_nouns=frozenset(lemma for lemmas in quantities.units.values() for lemma in lemmas),
        alpha2_to_3=alpha2,
        publisher_hosts=load_publisher_hosts(known_actor, data),
    )
