"""Answers about two or more cities: side by side in each list, which is ahead (yes or no),
how many places apart, and each one's rank."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.city_subject import unknown_city
from bot.answers.context import Answer, AnswerContext
from bot.cards.spec import MAX_COMPARE, CardSpec
from bot.query import CityRef, Query
from bot.wording.rich import Rich, bold, plain
from index_core.model import Certainty, ListInfo, Placement

_MEMBER_OF_TOP, _OUTSIDE_TOP = 1000.0, 10000.0


def order_key(p: Placement) -> float | None:
    """How a placement sorts against others in its list, or None when the data cannot order it:
    exact ranks order themselves; a member of a top-N group is ahead of a city known to be outside."""
    if p.certainty is Certainty.EXACT:
        return float(p.rank or 0)
    if p.certainty is Certainty.MEMBER and p.list.published:
        return _MEMBER_OF_TOP
    if p.certainty is Certainty.OUTSIDE and (p.list.ordered or p.list.published):
        return _OUTSIDE_TOP
    return None


def ahead_index(placements: list[Placement]) -> int | None:
    keys = [order_key(p) for p in placements]
    if not keys or None in keys:
        return None
    best = min(k for k in keys if k is not None)
    return keys.index(best) if keys.count(best) == 1 else None


def behind_index(placements: list[Placement]) -> int | None:
    """The one placed lowest, when the data can tell ("which of those three is lowest overall")."""
    keys = [order_key(p) for p in placements]
    if not keys or None in keys:
        return None
    worst = max(k for k in keys if k is not None)
    return keys.index(worst) if keys.count(worst) == 1 else None


def _distinct(q: Query) -> list[CityRef]:
    seen: dict[str, CityRef] = {}
    for ref in q.cities:
        seen.setdefault(ref.key, ref)
    return list(seen.values())[:MAX_COMPARE]


def _card(refs: list[CityRef], ctx: AnswerContext) -> CardSpec | None:
    ids = [r.id for r in refs if r.id]
    return CardSpec.compare(tuple(ids), ctx.lang) if len(ids) == len(refs) and len(ids) >= 2 else None


def _outsiders(refs: list[CityRef], ctx: AnswerContext) -> list[Rich]:
    """A sentence for each real city the results don't mention."""
    return [ctx.say("world_city_short", city=ctx.mention(r), top=ctx.top_of(ctx.main_list)) for r in refs
            if r.world]


def compare(q: Query, ctx: AnswerContext) -> Answer:
    refs = _distinct(q)
    unknown = [r for r in refs if r.unknown]
    if unknown:  # "Xyzville vs Boston": say which name is not known, and what is known of the others
        answer = unknown_city(unknown[0], q, ctx)
        known = [r for r in refs if not r.unknown]
        if known:
            rest = rank_each(q.but(cities=tuple(known)), ctx)
            answer.body = ctx.lines([rest.body, answer.body])
            answer.sources = rest.sources
        return answer
    if len(refs) < 2:
        from bot.answers.city_rank import rank

        return rank(q.but(kind="rank"), ctx)
    ids = [r.id for r in refs if r.id]
    btns = buttons.for_compare(ctx, ids)
    card = _card(refs, ctx)
    if q.yesno and len(refs) == 2 and q.op == "anywhere":
        answer = _anywhere(q, ctx, refs)
        answer.buttons, answer.card = btns, card
        return answer
    if q.yesno and len(refs) == 2:
        answer = _ahead(q, ctx, refs)
        if answer is not None:
            answer.buttons, answer.card = btns, card
            return answer
    head = bold(ctx.say("compare_head", cities=ctx.names([ctx.mention(r) for r in refs])))
    lines: list[Rich] = []
    lists = [ctx.list_info(lid) for lid in q.lists] if q.lists else list(ctx.report.lists)
    if q.op in ("which", "which_last"):  # "which of them is higher?": one list, the one asked about (or the main one)
        lists = lists[:1] if q.lists else [ctx.main_list]
        line = compare_line(lists[0], refs, ctx, always=True, last=q.op == "which_last")
        named = line is not None and any(ctx.ref_name(r) in line.plain for r in refs)
        body = ctx.lines([*([] if named else [head]), *_outsiders(refs, ctx), line]) if line is not None else head
        return Answer(body, btns, card, ctx.source(lists[0].id), body.plain[:120])
    for i, info in enumerate(lists):
        line = compare_line(info, refs, ctx, always=bool(q.lists) or i == 0)
        if line is not None:
            lines.append(plain("• ") + line)
    body = ctx.lines([head, *lines, *_outsiders(refs, ctx)])
    return Answer(body, btns, card, ctx.source(*[i.id for i in lists]), lines[0].plain[2:] if lines else head.plain)


