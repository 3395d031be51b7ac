"""Counts, shares and averages over a published list, and its breakdown by country or region —
never over the 30 cities evaluated, whose full list was not published."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.appearances import appearances, lists_of
from bot.answers.context import Answer, AnswerContext
from bot.answers.evaluated import evaluated, evaluated_breakdown
from bot.answers.list_counts import outside, sizes
from bot.answers.membership import IN, place_ok, select
from bot.answers.place_members import cut_of, list_of, members_of, size_of, what_of
from bot.answers.places import in_place
from bot.cards.spec import CardSpec
from bot.query import Query
from bot.wording.rich import bold


def aggregate(q: Query, ctx: AnswerContext) -> Answer:
    op = q.op
    if q.universe == "evaluated" and op in ("countries", "regions"):
        return evaluated_breakdown(q, ctx, op)
    if q.universe == "evaluated" and op in ("count", "share", "average"):
        return evaluated(q, ctx)
    if op == "countries":
        return _breakdown(q, ctx, "country")
    if op == "regions":
        return _breakdown(q, ctx, "region")
    if op == "named":
        return _named_cities(q, ctx)
    if op == "named_list":
        return _named_list(q, ctx)
    if op == "outside":
        return outside(q, ctx)
    if op == "sizes":
        return sizes(q, ctx)
    if op == "lists_of":
        return lists_of(q, ctx)
    if op in ("most_lists", "several_lists", "one_list"):
        return appearances(q, ctx)
    if op == "share_of_evaluated":
        info = list_of(q, ctx)
        size = size_of(ctx, info, cut_of(q, info))
        body = ctx.say("share_of_evaluated", n=size, evaluated=ctx.evaluated, top=ctx.top_of(info, cut_of(q, info)),
                       percent=round(100 * size / ctx.evaluated))
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if op == "average":
        return _average(q, ctx)
    info = list_of(q, ctx)
    cut = cut_of(q, info)
    size = size_of(ctx, info, cut)
    if not q.places:  # "how many cities are in the talent top 10?"
        body = ctx.lines([ctx.say("list_size", n=size, top=ctx.top_of(info, cut)),
                          ctx.known_members(info) if info.unnamed else ctx.names(
                              [ctx.with_rank(c, r) for r, c in ctx.report.top(info.id, cut).entries])])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    members, unnamed, maybe = members_of(q, ctx, info)
    count = len(members) + unnamed
    if maybe:
        return in_place(q, ctx)
    names = ctx.names([ctx.with_rank(c, r) for r, c in members])
    values = {"n": count, "size": size, "top": ctx.top_of(info, cut), "what": what_of(ctx, q.places, count),
              "names": names, "percent": round(100 * count / size) if size else 0}
    key = "share_of_place" if op == "share" else "count_of_place_in"
    if unnamed and not members:
        key = "share_unnamed_in" if op == "share" else "count_unnamed_in"
    body = ctx.say(key, **values)
    if q.extra.get("claimed_percent") is not None and size:  # "is 40% of the top 10 asian?": yes, 4 of 10
        right = abs(100 * count / size - q.extra["claimed_percent"]) < 1
        body = ctx.sentences([ctx.say("answer_yes" if right else "answer_not"), body])
    claimed = q.extra.get("claimed")
    if claimed is not None:  # "are there 5 Chinese cities in the top 10?": no, 3
        right = {"=": count == claimed, ">": count > claimed, ">=": count >= claimed, "<": count < claimed,
                 "<=": count <= claimed}[q.extra.get("bound") or "="]  # "more than 3?": no, exactly 3
        body = ctx.sentences([ctx.say("answer_yes" if right else "answer_not"), body])
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, cut, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def _average(q: Query, ctx: AnswerContext) -> Answer:
    """"average rank of the US cities in the top 10", "average overall rank of the education top 3"; "do the US
    cities have a better average than the Chinese ones?" (a yes or no: the lower average is the better)."""
    if len(q.places) >= 2 and not q.cities and not any(p.exclude for p in q.places):  # "US cities vs Chinese ones"
        each = [_one_average(q.but(places=(p,)), ctx) for p in q.places]
        body = ctx.sentences([a.body for a, _mean in each])
        means = [mean for _a, mean in each]
        if q.yesno and len(means) == 2 and None not in means and q.extra.get("claim") in ("better", "worse"):
            first_better = means[0] < means[1]  # (type checkers: both are floats here)
            right = means[0] != means[1] and first_better == (q.extra["claim"] == "better")
            body = ctx.sentences([ctx.say("answer_yes" if right else "answer_not"), body])
        return Answer(body, each[0][0].buttons, None, tuple(dict.fromkeys(s for a, _m in each for s in a.sources)),
                      body.plain[:120])
    return _one_average(q, ctx)[0]


