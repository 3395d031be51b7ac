"""Answers about countries and regions: which Chinese cities are in the top 10, the best city
outside the US, whether all of the top 5 are American, and counts, shares and averages over a
published list — never over the 30 cities evaluated, whose full list was not published."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.answers.membership import IN, MAYBE, select
from bot.answers.place_filters import beyond, nth_of_place
from bot.cards.spec import CardSpec
from bot.query import PlaceRef, Query
from bot.wording.rich import Rich, bold
from index_core.model import City, ListInfo


def _info(q: Query, ctx: AnswerContext) -> ListInfo:
    return ctx.list_info(q.list_id)


def _cut(q: Query, info: ListInfo) -> int | None:
    return q.n if q.n is not None and info.ordered and q.n < info.published else None


def _what(ctx: AnswerContext, places: tuple[PlaceRef, ...], n: int = 2) -> Rich:
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


def cut_of(q: Query, info: ListInfo) -> int | None:
    return _cut(q, info)


def what_of(ctx: AnswerContext, places: tuple[PlaceRef, ...], n: int = 2) -> Rich:
    """"Chinese cities", "non-Chinese Asian cities": the cities of the places asked, for other answers."""
    return _what(ctx, places, n)


def what_but(ctx: AnswerContext, q: Query, n: int = 2) -> Rich:
    """_what, with the cities left out said: "Chinese cities other than Beijing"."""
    what = _what(ctx, q.places, n)
    skip = q.extra.get("except", ())
    if not skip:
        return what
    return ctx.say("what_but", what=what, names=ctx.names([ctx.city(cid).name(ctx.lang) for cid in skip]))


def _members(q: Query, ctx: AnswerContext, info: ListInfo) -> tuple[list[tuple[int, City]], int, int]:
    """The list's members from the places asked (rank or 0, city), the unnamed ones from there, and
    the unnamed ones that may or may not be from there."""
    cut = _cut(q, info)
    sel = select(ctx, [info.id], n={info.id: cut} if cut else None, places=list(q.places))
    order = {c.id: i for i, c in enumerate(ctx.report.members(info.id))}
    named = sorted((c for c in sel.members(IN)), key=lambda cid: order.get(cid, 99))
    skip = set(q.extra.get("except", ()))  # "European cities besides London"
    ranked = [(ctx.report.placement(info.id, cid).rank or 0, ctx.city(cid)) for cid in named if cid not in skip]
    unnamed = sum(u.count for u in sel.unnamed if u.status == IN)
    # with a known composition the count is exact: a named city that may be in the list can only be one
    # of its unnamed members, not one more
    maybe = 0 if info.composition else len(sel.members(MAYBE)) + sum(u.count for u in sel.unnamed
                                                                     if u.status == MAYBE)
    return ranked, unnamed, maybe


def _size(ctx: AnswerContext, info: ListInfo, cut: int | None) -> int:
    return cut or info.published or len(ctx.report.members(info.id))


def _in_span(q: Query, ctx: AnswerContext, info: ListInfo, span: tuple[int, int]) -> Answer:
    """"Which of places 6 to 10 are American?": the published places in the span, from the places asked."""
    first, last = span
    members, _unnamed, _maybe = _members(q.but(n=last, span=None), ctx, info)
    inside = [(r, c) for r, c in members if first <= r <= last]
    values = {"first": ctx.ordinal(first), "last": ctx.ordinal(last), "in_list": ctx.in_list(info),
              "list": ctx.list_name(info), "what": _what(ctx, q.places, max(1, len(inside)))}
    if inside:
        body = ctx.say("place_some_span", n=len(inside), names=ctx.names([ctx.with_rank(c, r) for r, c in inside]),
                       **values)
    else:
        body = ctx.say("place_none_span", **values)
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def in_place(q: Query, ctx: AnswerContext) -> Answer:
    """"Which Chinese cities are in the top 10?", "which top-10 cities are not American?"."""
    info = _info(q, ctx)
    cut = _cut(q, info)
    if q.universe == "evaluated":
        return _evaluated(q, ctx)
    if q.op == "best_n" and info.ordered and q.n:  # "top 3 Chinese cities": the best 3 of them
        members, _unnamed, _maybe = _members(q.but(n=None), ctx, info)
        best = members[:q.n]
        body = ctx.say("best_n_of_place", n=len(best), what=_what(ctx, q.places, len(best)),
                       list=ctx.list_name(info), names=ctx.names([ctx.with_rank(c, r) for r, c in best]))
        return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                      body.plain[:120])
    if q.span and info.ordered and 1 <= q.span[0] <= q.span[1] <= info.published:
        return _in_span(q, ctx, info, q.span)
    if q.op == "beyond" and info.ordered and q.n and q.n < info.published:
        return beyond(q, ctx, info, q.n)
    members, unnamed, maybe = _members(q, ctx, info)
    top = ctx.top_of(info, cut)
    names = ctx.names([ctx.with_rank(c, r) for r, c in members])
    count = len(members) + unnamed
    values = {"top": top, "names": names, "what": what_but(ctx, q, count), "unnamed": unnamed}
    if maybe and not members and not unnamed:
        body = ctx.say("place_partial_none", list=ctx.list_name(info), what=what_but(ctx, q))
    elif maybe:
        body = ctx.say("place_partial", list=ctx.list_name(info), names=names, what=what_but(ctx, q))
    elif count == 0:
        body = ctx.say("place_none", what=what_but(ctx, q, 1), top=top)
    elif unnamed and members:
        body = ctx.say("place_named_and_unnamed", n=count, **values)
    elif unnamed:
        body = ctx.say("place_unnamed", n=count, **values)
    else:
        body = ctx.say("place_some", n=count, **values)
    said = _statements_about(ctx, q.places, info)
    if said:  # "Chinese cities in higher education": and what the report says of them there
        body = ctx.sentences([body, *said])
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, cut, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def _statements_about(ctx: AnswerContext, places: tuple[PlaceRef, ...], info: ListInfo) -> list[Rich]:
    """The report's statements that name both the place's cities and the list (none for the main list)."""
    if info.id == ctx.main_list.id or not places or places[0].exclude:
        return []
    adjective, name = ctx.place_adjective(places[0]), info.name(ctx.lang)
    return [ctx.say("the_report_says", text=s.text(ctx.lang)) for s in ctx.report.statements()
            if adjective in s.text(ctx.lang) and name in s.text(ctx.lang)]


def _evaluated(q: Query, ctx: AnswerContext) -> Answer:
    """About all the cities evaluated: not known, the full list was not published; what is known."""
    sel = select(ctx, [], places=list(q.places))
    named = [ctx.city(cid) for cid in sel.members(IN)]
    body = ctx.say("evaluated_unknown", evaluated=ctx.evaluated, what=_what(ctx, q.places), n=len(named),
                   names=ctx.names([c.name(ctx.lang) for c in named]))
    if q.op == "share" and named:
        body = ctx.sentences([body, ctx.say("evaluated_share_floor", n=len(named), evaluated=ctx.evaluated,
                                            percent=round(100 * len(named) / ctx.evaluated))])
    return Answer(body, buttons.for_report(ctx), None, (ctx.report.meta["source"],), body.plain[:120])


def _evaluated_breakdown(q: Query, ctx: AnswerContext, op: str) -> Answer:
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


def best_in_place(q: Query, ctx: AnswerContext) -> Answer:
    """"best city outside the US", "the top European city", "worst-ranked American city in the top 10"."""
    info = _info(q, ctx)
    members, _unnamed, _maybe = _members(q, ctx, info)
    what_one = what_but(ctx, q, 1)
    top = ctx.top_of(info, _cut(q, info))
    if not info.ordered:
        body = ctx.lines([ctx.say("best_unordered", top=top, what=what_one),
                          ctx.known_members(info)])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if not members:
        body = ctx.say("place_none", what=what_one, top=top)
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    worst = q.op == "worst"
    nth = q.positions[0] if q.positions and q.positions[0] > 1 else 0
    if nth:  # "the second-best Chinese city", "美国城市里排第三的"
        return nth_of_place(q, ctx, info, members, nth, worst)
    rank, city = members[-1] if worst else members[0]
    key = "worst_of_place" if worst else "best_of_place"
    parts = [ctx.say(key, city=bold(city.name(ctx.lang)), ordinal=ctx.ordinal(rank), in_list=ctx.in_list(info),
                     what=what_one)]
    if len(members) == 1:
        parts.append(ctx.say("only_one_of_place", what=what_one, top=top))
    else:
        others = [ctx.with_rank(c, r) for r, c in (members[:-1] if worst else members[1:])]
        parts.append(ctx.say("others_of_place", names=ctx.names(others), n=len(others)))
    if q.cities and q.cities[0].id and q.yesno:  # "is Tokyo the best Asian city?"
        ref = q.cities[0]
        verdict = "answer_yes" if ref.id == city.id else "answer_no"
        parts.insert(0, ctx.say(verdict))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_city(ctx, city, q), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def quantifier(q: Query, ctx: AnswerContext) -> Answer:
    """"Are all of the top 5 American?", "did any Chinese city make the education top 3?"."""
    info = _info(q, ctx)
    cut = _cut(q, info)
    size = _size(ctx, info, cut)
    members, unnamed, maybe = _members(q, ctx, info)
    count = len(members) + unnamed
    top = ctx.top_of(info, cut)
    names = ctx.names([ctx.with_rank(c, r) for r, c in members])
    if q.op == "all_in":
        return _all_in(q, ctx, info)
    if q.op == "all":
        if count == size:
            body = ctx.sentences([ctx.say("answer_yes"), ctx.say("all_of_place", top=top, what=_what(ctx, q.places),
                                                                 n=size)])
        else:
            everyone = q.but(places=())
            all_members, _u, _m = _members(everyone, ctx, info)
            others = [ctx.with_rank(c, r) for r, c in all_members if (r, c) not in members]
            parts = [ctx.say("answer_no"), ctx.say("some_of_place", n=count, size=size, top=top,
                                                   what=_what(ctx, q.places, count), names=names)]
            if others:
                parts.append(ctx.say("others_not_of_place", names=ctx.names(others), n=len(others)))
            body = ctx.sentences(parts)
    elif count:
        body = ctx.sentences([ctx.say("answer_yes"),
                              ctx.say("place_some" if not unnamed else "place_unnamed", n=count, top=top,
                                      names=names, what=what_but(ctx, q, count), unnamed=unnamed)])
    elif maybe:
        body = ctx.sentences([ctx.say("cant_tell"), ctx.say("place_partial_none", list=ctx.list_name(info),
                                                            what=_what(ctx, q.places))])
    elif q.extra.get("except"):  # "any European cities besides London?": no — it is the only one
        only = ctx.city(q.extra["except"][0])
        body = ctx.sentences([ctx.say("answer_not"), ctx.say("only_other_of_place", city=bold(only.name(ctx.lang)),
                                                             what=_what(ctx, q.places, 1), top=top)])
    else:  # "any Indian cities in the top 10?": the sentence says no
        body = ctx.say("place_none", what=_what(ctx, q.places, 1), top=top)
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


def _all_in(q: Query, ctx: AnswerContext, info: ListInfo) -> Answer:
    """"Are all US cities in the top 5?": the place's cities in the published results, and which of
    them are in the top N."""
    cut = _cut(q, info)
    everywhere = q.but(n=None)
    known, _unnamed, _maybe = _members(everywhere, ctx, info)
    inside = [(r, c) for r, c in known if cut is None or (r and r <= cut)]
    outside = [(r, c) for r, c in known if (r, c) not in inside]
    top = ctx.top_of(info, cut)
    if outside:
        parts = [ctx.say("answer_no"), ctx.say("in_top_of_place", n=len(inside), top=top,
                                               what=_what(ctx, q.places, len(inside)),
                                               names=ctx.names([ctx.with_rank(c, r) for r, c in inside])),
                 ctx.say("outside_top_of_place", n=len(outside),
                         names=ctx.names([ctx.with_rank(c, r) for r, c in outside]))]
    else:
        parts = [ctx.say("answer_yes"), ctx.say("all_in_top_of_place", what=_what(ctx, q.places, len(inside)),
                                                top=top, names=ctx.names([ctx.with_rank(c, r) for r, c in inside]))]
    parts.append(ctx.say("of_the_published", top=ctx.top_of(info)))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


def count_compare(q: Query, ctx: AnswerContext) -> Answer:
    """"More US or Chinese cities in the talent top 10?"."""
    info = _info(q, ctx)
    counts = []
    for place in q.places[:3]:
        members, unnamed, _maybe = _members(q.but(places=(place,)), ctx, info)
        counts.append((place, len(members) + unnamed))
    parts = [ctx.say("count_of_place", n=n, what=_what(ctx, (p,), n)) for p, n in counts]
    values = sorted({n for _p, n in counts})
    if len(values) == 1:
        verdict = ctx.say("count_equal", n=len(counts))
    else:
        best = max(counts, key=lambda pn: pn[1])
        verdict = ctx.say("count_more", what=_what(ctx, (best[0],), 2))
    if q.yesno:  # "are there more US cities than Chinese ones?": yes or no, then the counts
        yes = len(values) > 1 and counts[0][1] == max(n for _p, n in counts)
        verdict = ctx.sentences([ctx.say("answer_yes" if yes else "answer_not"), verdict])
    body = ctx.sentences([verdict, ctx.say("counts_in", counts=ctx.names(parts), top=ctx.top_of(info, _cut(q, info)))])
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


def aggregate(q: Query, ctx: AnswerContext) -> Answer:
    op = q.op
    if q.universe == "evaluated" and op in ("countries", "regions"):
        return _evaluated_breakdown(q, ctx, op)
    if q.universe == "evaluated" and op in ("count", "share", "average"):
        return _evaluated(q, ctx)
    if op == "countries":
        return _breakdown(q, ctx, "country")
    if op == "regions":
        return _breakdown(q, ctx, "region")
    if op == "named":
        return _named_cities(q, ctx)
    if op == "share_of_evaluated":
        info = _info(q, ctx)
        size = _size(ctx, info, _cut(q, info))
        body = ctx.say("share_of_evaluated", n=size, evaluated=ctx.evaluated, top=ctx.top_of(info, _cut(q, info)),
                       percent=round(100 * size / ctx.evaluated))
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if op == "average":
        return _average(q, ctx)
    info = _info(q, ctx)
    cut = _cut(q, info)
    size = _size(ctx, info, cut)
    if not q.places:  # "how many cities are in the talent top 10?"
        body = ctx.lines([ctx.say("list_size", n=size, top=ctx.top_of(info, cut)),
                          ctx.known_members(info) if info.unnamed else ctx.names(
                              [ctx.with_rank(c, r) for r, c in ctx.report.top(info.id, cut).entries])])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    members, unnamed, maybe = _members(q, ctx, info)
    count = len(members) + unnamed
    if maybe:
        return in_place(q, ctx)
    names = ctx.names([ctx.with_rank(c, r) for r, c in members])
    values = {"n": count, "size": size, "top": ctx.top_of(info, cut), "what": _what(ctx, q.places, count),
              "names": names, "percent": round(100 * count / size) if size else 0}
    key = "share_of_place" if op == "share" else "count_of_place_in"
    if unnamed and not members:
        key = "count_unnamed_in"
    body = ctx.say(key, **values)
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, cut, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def _average(q: Query, ctx: AnswerContext) -> Answer:
    """"average rank of the US cities in the top 10", "average overall rank of the education top 3"."""
    lists = [ctx.list_info(lid) for lid in q.lists] or [ctx.main_list]
    if not any(i.ordered for i in lists):  # "average talent rank": that list has no ranks at all
        body = ctx.say("average_unordered", top=ctx.top_of(lists[0]))
        return Answer(body, buttons.for_list(ctx, lists[0]), None, ctx.source(lists[0].id), body.plain[:120])
    ranking = next((i for i in lists if i.ordered), ctx.main_list)
    group_list = lists[1] if len(lists) >= 2 else ranking
    members, unnamed, maybe = _members(q.but(lists=(group_list.id,)), ctx, group_list)
    ranks = [(ctx.report.placement(ranking.id, c.id).rank, c) for _r, c in members]
    missing = [c for r, c in ranks if not r]
    if unnamed or maybe or missing or not ranks:
        body = ctx.say("average_unknown", top=ctx.top_of(group_list), list=ctx.list_name(ranking))
        return Answer(body, buttons.for_list(ctx, ranking), None, ctx.source(ranking.id), body.plain[:120])
    values = [r for r, _c in ranks if r]
    mean = sum(values) / len(values)
    shown = f"{mean:.1f}".rstrip("0").rstrip(".")
    body = ctx.say("average_rank", average=bold(shown), n=len(values), in_list=ctx.in_list(ranking),
                   what=_what(ctx, q.places, len(values)) if q.places else ctx.top_of(group_list),
                   sum="+".join(str(v) for v in values),
                   names=ctx.names([ctx.with_rank(c, r or 0) for r, c in ranks]))
    return Answer(body, buttons.for_list(ctx, ranking), None, ctx.source(ranking.id, group_list.id), body.plain[:120])


def _breakdown(q: Query, ctx: AnswerContext, by: str) -> Answer:
    """"which countries do the top 10 come from", "how many cities from each continent"."""
    info = _info(q, ctx)
    cut = _cut(q, info)
    groups: dict[str, list[str]] = {}
    for rank, city in ctx.report.top(info.id, cut).entries if info.ordered else \
            [(0, c) for c in ctx.report.members(info.id)]:
        key = city.country if by == "country" else (ctx.index.region_of(city.country) or "")
        groups.setdefault(key, []).append(ctx.with_rank(city, rank))
    for code, n in info.unnamed:
        key = code if by == "country" else (ctx.index.region_of(code) or "")
        groups.setdefault(key, []).extend([ctx.text("unnamed_one")] * n)
    ordered = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    parts = []
    for key, names in ordered:
        name = ctx.country_in_sentence(key) if by == "country" else ctx.index.region_name(key, ctx.lang)
        shown = [n for n in names if n != ctx.text("unnamed_one")]
        unnamed = len(names) - len(shown)
        detail = ctx.names(shown + ([ctx.say("unnamed_count", n=unnamed)] if unnamed else []))
        parts.append(ctx.say("breakdown_part", place=name, n=len(names), names=detail))
    head_key = "breakdown_countries" if by == "country" else "breakdown_regions"
    lead = ordered[0] if ordered else None
    parts_text = ctx.names(parts)
    body = ctx.say(head_key, n=len(ordered), top=ctx.top_of(info, cut), parts=parts_text)
    if lead is not None and len(ordered) > 1 and len(lead[1]) > len(ordered[1][1]):
        name = ctx.country_in_sentence(lead[0]) if by == "country" else ctx.index.region_name(lead[0], ctx.lang)
        body = ctx.sentences([body, ctx.say("breakdown_most", place=name, n=len(lead[1]))])
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, cut, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def _named_cities(q: Query, ctx: AnswerContext) -> Answer:
    """"how many cities does the report name in total?", "name all cities mentioned anywhere"."""
    ids = [cid for cid in ctx.index.city_ids() if ctx.report.mentions(cid)]
    main = ctx.main_list
    ranked = [c for _r, c in ctx.report.top(main.id).entries]
    others = [ctx.city(cid) for cid in ids if cid not in {c.id for c in ranked}]
    body = ctx.say("named_cities", n=len(ids), top=ctx.top_of(main), ranked=ctx.names([c.name(ctx.lang)
                                                                                      for c in ranked]),
                   others=ctx.names([c.name(ctx.lang) for c in others]), evaluated=ctx.evaluated)
    return Answer(body, buttons.for_report(ctx), None, ctx.source(*[i.id for i in ctx.report.lists]),
                  body.plain[:120])