def compare_line(info: ListInfo, refs: list[CityRef], ctx: AnswerContext, *, always: bool,
                 last: bool = False) -> Rich | None:
    """One list's line of a comparison (None when it would say nothing about these cities)."""
    placements = [ctx.placement(info.id, r) for r in refs]
    certs = {p.certainty for p in placements}
    title = ctx.list_title(info)
    if certs == {Certainty.UNKNOWN}:  # "Talent development: not known for either", no city read as a member
        if not always:
            return None  # a list that says nothing of any of them, not asked about
        return ctx.say("compare_all_unknown", list=title, n=len(refs),
                       cities=ctx.names([ctx.ref_name(r) for r in refs]))
    if len(refs) >= 3:  # three or more: said in their order in this list, the unknown last
        pairs = sorted(zip(refs, placements, strict=True), key=lambda rp: (order_key(rp[1]) is None,
                                                                           order_key(rp[1]) or 0.0))
    else:  # two: as asked, an unknown one last
        pairs = sorted(zip(refs, placements, strict=True), key=lambda rp: rp[1].certainty is Certainty.UNKNOWN)
    named = ctx.names([ctx.text("place_named" if info.ordered or info.published else "place_named_group").format(
        city=ctx.ref_name(r), place=ctx.place_word(p)) for r, p in pairs])
    if not info.ordered and not info.published:  # a plain group: who of them is in it
        if Certainty.MEMBER not in certs and not always:
            return None
        return ctx.say("compare_group", list=title, placements=named)
    if certs == {Certainty.OUTSIDE}:
        return ctx.say("compare_neither", list=title, top=ctx.top_of(info), n=len(refs),
                       cities=ctx.names([ctx.ref_name(r) for r in refs])) if always else None
    if certs == {Certainty.MEMBER}:
        key = "compare_both_members" if len(refs) == 2 else "compare_all_members"
        return ctx.say(key, list=title, size=info.published, cities=ctx.names([ctx.ref_name(r) for r in refs]))
    if certs <= {Certainty.UNKNOWN, Certainty.OUTSIDE} and not always:
        return None
    best = behind_index(placements) if last else ahead_index(placements)
    if best is not None:
        return ctx.say("compare_lowest" if last else "compare_ahead", list=title, placements=named,
                       city=bold(ctx.ref_name(refs[best])))
    return ctx.say("compare_unknown", list=title, placements=named)


def _ahead(q: Query, ctx: AnswerContext, refs: list[CityRef]) -> Answer | None:
    """"Is Beijing ahead of London?", "is Tokyo behind London?", "does SF beat Boston in education?"."""
    info = ctx.list_info(q.list_id)
    a, b = (ctx.placement(info.id, r) for r in refs)
    first = ahead_index([a, b])
    values = {"first": ctx.mention(refs[0]), "second": ctx.mention(refs[1]), "first_place": ctx.place_word(a),
              "second_place": ctx.place_word(b), "in_list": ctx.in_list(info), "list": ctx.list_name(info)}
    if first is None:  # "is Seattle better than Shenzhen in talent?": what each is, and that it can't be told
        lines = [compare_line(info, refs, ctx, always=True) or ctx.say("compare_cant_tell", **values)]
        if info.id != ctx.main_list.id:  # what the main ranking says of them, at least
            line = compare_line(ctx.main_list, refs, ctx, always=True)
            if line is not None:
                lines.append(line)
        body = ctx.lines(lines)
        return Answer(body, [], None, ctx.source(info.id, ctx.main_list.id), body.plain[:120])
    if q.op == "equal":  # "is London as good as Boston in education?": no, one is ahead
        body = ctx.sentences([ctx.say("answer_not"), compare_line(info, refs, ctx, always=True) or plain("")])
        return Answer(body, [], None, ctx.source(info.id), body.plain[:120])
    first_ahead = first == 0
    behind = q.op == "behind"
    key = ("compare_behind_no" if first_ahead else "compare_behind_yes") if behind else \
        ("compare_yes" if first_ahead else "compare_no")
    body = ctx.say(key, **values)
    return Answer(body, [], None, ctx.source(info.id), body.plain[:120])


