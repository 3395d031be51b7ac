"""A published list's members from the places asked (named with their ranks, unnamed, and those that
may or may not be from there), and how the cities of those places are said ("Chinese cities")."""

from __future__ import annotations

from bot.answers.context import AnswerContext
from bot.answers.membership import IN, MAYBE, select
from bot.query import PlaceRef, Query
from bot.wording.rich import Rich
from index_core.model import City, ListInfo


def list_of(q: Query, ctx: AnswerContext) -> ListInfo:
    return ctx.list_info(q.list_id)


def cut_of(q: Query, info: ListInfo) -> int | None:
    return q.n if q.n is not None and info.ordered and q.n < info.published else None


def what_of(ctx: AnswerContext, places: tuple[PlaceRef, ...], n: int = 2) -> Rich:
    """"Chinese cities", "cities outside the United States", "European city"."""
    if not places:
        return ctx.say("what_cities", n=n)
    keep = [p for p in places if not p.exclude]
    drop = [p for p in places if p.exclude]
    if keep and drop:  # "Asian cities that aren't Chinese"
        return ctx.say("what_adj_outside", n=n, adjective=ctx.names([ctx.place_adjective(p) for p in keep], conj="or"),
                       place=ctx.names([ctx.place_name(p) for p in drop]),
                       not_adjective=ctx.names([ctx.place_adjective(p) for p in drop], conj="or"))
    if keep:
        return ctx.say("what_adj", n=n, adjective=ctx.names([ctx.place_adjective(p) for p in keep], conj="or"))
    return ctx.say("what_outside", n=n, place=ctx.names([ctx.place_name(p) for p in drop]))


def what_but(ctx: AnswerContext, q: Query, n: int = 2, info: ListInfo | None = None) -> Rich:
    """what_of, with the cities left out said: "Chinese cities other than Beijing" (with their places in
    `info`, when it is ranked: "Japanese cities other than Tokyo (10th)")."""
    what = what_of(ctx, q.places, n)
    skip = q.extra.get("except", ())
    if not skip:
        return what
    names = [ctx.ranked_name(ctx.city(cid), info) if info is not None else ctx.city(cid).name(ctx.lang)
             for cid in skip]
    return ctx.say("what_but", what=what, names=ctx.names(names))


def members_of(q: Query, ctx: AnswerContext, info: ListInfo) -> tuple[list[tuple[int, City]], int, int]:
    """The list's members from the places asked (rank or 0, city), the unnamed ones from there, and
    the unnamed ones that may or may not be from there."""
    cut = cut_of(q, info)
    sel = select(ctx, [info.id], n={info.id: cut} if cut else None, places=list(q.places))
    order = {c.id: i for i, c in enumerate(ctx.report.members(info.id))}
    named = sorted((c for c in sel.members(IN)), key=lambda cid: order.get(cid, 99))
    skip = set(q.extra.get("except", ()))  # "European cities besides London"
    ranked = [(ctx.report.placement(info.id, cid).rank or 0, ctx.city(cid)) for cid in named if cid not in skip]
    unnamed = sum(u.count for u in sel.unnamed if u.status == IN)
    # with a known composition the count is exact: a named city that may be in the list can only be one
    # of its unnamed members, not one more
    # (not so for an area: a US member known only by its country may or may not lie on the West Coast)
    exact = info.composition and not any(p.kind == "area" for p in q.places)
    maybe = 0 if exact else len(sel.members(MAYBE)) + sum(u.count for u in sel.unnamed
                                                                     if u.status == MAYBE)
    return ranked, unnamed, maybe


def size_of(ctx: AnswerContext, info: ListInfo, cut: int | None) -> int:
    return cut or info.published or len(ctx.report.members(info.id))
