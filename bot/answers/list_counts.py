"""Arithmetic on the sizes the report publishes: how many of the cities evaluated are not in a list
("how many of the 30 didn't make the top 10": 30 − 10 = 20, and which of them the report names), and
how big its lists and groups are ("the balanced group vs the talent-potential group": 4, and a group
of unstated size of which 4 are named)."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.answers.membership import MAYBE, OUT, in_list
from bot.query import Query
from bot.wording.rich import Rich, join
from index_core.model import ListInfo


def _size(ctx: AnswerContext, info: ListInfo, cut: int | None) -> int:
    """The list's known number of cities (a cut of an ordered list, a group's stated size, all the
    members of a group the report names in full), or 0 when it is not known."""
    if cut and info.ordered and cut <= info.published:
        return cut
    return info.published or (len(ctx.report.members(info.id)) if info.complete else 0)


def outside(q: Query, ctx: AnswerContext) -> Answer:
    """"How many of the 30 didn't make the top 10?", "有多少城市没进前十": the cities evaluated less the
    list's size, and those of them the report names (certainly outside, or not known)."""
    info = ctx.list_info(q.lists[0] if q.lists else None)
    cut = q.n if q.n and info.ordered and q.n < info.published else None
    size = _size(ctx, info, q.n)
    top = ctx.top_of(info, cut)
    if not size:  # a group of no stated size: how many are outside it is not known
        body = ctx.sentences([ctx.say("outside_count_unknown", evaluated=ctx.evaluated, top=top),
                              ctx.known_members(info)])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    n = ctx.evaluated - size
    parts: list[Rich] = [ctx.say("outside_count", n=n, evaluated=ctx.evaluated, size=size, top=top)]
    named = [ctx.city(cid) for cid in ctx.index.city_ids() if ctx.report.mentions(cid)]
    statuses = {c.id: in_list(ctx, info, c, cut) for c in named}
    out = [c.name(ctx.lang) for c in named if statuses[c.id] == OUT]
    maybe = [c.name(ctx.lang) for c in named if statuses[c.id] == MAYBE]
    if out:
        parts.append(ctx.say("outside_count_named", n=len(out), names=ctx.names(out), rest=n - len(out)))
    if maybe:
        parts.append(ctx.say("outside_count_maybe", n=len(maybe), names=ctx.names(maybe), top=top))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


def sizes(q: Query, ctx: AnswerContext) -> Answer:
    """"Size of the balanced group vs the talent-potential group?": each list's number of cities, or,
    for a group of unstated size, that it is not published and how many the report names."""
    parts: list[Rich] = []
    infos = [ctx.list_info(lid) for lid in q.lists] or [ctx.main_list]
    cuts = {info.id: dict(q.cuts).get(info.id, q.n) if info.ordered else None for info in infos}
    for info in infos:
        members = ctx.report.members(info.id)
        size = _size(ctx, info, cuts[info.id])
        named = ctx.names([c.name(ctx.lang) for c in members])
        if size:
            parts.append(ctx.say("size_of_list", n=size, top=ctx.top_of(info, cuts[info.id])))
        else:
            parts.append(ctx.say("size_unstated", top=ctx.top_of(info), n=len(members), names=named))
    body = ctx.say("sizes_of_lists", parts=join(parts, "; " if ctx.lang == "en" else "；"))
    known = {_size(ctx, i, cuts[i.id]) for i in infos}
    if len(infos) == 2 and len(known) == 1 and 0 not in known:
        body = ctx.sentences([body, ctx.say("sizes_equal", n=known.pop())])
    return Answer(body, buttons.for_list(ctx, infos[0]), None, ctx.source(*[i.id for i in infos]), body.plain[:120])


__all__ = ["outside", "sizes"]
