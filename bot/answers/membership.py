"""Who is in a selection of the published lists, with the index's certainty carried through.

A selection is one or more lists (each perhaps cut to its top N), cities that must NOT be in
other lists, and places to keep or leave out. Each city the report names is then *in*, *out*
or *maybe* (the data cannot tell), and the members the report does not name — the talent top
10's five US cities — are counted as *unnamed* members whose status in the other lists is
worked out the same way: an unnamed US member of the talent top 10 may be one of the overall
top 10's US cities, so "which cities are in both" is partly not known, while London and Tokyo
are certainly not in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.answers.context import AnswerContext
from bot.query import PlaceRef
from index_core.model import Certainty, City, ListInfo

IN, OUT, MAYBE = "in", "out", "maybe"


def _and(a: str, b: str) -> str:
    if OUT in (a, b):
        return OUT
    return MAYBE if MAYBE in (a, b) else IN


def _or(a: str, b: str) -> str:
    if IN in (a, b):
        return IN
    return MAYBE if MAYBE in (a, b) else OUT


def _any(statuses: Iterable[str]) -> str:
    out = OUT
    for s in statuses:
        out = _or(out, s)
    return out


def _not(a: str) -> str:
    return {IN: OUT, OUT: IN}.get(a, MAYBE)


@dataclass(frozen=True)
class Unnamed:
    """Members of `list_id` the report names only by country, and their status in the selection."""

    list_id: str
    country: str
    count: int
    status: str


@dataclass
class Selection:
    statuses: dict[str, str] = field(default_factory=dict)  # city id → in / out / maybe
    unnamed: list[Unnamed] = field(default_factory=list)

    def members(self, status: str = IN) -> list[str]:
        return [cid for cid, s in self.statuses.items() if s == status]


def in_list(ctx: AnswerContext, info: ListInfo, city: City, n: int | None = None) -> str:
    """A named city's status in a list (cut to its top n, when ordered)."""
    p = ctx.report.placement(info.id, city.id)
    if info.ordered:
        cut = n if n is not None else info.published
        if p.certainty is Certainty.EXACT:
            return IN if (p.rank or 0) <= cut else OUT
        return OUT if cut <= info.published else MAYBE
    return {Certainty.MEMBER: IN, Certainty.OUTSIDE: OUT}.get(p.certainty, MAYBE)


def unnamed_in(ctx: AnswerContext, info: ListInfo, country: str, source: str, n: int | None = None) -> str:
    """Whether an unnamed member of list `source` (from `country`) is in list `info`."""
    if info.id == source:
        return IN
    source_info = ctx.report.list(source)
    candidates = [c for c in ctx.report.members(info.id) if c.country == country
                  and in_list(ctx, source_info, c) == MAYBE]
    if info.ordered:
        cut = n if n is not None else info.published
        candidates = [c for c in candidates if (ctx.report.placement(info.id, c.id).rank or 0) <= cut]
        if cut > info.published:
            return MAYBE
        return MAYBE if candidates else OUT
    if info.complete:
        return MAYBE if candidates else OUT
    if info.composition and country not in dict(info.composition):
        return OUT
    return MAYBE


def select(ctx: AnswerContext, lists: list[str], *, n: dict[str, int] | None = None, excluded: list[str] = (),
           places: list[PlaceRef] = (), union: bool = False, any_of: list[tuple[str, int | None]] = ()) -> Selection:
    """The cities in all (or, with `union`, any) of `lists`, in one at least of `any_of` (each with its
    cut), not in `excluded`, from `places`."""
    cuts = n or {}
    infos = [ctx.report.list(lid) for lid in lists]
    outs = [ctx.report.list(lid) for lid in excluded]
    anys = [(ctx.report.list(lid), cut) for lid, cut in any_of]
    sel = Selection()
    combine = _or if union else _and
    for cid in ctx.index.city_ids():
        if not ctx.report.mentions(cid):
            continue
        city = ctx.city(cid)
        status = OUT if union else IN
        for info in infos:
            status = combine(status, in_list(ctx, info, city, cuts.get(info.id)))
        for info in outs:
            status = _and(status, _not(in_list(ctx, info, city, cuts.get(info.id))))
        if anys:
            status = _and(status, _any(in_list(ctx, info, city, cut) for info, cut in anys))
        if not place_ok(ctx, city, places):
            status = OUT
        sel.statuses[cid] = status
    for source in infos:
        for country, count in source.unnamed:
            where = place_status(ctx, country, places)
            if where == OUT:
                continue
            status = where  # an unnamed US city may or may not lie on the West Coast
            closed = [info for info in infos if info.id != source.id and _closed(info, cuts.get(info.id))]
            if not union and closed:  # every member of another list is named: only a named city can be in both
                status = _and(where, MAYBE) if any(
                    st != OUT and ctx.city(cid).country == country and in_list(ctx, source, ctx.city(cid)) == MAYBE
                    for cid, st in sel.statuses.items()) else OUT
            elif not union:
                for info in infos:
                    status = _and(status, unnamed_in(ctx, info, country, source.id, cuts.get(info.id)))
            for info in outs:
                status = _and(status, _not(unnamed_in(ctx, info, country, source.id, cuts.get(info.id))))
            if anys and not union:
                status = _and(status, _any(unnamed_in(ctx, info, country, source.id, cut) for info, cut in anys))
            sel.unnamed.append(Unnamed(source.id, country, count, status))
        if union:
            break  # the unnamed members of the first list only (the others' are counted with their own list)
    return sel


def _closed(info: ListInfo, n: int | None) -> bool:
    """Every member of the list (of its top n) is named: a published ordered top, or a complete group."""
    if info.unnamed:
        return False
    if info.ordered:
        return (n if n is not None else info.published) <= info.published
    return info.complete


def place_ok(ctx: AnswerContext, city: City | str, places: list[PlaceRef]) -> bool:
    """Whether a named city (or, given a country code, any city of that country) is from the places asked."""
    return place_status(ctx, city, places) == IN


def place_status(ctx: AnswerContext, city: City | str, places: list[PlaceRef]) -> str:
    """In, out, or maybe: a city known only by its country may or may not lie in an area of it."""
    country = city if isinstance(city, str) else city.country

    def inside(p: PlaceRef) -> str:
        if country not in ctx.countries_of(p):
            return OUT
        if p.kind != "area":
            return IN
        if isinstance(city, str):
            return MAYBE
        return IN if city.id in ctx.index.area_cities(p.id) else OUT

    keep = [p for p in places if not p.exclude]
    drop = [p for p in places if p.exclude]
    status = _any(inside(p) for p in keep) if keep else IN
    for p in drop:
        status = _and(status, _not(inside(p)))
    return status
