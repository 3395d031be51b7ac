"""In how many of the report's lists each named city appears: "which city appears in the most lists",
"how many cities are in more than one list". A list that names its members only in part (or not at
all) leaves some counts open: each city's count is then a range, and the answer says which cities
certainly qualify and which only may."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.answers.membership import IN, MAYBE, in_list
from bot.query import Query
from bot.wording.rich import Rich
from index_core.model import City


def _counts(ctx: AnswerContext) -> list[tuple[City, int, int]]:
    """(city, lists it is certainly in, lists it may also be in) for every city the report names."""
    out = []
    for cid in ctx.index.city_ids():
        if not ctx.report.mentions(cid):
            continue
        city = ctx.city(cid)
        statuses = [in_list(ctx, info, city) for info in ctx.report.lists]
        out.append((city, statuses.count(IN), statuses.count(MAYBE)))
    return out


def appearances(q: Query, ctx: AnswerContext) -> Answer:
    counts = _counts(ctx)
    total = len(ctx.report.lists)
    parts: list[Rich]
    if q.op == "most_lists":  # the cities certainly in the most lists, and those that may reach as many
        top = max(n for _c, n, _m in counts)
        best = [c.name(ctx.lang) for c, n, _m in counts if n == top]
        could = [c.name(ctx.lang) for c, n, m in counts if n < top <= n + m]
        parts = [ctx.say("most_lists", n=top, total=total, names=ctx.names(best))]
        if could:
            parts.append(ctx.say("most_lists_maybe", n=len(could), names=ctx.names(could), top=top))
    else:  # "in more than one list": two at least
        k = q.extra.get("at_least", 2)
        sure = [ctx.say("name_in_lists", city=c.name(ctx.lang), n=n) for c, n, _m in sorted(counts, key=lambda t: -t[1])
                if n >= k]
        may = [c.name(ctx.lang) for c, n, m in counts if n < k <= n + m]
        parts = [ctx.say("several_lists", n=len(sure), names=ctx.names(sure), total=total, k=k)]
        if may:
            parts.append(ctx.say("several_lists_maybe", n=len(may), names=ctx.names(may)))
    parts.append(ctx.say("lists_counted_named"))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_report(ctx), None, ctx.source(*[i.id for i in ctx.report.lists]),
                  body.plain[:120])


__all__ = ["appearances"]
