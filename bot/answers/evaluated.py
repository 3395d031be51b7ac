"""Questions about all the cities evaluated, whose full list was not published: not known; what
is known of them from the cities the report names."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.answers.membership import IN, select
from bot.answers.place_members import what_of
from bot.query import Query


def evaluated(q: Query, ctx: AnswerContext) -> Answer:
    """About all the cities evaluated: not known, the full list was not published; what is known."""
    sel = select(ctx, [], places=list(q.places))
    named = [ctx.city(cid) for cid in sel.members(IN)]
    body = ctx.say("evaluated_unknown", evaluated=ctx.evaluated, what=what_of(ctx, q.places), n=len(named),
                   names=ctx.names([c.name(ctx.lang) for c in named]))
    if q.op == "share" and named:
        body = ctx.sentences([body, ctx.say("evaluated_share_floor", n=len(named), evaluated=ctx.evaluated,
                                            percent=round(100 * len(named) / ctx.evaluated))])
    return Answer(body, buttons.for_report(ctx), None, (ctx.report.meta["source"],), body.plain[:120])


def evaluated_breakdown(q: Query, ctx: AnswerContext, op: str) -> Answer:
    """"How many countries were evaluated?": not known; the countries (or regions) of the cities named."""
    codes: list[str] = []
    for cid in ctx.index.city_ids():
        if ctx.report.mentions(cid):
            code = ctx.city(cid).country
            key = code if op == "countries" else (ctx.index.region_of(code) or "")
            if key not in codes:
                codes.append(key)
    names = [ctx.country_in_sentence(k) if op == "countries" else ctx.index.region_name(k, ctx.lang) for k in codes]
    key = "evaluated_countries" if op == "countries" else "evaluated_regions"
    body = ctx.say(key, evaluated=ctx.evaluated, n=len(names), names=ctx.names(names))
    return Answer(body, buttons.for_report(ctx), None, (ctx.report.meta["source"],), body.plain[:120])
