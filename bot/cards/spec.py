"""What card to draw: `CardSpec`, and its validation against an index. No matplotlib here."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from bot.cards.labels import LANGS

if TYPE_CHECKING:
    from index_core.index import Index

CardKind = Literal["list", "city", "compare"]
KINDS: tuple[str, ...] = ("list", "city", "compare")
MAX_COMPARE = 4


class CardError(ValueError):
    """A card that cannot be drawn: unknown list or city, wrong number of cities, bad language.
    The message is one plain English line, fit for a command line's error output."""


@dataclass(frozen=True, slots=True)
class CardSpec:
    """One picture card. Hashable: it is the cache key (with the index's data key).

    kind      "list":    one published list (`list_id`), its first `n` (None: all that was
                         published). Ordered lists show rank positions; groups (talent,
                         balanced-education, talent-potential) show members without ranks,
                         plus placeholders for members the report does not name.
              "city":    everything known about `city_ids[0]` across every list of the report.
              "compare": 2 to 4 cities (`city_ids`) side by side across every list.
    list_id   a list id of the report (`ReportIndex.lists`): "overall", "education",
              "innovation", "talent", "balanced-education", "talent-potential". List cards only.
    n         how many were asked for (list cards only): more than was published draws what
              was published with a note; for a group it only adds a note (there is no order).
    city_ids  report city ids, e.g. ("beijing", "tokyo").
    lang      "en", "zh-Hans" or "zh-Hant".
    """

    kind: CardKind
    list_id: str = "overall"
    n: int | None = None
    city_ids: tuple[str, ...] = ()
    lang: str = "en"

    # --- constructors ----------------------------------------------------------------------
    @classmethod
    def top(cls, list_id: str = "overall", n: int | None = None, lang: str = "en") -> CardSpec:
        return cls("list", list_id=list_id, n=n, lang=lang)

    @classmethod
    def city(cls, city_id: str, lang: str = "en") -> CardSpec:
        return cls("city", city_ids=(city_id,), lang=lang)

    @classmethod
    def compare(cls, city_ids: tuple[str, ...] | list[str], lang: str = "en") -> CardSpec:
        return cls("compare", city_ids=tuple(city_ids), lang=lang)

    def token(self) -> str:
        """The card in a few bytes, for a button's callback data: "l:education:3:en", "c:tokyo:zh-Hant",
        "v:beijing,tokyo:en"."""
        if self.kind == "list":
            return f"l:{self.list_id}:{self.n or ''}:{self.lang}"
        letter = "c" if self.kind == "city" else "v"
        return f"{letter}:{','.join(self.city_ids)}:{self.lang}"

    @classmethod
    def from_token(cls, token: str) -> CardSpec | None:
        """The card a token names, or None for a token that is not one (it is checked by `validate`)."""
        parts = token.split(":")
        try:
            if parts[0] == "l" and len(parts) == 4:
                return cls("list", list_id=parts[1], n=int(parts[2]) if parts[2] else None, lang=parts[3])
            if parts[0] in ("c", "v") and len(parts) == 3:
                return cls("city" if parts[0] == "c" else "compare", city_ids=tuple(parts[1].split(",")),
                           lang=parts[2])
        except ValueError:
            return None
        return None

    def normalized(self) -> CardSpec:
        """The same card with the fields its kind ignores cleared (so equal cards cache once)."""
        if self.kind == "list":
            return replace(self, city_ids=())
        ids = tuple(dict.fromkeys(self.city_ids))  # drop repeats, keep order
        return replace(self, list_id="", n=None, city_ids=ids)


def validate(index: Index, spec: CardSpec) -> CardSpec:
    """The normalised spec, or CardError saying what is wrong with it."""
    if spec.kind not in KINDS:
        raise CardError(f"unknown card kind {spec.kind!r} (expected one of {', '.join(KINDS)})")
    if spec.lang not in LANGS:
        raise CardError(f"unknown language {spec.lang!r} (expected one of {', '.join(LANGS)})")
    spec = spec.normalized()
    report = index.default
    if spec.kind == "list":
        if not report.has_list(spec.list_id):
            known = ", ".join(info.id for info in report.lists)
            raise CardError(f"unknown list {spec.list_id!r} (known: {known})")
        if spec.n is not None and spec.n < 1:
            raise CardError(f"a list card needs at least one place, not {spec.n}")
        return spec
    known_ids = set(index.city_ids())
    for city_id in spec.city_ids:
        if city_id not in known_ids:
            raise CardError(f"unknown city {city_id!r}")
    count = len(spec.city_ids)
    if spec.kind == "city" and count != 1:
        raise CardError(f"a city card shows one city, not {count}")
    if spec.kind == "compare" and not 2 <= count <= MAX_COMPARE:
        raise CardError(f"a comparison card shows 2 to {MAX_COMPARE} different cities, not {count}")
    return spec
