"""What card to draw: `CardSpec`, and its validation against an index. No matplotlib here."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from bot.wording.phrases import LANGS

if TYPE_CHECKING:
    from index_core.index import Index, ReportIndex

CardKind = Literal["list", "city", "compare"]
KINDS: tuple[str, ...] = ("list", "city", "compare")
MAX_COMPARE = 4
# A button's callback data is at most 64 bytes, and the engine puts "card:" before the token.
TOKEN_LIMIT = 64 - len("card:")
_LANG_LETTER = {"en": "e", "zh-Hans": "s", "zh-Hant": "t"}
_LETTER_LANG = {letter: lang for lang, letter in _LANG_LETTER.items()}


class CardError(ValueError):
    """A card that cannot be drawn: unknown report, list or city, wrong number of cities, bad
    language. The message is one plain English line, fit for a command line's error output."""


@dataclass(frozen=True, slots=True)
class CardSpec:
    """One picture card. Hashable: it is the cache key (with the index's data key).

    kind      "list":    one published list (`list_id`), its first `n` (None: all that was
                         published). Ordered lists show rank positions; groups (talent,
                         balanced-education, talent-potential) show members without ranks,
                         and one tile for the members the report does not name.
              "city":    everything known about `city_ids[0]` across every list of the report.
              "compare": 2 to 4 cities (`city_ids`) side by side across every list.
    list_id   a list id of the report (`ReportIndex.lists`): "overall", "education",
              "innovation", "talent", "balanced-education", "talent-potential". List cards only.
    n         how many were asked for (list cards only): more than was published draws what
              was published with a note; for a group it only adds a note (there is no order).
    city_ids  report city ids, e.g. ("beijing", "tokyo").
    lang      "en", "zh-Hans" or "zh-Hant".
    report    the edition: a report id of the index ("set-2025"); "" is the index's default.
    """

    kind: CardKind
    list_id: str = "overall"
    n: int | None = None
    city_ids: tuple[str, ...] = ()
    lang: str = "en"
    report: str = ""

    # --- constructors ----------------------------------------------------------------------
    @classmethod
    def top(cls, list_id: str = "overall", n: int | None = None, lang: str = "en", report: str = "") -> CardSpec:
        return cls("list", list_id=list_id, n=n, lang=lang, report=report)

    @classmethod
    def city(cls, city_id: str, lang: str = "en", report: str = "") -> CardSpec:
        return cls("city", city_ids=(city_id,), lang=lang, report=report)

    @classmethod
    def compare(cls, city_ids: tuple[str, ...] | list[str], lang: str = "en", report: str = "") -> CardSpec:
        return cls("compare", city_ids=tuple(city_ids), lang=lang, report=report)

    # --- as a button's callback data -----------------------------------------------------------
    def token(self) -> str:
        """The card in a few bytes, for a button's callback data (at most TOKEN_LIMIT for the
        report ids and city ids of the data): "l:education:3:e:set-2025", "c:tokyo:t:set-2025",
        "v:beijing,tokyo:s:set-2025". The language is one letter: e(n), s (zh-Hans), t (zh-Hant)."""
        lang = _LANG_LETTER.get(self.lang, self.lang)
        if self.kind == "list":
            return f"l:{self.list_id}:{self.n or ''}:{lang}:{self.report}"
        letter = "c" if self.kind == "city" else "v"
        return f"{letter}:{','.join(self.city_ids)}:{lang}:{self.report}"

    @classmethod
    def from_token(cls, token: str) -> CardSpec | None:
        """The card a token names, or None for a token that is not one (it is checked by `validate`).
        Tokens of buttons sent before editions existed ("c:tokyo:zh-Hant") name the default report."""
        parts = token.split(":")
        kind = {"l": "list", "c": "city", "v": "compare"}.get(parts[0])
        fields = 4 if kind == "list" else 3
        if kind is None or len(parts) not in (fields, fields + 1):
            return None
        report = parts[fields] if len(parts) > fields else ""
        lang = _LETTER_LANG.get(parts[fields - 1], parts[fields - 1])
        if kind == "list":
            try:
                n = int(parts[2]) if parts[2] else None
            except ValueError:
                return None
            return cls("list", list_id=parts[1], n=n, lang=lang, report=report)
        return cls(kind, city_ids=tuple(parts[1].split(",")), lang=lang, report=report)  # type: ignore[arg-type]

    def normalized(self) -> CardSpec:
        """The same card with the fields its kind ignores cleared (so equal cards cache once)."""
        if self.kind == "list":
            return replace(self, city_ids=())
        ids = tuple(dict.fromkeys(self.city_ids))  # drop repeats, keep order
        return replace(self, list_id="", n=None, city_ids=ids)


def report_of(index: Index, spec: CardSpec) -> ReportIndex:
    """The edition a card shows (the index's default for "")."""
    return index.reports[spec.report] if spec.report else index.default


def validate(index: Index, spec: CardSpec) -> CardSpec:
    """The normalised spec, its report named (never ""), or CardError saying what is wrong with it."""
    if spec.kind not in KINDS:
        raise CardError(f"unknown card kind {spec.kind!r} (expected one of {', '.join(KINDS)})")
    if spec.lang not in LANGS:
        raise CardError(f"unknown language {spec.lang!r} (expected one of {', '.join(LANGS)})")
    if spec.report and spec.report not in index.reports:
        raise CardError(f"unknown report {spec.report!r} (known: {', '.join(index.reports)})")
    report = report_of(index, spec)
    spec = replace(spec.normalized(), report=report.id)
    if spec.kind == "list":
        if not report.has_list(spec.list_id):
            known = ", ".join(info.id for info in report.lists)
            raise CardError(f"unknown list {spec.list_id!r} in report {report.id} (known: {known})")
        if spec.n is not None and spec.n < 1:
            raise CardError(f"a list card needs at least one place, not {spec.n}")
        return spec
    for city_id in spec.city_ids:
        if not index.has_city(city_id):
            raise CardError(f"unknown city {city_id!r}")
    count = len(spec.city_ids)
    if spec.kind == "city" and count != 1:
        raise CardError(f"a city card shows one city, not {count}")
    if spec.kind == "compare" and not 2 <= count <= MAX_COMPARE:
        raise CardError(f"a comparison card shows 2 to {MAX_COMPARE} different cities, not {count}")
    return spec
