"""A city's rank in a list (or in several), with its neighbours and the other lists the report
places it in."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.city_profile import profile_line
from bot.answers.city_subject import subject
from bot.answers.context import Answer, AnswerContext
from bot.answers.standing import count_below
from bot.cards.spec import CardSpec
from bot.query import CityRef, Query
from bot.wording.rich import Rich, plain
from index_core.model import Certainty, City, ListInfo, Placement


def rank(q: Query, ctx: AnswerContext) -> Answer:
    ref, early = subject(q, ctx)
    if early:
        return early
    assert ref is not None and ref.id
    city = ctx.city(ref.id)
    who = ctx.mention(ref)
    if len(q.lists) > 1:
        return _rank_in_lists(q, ctx, ref, city)
    info = ctx.list_info(q.list_id)
    p = ctx.report.placement(info.id, city.id)
    parts = [ctx.placement_sentence(p, who)]
    if q.op == "count_above" and info.ordered:
        parts.insert(0, _count_above(p, who, info, ctx))
    if q.op == "count_below" and info.ordered:
        parts.insert(0, count_below(p, who, info, ctx))
    if p.certainty is Certainty.EXACT and info.ordered:
        near = neighbours_sentence(city, info, ctx)
        if near is not None:
            parts.append(near)
    also = also_known(city, info.id, ctx, but=who if p.certainty is Certainty.OUTSIDE else None)
    if also is not None:
        parts.append(also)
    return Answer(ctx.sentences(parts), buttons.for_city(ctx, city, q), CardSpec.city(city.id, ctx.lang),
                  ctx.source(*[i.id for i in ctx.report.lists]), parts[0].plain, focus=ref)


def _count_above(p: Placement, who: Rich, info: ListInfo, ctx: AnswerContext) -> Rich:
    if p.certainty is Certainty.EXACT:
        above = (p.rank or 1) - 1
        if not above:
            return ctx.say("count_above_none", city=who, in_list=ctx.in_list(info), list=ctx.list_name(info))
        return ctx.say("count_above", n=above, city=who, in_list=ctx.in_list(info), list=ctx.list_name(info))
    return ctx.say("count_above_outside", n=info.published, city=who, in_list=ctx.in_list(info),
                   list=ctx.list_name(info))


def _rank_in_lists(q: Query, ctx: AnswerContext, ref: CityRef, city: City) -> Answer:
    """"What's Hong Kong's rank overall, in education and in talent?": one line per list."""
    lines = [ctx.say("profile_head_short", city=ctx.mention(ref))]
    for list_id in q.lists:
        p = ctx.report.placement(list_id, city.id)
        lines.append(plain("• ") + profile_line(p, ctx))
    return Answer(ctx.lines(lines), buttons.for_city(ctx, city, q), CardSpec.city(city.id, ctx.lang),
                  ctx.source(*q.lists), lines[1].plain, focus=ref)


def neighbours_sentence(city: City, info: ListInfo, ctx: AnswerContext) -> Rich | None:
    above, below = ctx.report.neighbours(info.id, city.id)
    rank_ = ctx.report.placement(info.id, city.id).rank or 0
    if above and below:
        return ctx.say("neighbours_both", above=ctx.with_rank(above, rank_ - 1), below=ctx.with_rank(below, rank_ + 1))
    if above:
        return ctx.say("neighbours_above", above=ctx.with_rank(above, rank_ - 1))
    if below:
        return ctx.say("neighbours_below", below=ctx.with_rank(below, rank_ + 1))
    return None


def also_known(city: City, exclude: str, ctx: AnswerContext, *, but: Rich | None = None) -> Rich | None:
    """The other lists where the report places the city (exact ranks and memberships); `but`: the city's
    name, when it is outside the list asked about ("… not in the overall top 10. But Shenzhen is in …")."""
    facts = known_facts(city, exclude, ctx)
    if not facts:
        return None
    if but is not None:
        return ctx.say("also_known_outside", city=but, facts=ctx.names(facts))
    return ctx.say("also_known", facts=ctx.names(facts))


def known_facts(city: City, exclude: str, ctx: AnswerContext) -> list[Rich]:
    """Where the report places the city (exact ranks and memberships), but in the list `exclude`."""
    facts: list[Rich] = []
    for p in ctx.report.profile(city.id):
        if p.list.id == exclude:
            continue
        if p.certainty is Certainty.EXACT:
            facts.append(ctx.say("fact_exact", ordinal=ctx.ordinal(p.rank or 0), in_list=ctx.in_list(p.list),
                                 list=ctx.list_name(p.list)))
        elif p.certainty is Certainty.MEMBER:
            key = "fact_member_top" if p.list.published else "fact_member_group"
            facts.append(ctx.say(key, list=ctx.list_name(p.list), n=p.list.published))
    return facts