def _one_average(q: Query, ctx: AnswerContext) -> tuple[Answer, float | None]:
    """The average rank of one group of cities in a ranking, and the number (None where it can't be worked out)."""
    lists = [ctx.list_info(lid) for lid in q.lists] or [ctx.main_list]
    if len(lists) == 1 and not lists[0].ordered and not lists[0].published:  # a group: its cities' overall ranks
        lists = [ctx.main_list, lists[0]]
    if not any(i.ordered for i in lists):  # "average talent rank": that list has no ranks at all
        body = ctx.say("average_unordered", top=ctx.top_of(lists[0]))
        return Answer(body, buttons.for_list(ctx, lists[0]), None, ctx.source(lists[0].id), body.plain[:120]), None
    ranking = next((i for i in lists if i.ordered), ctx.main_list)
    group_list = next((i for i in lists if i.id != ranking.id), ranking)
    cut = [i for i in lists if i.id in dict(q.cuts)]
    if len(lists) == 2 and len(cut) == 1 and next(i for i in lists if i is not cut[0]).ordered:
        group_list = cut[0]  # "教育前三的城市在总榜平均排第几": the top cut is the group, the other list the ranks
        ranking = next(i for i in lists if i is not cut[0])
    if q.cities:  # "the average rank of Beijing, Shanghai and Hong Kong": those cities, in the ranking
        members, unnamed, maybe = [(0, ctx.city(c.id)) for c in q.cities if c.id], 0, 0
    else:
        members, unnamed, maybe = members_of(q.but(lists=(group_list.id,)), ctx, group_list)
    ranks = [(ctx.report.placement(ranking.id, c.id).rank, c) for _r, c in members]
    missing = [c for r, c in ranks if not r]
    if unnamed or maybe or missing or not ranks:
        body = ctx.say("average_unknown", top=ctx.top_of(group_list), list=ctx.list_name(ranking))
        if missing:  # "avg overall rank of the talent potential group": which have no rank there
            body = ctx.sentences([body, ctx.say("average_missing", names=ctx.names([c.name(ctx.lang) for c in missing]),
                                                n=len(missing), in_list=ctx.in_list(ranking),
                                                list=ctx.list_name(ranking))])
        return Answer(body, buttons.for_list(ctx, ranking), None, ctx.source(ranking.id), body.plain[:120]), None
    values = [r for r, _c in ranks if r]
    mean = sum(values) / len(values)
    shown = f"{mean:.2f}".rstrip("0").rstrip(".")  # 4.67, 5.5, 6
    group = ctx.say("these_cities", n=len(values)) if q.cities else ctx.top_of(group_list, cut_of(q, group_list))
    body = ctx.say("average_rank", average=bold(shown), n=len(values), in_list=ctx.in_list(ranking),
                   what=what_of(ctx, q.places, len(values)) if q.places else group,
                   sum="+".join(str(v) for v in values),
                   names=ctx.names([ctx.with_rank(c, r or 0) for r, c in ranks]))
    counted = {c.id for _r, c in ranks}
    whole_place = q.places and not q.cities and not q.n  # not "... in the top 10"
    unranked = [ctx.city(cid) for cid in ctx.index.city_ids() if whole_place and cid not in counted
                and ctx.report.mentions(cid) and place_ok(ctx, ctx.city(cid), list(q.places))
                and not ctx.report.placement(ranking.id, cid).rank]
    if unranked:  # "mean ranking of the chinese cities": Shenzhen and Guangzhou have no overall rank to count
        body = ctx.sentences([body, ctx.say("average_left_out", names=ctx.names([c.name(ctx.lang) for c in unranked]),
                                            n=len(unranked), list=ctx.list_name(ranking))])
    return Answer(body, buttons.for_list(ctx, ranking), None, ctx.source(ranking.id, group_list.id),
                  body.plain[:120]), mean


