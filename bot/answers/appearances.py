"""In how many of the report's lists each named city appears: "which city appears in the most lists",
"how many cities are in more than one list". A list that names its members only in part (or not at
all) leaves some counts open: each city's count is then a range, and the answer says which cities
certainly qualify and which only may."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.city_rank import known_facts
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
    elif q.op == "one_list":  # "which cities are in only one list": certainly one, and those that may be in more
        sure = [c.name(ctx.lang) for c, n, m in counts if n == 1 and m == 0]
        may = [c.name(ctx.lang) for c, n, m in counts if n <= 1 < n + m]
        parts = [ctx.say("one_list", n=len(sure), names=ctx.names(sure), total=total) if sure else
                 ctx.say("one_list_none", total=total)]
        if may:
            parts.append(ctx.say("several_lists_maybe", n=len(may), names=ctx.names(may)))
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


def lists_of(q: Query, ctx: AnswerContext) -> Answer:
    """In how many of the lists each city is: certainly, and which others it may be in; asked of two, which
    is in more, when the counts can tell."""
    total = len(ctx.report.lists)
    parts: list[Rich] = []
    ranges: list[tuple[str, int, int]] = []
    for ref in q.cities:
        city = ctx.city(ref.id or "")
        statuses = [(info, in_list(ctx, info, city)) for info in ctx.report.lists]
        sure = sum(s == IN for _i, s in statuses)
        maybe = [ctx.say("set_the_list", top=ctx.top_of(info)) for info, s in statuses if s == MAYBE]
        facts = known_facts(city, "", ctx)
        parts.append(ctx.say("lists_of_city", city=city.name(ctx.lang), n=sure, total=total,
                             facts=ctx.names(facts)) if facts else
                     ctx.say("lists_of_none", city=city.name(ctx.lang), total=total))
        if maybe:
            parts.append(ctx.say("lists_of_maybe", n=len(maybe), lists=ctx.names(maybe)))
        ranges.append((city.name(ctx.lang), sure, sure + len(maybe)))
    if q.extra.get("more") and len(ranges) == 2:
        (a, a_lo, a_hi), (b, b_lo, b_hi) = ranges
        if a_lo > b_hi or b_lo > a_hi:
            more, less = (a, b) if a_lo > b_hi else (b, a)
            parts.insert(0, ctx.say("lists_more", city=more, other=less))
        elif a_lo == a_hi == b_lo == b_hi:
            parts.insert(0, ctx.say("lists_same", first=a, second=b, n=a_lo))
        else:
            parts.insert(0, ctx.say("lists_open", first=a, second=b))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_report(ctx), None, ctx.source(*[i.id for i in ctx.report.lists]),
                  body.plain[:120])


__all__ = ["appearances", "lists_of"]
