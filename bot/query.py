"""What a message asks, once understood: a small query over the published lists.

A `Query` names its question type (`kind`, a key of the registry in bot/questions.py) and the
things it is about: which cities, which lists, which positions or counts, which places (to keep
or to leave out), which report. Handlers in bot/answers/ turn it into an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class CityRef:
    """A city named in a message: one of the report's (`id`), another real city (`world`, as
    (name, country code)), or a name nobody knows (neither)."""

    text: str  # as typed
    id: str | None = None
    world: tuple[str, str] | None = None
    fuzzy: bool = False  # a typo was corrected to reach `id`

    @property
    def unknown(self) -> bool:
        return self.id is None and self.world is None

    @property
    def key(self) -> str:
        return self.id or (self.world[0] if self.world else self.text.lower())


@dataclass(frozen=True, slots=True)
class PlaceRef:
    kind: str  # "country" or "region"
    id: str  # ISO code or region id
    exclude: bool = False  # "outside the US", "non-Chinese"


@dataclass(frozen=True, slots=True)
class Query:
    kind: str
    lang: str
    report: str | None = None  # report id; None: the latest
    cities: tuple[CityRef, ...] = ()
    lists: tuple[str, ...] = ()  # list ids, the main one first
    excluded: tuple[str, ...] = ()  # lists a city must NOT be in (set questions)
    n: int | None = None  # "top N", "how many of the top N"
    cuts: tuple[tuple[str, int], ...] = ()  # a top N said of one list: (("education", 3), ("overall", 10))
    positions: tuple[int, ...] = ()  # asked positions; -1 is the last
    span: tuple[int, int] | None = None  # positions a..b, both included
    bottom: int | None = None  # "the bottom N"
    offset: int = 0  # neighbours: k places after (+) or before (-)
    places: tuple[PlaceRef, ...] = ()
    op: str = ""  # what exactly a question type is asked (e.g. "share" for an aggregate)
    yesno: bool = False
    universe: str = ""  # "evaluated" when asked about all the cities evaluated, not only those published
    asked_year: int | None = None  # a year no report in the data is from
    notes: tuple[str, ...] = ()  # things to say before the answer ("no_scores", "no_guess", ...)
    text: str = ""  # the clause as typed (for echoing; escaped on output)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def list_id(self) -> str | None:
        return self.lists[0] if self.lists else None

    @property
    def position(self) -> int | None:
        return self.positions[0] if self.positions else None

    def but(self, **changes: Any) -> Query:
        return replace(self, **changes)
