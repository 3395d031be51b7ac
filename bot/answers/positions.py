"""Answers about a list's positions: its top N, who holds a position or a range of positions,
and the neighbours of a city (who comes right after London, two places behind, the one before).
At the edge of what was published — the 11th of a top 10, the 4th of a top 3 — they say what
is not known, and a list published without an order has no positions at all."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.city_subject import subject
from bot.answers.context import Answer, AnswerContext
from bot.answers.sides import all_above_outside, all_beyond, both_sides, entries_text
from bot.cards.spec import CardSpec
from bot.query import CityRef, Query
from bot.wording.rich import Rich, bold, join
from index_core.model import Certainty, ListInfo

SHORT_LIST = 3  # a list of this many or fewer is named whole when a place past it is asked

_entries_text = entries_text


# --- top N ------------------------------------------------------------------------------------------
def top(q: Query, ctx: AnswerContext) -> Answer:
    if q.op == "each" and len(q.lists) > 1:  # "top 3 in education and innovation": each list's top
        cuts = dict(q.cuts)
        parts = [top(q.but(op="", lists=(lid,), n=cuts.get(lid, q.n), cuts=()), ctx) for lid in q.lists[:8]]
        body = join([a.body for a in parts], "\n\n")
        if q.extra.get("unordered_left"):  # "top 3 in every list": the groups have no top 3
            body = join([body, ctx.say("everywhere_groups")], "\n\n")
        return Answer(body, parts[0].buttons, parts[0].card, tuple(s for a in parts for s in a.sources),
                      parts[0].title)
    info = ctx.list_info(q.list_id)
    if q.op == "ordered":  # "is the talent top 10 ranked?": whether it has an order, then the list as published
        shown = top(q.but(op="", yesno=False), ctx)
        body = ctx.lines([ctx.say("answer_yes" if info.ordered else "answer_no"), shown.body])
        return Answer(body, shown.buttons, shown.card, shown.sources, shown.title)
    if not info.ordered:
        return group(q, ctx)
    n = q.n if q.n is not None else info.published
    name = ctx.list_title(info)
    skip = set(q.extra.get("except", ()))
    if skip and q.n is not None and 1 <= n <= info.published:  # "top 3 excluding Boston": the next best take its place
        kept = [(r, c) for r, c in ctx.report.top(info.id).entries if c.id not in skip][:n]
        head = ctx.say("top_except_head", list=name, n=n, names=_names_of(ctx, skip))
        body = ctx.lines([bold(head), _entries_text(ctx, [(r, c.name(ctx.lang)) for r, c in kept])])
        if len(kept) < n:
            body = ctx.lines([body, ctx.say("top_only_published", n=info.published, in_list=ctx.in_list(info),
                                            list=ctx.list_name(info), evaluated=ctx.evaluated)])
        return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                      head.plain)
    if (q.op == "full" and q.n is None) or n > info.published:
        head = ctx.say("top_only_published", n=info.published, in_list=ctx.in_list(info), list=ctx.list_name(info),
                       evaluated=ctx.evaluated)
        n = info.published
    elif n < 1:
        head = ctx.say("top_bad_n", n=n, top=ctx.top_of(info))
        n = info.published
    else:
        head = ctx.say("top_head", list=name, n=n, evaluated=ctx.evaluated)
    entries = [(r, c.name(ctx.lang)) for r, c in ctx.report.top(info.id, n).entries]
    body = ctx.lines([bold(head), _entries_text(ctx, entries[::-1] if q.extra.get("reverse") else entries)])
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, n, ctx.lang), ctx.source(info.id),
                  head.plain)


def group(q: Query, ctx: AnswerContext) -> Answer:
    """A list published without an order: what is known of its members."""
    info = ctx.list_info(q.list_id)
    name = ctx.list_name(info)
    members = ctx.report.members(info.id)
    if info.published:  # a top-N group such as the talent top 10
        if q.n is not None and q.n != info.published:
            head = ctx.say("top_group_unordered", list=name, size=info.published, n=q.n)
        else:
            head = ctx.say("top_group_all", list=name, size=info.published)
        body = ctx.lines([head, ctx.known_members(info)])
    else:
        key = "group_head" if info.complete else "group_partial"
        body = ctx.say(key, list=name, names=ctx.names([bold(c.name(ctx.lang)) for c in members]))
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain.split("\n")[0])


# --- who holds a position ----------------------------------------------------------------------------
def position(q: Query, ctx: AnswerContext) -> Answer:
    if q.op == "each" and len(q.lists) > 1:  # "who is first in education and innovation": each list's place
        own = q.extra.get("at_each") and len(q.positions) == len(q.lists)  # "#1 in talent and #2 in innovation"
        parts = [position(q.but(op="", lists=(lid,), positions=(q.positions[i],) if own else q.positions), ctx)
                 for i, lid in enumerate(q.lists[:4])]
        lines = [a.body for a in parts]
        if q.extra.get("unordered_left"):  # "number one of every list": the groups have no first
            lines.append(ctx.say("everywhere_groups"))
        return Answer(ctx.lines(lines), parts[0].buttons, None, tuple(s for a in parts for s in a.sources),
                      parts[0].title)
    info = ctx.list_info(q.list_id)
    positions = list(q.positions) or [1]
    if q.op == "edge" and info.ordered:
        positions = [info.published + 1]
    if not info.ordered:
        body = ctx.lines([ctx.say("position_group", list=ctx.list_name(info),
                                  size=info.published or len(ctx.report.members(info.id)),
                                  ordinal=ctx.ordinal(positions[0])), _group_known(info, ctx)])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain.split("\n")[0])
    skip = set(q.extra.get("except", ()))
    if skip and all(pos >= 1 for pos in positions):  # "除了波士顿，教育最好的是谁": the best of the others
        parts = [_holder_except(info, pos, ctx, skip) for pos in positions[:10]]
    else:
        parts = [_holder(info, pos, ctx, last_of=q.n if q.op == "last_of" else None) for pos in positions[:10]]
    body = ctx.lines([p for p, _ in parts])
    holders = [c for _, c in parts if c is not None]
    focus = CityRef(holders[0].name("en"), id=holders[0].id) if holders else None
    btns = buttons.for_city(ctx, holders[0], q) if len(holders) == 1 else buttons.for_list(ctx, info)
    return Answer(body, btns, CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id), body.plain[:120],
                  focus=focus)


def _names_of(ctx: AnswerContext, ids: set[str]) -> Rich:
    return ctx.names([ctx.city(cid).name(ctx.lang) for cid in sorted(ids)])


def _holder_except(info: ListInfo, pos: int, ctx: AnswerContext, skip: set[str]):
    """The pos-th of the list once the cities in `skip` are left out, and the city there."""
    kept = [(r, c) for r, c in ctx.report.top(info.id).entries if c.id not in skip]
    if pos > len(kept):  # past the published places, once those left out are counted
        return _holder(info, pos + info.published - len(kept), ctx)
    rank, city = kept[pos - 1]
    key = "position_except_first" if pos == 1 else "position_except_nth"
    return ctx.say(key, names=_names_of(ctx, skip), nth=ctx.ordinal(pos), n=pos, city=bold(city.name(ctx.lang)),
                   ordinal=ctx.ordinal(rank), in_list=ctx.in_list(info), list=ctx.list_name(info)), city


def _group_known(info: ListInfo, ctx: AnswerContext) -> Rich:
    if info.published:
        return ctx.known_members(info)
    return ctx.say("group_head", list=ctx.list_name(info),
                   names=ctx.names([c.name(ctx.lang) for c in ctx.report.members(info.id)]))


def _holder(info: ListInfo, pos: int, ctx: AnswerContext, last_of: int | None = None):
    """The sentence for one position, and the city there (if published)."""
    if pos < 0 and last_of:  # "the last of the top 10", "second from the bottom of the top 10"
        pos = last_of + pos + 1
    elif pos < -1:  # "倒数第二": counted from the last of all the cities evaluated
        pos = ctx.evaluated + pos + 1
    if pos == -1:  # "who came last?": the last of all the cities evaluated
        last = ctx.report.top(info.id).entries[-1]
        return ctx.say("position_last_unpublished", n=info.published, in_list=ctx.in_list(info),
                       list=ctx.list_name(info), evaluated=ctx.evaluated, ordinal=ctx.ordinal(last[0]),
                       city=bold(last[1].name(ctx.lang))), last[1]  # ("and the next one?": after it)
    if pos < 1 or pos > ctx.evaluated:
        return ctx.say("position_out_of_range", evaluated=ctx.evaluated, ordinal=ctx.ordinal(pos) if pos > 0
                       else str(pos)), None
    result = ctx.report.at(info.id, pos)
    if result.city is None:
        said = ctx.say("position_unpublished", n=info.published, in_list=ctx.in_list(info),
                       list=ctx.list_name(info), ordinal=ctx.ordinal(pos), evaluated=ctx.evaluated)
        shown = ctx.report.top(info.id).entries
        if info.ordered and len(shown) <= SHORT_LIST:  # "教育第四係邊個": the three that were published, named
            said = ctx.sentences([said, ctx.say("published_few", in_list=ctx.in_list(info), list=ctx.list_name(info),
                                                names=ctx.names([ctx.with_rank(c, r) for r, c in shown]))])
        elif pos == info.published + 1:  # "who is just outside the top 10": the last one inside is known
            last = ctx.report.at(info.id, info.published).city
            if last is not None:
                said = ctx.sentences([said, ctx.say("last_published", city=bold(last.name(ctx.lang)),
                                                    ordinal=ctx.ordinal(info.published), in_list=ctx.in_list(info),
                                                    list=ctx.list_name(info))])
        return said, None
    key = "position_last_of" if last_of and pos == last_of else "position_exact"
    return ctx.say(key, city=bold(result.city.name(ctx.lang)), ordinal=ctx.ordinal(pos), in_list=ctx.in_list(info),
                   list=ctx.list_name(info), top=ctx.top_of(info, last_of)), result.city


# --- ranges ---------------------------------------------------------------------------------------------
def positions_range(q: Query, ctx: AnswerContext) -> Answer:
    """"places 4 to 7", "the bottom three of the top ten", "between 5th and 9th"."""
    info = ctx.list_info(q.list_id)
    if q.op == "middle":  # "the middle of the top 10": its middle place(s)
        size = q.n or info.published
        start, end = (size + 1) // 2, size // 2 + 1
        head = ctx.say("range_middle", top=ctx.top_of(info, size))
    elif q.op in ("half_first", "half_second"):  # "the back half of the top ten"; of all evaluated when no N
        size = q.n or (ctx.evaluated if info.ordered else info.published)
        half = size // 2
        start, end = (1, half) if q.op == "half_first" else (size - half + 1, size)
        span = ctx.say("span_places" if start < end else "span_place", first=ctx.ordinal(start), last=ctx.ordinal(end))
        values = {"span": span, "in_list": ctx.in_list(info), "list": ctx.list_name(info), "evaluated": ctx.evaluated}
        key = {("half_first", True): "range_half_first", ("half_second", True): "range_half_second",
               ("half_first", False): "range_half_first_all", ("half_second", False): "range_half_second_all"}
        head = ctx.say(key[q.op, bool(q.n)], top=ctx.top_of(info, size), **values)
    elif q.op == "ends" and info.ordered:  # "前五名和后五名": the top N, then the bottom M of what was published
        first = min(int(q.extra.get("first", 0)), info.published)
        head = ctx.say("top_head", list=ctx.list_title(info), n=first, evaluated=ctx.evaluated)
        tail = positions_range(q.but(op="", extra={}), ctx)
        body = join([ctx.lines([bold(head), _entries_text(ctx, [(r, c.name(ctx.lang))
                                                                for r, c in ctx.report.top(info.id, first).entries])]),
                     tail.body], "\n\n")
        return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                      head.plain)
    elif q.bottom:
        end = q.n or info.published
        start = max(1, end - q.bottom + 1)
        if q.bottom == 1 and info.ordered and end <= info.published:  # "the last one?": a sentence, not a list
            return position(q.but(positions=(end,), bottom=None, op="last_of", n=end), ctx)
        head = ctx.say("range_bottom", n=q.bottom, top=ctx.top_of(info, end))
    elif q.span:
        start, end = sorted(q.span)
        if q.extra.get("between"):
            head = ctx.say("range_between", first=ctx.ordinal(start - 1), last=ctx.ordinal(end + 1),
                           in_list=ctx.in_list(info), list=ctx.list_name(info))
        else:
            head = ctx.say("range_head", first=ctx.ordinal(start), last=ctx.ordinal(end), in_list=ctx.in_list(info),
                           list=ctx.list_name(info))
    else:
        return top(q, ctx) if info.ordered else position(q.but(positions=(1,)), ctx)
    if not info.ordered:  # "the bottom half of the talent top 10": no order, so no places
        size = info.published or len(ctx.report.members(info.id))
        body = ctx.lines([ctx.say("range_group", list=ctx.list_name(info), size=size, first=ctx.ordinal(max(start, 1)),
                                  last=ctx.ordinal(end)), _group_known(info, ctx)])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain.split("\n")[0])
    start = max(start, 1)
    end = min(end, ctx.evaluated)
    published_end = min(end, info.published)
    entries = [(r, c.name(ctx.lang)) for r, c in ctx.report.top(info.id, published_end).entries if r >= start]
    parts = [bold(head)] if entries else []  # "places 11 to 15": only that they were not published
    if entries:
        parts.append(_entries_text(ctx, entries[::-1] if q.extra.get("reverse") else entries))
    if end > info.published:
        missing_from = max(start, info.published + 1)
        parts.append(ctx.say("range_unpublished" if missing_from < end else "range_unpublished_one",
                             first=ctx.ordinal(missing_from), last=ctx.ordinal(end), top=ctx.top_of(info),
                             n=info.published))
    if start > end:
        parts = [ctx.say("range_empty", first=ctx.ordinal(start - 1), last=ctx.ordinal(end + 1))]
    body = ctx.lines(parts)
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  head.plain)


# --- neighbours --------------------------------------------------------------------------------------------
def neighbour(q: Query, ctx: AnswerContext) -> Answer:
    """"who comes right after London", "the city just ahead of Seattle", "two places behind", and from
    a position: "who is after the 3rd in innovation"."""
    if not q.cities and q.positions:
        anchor_info = ctx.list_info(q.list_id)
        if not anchor_info.ordered:
            return position(q, ctx)
        held = ctx.report.at(anchor_info.id, q.positions[0]).city
        if held is None:
            return position(q, ctx)
        q = q.but(cities=(CityRef(held.name("en"), id=held.id),))
    ref, early = subject(q, ctx)
    if early:
        return early
    assert ref is not None and ref.id
    info = ctx.list_info(q.list_id)
    anchor = ctx.city(ref.id)
    who = ctx.mention(ref)
    offset = q.offset or 1
    p = ctx.report.placement(info.id, anchor.id)
    btns = buttons.for_city(ctx, anchor, q)
    sources = ctx.source(info.id)
    if not info.ordered:
        body = ctx.sentences([ctx.say("neighbour_unordered", list=ctx.list_name(info)),
                              ctx.placement_sentence(p, who)])
        return Answer(body, btns, None, sources, body.plain[:120], focus=ref)
    if p.certainty is not Certainty.EXACT and q.op == "all" and offset < 0 and p.certainty is Certainty.OUTSIDE:
        return all_above_outside(q, ctx, info, who, p)  # "which cities outrank Shenzhen?": all that were published
    if p.certainty is not Certainty.EXACT:
        body = ctx.sentences([ctx.placement_sentence(p, who), ctx.say("neighbour_of_unranked", city=who)])
        return Answer(body, btns, None, sources, body.plain[:120], focus=ref)
    rank = p.rank or 0
    if q.op == "both":  # "who's directly above and below Shanghai?": both neighbours, as far as published
        return both_sides(q, ctx, info, anchor, who, rank)
    target = rank + offset
    here = ctx.say("city_at", city=who, ordinal=ctx.ordinal(rank), in_list=ctx.in_list(info),
                   list=ctx.list_name(info))
    if target < 1:
        key = "neighbour_none_above"
        body = ctx.say(key, city=who, ordinal=ctx.ordinal(rank), in_list=ctx.in_list(info),
                       list=ctx.list_name(info))
        return Answer(body, btns, CardSpec.top(info.id, None, ctx.lang), sources, body.plain[:120], focus=ref)
    if target > info.published:
        body = ctx.sentences([here, ctx.say("neighbour_beyond", top=ctx.top_of(info), n=info.published,
                                            ordinal=ctx.ordinal(target), evaluated=ctx.evaluated)])
        return Answer(body, btns, CardSpec.top(info.id, None, ctx.lang), sources, body.plain[:120], focus=ref)
    if q.op == "all" or q.places:  # "cities ranked below Seattle", "排在伦敦后面的美国城市"
        return all_beyond(q, ctx, info, who, rank, offset)
    found = ctx.report.at(info.id, target).city
    assert found is not None
    steps = abs(offset)
    key = ("neighbour_after" if offset > 0 else "neighbour_before") if steps == 1 else (
        "neighbour_after_n" if offset > 0 else "neighbour_before_n")
    body = ctx.say(key, city=who, ordinal=ctx.ordinal(rank), other=bold(found.name(ctx.lang)),
                   other_ordinal=ctx.ordinal(target), in_list=ctx.in_list(info), list=ctx.list_name(info), n=steps)
    if q.yesno:  # "is there a city right after Seattle?"
        body = ctx.sentences([ctx.say("answer_yes"), body])
    return Answer(body, buttons.for_city(ctx, found, q), CardSpec.top(info.id, None, ctx.lang), sources,
                  body.plain[:120], focus=CityRef(found.name("en"), id=found.id))


def between(q: Query, ctx: AnswerContext) -> Answer:
    """"who sits between New York and Seattle?"."""
    info = ctx.list_info(q.list_id)
    refs = q.cities[:2]
    for ref in refs:
        if not ref.id:
            _ref, early = subject(q.but(cities=(ref,)), ctx)
            assert early is not None
            return early
    a, b = (ctx.report.placement(info.id, ref.id or "") for ref in refs)
    names = [ctx.mention(ref) for ref in refs]
    if not info.ordered or a.certainty is not Certainty.EXACT or b.certainty is not Certainty.EXACT:
        body = ctx.sentences([ctx.say("between_unknown", first=names[0], second=names[1], top=ctx.top_of(info)),
                              ctx.placement_sentence(a, names[0]), ctx.placement_sentence(b, names[1])])
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    low, high = sorted((a.rank or 0, b.rank or 0))
    inside = [(r, c.name(ctx.lang)) for r, c in ctx.report.top(info.id, high - 1).entries if r > low]
    values = {"first": names[0], "second": names[1], "first_ordinal": ctx.ordinal(a.rank or 0),
              "second_ordinal": ctx.ordinal(b.rank or 0), "in_list": ctx.in_list(info)}
    if not inside:
        body = ctx.say("between_none", **values)
    else:
        listed = ctx.names([ctx.text("name_with_rank").format(city=name, ordinal=ctx.ordinal(r))
                            for r, name in inside])
        body = ctx.say("between_some", n=len(inside), cities=listed, **values)
    if q.yesno:  # "is anyone between …?"; "is Shanghai between Seattle and HK?": that city, among those between
        asked = q.extra.get("subject")
        yes = bool(inside) if asked is None else any(c.id == asked.id for r, c in ctx.report.top(
            info.id, high - 1).entries if r > low)
        body = ctx.sentences([ctx.say("answer_yes" if yes else "answer_no" if asked is None else "answer_not"), body])
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120])
