"""What a card says: every text of a card, in its language, derived from the index. No drawing.

The words come from data/wording/cards.yaml (the `card_…` phrases) and the pieces every reply
uses (dates, joined names, the source line), through `bot.wording.phrases.Wording`. The facts
come from the card's report (`CardSpec.report`), never from another edition.

The rules of docs/KNOWLEDGE.md hold here: a rank appears only where it was published (Certainty
EXACT); group members carry no rank; members the report does not name are said to be unnamed
(one tile per country); what is not known is said to be not known.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from typing import TYPE_CHECKING, Literal

from bot.cards.spec import CardSpec, report_of
from bot.wording.phrases import Wording
from index_core.model import Certainty, ListInfo, Placement

if TYPE_CHECKING:
    from index_core.index import Index, ReportIndex

StatusKind = Literal["rank", "member", "outside", "unknown"]


@dataclass(frozen=True, slots=True)
class Entry:
    """A city on a list card (or a column head of a comparison). `rank` only where published.
    A placeholder (`named` False) stands for `count` members the report does not name."""

    name: str
    country: str  # the second, smaller line: the country, or what a placeholder means
    rank: int | None = None
    named: bool = True
    count: int = 1


@dataclass(frozen=True, slots=True)
class Status:
    """One city in one list."""

    kind: StatusKind
    rank: int | None  # only for "rank"
    headline: str  # "Member", "Not in top 3", ... ("" for a rank: the numeral says it)
    detail: str  # the second, smaller line
    mark: str  # a comparison cell's sign: the rank, ✓, – or ?
    short: str  # a comparison cell's word or two ("" for a rank)


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
    report: str  # the report id the card shows
    kicker: str  # the report, above the title
    title: str
    subtitle: str  # on a comparison card, the cities (drawn as the column heads)
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


class _Words:
    """The card phrases in one language, as plain text."""

    def __init__(self, index: Index, lang: str) -> None:
        self.wording = Wording(index.wording)
        self.lang = lang

    def __call__(self, key: str, **values: str | int) -> str:
        return self.wording.say(key, self.lang, **values).plain

    def names(self, items: list[str]) -> str:
        return self.wording.names(items, self.lang).plain

    def date(self, iso: str) -> str:
        return self.wording.date(iso, self.lang)


def build_model(index: Index, spec: CardSpec) -> CardModel:
    """The content of a card spec (validated, or built by an answer)."""
    builder = {"list": _list_card, "city": _city_card, "compare": _compare_card}[spec.kind]
    return builder(index, report_of(index, spec), spec, _Words(index, spec.lang))


# --- shared pieces ---------------------------------------------------------------------------
def _cap(text: str, lang: str) -> str:
    return text[:1].upper() + text[1:] if lang == "en" else text


def _meta_text(report: ReportIndex, key: str, lang: str) -> str:
    value = report.meta.get(key) or {}
    return value.get(lang) or value.get("en", "") if isinstance(value, dict) else str(value)


def _source_text(report: ReportIndex, tags: list[str], w: _Words) -> str:
    """'xinhua ¶4' → 'Source: Xinhua, "…", 25 January 2025, para. 4'. Several tags: the sources
    once each (paragraphs left out)."""
    sources = report.meta.get("sources") or {}
    keys = list(dict.fromkeys(tag.split()[0] for tag in tags if tag))
    if not keys:
        keys = [str(report.meta.get("source", ""))]
    parts = []
    for key in keys:
        names = sources.get(key) or {}
        parts.append(names.get(w.lang) or names.get("en") or key)
    if len(tags) == 1 and "¶" in tags[0]:
        para = tags[0].split("¶", 1)[1].strip()
        return w("source_tag", source=w("card_source_para", source=parts[0], para=para))
    return w("source_tag", source=w.names(parts))


def _header_bits(report: ReportIndex, w: _Words) -> tuple[str, str]:
    kicker = _meta_text(report, "short_title", w.lang)
    released = report.meta.get("released")
    lines = []
    if released:
        lines.append(w("card_released", date=w.date(str(released)[:10]), n=int(report.meta["cities_evaluated"])))
    lines.append(w("card_scope"))
    return kicker, "\n".join(lines)


def _kind_line(info: ListInfo, w: _Words) -> str:
    if info.ordered:
        return w("card_kind_ranked", n=info.published)
    if info.published:
        return w("card_kind_group_top", n=info.published)
    return w("card_kind_group")


def _adjective(index: Index, code: str, lang: str) -> str:
    """"US", "Chinese" / "美国": how a country qualifies "cities"."""
    return index.place_adjective("country", code, lang) or index.country_name(code, lang)


def status_of(index: Index, placement: Placement, w: _Words) -> Status:
    """How one placement reads on a card."""
    info = placement.list
    if placement.certainty is Certainty.EXACT:
        rank = placement.rank or 0
        return Status("rank", rank, "", w("card_rank_caption"), str(rank), "")
    if placement.certainty is Certainty.MEMBER:
        return Status("member", None, w("card_status_member"), w("card_status_member_detail"),
                      w("card_mark_member"), w("card_cell_member"))
    if placement.certainty is Certainty.OUTSIDE:
        if info.ordered:
            n = info.published
            return Status("outside", None, w("card_status_outside_ranked", n=n),
                          w("card_status_outside_ranked_detail"), w("card_mark_outside"),
                          w("card_cell_outside_ranked", n=n))
        return Status("outside", None, w("card_status_outside_group"), w("card_status_outside_group_detail"),
                      w("card_mark_outside"), w("card_cell_outside_group"))
    country = placement.city.country if placement.city else None
    slots = dict(info.unnamed).get(country or "", 0)
    if placement.reason == "unnamed-slot" and slots and country:
        detail = w("card_status_unknown_slot_detail", n=slots, adjective=_adjective(index, country, w.lang))
    else:
        detail = w("card_status_unknown_detail")
    return Status("unknown", None, w("card_status_unknown"), detail, w("card_mark_unknown"), w("card_cell_unknown"))


# --- the three cards ---------------------------------------------------------------------------
def _list_card(index: Index, report: ReportIndex, spec: CardSpec, w: _Words) -> CardModel:
    lang = spec.lang
    info = report.list(spec.list_id)
    kicker, footer = _header_bits(report, w)
    source = _source_text(report, [info.source], w)
    name = _cap(info.name(lang), lang)
    notes: list[str] = []
    if info.ordered:
        result = report.top(info.id, spec.n)
        shown = len(result.entries)
        if spec.n is not None and spec.n > shown:
            notes.append(w("card_note_truncated", published=shown, n=spec.n))
        entries = tuple(Entry(city.name(lang), index.country_name(city.country, lang), rank=rank)
                        for rank, city in result.entries)
        return CardModel("list", lang, report.id, kicker, w("card_title_top", list=name, n=shown),
                         w("card_sub_ranked", n=shown), tuple(notes), True, entries, source=source, footer=footer)
    result = report.top(info.id)
    named = [Entry(city.name(lang), index.country_name(city.country, lang)) for _, city in result.entries]
    unnamed = [Entry(w("card_unnamed_tile", n=count, adjective=_adjective(index, code, lang)),
                     w("card_unnamed_tile_detail"), named=False, count=count)
               for code, count in info.unnamed if count]
    size = info.published or len(named) + sum(e.count for e in unnamed)
    if info.published:
        title = w("card_title_top", list=name, n=info.published)
        subtitle = w("card_sub_group_top", n=info.published)
    else:
        title, subtitle = name, w("card_sub_group")
    if spec.n is not None and spec.n != size:  # asked for a top n of an unordered group
        notes.append(w("card_note_group_n", n=spec.n))
    else:
        notes.append(w("card_note_order"))
    if not info.complete and not info.composition:
        notes.append(w("card_note_incomplete"))
    return CardModel("list", lang, report.id, kicker, title, subtitle, tuple(notes), False, (*named, *unnamed),
                     source=source, footer=footer)


def _rows(index: Index, report: ReportIndex, city_ids: tuple[str, ...], w: _Words) -> tuple[ListRow, ...]:
    rows = []
    for info in report.lists:
        statuses = tuple(status_of(index, report.placement(info.id, cid), w) for cid in city_ids)
        rows.append(ListRow(info.id, _cap(info.name(w.lang), w.lang), _kind_line(info, w), statuses))
    return tuple(rows)


def _city_entries(index: Index, city_ids: tuple[str, ...], lang: str) -> tuple[Entry, ...]:
    cities = [index.city(cid) for cid in city_ids]
    return tuple(Entry(c.name(lang), index.country_name(c.country, lang)) for c in cities)


def _card_source(report: ReportIndex, w: _Words) -> str:
    return _source_text(report, [info.source for info in report.lists], w)


def _city_card(index: Index, report: ReportIndex, spec: CardSpec, w: _Words) -> CardModel:
    kicker, footer = _header_bits(report, w)
    entries = _city_entries(index, spec.city_ids, spec.lang)
    city = entries[0]
    subtitle = w("card_city_sub", country=city.country, n=len(report.lists))
    return CardModel("city", spec.lang, report.id, kicker, city.name, subtitle, entries=entries,
                     rows=_rows(index, report, spec.city_ids, w), source=_card_source(report, w), footer=footer)


def _compare_card(index: Index, report: ReportIndex, spec: CardSpec, w: _Words) -> CardModel:
    kicker, footer = _header_bits(report, w)
    entries = _city_entries(index, spec.city_ids, spec.lang)
    subtitle = reduce(lambda first, second: w("card_versus", first=first, second=second), (e.name for e in entries))
    return CardModel("compare", spec.lang, report.id, kicker, w("card_compare_title"), subtitle,
                     entries=entries, rows=_rows(index, report, spec.city_ids, w),
                     source=_card_source(report, w), footer=footer)
