"""The runtime index: typed, immutable, read-only queries over a built index document.

No pandas here: the document was prepared by `index_core.build` (see its docstring for the layout).
Every answer carries a Certainty so the answer layer cannot state more than the data says.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import Any

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
from index_core.text import learn_chinese

GAZ_BLOCK = 4096  # characters of gazetteer records per sparse-index entry


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


class Index:
    """Every report, the cities, the place names and the folded gazetteer."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.key: str = doc.get("key", "")
        self.data_dir: str = doc.get("data_dir", "")
        self.built: str = doc.get("built", "")
        self.chinese: Mapping[str, str] = MappingProxyType(doc["chinese"])
        learn_chinese(self.chinese["t2s"])
        cities = doc["cities"]  # a column table: id, country, names per language
        self._city_ids: tuple[str, ...] = tuple(cities["id"])
        self._city_pos: dict[str, int] = {cid: i for i, cid in enumerate(self._city_ids)}
        self._city_country: list[str] = cities["country"]
        self._city_names: dict[str, list[str | None]] = cities["names"]
        self._city_cache: dict[str, City] = {}
        self.aliases: Mapping[str, str] = MappingProxyType(doc["aliases"])
        self.outside_mainland: frozenset[str] = frozenset(doc.get("outside_mainland", ()))  # e.g. Hong Kong
        self.place_names: Mapping[str, Mapping[str, str]] = MappingProxyType(doc["place_names"])
        self._countries: dict[str, Any] = doc["countries"]
        self._regions: dict[str, Any] = doc["regions"]
        self.reports: Mapping[str, ReportIndex] = MappingProxyType(
            {r["id"]: ReportIndex(r, self) for r in doc["reports"]})
        self.default: ReportIndex = self.reports[doc["default_report"]]
        self._gazetteer_raw: dict[str, Any] = doc.get("gazetteer") or {"cities": "", "countries": {}}
        self.has_gazetteer: bool = bool(self._gazetteer_raw["cities"])
        self.language: Mapping[str, Any] = MappingProxyType(doc.get("language", {}))
        self.wording: Mapping[str, Any] = MappingProxyType(doc.get("wording", {}))

    # --- cities --------------------------------------------------------------------------
    def city(self, city_id: str) -> City:
        city = self._city_cache.get(city_id)
        if city is None:
            i = self._city_pos[city_id]
            names = {lang: column[i] for lang, column in self._city_names.items() if column[i]}
            city = self._city_cache[city_id] = City(city_id, names, self._city_country[i])
        return city

    def city_ids(self) -> tuple[str, ...]:
        return self._city_ids

    def has_city(self, city_id: str) -> bool:
        return city_id in self._city_pos

    def city_by_name(self, folded: str) -> City | None:
        """A report city by an exact folded name or alias."""
        cid = self.aliases.get(folded)
        return self.city(cid) if cid else None

    # --- places --------------------------------------------------------------------------
    def country_name(self, code: str, lang: str = "en") -> str:
        names = self._countries.get(code, {}).get("names") or {"en": self.world_country_name(code)}
        return names.get(lang) or names["en"]

    def place_adjective(self, kind: str, key: str, lang: str = "en") -> str | None:
        """"Chinese", "Asian": the adjective for a country or region, when the data gives one."""
        table = self._regions if kind == "region" else self._countries
        names = (table.get(key) or {}).get("adjective")
        return (names.get(lang) or names["en"]) if names else None

    def region_of(self, code: str) -> str | None:
        return self._countries.get(code, {}).get("region")

    def region_name(self, region: str, lang: str = "en") -> str:
        names = self._regions[region]["names"]
        return names.get(lang) or names["en"]

    def countries_in_region(self, region: str) -> tuple[str, ...]:
        return tuple(code for code, c in self._countries.items() if c["region"] == region)

    def place(self, folded: str) -> tuple[str, str] | None:
        """("country", code) or ("region", id) for a folded place name or demonym."""
        hit = self.place_names.get(folded)
        return (hit["kind"], hit["id"]) if hit else None

    # --- the gazetteer (real cities the reports do not name) -------------------------------------
    @cached_property
    def _gazetteer_blocks(self) -> tuple[str, list[str], list[int]]:
        """A sparse index into the gazetteer string: the first key of every ~4 KB block of records.

        The records (`key|name|CC`, joined by `~`) are sorted by key, so a lookup bisects the block
        keys and searches one block: a few microseconds, and no table of 45,000 names in memory.
        """
        raw = self._gazetteer_raw["cities"]
        keys: list[str] = []
        offsets: list[int] = []
        pos = 0
        while 0 <= pos < len(raw):
            keys.append(raw[pos:raw.find("|", pos)])
            offsets.append(pos)
            nxt = raw.find("~", pos + GAZ_BLOCK)
            pos = nxt + 1 if nxt >= 0 else -1
        return raw, keys, offsets

    def world_city(self, folded: str, *, word_ok: bool = True) -> tuple[str, str] | None:
        """(name, country code) of a real city by exact folded name, if the gazetteer knows it.
        `word_ok=False` leaves out cities whose name is also an English word ("reading", "nice")."""
        if not folded or "|" in folded or "~" in folded:
            return None
        raw, keys, offsets = self._gazetteer_blocks
        i = bisect_right(keys, folded) - 1
        if i < 0:
            return None
        start = offsets[i]
        end = offsets[i + 1] if i + 1 < len(offsets) else len(raw)
        if raw.startswith(folded + "|", start):  # the block's first record
            at = start
        else:  # searched in place: no copy of the block
            at = raw.find("~" + folded + "|", start, end)
            if at < 0:
                return None
            at += 1
        stop = raw.find("~", at)
        _key, name, country, *word = raw[at:stop if stop >= 0 else len(raw)].split("|")
        if word and not word_ok:
            return None
        return name, country

    def world_name_starts(self, word: str) -> bool:
        """Whether a gazetteer city or a world country is called `word` or `word ...` (exact words)."""
        if not word or "|" in word or "~" in word:
            return False
        if word in self._world_country_words:
            return True
        raw, keys, offsets = self._gazetteer_blocks
        if not keys:
            return False
        i = max(bisect_right(keys, word) - 1, 0)
        spaced = word + " "
        if keys[i] == word or keys[i].startswith(spaced):
            return True
        start = offsets[i]
        end = offsets[i + 1] if i + 1 < len(offsets) else len(raw)
        if raw.find("~" + word + "|", start, end) >= 0 or raw.find("~" + spaced, start, end) >= 0:
            return True
        # keys sort "word" < "word ..." < anything else after "word", so a "word ..." key that is not in
        # this block is the next block's first key
        return i + 1 < len(keys) and keys[i + 1].startswith(spaced)

    @cached_property
    def _world_country_words(self) -> frozenset[str]:
        """The first word of every world country's folded name."""
        return frozenset(name.split()[0] for name in self._gazetteer_raw["countries"] if name)

    @cached_property
    def world_cjk_prefixes(self) -> frozenset[str]:
        """The first two characters of every Chinese-script name in the gazetteer (all have two or more):
        a message's characters that start none of them need no lookup."""
        packed = self._gazetteer_raw.get("cjk_prefixes", "")
        return frozenset(packed[i:i + 2] for i in range(0, len(packed), 2))

    def world_country(self, folded: str) -> str | None:
        """The ISO code of a world country by its folded English name ("france" → "FR")."""
        return self._gazetteer_raw["countries"].get(folded)

    def world_country_name(self, code: str) -> str:
        """A world country's English name by ISO code; the code itself when unknown."""
        return self._gazetteer_raw.get("country_names", {}).get(code, code)