def _breakdown(q: Query, ctx: AnswerContext, by: str) -> Answer:
    """"which countries do the top 10 come from", "how many cities from each continent"."""
    info = list_of(q, ctx)
    cut = cut_of(q, info)
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
    if lead is not None and len(ordered) > 1 and not q.extra.get("fewest"):
        most = [key for key, names in ordered if len(names) == len(lead[1])]  # ties: all of them
        place = ctx.names([ctx.country_in_sentence(k) if by == "country" else ctx.index.region_name(k, ctx.lang)
                           for k in most])
        key = "breakdown_most" if len(most) == 1 else "breakdown_most_tie"
        body = ctx.sentences([body, ctx.say(key, place=place, n=len(lead[1]))])
        if q.extra.get("claimed_most") and (len(most) == 1 or q.extra["claimed_most"] not in most):  # "is the US
            body = ctx.sentences([ctx.say("answer_yes" if q.extra["claimed_most"] in most else "answer_not"), body])
            # the country with the most top 10 cities?": yes, 5 (a tie is said as a tie, no yes or no)
    if q.extra.get("fewest") and len(ordered) > 1 and len(ordered[-1][1]) < len(ordered[0][1]):
        least = [key for key, names in ordered if len(names) == len(ordered[-1][1])]  # ties: all of them
        place = ctx.names([ctx.country_in_sentence(k) if by == "country" else ctx.index.region_name(k, ctx.lang)
                           for k in least])
        key = "breakdown_fewest" if len(least) == 1 else "breakdown_fewest_tie"
        body = ctx.sentences([body, ctx.say(key, place=place, n=len(ordered[-1][1]))])
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, cut, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def _named_list(q: Query, ctx: AnswerContext) -> Answer:
    """"did the report name every city in the talent top 10?": yes only if no member is unnamed or left out."""
    info = list_of(q, ctx)
    if q.places:  # "are the 5 US talent cities named?": those of the place
        unnamed = [(code, n) for code, n in info.unnamed if place_ok(ctx, code, list(q.places))]
        named = [c for c in ctx.report.members(info.id) if place_ok(ctx, c, list(q.places))]
        what = what_of(ctx, q.places, sum(n for _c, n in unnamed) or len(named))
        if unnamed:
            body = ctx.sentences([ctx.say("answer_no"), ctx.say("named_place_unnamed", top=ctx.top_of(info),
                                                                 n=sum(n for _c, n in unnamed), what=what)])
        else:
            body = ctx.sentences([ctx.say("answer_yes" if named else "answer_not"), ctx.say(
                "named_place_all", top=ctx.top_of(info), what=what, n=len(named),
                names=ctx.names([c.name(ctx.lang) for c in named]))])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if info.complete and not info.unnamed:
        names = [c.name(ctx.lang) for c in ctx.report.members(info.id)] if not info.ordered else \
            [ctx.with_rank(c, r) for r, c in ctx.report.top(info.id).entries]
        body = ctx.sentences([ctx.say("answer_yes"), ctx.say("named_list_all", top=ctx.top_of(info),
                                                             names=ctx.names(names))])
    elif info.unnamed:
        body = ctx.lines([ctx.sentences([ctx.say("answer_no"), ctx.say("named_list_unnamed", top=ctx.top_of(info))]),
                          ctx.known_members(info)])
    else:  # a group the report gives only examples of
        named = ctx.names([c.name(ctx.lang) for c in ctx.report.members(info.id)])
        body = ctx.sentences([ctx.say("answer_no"), ctx.say("named_list_some", list=ctx.list_name(info), names=named)])
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


def _named_cities(q: Query, ctx: AnswerContext) -> Answer:
    """"how many cities does the report name in total?", "name all cities mentioned anywhere"."""
    ids = [cid for cid in ctx.index.city_ids() if ctx.report.mentions(cid)]
    main = ctx.main_list
    if q.places:  # "how many Chinese cities does the report name across its lists?"
        of_place = set(select(ctx, [], places=list(q.places)).members(IN))
        cities = [ctx.city(cid) for cid in ids if cid in of_place and cid not in q.extra.get("except", ())]
        shown = [ctx.say("name_with_rank_in", city=c.name(ctx.lang), ordinal=ctx.ordinal(r), in_list=ctx.in_list(main),
                         list=ctx.list_name(main)) if (r := ctx.report.placement(main.id, c.id).rank)
                 else c.name(ctx.lang) for c in cities]
        body = ctx.say("named_of_place", n=len(cities), what=what_of(ctx, q.places, len(cities)),
                       names=ctx.names(shown), top=ctx.top_of(main))
        return Answer(body, buttons.for_report(ctx), None, ctx.source(*[i.id for i in ctx.report.lists]),
                      body.plain[:120])
    ranked = [c for _r, c in ctx.report.top(main.id).entries]
    others = [ctx.city(cid) for cid in ids if cid not in {c.id for c in ranked}]
    body = ctx.say("named_cities", n=len(ids), top=ctx.top_of(main), ranked=ctx.names([c.name(ctx.lang)
                                                                                      for c in ranked]),
                   others=ctx.names([c.name(ctx.lang) for c in others]), evaluated=ctx.evaluated)
    return Answer(body, buttons.for_report(ctx), None, ctx.source(*[i.id for i in ctx.report.lists]),
                  body.plain[:120])
