"""Set questions across lists: "which cities are in both the top 10 and the talent top 10",
"in the education top 3 but not in the innovation top 3", "in the education top 3 or the
balanced-education group", "is every education top-3 city also in the overall top 10?".
With a partly named list the answer is partial and says so: which cities are certainly in,
which certainly not, and which the report does not settle."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.answers.membership import IN, MAYBE, OUT, Selection, in_list, place_ok, select
from bot.answers.place_members import what_of
from bot.query import Query
from bot.wording.rich import Rich, bold
from index_core.model import ListInfo


def _lists(q: Query, ctx: AnswerContext) -> tuple[list[ListInfo], list[ListInfo]]:
    positive = [ctx.list_info(lid) for lid in q.lists if lid not in q.excluded]
    negative = [ctx.list_info(lid) for lid in q.excluded]
    if not positive and not negative:
        positive = [ctx.main_list]
    return positive, negative


def _cuts(q: Query, lists: list[ListInfo]) -> dict[str, int]:
    said = dict(q.cuts)
    out = {}
    for info in lists:
        n = said.get(info.id, q.n if not said else None)
        if n is not None and info.ordered and n <= info.published:
            out[info.id] = n
    return out


def _named(ctx: AnswerContext, ids: list[str], ranked_in: ListInfo | None) -> Rich:
    """The cities, each with its rank in `ranked_in` named with the list ("London (4th overall)"): a set
    answer speaks of several lists, so a bare "(4th)" could be read as any of them."""
    names = []
    for cid in ids:
        city = ctx.city(cid)
        rank = ctx.report.placement(ranked_in.id, cid).rank if ranked_in is not None else None
        if rank and ranked_in is not None:
            names.append(bold(ctx.say("name_with_rank_in", city=city.name(ctx.lang), ordinal=ctx.ordinal(rank),
                                      in_list=ctx.in_list(ranked_in), list=ctx.list_name(ranked_in))))
        else:
            names.append(bold(city.name(ctx.lang)))
    return ctx.names(names)


def _description(ctx: AnswerContext, positive: list[ListInfo], negative: list[ListInfo], q: Query) -> Rich:
    cuts = _cuts(q, positive)
    tops = [ctx.say("set_the_list", top=ctx.top_of(info, cuts.get(info.id))) for info in positive]
    text = ctx.names(tops, conj="or" if q.op == "or" else "and") if tops else ctx.say("set_the_results")
    if len(tops) == 2 and q.op != "or" and not negative:
        text = ctx.say("set_both", first=tops[0], second=tops[1])
    any_of = q.extra.get("any_of", ())
    if any_of:  # "the overall top 10 and one of the education top 3 or the sci-tech innovation top 3"
        text = ctx.say("set_and_one_of", lists=text, any=ctx.names(
            [ctx.say("set_the_list", top=ctx.top_of(ctx.list_info(lid), n)) for lid, n in any_of], conj="or"))
    if negative:
        cuts_all = _cuts(q, negative)
        text = ctx.say("set_but_not", lists=text, excluded=ctx.names(
            [ctx.say("set_the_list", top=ctx.top_of(i, cuts_all.get(i.id))) for i in negative], conj="or"))
    return text


def set_answer(q: Query, ctx: AnswerContext) -> Answer:
    positive, negative = _lists(q, ctx)
    if q.op == "subset" and len(positive) >= 2:
        return _subset(q, ctx, positive)
    if q.op == "same" and len(positive) == 2:
        return _same(q, ctx, positive)
    if q.op == "xor" and len(positive) == 2:
        return _exactly_one_of(q, ctx, positive)
    union = q.op == "or"
    cuts = _cuts(q, positive + negative)
    any_of = list(q.extra.get("any_of", ()))  # "top 10 cities that also make some top 3"
    sel = select(ctx, [i.id for i in positive], n=cuts, excluded=[i.id for i in negative], places=list(q.places),
                 union=union, any_of=any_of)
    ranked = None if union else next((i for i in positive if i.ordered), None)
    what = _description(ctx, positive, negative, q)
    certain, maybe = sel.members(IN), sel.members(MAYBE)
    certain_unnamed = [u for u in sel.unnamed if u.status == IN]
    maybe_unnamed = [u for u in sel.unnamed if u.status == MAYBE]
    left_out = [cid for cid in q.extra.get("except", ()) if cid in certain]  # "other than Boston, which …?"
    if left_out:
        certain = [cid for cid in certain if cid not in left_out]
        if not (certain or maybe or certain_unnamed or maybe_unnamed):
            body = ctx.sentences([*([ctx.say("answer_no")] if q.yesno else []),
                                  ctx.say("set_only_left_out", names=_named(ctx, left_out, ranked), what=what,
                                          n=len(left_out))])
            return Answer(body, buttons.for_list(ctx, positive[0] if positive else ctx.main_list), None,
                          ctx.source(*[i.id for i in positive + negative]), body.plain[:120])
    parts: list[Rich] = []
    if q.yesno and q.op != "or":
        verdict = "answer_yes" if certain or certain_unnamed else ("cant_tell" if maybe or maybe_unnamed
                                                                   else "answer_no")
        parts.append(ctx.say(verdict))
    if certain or certain_unnamed:
        named = [_named(ctx, certain, ranked)] if certain else []
        named += [ctx.say("unnamed_members", n=u.count, adjective=ctx.adjective(u.country)) for u in certain_unnamed]
        count = len(certain) + sum(u.count for u in certain_unnamed)
        partial = bool(maybe) and not any(i.composition for i in positive + negative)  # a group named "such as"
        if partial:
            key = "set_named_only"
        else:
            key = "set_certain" if maybe or maybe_unnamed else ("set_only" if count == 1 else "set_all")
        parts.append(ctx.say(key, what=what, names=ctx.names(named), n=count))
    elif maybe or maybe_unnamed:  # and then who may be, and why
        parts.append(ctx.say("set_none_certain_place", what=what, place=what_of(ctx, q.places, 1)) if q.places
                     else ctx.say("set_none_certain", what=what))
    else:
        kept = [c.id for info in positive[:1] for c in ctx.report.members(info.id)][:cuts.get(positive[0].id)] \
            if positive and negative else []
        if kept:  # "in the innovation top 3 but not the overall top 3": none — all three are in both
            parts.append(ctx.say("set_none_excluded", names=_named(ctx, kept, None), n=len(kept),
                                 excluded=ctx.names([ctx.top_of(i, cuts.get(i.id)) for i in negative], conj="or")))
        elif q.places:  # "which Chinese cities are in both top 3s?": none of that place (Boston is in both)
            parts.append(ctx.say("set_none_place", what=what, place=what_of(ctx, q.places, 1)))
        else:
            parts.append(ctx.say("set_none", what=what))
    if maybe:
        parts.append(ctx.say("set_maybe", names=_named(ctx, maybe, None), n=len(maybe),
                             reason=_why_unknown(ctx, positive + negative)))
    for u in maybe_unnamed if not maybe else ():  # (with named cities not known, the reason says it already)
        parts.append(ctx.say("set_maybe_unnamed", n=u.count, adjective=ctx.adjective(u.country),
                             top=ctx.top_of(ctx.report.list(u.list_id))))
    if q.extra.get("count"):  # "how many ...?": as a range, first, where some are not known
        count = len(certain) + sum(u.count for u in certain_unnamed)
        unnamed_maybe = sum(u.count for u in maybe_unnamed)
        more = min(len(maybe), unnamed_maybe) if maybe and unnamed_maybe else len(maybe) or unnamed_maybe
        if more:  # (an exact count is in the sentence that names them)
            parts.insert(0, ctx.say("set_count_range", n=count, most=count + more))
    if (certain or maybe) and not union and maybe:
        out = [cid for cid, s in sel.statuses.items() if s == OUT and _relevant(ctx, cid, positive)
               and place_ok(ctx, ctx.city(cid), list(q.places))]
        parts.extend(_certainly_not(ctx, out, positive, negative, cuts))
    body = ctx.sentences(parts)
    info = positive[0] if positive else ctx.main_list
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(*[i.id for i in positive + negative]),
                  body.plain[:120])


def _relevant(ctx: AnswerContext, cid: str, positive: list[ListInfo]) -> bool:
    """A city certainly outside the selection that is worth naming: a member of one of the lists."""
    return any(in_list(ctx, info, ctx.city(cid)) == IN for info in positive)


def _certainly_not(ctx: AnswerContext, out: list[str], positive: list[ListInfo], negative: list[ListInfo],
                   cuts: dict) -> list[Rich]:
    """The cities certainly outside, said with why: the list each is not in ("London and Tokyo are certainly not in
    the talent development top 10"), or the list left out that each is in ("Shenzhen … is in the talent top 10")."""
    missing: dict[str, list[str]] = {}
    inside: dict[str, list[str]] = {}
    for cid in out:
        city = ctx.city(cid)
        info = next((i for i in positive if in_list(ctx, i, city, cuts.get(i.id)) == OUT), None)
        if info is not None:
            missing.setdefault(info.id, []).append(cid)
            continue
        info = next((i for i in negative if in_list(ctx, i, city, cuts.get(i.id)) == IN), None)
        if info is not None:
            inside.setdefault(info.id, []).append(cid)
    order = sorted(missing, key=lambda lid: -[i.id for i in positive].index(lid))  # out of the last list first
    said = [ctx.say("set_out_of", names=_named(ctx, missing[lid], None), n=len(missing[lid]),
                    top=ctx.top_of(ctx.list_info(lid), cuts.get(lid))) for lid in order]
    return said + [ctx.say("set_out_in", names=_named(ctx, cids, None), n=len(cids),
                           top=ctx.top_of(ctx.list_info(lid), cuts.get(lid))) for lid, cids in inside.items()]


def _why_unknown(ctx: AnswerContext, lists: list[ListInfo]) -> Rich:
    """Why some cities are not known: each list with members the report doesn't name, and those named only
    in part ("the talent top 10 has 5 US cities …; the report names only some members of …")."""
    reasons = [ctx.say("reason_unnamed", top=ctx.top_of(info), n=n, adjective=ctx.adjective(code))
               for info in lists if info.unnamed for code, n in info.unnamed[:1]]
    rest = [ctx.list_name(i) for i in lists if not i.complete and not i.unnamed]
    if rest or not reasons:
        reasons.append(ctx.say("reason_also_incomplete" if reasons else "reason_incomplete", lists=ctx.names(rest)))
    return ctx.sentences(reasons)


def _subset(q: Query, ctx: AnswerContext, positive: list[ListInfo]) -> Answer:
    """"Is every education top-3 city also in the overall top 10?"."""
    first, second = positive[0], positive[1]
    cuts = _cuts(q, positive)
    members = [c for c in ctx.report.members(first.id)][:cuts.get(first.id)]
    if q.places:  # "are the US cities of the top 10 all in the talent top 10?": those of the place
        members = [c for c in members if place_ok(ctx, c, list(q.places))]
    statuses = {c.id: in_list(ctx, second, c, cuts.get(second.id)) for c in members}
    unnamed = bool(first.unnamed)
    values = {"first": ctx.top_of(first, cuts.get(first.id)), "second": ctx.top_of(second, cuts.get(second.id))}
    if q.places:  # "the US cities of the overall top 10"
        values["first"] = ctx.say("set_place_of", what=what_of(ctx, q.places), top=values["first"])
        hidden = [(code, n) for code, n in first.unnamed if place_ok(ctx, code, list(q.places))]
        if not members and hidden:  # "are all 5 US talent cities in the overall top 10?": they are not named
            body = ctx.sentences([ctx.say("subset_not_settled"), *(ctx.say(
                "set_maybe_unnamed", n=n, adjective=ctx.adjective(code), top=ctx.top_of(first, cuts.get(first.id)))
                for code, n in hidden)])
            return Answer(body, buttons.for_list(ctx, first), None, ctx.source(first.id), body.plain[:120])
        if not members:
            body = ctx.say("set_place_none", what=what_of(ctx, q.places, 1), top=ctx.top_of(first, cuts.get(first.id)))
            return Answer(body, buttons.for_list(ctx, first), None, ctx.source(first.id), body.plain[:120])
    if all(s == IN for s in statuses.values()) and not unnamed:
        ranked = second if second.ordered else None
        key = "subset_yes" if first.complete or first.published else "subset_named_yes"  # a group named in part
        key = "subset_place_yes" if q.places and key == "subset_yes" else key
        body = ctx.say(key, names=_named(ctx, list(statuses), ranked), **values)
    elif any(s == OUT for s in statuses.values()):
        out = [cid for cid, s in statuses.items() if s == OUT]
        body = ctx.say("subset_place_no" if q.places else "subset_no", n=len(out), **values,
                       names=_named(ctx, out, second if second.ordered else None))  # "Hong Kong (9th overall)"
    elif statuses:  # the report does not settle these cities: say which, and why
        open_ = [cid for cid, s in statuses.items() if s != IN]
        body = ctx.sentences([ctx.say("subset_not_settled"), ctx.say(
            "set_maybe", names=_named(ctx, open_, None), n=len(open_), reason=_why_unknown(ctx, [second]))])
    else:
        body = ctx.say("subset_unknown", **values)
    return Answer(body, buttons.for_list(ctx, first), None, ctx.source(first.id, second.id), body.plain[:120])


def _same(q: Query, ctx: AnswerContext, positive: list[ListInfo]) -> Answer:
    """"Are the overall top 3 and the sci-tech top 3 the same cities?": yes or no where both are named in full,
    with each one's order; otherwise the report does not settle it."""
    first, second = positive
    cuts = _cuts(q, positive)
    tops = [ctx.report.members(info.id)[:cuts.get(info.id)] for info in positive]
    values = {"first": ctx.top_of(first, cuts.get(first.id)), "second": ctx.top_of(second, cuts.get(second.id))}
    if first.unnamed or second.unnamed:  # a city certainly in one and not the other still says no
        out = [c.id for c in tops[0] if in_list(ctx, second, c, cuts.get(second.id)) == OUT]
        body = ctx.say("subset_no", names=_named(ctx, out, None), n=len(out), **values) if out else \
            ctx.say("same_unknown", **values)
    else:
        ids = [[c.id for c in top] for top in tops]
        orders = {f"order_{k}": _named(ctx, cids, None) for k, cids in enumerate(ids)}
        if set(ids[0]) == set(ids[1]):
            key = "same_yes_same_order" if ids[0] == ids[1] else "same_yes"
            body = ctx.say(key, n=len(ids[0]), **values, **orders)
        else:
            only = {"only_first": _named(ctx, [c for c in ids[0] if c not in ids[1]], None),
                    "only_second": _named(ctx, [c for c in ids[1] if c not in ids[0]], None)}
            body = ctx.say("same_no", **values, **only)
    return Answer(body, buttons.for_list(ctx, first), None, ctx.source(first.id, second.id), body.plain[:120])


def _exactly_one_of(q: Query, ctx: AnswerContext, lists: list[ListInfo]) -> Answer:
    """"Cities in only one of the education and innovation top 3s": in the first but not the second, and in
    the second but not the first, each with its rank there; the cities the data cannot place said so."""
    cuts = _cuts(q, lists)
    first, second = lists
    sides = [(a, select(ctx, [a.id], n=cuts, excluded=[b.id], places=list(q.places)))
             for a, b in ((first, second), (second, first))]
    parts: list[Rich] = []
    maybe: list[str] = []
    total = 0
    for (info, sel), other in zip(sides, (second, first), strict=True):
        ids = sel.members(IN)
        unnamed = [u for u in sel.unnamed if u.status == IN]
        maybe += [cid for cid in sel.members(MAYBE) if cid not in maybe]
        if ids or unnamed:
            named = [_named(ctx, ids, info)] if ids else []
            named += [ctx.say("unnamed_members", n=u.count, adjective=ctx.adjective(u.country)) for u in unnamed]
            n = len(ids) + sum(u.count for u in unnamed)
            total += n
            parts.append(ctx.say("set_only_in", names=ctx.names(named), n=n,
                                 top=ctx.top_of(info, cuts.get(info.id)), other=ctx.top_of(other, cuts.get(other.id))))
    if not parts and not maybe:
        parts.append(ctx.say("set_none_only_in", first=ctx.top_of(first, cuts.get(first.id)),
                             second=ctx.top_of(second, cuts.get(second.id))))
    if maybe:
        parts.append(ctx.say("set_maybe", names=_named(ctx, maybe, None), n=len(maybe),
                             reason=_why_unknown(ctx, lists)))
    elif q.extra.get("count") and total:  # "how many cities are in exactly one of the two top 3s?": 4
        parts.insert(0, ctx.say("set_only_in_count", n=total))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_list(ctx, first), None, ctx.source(first.id, second.id), body.plain[:120])


__all__ = ["MAYBE", "OUT", "Selection", "set_answer"]

