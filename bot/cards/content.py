"""What a card says: every text of a card, in its language, derived from the index. No drawing.

The rules of docs/KNOWLEDGE.md hold here: a rank appears only where it was published (Certainty
EXACT); group members carry no rank; members the report does not name are placeholders;
what is not known is said to be not known.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from bot.cards.labels import format_date, label
from bot.cards.spec import CardSpec
from index_core.model import Certainty, ListInfo, Placement

if TYPE_CHECKING:
    from index_core.index import Index, ReportIndex

StatusKind = Literal["rank", "member", "outside", "unknown"]


@dataclass(frozen=True, slots=True)
class Entry:
    """A city on a list card (or a column head of a comparison). `rank` only where published."""

    name: str
    country: str
    rank: int | None = None
    named: bool = True  # False: a placeholder for a member the report does not name


@dataclass(frozen=True, slots=True)
class Status:
    """One city in one list."""

    kind: StatusKind
    rank: int | None  # only for "rank"
    headline: str  # "Member", "Not in top 3", ... ("" for a rank: the numeral says it)
    detail: str  # the second, smaller line
    mark: str  # a comparison cell's big sign: the rank, ✓, – or ?
    short: str  # a comparison cell's small line


@dataclass(frozen=True, slots=True)
class ListRow:
    """One list on a city or comparison card, with each city's status."""

    list_id: str
    title: str
    kind_line: str
    statuses: tuple[Status, ...]


@dataclass(frozen=True, slots=True)
class CardModel:
    kind: str
    lang: str
    kicker: str  # the report, above the title
    title: str
    subtitle: str
    notes: tuple[str, ...] = ()
    ordered: bool = True  # list cards: ranks (True) or an unordered group (False)
    entries: tuple[Entry, ...] = ()  # list cards: the cities; city/compare cards: the cities compared
    rows: tuple[ListRow, ...] = ()  # city/compare cards
    source: str = ""
    footer: str = ""  # lines separated by "\n"

    def texts(self) -> list[str]:
        """Every text the card shows (for glyph checks)."""
        out = [self.kicker, self.title, self.subtitle, *self.notes, self.source, self.footer]
        for e in self.entries:
            out += [e.name, e.country, str(e.rank or "")]
        for row in self.rows:
            out += [row.title, row.kind_line]
            for s in row.statuses:
                out += [s.headline, s.detail, s.mark, s.short]
        return [t for t in out if t]


def build_model(index: Index, spec: CardSpec) -> CardModel:
    """The content of a validated card spec."""
    builder = {"list": _list_card, "city": _city_card, "compare": _compare_card}[spec.kind]
    return builder(index, spec)


# --- shared pieces ---------------------------------------------------------------------------
def _cap(text: str, lang: str) -> str:
    return text[:1].upper() + text[1:] if lang == "en" else text


def _meta_text(report: ReportIndex, key: str, lang: str) -> str:
    value = report.meta.get(key) or {}
    return value.get(lang) or value.get("en", "") if isinstance(value, dict) else str(value)


def _source_text(report: ReportIndex, tags: list[str], lang: str) -> str:
    """'xinhua ¶4' → 'Source: Xinhua, "…", 25 January 2025, para. 4'. Several tags: the sources
    once each (paragraphs left out)."""
    sources = report.meta.get("sources") or {}
    keys = list(dict.fromkeys(tag.split()[0] for tag in tags if tag))
    if not keys:
        keys = [str(report.meta.get("source", ""))]
    parts = []
    for key in keys:
        names = sources.get(key) or {}
        parts.append(names.get(lang) or names.get("en") or key)
    if len(tags) == 1 and "¶" in tags[0]:
        para = tags[0].split("¶", 1)[1].strip()
        return label("source", lang, source=label("source_para", lang, source=parts[0], para=para))
    return label("source", lang, source=("; " if lang == "en" else "；").join(parts))


def _header_bits(report: ReportIndex, lang: str) -> tuple[str, str]:
    kicker = _meta_text(report, "short_title", lang)
    released = report.meta.get("released")
    lines = []
    if released:
        lines.append(label("released", lang, date=format_date(str(released), lang),
                           count=report.meta.get("cities_evaluated", "?")))
    lines.append(label("scope", lang))
    return kicker, "\n".join(lines)


def _list_title(info: ListInfo, lang: str) -> str:
    return _cap(info.name(lang), lang)


def _kind_line(info: ListInfo, lang: str) -> str:
    if info.ordered:
        return label("list_kind_ranked", lang, n=info.published)
    if info.published:
        return label("list_kind_group_top", lang, n=info.published)
    return label("list_kind_group", lang)


def _unnamed_slots(info: ListInfo, country: str | None) -> int:
    return dict(info.unnamed).get(country or "", 0)


