"""Every city on one side of a city: "which cities outrank Seattle?", "who in the top 10 ranks lower
than Shanghai?", "排在伦敦后面的美国城市", "比它高的有哪些" — the published places only, and of a country
or region when one is named; a city outside the published top N has every published city above it."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.city_rank import neighbours_sentence
from bot.answers.context import Answer, AnswerContext
from bot.answers.membership import place_ok
from bot.answers.place_members import what_of
from bot.cards.spec import CardSpec
from bot.query import CityRef, Query
from bot.wording.rich import Rich, bold, plain
from index_core.model import City, ListInfo, Placement


def entries_text(ctx: AnswerContext, entries: list[tuple[int, str]]) -> Rich:
    """"1. Boston" lines, one per entry."""
    return plain("\n".join(f"{rank}. {name}" for rank, name in entries))


def _kept(q: Query, ctx: AnswerContext, city: City) -> bool:
    return place_ok(ctx, city, list(q.places)) and city.id not in q.extra.get("except", ())


def all_beyond(q: Query, ctx: AnswerContext, info: ListInfo, who: Rich, rank: int, offset: int) -> Answer:
    """The published cities after (offset > 0) or before a city, of the places asked, within a top N asked."""
    cut = q.n if q.n and q.n < info.published else info.published
    side = [(r, c) for r, c in ctx.report.top(info.id, cut).entries if (r > rank if offset > 0 else r < rank)
            and _kept(q, ctx, c)]
    if q.op != "all" and side:  # "the next US city after London": the nearest one
        near_rank, near = side[0] if offset > 0 else side[-1]
        body = ctx.say("first_place_after" if offset > 0 else "first_place_before", city=who,
                       ordinal=ctx.ordinal(rank), in_list=ctx.in_list(info), what=what_of(ctx, q.places, 1),
                       other=bold(near.name(ctx.lang)), other_ordinal=ctx.ordinal(near_rank))
        return Answer(body, buttons.for_city(ctx, near, q), CardSpec.top(info.id, None, ctx.lang),
                      ctx.source(info.id), body.plain[:120], focus=CityRef(near.name("en"), id=near.id))
    count = q.extra.get("count")
    if count and not q.places:  # "the 2 cities after Beijing": the nearest ones, as far as published
        return _nearest(q, ctx, info, who, rank, offset, side, count)
    entries = [(r, c.name(ctx.lang)) for r, c in side]
    values = {"city": who, "ordinal": ctx.ordinal(rank), "in_list": ctx.in_list(info), "list": ctx.list_name(info),
              "n": len(entries)}
    if q.places:
        values["what"] = what_of(ctx, q.places, max(2, len(entries)))
        key = ("all_below_place" if entries else "none_below_place") if offset > 0 else (
            "all_above_place" if entries else "none_above_place")
    else:
        key = "all_below" if offset > 0 else "all_above"
    parts = [bold(ctx.say(key, **values))]
    if entries:
        parts.append(entries_text(ctx, entries))
    if offset > 0 and cut == info.published:
        parts.append(ctx.say("rest_unpublished", n=info.published, in_list=ctx.in_list(info), list=ctx.list_name(info),
                             evaluated=ctx.evaluated))
    body = ctx.lines(parts)
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  parts[0].plain, focus=q.cities[0])


def all_above_outside(q: Query, ctx: AnswerContext, info: ListInfo, who: Rich, p: Placement) -> Answer:
    """"Which cities outrank Shenzhen?": it is not in the published top N, so every city there is above it."""
    side = [(r, c.name(ctx.lang)) for r, c in ctx.report.top(info.id).entries if _kept(q, ctx, c)]
    parts = [ctx.sentences([ctx.placement_sentence(p, who), ctx.say("all_above_outside", n=len(side), city=who,
                                                                     top=ctx.top_of(info))]),
             entries_text(ctx, side)]
    body = ctx.lines(parts)
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120], focus=q.cities[0])


def both_sides(q: Query, ctx: AnswerContext, info: ListInfo, city: City, who: Rich, rank: int) -> Answer:
    """The cities just above and just below one: "上海前后是谁", "Tokyo's neighbours" (the one after the last
    published place was not published)."""
    parts = [ctx.say("city_at", city=who, ordinal=ctx.ordinal(rank), in_list=ctx.in_list(info),
                     list=ctx.list_name(info))]
    near = neighbours_sentence(city, info, ctx)
    if near is not None:
        parts.append(near)
    if rank == info.published:
        parts.append(ctx.say("neighbour_beyond", top=ctx.top_of(info), n=info.published,
                             ordinal=ctx.ordinal(rank + 1), evaluated=ctx.evaluated))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_city(ctx, city, q), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120], focus=q.cities[0])


def _nearest(q: Query, ctx: AnswerContext, info: ListInfo, who: Rich, rank: int, offset: int,
             side: list[tuple[int, City]], count: int) -> Answer:
    """The `count` cities nearest to one on one side; fewer when the list starts or its published part ends."""
    near = side[:count] if offset > 0 else side[-count:]
    values = {"city": who, "ordinal": ctx.ordinal(rank), "in_list": ctx.in_list(info), "list": ctx.list_name(info),
              "n": len(near)}
    parts = [bold(ctx.say("nearest_below" if offset > 0 else "nearest_above", **values)),
             entries_text(ctx, [(r, c.name(ctx.lang)) for r, c in near])]
    if len(near) < count:
        parts.append(ctx.say("nearest_short_below" if offset > 0 else "nearest_short_above", asked=count,
                             n=len(near), city=who, top=ctx.top_of(info), evaluated=ctx.evaluated,
                             in_list=ctx.in_list(info), list=ctx.list_name(info)))
    body = ctx.lines(parts)
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  parts[0].plain, focus=q.cities[0])
