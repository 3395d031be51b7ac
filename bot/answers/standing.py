"""Where a city stands beyond its rank: in the top or bottom half of a list, first (or Nth) in any ranking,
and how many cities rank below it — of all the cities evaluated, though only some were published."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.query import CityRef, Query
from bot.wording.rich import Rich, plain
from index_core.model import Certainty, ListInfo, Placement


def in_half(q: Query, p: Placement, who: Rich, info: ListInfo, ctx: AnswerContext) -> tuple[str, list[Rich]]:
    """"Is NYC in the top half of the top 10?": places 1 to 5 (of all the cities evaluated when no top N is said)."""
    size = q.n or (ctx.evaluated if info.ordered else info.published)
    half = size // 2
    first, last = (1, half) if q.op == "half_first" else (size - half + 1, size)
    top = ctx.top_of(info, size) if q.n else ctx.say("cities_evaluated", evaluated=ctx.evaluated)
    span = ctx.say("span_half_first" if q.op == "half_first" else "span_half_second", top=top,
                   first=ctx.ordinal(first), last=ctx.ordinal(last))
    sentence = ctx.placement_sentence(p, who)
    if not info.ordered:
        return "", [ctx.say("range_group", list=ctx.list_name(info), size=size, first=ctx.ordinal(first),
                            last=ctx.ordinal(last)), sentence]
    if p.certainty is Certainty.EXACT:
        return ("answer_yes" if first <= (p.rank or 0) <= last else "answer_not"), [sentence, span]
    return ("answer_not" if last <= info.published else "cant_tell"), [sentence, span]


def somewhere(q: Query, ctx: AnswerContext, ref: CityRef, who: Rich) -> Answer:
    """"Is SF number one at anything?", "北京在哪个榜单排第一": the place asked in any ranking."""
    pos = q.positions[0] if q.positions and q.positions[0] > 0 else 1
    yes, others = [], []
    for info in ctx.report.lists:
        if not info.ordered:
            continue
        p = ctx.placement(info.id, ref)
        said = ctx.say("place_in_list", place=ctx.place_word(p), in_list=ctx.in_list(info))
        (yes if p.certainty is Certainty.EXACT and p.rank == pos else others).append(said)
    if yes:
        parts = [ctx.say("answer_yes") if q.yesno else plain(""), ctx.say("somewhere_yes", city=who,
                                                                         places=ctx.names(yes))]
        if others:
            parts.append(ctx.say("somewhere_others", places=ctx.names(others)))
    else:
        parts = [ctx.say("answer_not") if q.yesno else plain(""), ctx.say("somewhere_no", city=who,
                                                                         ordinal=ctx.ordinal(pos),
                                                                         places=ctx.names(others))]
    body = ctx.sentences(parts)
    city = ctx.city(ref.id) if ref.id else None
    return Answer(body, buttons.for_city(ctx, city, q) if city else [], None,
                  ctx.source(*[i.id for i in ctx.report.lists if i.ordered]), body.plain[:120], focus=ref)


def count_below(p: Placement, who: Rich, info: ListInfo, ctx: AnswerContext) -> Rich:
    """"How many cities rank below Tokyo?": the rest of the cities evaluated, of which few were published."""
    if p.certainty is Certainty.EXACT:
        below = ctx.evaluated - (p.rank or 0)
        shown = max(0, info.published - (p.rank or 0))
        return ctx.say("count_below" if shown else "count_below_unpublished", n=below, evaluated=ctx.evaluated,
                       city=who, in_list=ctx.in_list(info), list=ctx.list_name(info), published=shown)
    return ctx.say("count_below_outside", n=ctx.evaluated - info.published - 1, city=who, in_list=ctx.in_list(info),
                   list=ctx.list_name(info))