def status_of(index: Index, placement: Placement, lang: str) -> Status:
    """How one placement reads on a card."""
    info = placement.list
    if placement.certainty is Certainty.EXACT:
        rank = placement.rank or 0
        return Status("rank", rank, "", label("rank_caption", lang), str(rank), label("rank_caption", lang))
    if placement.certainty is Certainty.MEMBER:
        return Status("member", None, label("status_member", lang), label("status_member_detail", lang),
                      label("mark_member", lang), label("cell_member", lang))
    if placement.certainty is Certainty.OUTSIDE:
        if info.ordered:
            n = info.published
            return Status("outside", None, label("status_outside_ranked", lang, n=n),
                          label("status_outside_ranked_detail", lang), label("mark_outside", lang),
                          label("cell_outside_ranked", lang, n=n))
        return Status("outside", None, label("status_outside_group", lang),
                      label("status_outside_group_detail", lang), label("mark_outside", lang),
                      label("cell_outside_group", lang))
    country = placement.city.country if placement.city else None
    slots = _unnamed_slots(info, country)
    if placement.reason == "unnamed-slot" and slots and country:
        detail = label("status_unknown_slot_detail", lang, count=slots, country=index.country_name(country, lang))
    else:
        detail = label("status_unknown_detail", lang)
    return Status("unknown", None, label("status_unknown", lang), detail, label("mark_unknown", lang),
                  label("cell_unknown", lang))


# --- the three cards ---------------------------------------------------------------------------
def _list_card(index: Index, spec: CardSpec) -> CardModel:
    report, lang = index.default, spec.lang
    info = report.list(spec.list_id)
    kicker, footer = _header_bits(report, lang)
    source = _source_text(report, [info.source], lang)
    name = _list_title(info, lang)
    notes: list[str] = []
    if info.ordered:
        result = report.top(info.id, spec.n)
        shown = len(result.entries)
        if spec.n is not None and spec.n > shown:
            notes.append(label("note_truncated", lang, published=shown, n=spec.n))
        entries = tuple(Entry(city.name(lang), index.country_name(city.country, lang), rank=rank)
                        for rank, city in result.entries)
        return CardModel("list", lang, kicker, label("title_top", lang, list=name, n=shown),
                         label("sub_ranked", lang, n=shown), tuple(notes), True, entries,
                         source=source, footer=footer)
    result = report.top(info.id)
    named = [Entry(city.name(lang), index.country_name(city.country, lang)) for _, city in result.entries]
    unnamed = [Entry(label("unnamed_city", lang), index.country_name(code, lang), named=False)
               for code, count in info.unnamed for _ in range(count)]
    size = info.published or len(named) + len(unnamed)
    if info.published:
        title = label("title_top", lang, list=name, n=info.published)
        subtitle = label("sub_group_top", lang, n=info.published)
    else:
        title, subtitle = label("title_group", lang, list=name), label("sub_group", lang)
    if spec.n is not None and spec.n != size:  # asked for a top n of an unordered group
        notes.append(label("note_group_n", lang, n=spec.n))
    else:
        notes.append(label("note_order", lang))
    for code, count in info.unnamed:
        notes.append(label("note_unnamed", lang, count=count, country=index.country_name(code, lang)))
    if not info.complete and not info.composition:
        notes.append(label("note_incomplete", lang))
    return CardModel("list", lang, kicker, title, subtitle, tuple(notes), False, (*named, *unnamed),
                     source=source, footer=footer)


def _rows(index: Index, city_ids: tuple[str, ...], lang: str) -> tuple[ListRow, ...]:
    report = index.default
    rows = []
    for info in report.lists:
        statuses = tuple(status_of(index, report.placement(info.id, cid), lang) for cid in city_ids)
        rows.append(ListRow(info.id, _list_title(info, lang), _kind_line(info, lang), statuses))
    return tuple(rows)


def _city_entries(index: Index, city_ids: tuple[str, ...], lang: str) -> tuple[Entry, ...]:
    cities = [index.city(cid) for cid in city_ids]
    return tuple(Entry(c.name(lang), index.country_name(c.country, lang)) for c in cities)


def _card_source(index: Index, lang: str) -> str:
    return _source_text(index.default, [info.source for info in index.default.lists], lang)


def _city_card(index: Index, spec: CardSpec) -> CardModel:
    kicker, footer = _header_bits(index.default, spec.lang)
    entries = _city_entries(index, spec.city_ids, spec.lang)
    city = entries[0]
    return CardModel("city", spec.lang, kicker, city.name, label("city_sub", spec.lang, country=city.country),
                     entries=entries, rows=_rows(index, spec.city_ids, spec.lang),
                     source=_card_source(index, spec.lang), footer=footer)


def _compare_card(index: Index, spec: CardSpec) -> CardModel:
    kicker, footer = _header_bits(index.default, spec.lang)
    entries = _city_entries(index, spec.city_ids, spec.lang)
    subtitle = label("compare_join", spec.lang).join(e.name for e in entries)
    return CardModel("compare", spec.lang, kicker, label("compare_title", spec.lang), subtitle,
                     entries=entries, rows=_rows(index, spec.city_ids, spec.lang),
                     source=_card_source(index, spec.lang), footer=footer)
