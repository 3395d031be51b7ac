"""Immutable result types of index queries. Each carries its certainty explicitly."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Certainty(StrEnum):
    """How much the published data says about a city and a list."""

    EXACT = "exact"  # the exact rank was published
    MEMBER = "member"  # a member of the list, but no order was published
    OUTSIDE = "outside"  # known not to be in the published list
    UNKNOWN = "unknown"  # the data cannot tell

    # hashed as the string it equals (Enum's own hash is of the name, in Python code, and slower)
    __hash__ = str.__hash__


@dataclass(frozen=True, slots=True)
class City:
    id: str
    names: dict[str, str]  # "en", "zh-Hans", "zh-Hant"
    country: str  # ISO code

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]


@dataclass(frozen=True, slots=True)
class ListInfo:
    """A published list. `ordered` lists have ranks 1..published; groups have members only."""

    id: str
    names: dict[str, str]
    ordered: bool
    published: int  # positions published (ordered) or the group's size (0 if not stated)
    complete: bool  # every member is named
    unnamed: tuple[tuple[str, int], ...]  # (country, count) of members known only by country
    composition: tuple[tuple[str, int], ...]  # (country, count) of all members, when the report says
    source: str

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one city stands in one list."""

    list: ListInfo
    city: City | None  # None for a city known only by name (not in the report's city table)
    certainty: Certainty
    rank: int | None = None  # only for EXACT
    reason: str = ""  # why OUTSIDE / UNKNOWN: "beyond-published", "composition", "not-named", ...


@dataclass(frozen=True, slots=True)
class TopResult:
    """The first N of a list, as far as published."""

    list: ListInfo
    requested: int
    entries: tuple[tuple[int, City], ...]  # (rank, city) for ordered lists; (0, city) for groups
    truncated: bool  # more were requested than were published


@dataclass(frozen=True, slots=True)
class PositionResult:
    """Who holds position N of a list."""

    list: ListInfo
    position: int
    city: City | None
    certainty: Certainty  # EXACT, or UNKNOWN when not published / list unordered / out of range
    reason: str = ""  # why UNKNOWN: "beyond-published", "unordered" or "out-of-range"


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two or more cities in one list; `ahead` is the best-placed city when the data can tell."""

    list: ListInfo
    placements: tuple[Placement, ...]
    ahead: City | None  # None when the data cannot order them


@dataclass(frozen=True, slots=True)
class CountryResult:
    """A list's members from one country or region."""

    list: ListInfo
    members: tuple[tuple[int, City], ...]  # (rank or 0, city), in list order
    unnamed: int  # further members from there that the report does not name
    certainty: Certainty  # EXACT when the count is known, UNKNOWN when more may be unnamed


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    topic: str
    texts: dict[str, str]
    source: str

    def text(self, lang: str = "en") -> str:
        return self.texts.get(lang) or self.texts["en"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a report's facts come from: a citation in each language and, when the data holds it,
    the article's title, address and paragraphs (see `ReportIndex.source_passages`)."""

    id: str  # the key facts cite it by ("xinhua")
    names: dict[str, str]  # the citation per language: "Xinhua, 25 January 2025"
    title: dict[str, str] | None  # the article's title per language (the original in `language`)
    url: str | None  # the article's address
    language: str  # the language the article was written in
    paragraphs: tuple[int, ...]  # the numbers of the paragraphs whose text the data holds

    def citation(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]

    def title_in(self, lang: str = "en") -> str | None:
        if not self.title:
            return None
        return self.title.get(lang) or self.title.get(self.language) or self.title["en"]
