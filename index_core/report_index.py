"""One report's lists as typed, read-only queries (see `index_core.index` for the whole index).

Every answer carries a Certainty so the answer layer cannot state more than the data says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from index_core.model import (
    Certainty,
    City,
    Comparison,
    CountryResult,
    ListInfo,
    Placement,
    PositionResult,
    Source,
    Statement,
    TopResult,
)
from index_core.sources import RefError, parse_ref

if TYPE_CHECKING:
    from index_core.index import Index


class ReportIndex:
    """Queries over one report's published lists.

    Results are immutable, so each is computed once per argument and then served from a memo
    (bounded by lists x cities): a repeated question costs a dictionary lookup.
    """

    def __init__(self, doc: Mapping[str, Any], index: Index) -> None:
        self.id: str = doc["id"]
        self.meta: Mapping[str, Any] = MappingProxyType(doc["meta"])
        self._index = index
        self._evaluated: int = doc["meta"]["cities_evaluated"]
        self._lists: dict[str, ListInfo] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._rank: dict[str, dict[str, int]] = {}  # list → city → rank (0 = unordered member)
        self._by_country: dict[str, dict[str, list[int]]] = {}  # list → country → member positions
        self._counts: dict[str, Any] = {}
        for item in doc["lists"]:
            info = ListInfo(id=item["id"], names=item["names"], ordered=item["ordered"],
                            published=item["published"], complete=item["complete"],
                            unnamed=tuple((code, n) for code, n in item["unnamed"]),
                            composition=tuple(sorted(item["composition"].items())), source=item["source"])
            lid = info.id
            members = self._members[lid] = tuple(item["members"])
            self._lists[lid] = info
            self._rank[lid] = (dict(zip(members, range(1, len(members) + 1), strict=True)) if info.ordered
                               else dict.fromkeys(members, 0))
            self._by_country[lid] = item["by_country"]
            self._counts[lid] = item["counts"]
        self._mentioned = frozenset(doc["cities"])
        self._statements = tuple(Statement(id=s["id"], topic=s["topic"], texts=s["texts"], source=s["source"])
                                 for s in doc["statements"])
        articles = doc["meta"].get("articles") or {}
        self._sources = {key: Source(id=key, names=names, title=(articles.get(key) or {}).get("title"),
                                     url=(articles.get(key) or {}).get("url"),
                                     language=(articles.get(key) or {}).get("language", "en"),
                                     paragraphs=tuple(int(n) for n in (articles.get(key) or {}).get("paragraphs", {})))
                         for key, names in doc["meta"]["sources"].items()}
        self._paragraphs: dict[str, dict[str, dict[str, str]]] = {
            key: (article or {}).get("paragraphs", {}) for key, article in articles.items()}
        self._placements: dict[tuple[str, str], Placement] = {}
        self._profiles: dict[str, tuple[Placement, ...]] = {}
        self._places: dict[tuple[str, frozenset[str]], CountryResult] = {}

    # --- lists ---------------------------------------------------------------------------
    @property
    def lists(self) -> tuple[ListInfo, ...]:
        return tuple(self._lists.values())

    def list(self, list_id: str) -> ListInfo:
        return self._lists[list_id]

    def has_list(self, list_id: str) -> bool:
        return list_id in self._lists

    def members(self, list_id: str) -> tuple[City, ...]:
        """Named members, in rank order for ordered lists."""
        city = self._index.city
        return tuple(city(c) for c in self._members[list_id])

    # --- one city --------------------------------------------------------------------------
    def placement(self, list_id: str, city_id: str) -> Placement:
        """Where a report city stands in a list, with its certainty."""
        found = self._placements.get((list_id, city_id))
        if found is None:
            info = self._lists[list_id]
            city = self._index.city(city_id)
            rank = self._rank[list_id].get(city_id)
            if rank is None:
                found = self._outside_or_unknown(info, city, city.country)
            elif info.ordered:
                found = Placement(info, city, Certainty.EXACT, rank)
            else:
                found = Placement(info, city, Certainty.MEMBER)
            self._placements[(list_id, city_id)] = found
        return found

    def placement_by_country(self, list_id: str, country: str | None) -> Placement:
        """Where a city that the report does not name stands, knowing only its country."""
        return self._outside_or_unknown(self._lists[list_id], None, country)

    def _outside_or_unknown(self, info: ListInfo, city: City | None, country: str | None) -> Placement:
        if info.ordered:
            return Placement(info, city, Certainty.OUTSIDE, reason="beyond-published")
        if info.complete:
            return Placement(info, city, Certainty.OUTSIDE, reason="not-member")
        if info.composition:
            open_slots = dict(info.unnamed).get(country or "", 0)
            if open_slots:
                return Placement(info, city, Certainty.UNKNOWN, reason="unnamed-slot")
            if country is None:
                return Placement(info, city, Certainty.UNKNOWN, reason="no-country")
            return Placement(info, city, Certainty.OUTSIDE, reason="composition")
        return Placement(info, city, Certainty.UNKNOWN, reason="incomplete")

    def profile(self, city_id: str) -> tuple[Placement, ...]:
        """The city in every list of the report, in the report's list order."""
        found = self._profiles.get(city_id)
        if found is None:
            found = self._profiles[city_id] = tuple(self.placement(lid, city_id) for lid in self._lists)
        return found

    def mentions(self, city_id: str) -> bool:
        """Whether any published list names the city."""
        return city_id in self._mentioned

    def neighbours(self, list_id: str, city_id: str) -> tuple[City | None, City | None]:
        """The cities just above and just below in an ordered list (None at the ends or if absent)."""
        info = self._lists.get(list_id)
        rank = self._rank[list_id].get(city_id) if info and info.ordered else None
        if not rank:
            return None, None
        members = self._members[list_id]
        above = self._index.city(members[rank - 2]) if rank > 1 else None
        below = self._index.city(members[rank]) if rank < len(members) else None
        return above, below

    # --- positions ---------------------------------------------------------------------------
    def top(self, list_id: str, n: int | None = None) -> TopResult:
        """The first n of a list as published (all of it when n is None)."""
        info = self._lists[list_id]
        members = self._members[list_id]
        city = self._index.city
        if info.ordered:
            want = len(members) if n is None else max(n, 0)
            entries = tuple((i, city(c)) for i, c in enumerate(members[:want], 1))
            return TopResult(info, want, entries, truncated=want > len(members))
        entries = tuple((0, city(c)) for c in members)
        want = n if n is not None else info.published or len(members)
        return TopResult(info, want, entries, truncated=False)

    def at(self, list_id: str, position: int) -> PositionResult:
        """The city at a position, when published. `reason` says why not: "beyond-published",
        "unordered" (a group has no positions) or "out-of-range" (below 1 or past the cities evaluated)."""
        info = self._lists[list_id]
        members = self._members[list_id]
        if not 1 <= position <= max(self._evaluated, len(members)):
            return PositionResult(info, position, None, Certainty.UNKNOWN, reason="out-of-range")
        if not info.ordered:
            return PositionResult(info, position, None, Certainty.UNKNOWN, reason="unordered")
        if position <= len(members):
            return PositionResult(info, position, self._index.city(members[position - 1]), Certainty.EXACT)
        return PositionResult(info, position, None, Certainty.UNKNOWN, reason="beyond-published")

    def compare(self, list_id: str, city_ids: Iterable[str]) -> Comparison:
        """Several cities in one list; `ahead` only when the data orders them."""
        placements = tuple(self.placement(list_id, c) for c in city_ids)
        return Comparison(self._lists[list_id], placements, _ahead(placements))

    # --- countries and regions -------------------------------------------------------------
    def in_country(self, list_id: str, country: str) -> CountryResult:
        return self._in_place(list_id, frozenset((country,)))

    def in_region(self, list_id: str, region: str) -> CountryResult:
        return self._in_place(list_id, frozenset(self._index.countries_in_region(region)))

    def _in_place(self, list_id: str, countries: frozenset[str]) -> CountryResult:
        found = self._places.get((list_id, countries))
        if found is None:
            info = self._lists[list_id]
            rank, members, city = self._rank[list_id], self._members[list_id], self._index.city
            by_country = self._by_country[list_id]
            positions = sorted(i for code in countries for i in by_country.get(code, ()))
            named = tuple((rank[members[i]], city(members[i])) for i in positions)
            unnamed = sum(n for code, n in info.unnamed if code in countries)
            known = info.ordered or info.complete or bool(info.composition)
            found = CountryResult(info, named, unnamed, Certainty.EXACT if known else Certainty.UNKNOWN)
            self._places[(list_id, countries)] = found
        return found

    def country_counts(self, list_id: str) -> Mapping[str, int]:
        """Named members per country (precomputed)."""
        return MappingProxyType(self._counts[list_id]["country"])

    def region_counts(self, list_id: str) -> Mapping[str, int]:
        """Named members per region (precomputed)."""
        return MappingProxyType(self._counts[list_id]["region"])

    # --- statements ----------------------------------------------------------------------------
    def statements(self, topic: str | None = None) -> tuple[Statement, ...]:
        return tuple(s for s in self._statements if topic is None or s.topic == topic)

    # --- sources --------------------------------------------------------------------------------
    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(self._sources.values())

    def source(self, ref: str) -> Source | None:
        """The source a reference cites ("xinhua ¶4" → the Xinhua article), None if unknown."""
        try:
            key, _numbers = parse_ref(ref)
        except RefError:
            return None
        return self._sources.get(key)

    def source_passages(self, ref: str) -> list[tuple[int, dict[str, str]]]:
        """The paragraphs a reference points at, as (number, {language: text}): "xinhua ¶4" → [(4, {...})].
        A reference to a whole source ("xinhua") gives all its paragraphs the data holds; a source
        without paragraph text (a citation only), or an unknown reference, gives []."""
        try:
            key, numbers = parse_ref(ref)
        except RefError:
            return []
        held = self._paragraphs.get(key) or {}
        wanted = numbers or tuple(int(n) for n in held)
        return [(n, dict(held[str(n)])) for n in wanted if str(n) in held]

    def cited(self, refs: Iterable[str]) -> list[tuple[Source, list[tuple[int, dict[str, str]]]]]:
        """The sources ``refs`` cite, in the order first cited, each with its cited paragraphs (once
        each, in order): what `citybot ask --why` and the Source button show. Unknown refs are skipped."""
        by_source: dict[str, tuple[Source, list[tuple[int, dict[str, str]]]]] = {}
        for ref in refs:
            found = self.source(ref)
            if found is None:
                continue
            passages = by_source.setdefault(found.id, (found, []))[1]
            passages.extend(p for p in self.source_passages(ref) if p not in passages)
        return list(by_source.values())


_MEMBER_OF_TOP, _OUTSIDE_TOP = 1_000_000.0, 2_000_000.0  # sort keys: inside / outside a top-N


def _ahead(placements: tuple[Placement, ...]) -> City | None:
    """The best-placed city, when the certainties allow an order: exact ranks order themselves; a
    member of a top-N group (order unknown) is ahead of a city known to be outside it."""
    if not placements:
        return None
    info = placements[0].list
    keys = []
    for p in placements:
        if p.certainty is Certainty.EXACT:
            keys.append(float(p.rank or 0))
        elif p.certainty is Certainty.MEMBER and info.published:
            keys.append(_MEMBER_OF_TOP)
        elif p.certainty is Certainty.OUTSIDE and (info.ordered or info.published):
            keys.append(_OUTSIDE_TOP)
        else:
            return None
    best = min(keys)
    if keys.count(best) > 1:
        return None
    return placements[keys.index(best)].city
