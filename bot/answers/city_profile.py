"""A city's profile: everything the report says of it across every list, in a few sentences."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.city_subject import subject
from bot.answers.context import Answer, AnswerContext
from bot.cards.spec import CardSpec
from bot.query import Query
from bot.wording.rich import Rich, bold, plain
from index_core.model import Certainty, Placement


def profile(q: Query, ctx: AnswerContext) -> Answer:
    """Everything the report says of a city, in a few sentences: its main place, the other lists it is
    in, those it is known not to be in, and what is not known."""
    ref, early = subject(q, ctx)
    if early:
        return early
    assert ref is not None and ref.id
    city = ctx.city(ref.id)
    placements = ctx.report.profile(city.id)
    main, others = placements[0], placements[1:]
    parts = [ctx.say("profile_main", city=ctx.mention(ref), country=ctx.country_name(city.country),
                     status=_status(main, ctx))]
    facts = [_fact(p, ctx) for p in others if p.certainty in (Certainty.EXACT, Certainty.MEMBER)]
    if facts:
        parts.append(ctx.say("also_known", facts=ctx.names(facts)))
    outside = [p for p in others if p.certainty is Certainty.OUTSIDE]
    tops = [p for p in outside if p.list.ordered or p.list.published]
    groups = [p for p in outside if p not in tops]
    if tops:
        parts.append(ctx.say("profile_not_in", lists=ctx.names([_not_in(p, ctx) for p in tops], conj="or")))
    if groups:
        parts.append(ctx.say("profile_not_among", lists=ctx.names([ctx.list_name(p.list) for p in groups],
                                                                   conj="or")))
    unknown = [p for p in others if p.certainty is Certainty.UNKNOWN]
    if unknown:
        parts.append(ctx.say("profile_not_known", lists=ctx.names([_unknown(p, ctx) for p in unknown])))
    title = ctx.placement_sentence(main, plain(city.name(ctx.lang)))
    return Answer(ctx.sentences(parts), buttons.for_city(ctx, city, q), CardSpec.city(city.id, ctx.lang),
                  ctx.source(*[i.id for i in ctx.report.lists]), title.plain, focus=ref)


def _status(p: Placement, ctx: AnswerContext) -> Rich:
    """A city's place in the main list, as the start of a profile."""
    if p.certainty is Certainty.EXACT:
        return ctx.say("status_exact", ordinal=bold(ctx.ordinal(p.rank or 0)), in_list=ctx.in_list(p.list),
                       list=ctx.list_name(p.list), evaluated=ctx.evaluated)
    if p.certainty is Certainty.OUTSIDE and p.list.ordered:
        return ctx.say("status_outside", top=ctx.top_of(p.list))
    return profile_line(p, ctx)


def _fact(p: Placement, ctx: AnswerContext) -> Rich:
    if p.certainty is Certainty.EXACT:
        return ctx.say("fact_exact", ordinal=ctx.ordinal(p.rank or 0), in_list=ctx.in_list(p.list),
                       list=ctx.list_name(p.list))
    key = "fact_member_top" if p.list.published else "fact_member_group"
    return ctx.say(key, list=ctx.list_name(p.list), n=p.list.published)


def _unknown(p: Placement, ctx: AnswerContext) -> Rich:
    code = p.city.country if p.city else ""
    n = dict(p.list.unnamed).get(code, 0)
    if n:
        return ctx.say("fact_unknown_slot", list=ctx.list_name(p.list), n=n, adjective=ctx.adjective(code))
    return ctx.say("fact_unknown", list=ctx.list_name(p.list))


def _not_in(p: Placement, ctx: AnswerContext) -> Rich:
    return ctx.say("fact_not_in_top", top=ctx.top_of(p.list))


def profile_line(p: Placement, ctx: AnswerContext) -> Rich:
    info = p.list
    title = ctx.list_title(info)
    if p.certainty is Certainty.EXACT:
        key = "profile_exact" if info.id == ctx.main_list.id else "profile_exact_short"
        return ctx.say(key, list=title, ordinal=bold(ctx.ordinal(p.rank or 0)), evaluated=ctx.evaluated)
    if p.certainty is Certainty.MEMBER:
        if info.published:
            return ctx.say("profile_member_top", list=title, n=info.published)
        return ctx.say("profile_member_group", list=title)
    if p.certainty is Certainty.OUTSIDE:
        if info.ordered:
            return ctx.say("profile_outside", list=title, n=info.published)
        if info.published:
            return ctx.say("profile_outside_top", list=title, n=info.published)
        return ctx.say("profile_group_no", list=title)
    code = p.city.country if p.city else ""
    n = dict(info.unnamed).get(code, 0)
    if n:
        return ctx.say("profile_unknown_slot", list=title, n=n, adjective=ctx.adjective(code))
    return ctx.say("profile_unknown", list=title)
