"""Answers about countries and regions: which Chinese cities are in the top 10, the best city
outside the US, whether all of the top 5 are American, and more US or Chinese cities — over a
published list, never over the 30 cities evaluated, whose full list was not published."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.answers.evaluated import evaluated
from bot.answers.place_filters import beyond, nth_of_place
from bot.answers.place_members import cut_of, list_of, members_of, size_of, what_but, what_of
from bot.cards.spec import CardSpec
from bot.query import CityRef, PlaceRef, Query
from bot.wording.rich import Rich, bold
from index_core.model import City, ListInfo


def _in_span(q: Query, ctx: AnswerContext, info: ListInfo, span: tuple[int, int]) -> Answer:
    """"Which of places 6 to 10 are American?": the published places in the span, from the places asked."""
    first, last = span
    members, _unnamed, _maybe = members_of(q.but(n=last, span=None), ctx, info)
    inside = [(r, c) for r, c in members if first <= r <= last]
    values = {"first": ctx.ordinal(first), "last": ctx.ordinal(last), "in_list": ctx.in_list(info),
              "list": ctx.list_name(info), "what": what_of(ctx, q.places, max(1, len(inside)))}
    if inside:
        body = ctx.say("place_some_span", n=len(inside), names=ctx.names([ctx.with_rank(c, r) for r, c in inside]),
                       **values)
    else:
        body = ctx.say("place_none_span", **values)
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def in_place(q: Query, ctx: AnswerContext) -> Answer:
    """"Which Chinese cities are in the top 10?", "which top-10 cities are not American?"."""
    info = list_of(q, ctx)
    cut = cut_of(q, info)
    if q.universe == "evaluated":
        return evaluated(q, ctx)
    if q.op == "best_n" and info.ordered and q.n:  # "top 3 Chinese cities": the best 3 of them
        members, _unnamed, _maybe = members_of(q.but(n=None), ctx, info)
        best = members[:q.n]
        key = "best_n_of_place" if len(best) == q.n else "best_n_fewer"  # "top 3 outside the US in education": 2
        body = ctx.say(key, n=len(best), what=what_of(ctx, q.places, len(best)), top=ctx.top_of(info),
                       list=ctx.list_name(info), names=ctx.names([ctx.with_rank(c, r) for r, c in best]))
        return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                      body.plain[:120])
    if q.span and info.ordered and 1 <= q.span[0] <= q.span[1] <= info.published:
        return _in_span(q, ctx, info, q.span)
    if q.op == "beyond" and info.ordered and q.n and q.n <= info.published:
        return beyond(q, ctx, info, q.n)
    members, unnamed, maybe = members_of(q, ctx, info)
    top = ctx.top_of(info, cut)
    names = ctx.names([ctx.with_rank(c, r) for r, c in members])
    count = len(members) + unnamed
    values = {"top": top, "names": names, "what": what_but(ctx, q, count), "unnamed": unnamed}
    if maybe and not members and not unnamed:
        body = ctx.say("place_partial_none", list=ctx.list_name(info), what=what_but(ctx, q))
    elif maybe:
        body = ctx.say("place_partial", list=ctx.list_name(info), names=names, what=what_but(ctx, q))
    elif count == 0:
        body = ctx.say("place_none", what=what_but(ctx, q, 1, info), top=top)
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


def best_in_place(q: Query, ctx: AnswerContext) -> Answer:
    """"best city outside the US", "the top European city", "worst-ranked American city in the top 10"."""
    info = list_of(q, ctx)
    members, unnamed, maybe = members_of(q, ctx, info)
    what_one = what_but(ctx, q, 1)
    top = ctx.top_of(info, cut_of(q, info))
    if not info.ordered:
        body = ctx.lines([ctx.say("best_unordered", top=top, what=what_one),
                          ctx.known_members(info)])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if not members:  # "best mainland Chinese city in education": none in the top published, the rest not known
        key = "best_none_published" if info.published < ctx.evaluated else "place_none"
        body = ctx.say(key, what=what_one, top=top)
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if q.op in ("all_above", "all_below") and q.cities and q.cities[0].id:
        return _all_beside(q, ctx, info, members, bool(unnamed or maybe))
    worst = q.op == "worst"
    nth = q.positions[0] if q.positions and q.positions[0] > 1 else 0
    if nth:  # "the second-best Chinese city", "美国城市里排第三的"
        return nth_of_place(q, ctx, info, members, nth, worst)
    rank, city = members[-1] if worst else members[0]
    key = "worst_of_place" if worst else "best_of_place"
    parts = [ctx.say(key, city=bold(city.name(ctx.lang)), ordinal=ctx.ordinal(rank), in_list=ctx.in_list(info),
                     what=what_one, top=top)]
    if q.extra.get("both_ends") and len(members) > 1:  # "best and worst us city": the lowest too
        low_rank, low = members[-1]
        parts.append(ctx.say("worst_of_place", city=bold(low.name(ctx.lang)), ordinal=ctx.ordinal(low_rank),
                             in_list=ctx.in_list(info), what=what_one, top=top))
    elif len(members) == 1:
        parts.append(ctx.say("only_one_of_place", what=what_one, top=top))
    else:
        others = [ctx.with_rank(c, r) for r, c in (members[:-1] if worst else members[1:])]
        parts.append(ctx.say("others_of_place", names=ctx.names(others), n=len(others)))
    if q.cities and q.cities[0].id and q.yesno:  # "is Tokyo the best Asian city?"
        ref = q.cities[0]
        verdict = "answer_yes" if ref.id == city.id else "answer_not"
        parts.insert(0, ctx.say(verdict))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_city(ctx, city, q), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120], focus=CityRef(city.name("en"), id=city.id))  # ("它前面是谁": the one found)


def _all_beside(q: Query, ctx: AnswerContext, info: ListInfo, members: list[tuple[int, City]],
                unknown: bool) -> Answer:
    """"Are all the US cities in the top 10 ranked above Shanghai?": each of them, against the city."""
    ref = q.cities[0]
    city = ctx.city(ref.id)
    rank = ctx.report.placement(info.id, city.id).rank
    others = [(r, c) for r, c in members if c.id != city.id]
    top = ctx.top_of(info, cut_of(q, info))
    if not rank or unknown or not others:  # the city has no place here, or not every one of them is known
        return best_in_place(q.but(op="best", cities=()), ctx)
    above = q.op == "all_above"
    wrong = [(r, c) for r, c in others if (r > rank if above else r < rank)]
    key = {(True, False): "all_of_place_above", (False, False): "all_of_place_below",
           (True, True): "some_of_place_below", (False, True): "some_of_place_above"}[(above, bool(wrong))]
    names = ctx.names([ctx.with_rank(c, r) for r, c in (wrong or others)])
    body = ctx.sentences([ctx.say("answer_not" if wrong else "answer_yes"), ctx.say(
        key, what=what_but(ctx, q, len(wrong) if wrong else 1), top=top, names=names, n=len(wrong or others),
        city=bold(ctx.with_rank(city, rank)))])
    return Answer(body, buttons.for_city(ctx, city, q), None, ctx.source(info.id), body.plain[:120])


def quantifier(q: Query, ctx: AnswerContext) -> Answer:
    """"Are all of the top 5 American?", "did any Chinese city make the education top 3?"."""
    info = list_of(q, ctx)
    cut = cut_of(q, info)
    size = size_of(ctx, info, cut)
    members, unnamed, maybe = members_of(q, ctx, info)
    count = len(members) + unnamed
    top = ctx.top_of(info, cut)
    names = ctx.names([ctx.with_rank(c, r) for r, c in members])
    if q.op == "all_in":
        return _all_in(q, ctx, info)
    if q.op in ("half", "majority") and not maybe:
        return _half(q, ctx, info, count, size)
    if q.op == "none":  # "no Chinese city in the sci-tech top 3, right?": yes only if there is none
        if count:
            body = ctx.sentences([ctx.say("answer_not"), ctx.say(
                "place_some" if not unnamed else "place_unnamed", n=count, top=top, names=names,
                what=what_but(ctx, q, count), unnamed=unnamed)])
        elif maybe:
            body = ctx.sentences([ctx.say("cant_tell"), ctx.say("place_partial_none", list=ctx.list_name(info),
                                                                what=what_of(ctx, q.places))])
        else:
            body = ctx.sentences([ctx.say("answer_yes"), ctx.say("place_none", what=what_of(ctx, q.places, 1),
                                                                 top=top)])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if q.op == "all":
        if count == size:
            body = ctx.sentences([ctx.say("answer_yes"), ctx.say("all_of_place", top=top, what=what_of(ctx, q.places),
                                                                 n=size)])
        else:
            everyone = q.but(places=())
            all_members, _u, _m = members_of(everyone, ctx, info)
            others = [ctx.with_rank(c, r) for r, c in all_members if (r, c) not in members]
            parts = [ctx.say("answer_not"), ctx.say("some_of_place", n=count, size=size, top=top,
                                                   what=what_of(ctx, q.places, count), names=names)]
            if others:
                parts.append(ctx.say("others_not_of_place", names=ctx.names(others), n=len(others)))
            body = ctx.sentences(parts)
    elif count:
        body = ctx.sentences([ctx.say("answer_yes"),
                              ctx.say("place_some" if not unnamed else "place_unnamed", n=count, top=top,
                                      names=names, what=what_but(ctx, q, count), unnamed=unnamed)])
    elif maybe:
        body = ctx.sentences([ctx.say("cant_tell"), ctx.say("place_partial_none", list=ctx.list_name(info),
                                                            what=what_of(ctx, q.places))])
    elif q.extra.get("except"):  # "any European cities besides London?": no — it is the only one
        only = ctx.city(q.extra["except"][0])
        body = ctx.sentences([ctx.say("answer_no"), ctx.say("only_other_of_place", city=bold(
            ctx.ranked_name(only, info)), what=what_of(ctx, q.places, 1), top=top)])
    else:  # "any Indian cities in the top 10?": the sentence says no
        body = ctx.say("place_none", what=what_of(ctx, q.places, 1), top=top)
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


def _half(q: Query, ctx: AnswerContext, info: ListInfo, count: int, size: int) -> Answer:
    """"Are half of the top 10 American?" (exactly half), "are most of them American?" (more than half)."""
    if q.op == "half":
        yes, key = 2 * count == size, "half_exactly" if 2 * count == size else "not_half"
    else:
        yes = 2 * count > size
        key = "majority_more" if yes else "majority_half" if 2 * count == size else "majority_fewer"
    top = ctx.top_of(info, cut_of(q, info))
    listed = in_place(q.but(op="", yesno=False), ctx)  # the place's cities there, as "which … are in" says them
    body = ctx.sentences([ctx.say("answer_yes" if yes else "answer_not"), ctx.say(key, top=top, n=count, size=size),
                          listed.body])
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


def _all_in(q: Query, ctx: AnswerContext, info: ListInfo) -> Answer:
    """"Are all US cities in the top 5?": the place's cities in the published results, and which of
    them are in the top N."""
    cut = cut_of(q, info)
    everywhere = q.but(n=None)
    known, _unnamed, _maybe = members_of(everywhere, ctx, info)
    inside = [(r, c) for r, c in known if cut is None or (r and r <= cut)]
    outside = [(r, c) for r, c in known if (r, c) not in inside]
    top = ctx.top_of(info, cut)
    if outside:
        parts = [ctx.say("answer_no"), ctx.say("in_top_of_place", n=len(inside), top=top,
                                               what=what_of(ctx, q.places, len(inside)),
                                               names=ctx.names([ctx.with_rank(c, r) for r, c in inside])),
                 ctx.say("outside_top_of_place", n=len(outside),
                         names=ctx.names([ctx.with_rank(c, r) for r, c in outside]))]
    else:
        parts = [ctx.say("answer_yes"), ctx.say("all_in_top_of_place", what=what_of(ctx, q.places, len(inside)),
                                                top=top, names=ctx.names([ctx.with_rank(c, r) for r, c in inside]))]
    parts.append(ctx.say("of_the_published", top=ctx.top_of(info)))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


def count_compare(q: Query, ctx: AnswerContext) -> Answer:
    """"More US or Chinese cities in the talent top 10?"."""
    info = list_of(q, ctx)
    counts = []
    for place in q.places[:3]:
        members, unnamed, _maybe = members_of(q.but(places=(place,)), ctx, info)
        counts.append((place, len(members) + unnamed))
    parts = [ctx.say("count_of_place", n=n, what=what_of(ctx, (p,), n)) for p, n in counts]
    values = sorted({n for _p, n in counts})
    top = ctx.top_of(info, cut_of(q, info))
    if q.op in ("ratio", "each"):  # "ratio of US to Chinese cities": 5:3; "how many from each": the counts
        said = ctx.say("counts_in", counts=ctx.names(parts), top=top)
        body = ctx.sentences([ctx.say("count_ratio", ratio=":".join(str(n) for _p, n in counts)), said]) \
            if q.op == "ratio" else said
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if q.op == "difference" and len(counts) == 2:  # "how many more US cities than Chinese": 5 − 3 = 2
        (first, a), (second, b) = counts
        more, less = ((first, a), (second, b)) if a >= b else ((second, b), (first, a))
        said = ctx.say("count_difference", n=more[1] - less[1], what=what_of(ctx, (more[0],), 2),
                       other=what_of(ctx, (less[0],), 2), sum=f"{more[1]} − {less[1]}") if a != b else \
            ctx.say("count_equal", n=2)
        body = ctx.sentences([said, ctx.say("counts_in", counts=ctx.names(parts), top=top)])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if len(values) == 1:
        verdict = ctx.say("count_equal", n=len(counts))
    else:
        best = max(counts, key=lambda pn: pn[1])
        verdict = ctx.say("count_more", what=what_of(ctx, (best[0],), 2))
    if q.yesno:  # "are there more US cities than Chinese ones?": yes or no, then the counts
        yes = len(values) > 1 and counts[0][1] == max(n for _p, n in counts)
        verdict = ctx.sentences([ctx.say("answer_yes" if yes else "answer_not"), verdict])
    body = ctx.sentences([verdict, ctx.say("counts_in", counts=ctx.names(parts), top=top)])
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
