"""The runtime index: typed, immutable, read-only queries over a built index document.

No pandas here: the document was prepared by `index_core.build` (see its docstring for the layout).
Each report's queries are in `index_core.report_index`; this module holds the whole index: every
report, the cities, the place names and the folded gazetteer.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType
from typing import Any

from index_core.model import City
from index_core.report_index import ReportIndex
from index_core.text import learn_chinese

GAZ_BLOCK = 4096  # characters of gazetteer records per sparse-index entry

__all__ = ["GAZ_BLOCK", "Index", "ReportIndex"]


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
        self._areas: dict[str, Any] = doc.get("areas", {})
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
        """"Chinese", "Asian", "West Coast": the adjective for a country, region or area, when the data gives one."""
        table = {"region": self._regions, "area": self._areas}.get(kind, self._countries)
        names = (table.get(key) or {}).get("adjective")
        return (names.get(lang) or names["en"]) if names else None

    def region_of(self, code: str) -> str | None:
        return self._countries.get(code, {}).get("region")

    def region_name(self, region: str, lang: str = "en") -> str:
        names = self._regions[region]["names"]
        return names.get(lang) or names["en"]

    def countries_in_region(self, region: str) -> tuple[str, ...]:
        return tuple(code for code, c in self._countries.items() if c["region"] == region)

    def area_name(self, area: str, lang: str = "en") -> str:
        names = self._areas[area]["names"]
        return names.get(lang) or names["en"]

    def area_country(self, area: str) -> str:
        return self._areas[area]["country"]

    def area_cities(self, area: str) -> frozenset[str]:
        """The report's cities that lie in an area (its other cities of the area's country may or may not)."""
        return frozenset(self._areas[area]["cities"])

    def place(self, folded: str) -> tuple[str, str] | None:
        """("country", code), ("region", id) or ("area", id) for a folded place name or demonym."""
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