def _anywhere(q: Query, ctx: AnswerContext, refs: list[CityRef]) -> Answer:
    """"Did SF beat Boston anywhere?": the lists where the first is ahead, if any."""
    wins = []
    for info in ctx.report.lists:
        placements = [ctx.placement(info.id, r) for r in refs]
        if ahead_index(placements) == 0:
            wins.append(compare_line(info, refs, ctx, always=True))
    if wins:
        body = ctx.lines([ctx.say("answer_yes"), *[w for w in wins if w is not None]])
    else:
        body = ctx.sentences([ctx.say("answer_not"), ctx.say("nowhere_ahead", first=ctx.mention(refs[0]),
                                                             second=ctx.mention(refs[1]))])
    return Answer(body, [], None, ctx.source(*[i.id for i in ctx.report.lists]), body.plain[:120])


def rank_each(q: Query, ctx: AnswerContext) -> Answer:
    """"Where do Boston and Tokyo rank?": each city's place, one sentence each."""
    refs = _distinct(q)
    lists = list(q.lists) or [ctx.main_list.id]
    parts: list[Rich] = []
    for ref in refs:
        if ref.unknown:
            parts.append(ctx.say("unknown_city", name=ref.text[:60]))
            continue
        if ref.world and lists == [ctx.main_list.id]:
            parts.append(ctx.say("world_city_short", city=ctx.mention(ref), top=ctx.top_of(ctx.main_list)))
            continue
        for list_id in lists:
            parts.append(ctx.placement_sentence(ctx.placement(list_id, ref), ctx.mention(ref), with_total=False,
                                                country=ref.world[1] if ref.world else None))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_compare(ctx, [r.id for r in refs if r.id]), _card(refs, ctx),
                  ctx.source(*lists), body.plain[:120])


def distance(q: Query, ctx: AnswerContext) -> Answer:
    """"how many places between Beijing and Seattle?", "how far apart are SF and Hong Kong?"."""
    refs = _distinct(q)[:2]
    info = ctx.list_info(q.list_id)
    if len(refs) == 1 and q.extra.get("to_position") and info.ordered:  # "how far is Tokyo from the top?"
        held = ctx.report.at(info.id, q.extra["to_position"]).city
        if held is not None and held.id != refs[0].id:
            refs = [refs[0], CityRef(held.name("en"), id=held.id)]
    if len(refs) < 2:
        return compare(q, ctx)
    unknown = [r for r in refs if r.unknown]
    if unknown:
        return unknown_city(unknown[0], q, ctx)
    a, b = (ctx.placement(info.id, r) for r in refs)
    names = [ctx.mention(r) for r in refs]
    if not info.ordered or a.certainty is not Certainty.EXACT or b.certainty is not Certainty.EXACT:
        body = ctx.sentences([ctx.say("distance_unknown", first=names[0], second=names[1], top=ctx.top_of(info)),
                              ctx.placement_sentence(a, names[0]), ctx.placement_sentence(b, names[1])])
        return Answer(body, buttons.for_compare(ctx, [r.id for r in refs if r.id]), _card(refs, ctx),
                      ctx.source(info.id), body.plain[:120])
    ra, rb = a.rank or 0, b.rank or 0
    low, high = sorted((ra, rb))
    gap = high - low
    inside = [c.name(ctx.lang) for r, c in ctx.report.top(info.id, high - 1).entries if r > low]
    values = {"first": names[0], "second": names[1], "first_ordinal": ctx.ordinal(ra),
              "second_ordinal": ctx.ordinal(rb),
              "in_list": ctx.in_list(info), "n": gap, "between": len(inside)}
    if gap == 0:
        body = ctx.say("distance_same", **values)
    elif inside:
        body = ctx.say("distance_apart", cities=ctx.names(inside), **values)
    else:
        body = ctx.say("distance_adjacent", **values)
    asked = q.extra.get("gap") if q.yesno else None
    if asked is not None:  # "is Tokyo 5 places behind London?": that many places, on that side
        side = q.extra.get("side", 0)
        right_side = side == 0 or (side > 0) == (ra > rb)
        body = ctx.sentences([ctx.say("answer_yes" if gap == asked and right_side else "answer_not"), body])
    return Answer(body, buttons.for_compare(ctx, [r.id for r in refs if r.id]), _card(refs, ctx),
                  ctx.source(info.id), body.plain[:120])
