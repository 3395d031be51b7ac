"""Yes or no about cities: whether a city is in a list, a top N or at a position, first everywhere,
in the results at all, or in a country ("the report doesn't say" where it does not)."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.city_rank import also_known, known_facts, rank
from bot.answers.city_subject import need_city, unknown_city, world_city
from bot.answers.context import Answer, AnswerContext
from bot.answers.place_filters import mainland_note
from bot.answers.standing import in_half, somewhere
from bot.cards.spec import CardSpec
from bot.query import CityRef, Query
from bot.wording.rich import Rich, bold
from index_core.model import Certainty, ListInfo, Placement


def member(q: Query, ctx: AnswerContext) -> Answer:
    """"Is Shenzhen in the top 10?", "is hk in the edu top 3", "is Shanghai 3rd?", "are London or Tokyo
    in the talent top ten?", "was Boston first in every category?"."""
    if len(q.cities) > 1:
        return _members(q, ctx)
    ref = q.cities[0] if q.cities else None
    if ref is None:
        return need_city(q, ctx)
    if ref.unknown:
        return unknown_city(ref, q, ctx)
    who = ctx.mention(ref)
    if q.op == "everywhere":
        return _everywhere(q, ctx, ref, who)
    if q.op == "country":
        return _country(q, ctx, ref, who)
    if q.op == "anywhere":
        return _anywhere(q, ctx, ref, who)
    if q.op == "somewhere":
        return somewhere(q, ctx, ref, who)
    lists = list(q.lists) or [ctx.main_list.id]
    each = q.extra.get("at_each") and len(q.positions) == len(lists)  # "2nd overall and 1st in sci-tech"
    cuts = dict(q.cuts) if len(lists) > 1 else {}  # "in the top 5 overall and the talent top 10": a top N each
    verdicts = [_verdict((q.but(positions=(q.positions[k],)) if each else q).but(n=cuts.get(list_id, q.n)), ctx, ref,
                         who, ctx.list_info(list_id)) for k, list_id in enumerate(lists)]
    if "no_why" in q.notes:  # "why is Boston first?": no yes to a why; what is known, and that no reason is given
        verdicts = [("" if v == "answer_yes" else v, parts) for v, parts in verdicts]
    if q.extra.get("denied") and len(verdicts) == 1:  # "is Beijing outside the top 10?": a yes is "not in it"
        verdict, parts = verdicts[0]
        verdicts = [(DENIED.get(verdict, verdict), parts)]
    if len(verdicts) == 1:
        verdict, parts = verdicts[0]
        body = ctx.sentences(([ctx.say(verdict)] if verdict and verdict != SAID_NO else []) + parts)
    else:  # "in both the overall top 10 and the education top 3?"
        answers = {"answer_no" if v == SAID_NO else v for v, _ in verdicts}
        overall = ("answer_yes_both" if len(verdicts) == 2 else "answer_yes_all") if answers == {"answer_yes"} \
            else "answer_not_every" if answers == {"answer_yes", "answer_no"} \
            else (("answer_not" if q.op == "at" else "answer_no") if "answer_no" in answers else "cant_tell")
        body = ctx.sentences([ctx.say(overall, n=len(verdicts))] + [s for _v, parts in verdicts for s in parts])
    city = ctx.city(ref.id) if ref.id else None
    if city is not None and all(v != "answer_yes" for v, _ in verdicts):
        also = also_known(city, lists[0], ctx)
        if also is not None:
            body = ctx.sentences([body, also])
    return Answer(body, buttons.for_city(ctx, city, q) if city else buttons.starters(ctx)[:2],
                  CardSpec.city(city.id, ctx.lang) if city else None, ctx.source(*lists), body.plain[:120],
                  focus=ref)


SAID_NO = "said_no"  # a no its sentence says itself ("Boston ranks 2nd in sci-tech innovation, not 1st")
SAID_YES = "said_yes"  # a yes its sentence says itself
DENIED = {"answer_yes": "answer_not", "answer_no": "answer_yes", SAID_NO: "answer_yes", SAID_YES: ""}  # "not in?"


def _verdict(q: Query, ctx: AnswerContext, ref: CityRef, who: Rich, info: ListInfo) -> tuple[str, list[Rich]]:
    """("answer_yes" | "answer_no" | SAID_NO | "cant_tell" | "", sentences)."""
    p = ctx.placement(info.id, ref)
    sentence = ctx.placement_sentence(p, who, country=ref.world[1] if ref.world else None)
    if ref.world and info.ordered:  # a real city the results do not mention ("新加坡在教育前三吗": nor in the results)
        sentence = ctx.say("world_city", city=who, top=ctx.top_of(info), evaluated=ctx.evaluated)
    n = q.n
    if q.op == "at" and q.positions:  # "second to last of the top 10": counted from the end of the top N
        pos = q.positions[0]
        return _at_position(p, who, info, q.n + pos + 1 if pos < 0 and q.n else pos, ctx)
    if q.op in ("half_first", "half_second"):
        return in_half(q, p, who, info, ctx)
    if info.ordered:
        if n is None or n == info.published:
            return ("answer_yes" if p.certainty is Certainty.EXACT else "answer_no"), [sentence]
        if p.certainty is Certainty.EXACT:
            if (p.rank or 0) <= n:
                return "answer_yes", [sentence]
            denied = bool(q.extra.get("denied"))  # "did Tokyo miss the top 5?": yes, it did
            return (SAID_YES if denied else SAID_NO), [ctx.say(
                "member_beyond_n_denied" if denied else "member_beyond_n", city=who,
                ordinal=bold(ctx.ordinal(p.rank or 0)), in_list=ctx.in_list(info), list=ctx.list_name(info), n=n)]
        if n < info.published:
            return "answer_no", [sentence]
        return "cant_tell", [ctx.say("member_more_than_published", city=who, n=n, published=info.published,
                                     in_list=ctx.in_list(info), list=ctx.list_name(info))]
    if n is not None and info.published and n != info.published:
        return "", [ctx.say("member_group_partial_n", list=ctx.list_name(info), size=info.published, n=n,
                            membership=sentence)]
    verdict = {Certainty.MEMBER: "answer_yes", Certainty.OUTSIDE: "answer_no"}.get(p.certainty, "")
    return verdict, [sentence]


def _at_position(p: Placement, who: Rich, info: ListInfo, pos: int, ctx: AnswerContext) -> tuple[str, list[Rich]]:
    """"Is Shanghai 3rd?", "does Boston lead in innovation?"."""
    pos = ctx.evaluated + pos + 1 if pos < 0 else pos
    if not info.ordered:
        return SAID_NO, [ctx.say("position_group", list=ctx.list_name(info), size=info.published or
                            len(ctx.report.members(info.id)), ordinal=ctx.ordinal(pos)), ctx.placement_sentence(p, who)]
    if pos < 1 or pos > ctx.evaluated:
        return "answer_not", [ctx.say("position_out_of_range", evaluated=ctx.evaluated,
                                      ordinal=ctx.ordinal(pos) if pos > 0 else str(pos))]
    holder = ctx.report.at(info.id, pos).city
    holder_says = [ctx.say("position_exact", city=bold(holder.name(ctx.lang)), ordinal=ctx.ordinal(pos),
                           in_list=ctx.in_list(info), list=ctx.list_name(info))] if holder else []
    if p.certainty is Certainty.EXACT:
        if p.rank == pos:
            return "answer_yes", [ctx.placement_sentence(p, who)]
        return SAID_NO, [ctx.say("member_not_at", city=who, ordinal=bold(ctx.ordinal(p.rank or 0)),
                                     in_list=ctx.in_list(info), list=ctx.list_name(info), asked=ctx.ordinal(pos)),
                             *holder_says]
    if pos <= info.published:
        return "answer_not", [ctx.placement_sentence(p, who), *holder_says]
    return "cant_tell", [ctx.say("member_at_unpublished", city=who, asked=ctx.ordinal(pos), published=info.published,
                                 in_list=ctx.in_list(info), list=ctx.list_name(info))]


def _everywhere(q: Query, ctx: AnswerContext, ref: CityRef, who: Rich) -> Answer:
    """"Was Boston first in every category?": each ranking that published a first place."""
    pos = q.positions[0] if q.positions else 1
    yes, no = [], []
    for info in ctx.report.lists:
        if not info.ordered:
            continue
        p = ctx.placement(info.id, ref)
        place = ctx.place_word(p)
        (yes if p.certainty is Certainty.EXACT and p.rank == pos else no).append(
            ctx.say("place_in_list", place=place, in_list=ctx.in_list(info)))
    verdict = "answer_not" if no else "answer_yes"
    parts = [ctx.say(verdict)]
    if yes:
        parts.append(ctx.say("everywhere_yes", city=who, places=ctx.names(yes)))
    if no:
        parts.append(ctx.say("everywhere_no" if yes else "everywhere_none", city=who, places=ctx.names(no)))
        holders = []
        for info in ctx.report.lists:
            held = ctx.report.at(info.id, pos).city if info.ordered else None
            if held is not None and held.id != ref.id:
                holders.append(ctx.say("position_exact", city=bold(held.name(ctx.lang)), ordinal=ctx.ordinal(pos),
                                       in_list=ctx.in_list(info), list=ctx.list_name(info)))
        parts.extend(holders)
    parts.append(ctx.say("everywhere_groups"))
    body = ctx.sentences(parts)
    city = ctx.city(ref.id) if ref.id else None
    return Answer(body, buttons.for_city(ctx, city, q) if city else [], None,
                  ctx.source(*[i.id for i in ctx.report.lists if i.ordered]), body.plain[:120], focus=ref)


def _anywhere(q: Query, ctx: AnswerContext, ref: CityRef, who: Rich) -> Answer:
    """"Is Shenzhen on the list?", "was it included?", "深圳上榜了吗": in any of the published results.
    A city they do not mention gets no yes or no: it may have been evaluated all the same."""
    city = ctx.city(ref.id) if ref.id else None
    facts = known_facts(city, "", ctx) if city is not None else []
    if not facts:
        return world_city(ref, q, ctx) if city is None else rank(q.but(op=""), ctx)
    parts = [ctx.say("answer_yes"), ctx.say("in_results", city=who, facts=ctx.names(facts))]
    main = ctx.report.placement(ctx.main_list.id, city.id)
    if main.certainty is not Certainty.EXACT:  # in some list, but its place in the main ranking is not known
        parts.append(ctx.placement_sentence(main, who))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_city(ctx, city, q), CardSpec.city(city.id, ctx.lang),
                  ctx.source(*[i.id for i in ctx.report.lists]), body.plain[:120], focus=ref)


def _country(q: Query, ctx: AnswerContext, ref: CityRef, who: Rich) -> Answer:
    """"Is Hong Kong Chinese?", "does the report count Hong Kong as a Chinese city?"."""
    code = (ref.id and ctx.city(ref.id).country) or (ref.world[1] if ref.world else "")
    place = q.places[0]
    inside = code in ctx.countries_of(place)
    outside_mainland = bool(q.extra.get("mainland")) and ref.id in ctx.index.outside_mainland
    if outside_mainland:  # "is Hong Kong in mainland China?": in China, but not its mainland
        inside = False
    in_area = place.kind == "area" and bool(ref.id)  # "is Seattle on the West Coast?": the area's own cities
    if in_area:
        inside = ref.id in ctx.index.area_cities(place.id)
    if place.exclude:
        inside = not inside
    if in_area:
        said = ctx.say("city_in_area" if ref.id in ctx.index.area_cities(place.id) else "city_not_in_area", city=who,
                       adjective=ctx.place_adjective(place), area=ctx.place_name(place))
    elif outside_mainland:
        said = mainland_note(ctx, (ref.id or "",))
    else:
        said = ctx.say("city_in_country", city=who, country=ctx.country_in_sentence(code),
                       adjective=ctx.adjective(code))
    body = ctx.sentences([ctx.say("answer_yes" if inside else "answer_not"), said])
    return Answer(body, [*buttons.starters(ctx)[:2], ctx.source_button()], None, (ctx.report.meta["source"],),
                  body.plain[:120], focus=ref)


def _members(q: Query, ctx: AnswerContext) -> Answer:
    """Several cities, one list: "are London or Tokyo in the talent top ten?"."""
    info = ctx.list_info(q.list_id)
    verdicts = []
    sentences = []
    for ref in q.cities:
        if ref.unknown:
            sentences.append(ctx.say("unknown_city", name=ref.text[:60]))
            verdicts.append("cant_tell")
            continue
        verdict, parts = _verdict(q.but(op="at") if q.extra.get("at") else q, ctx, ref, ctx.mention(ref), info)
        verdicts.append("answer_no" if verdict == SAID_NO else verdict or "cant_tell")
        sentences.extend(parts)
    if len(q.cities) > GROUPED_FROM and not q.extra.get("at") and not any(r.unknown for r in q.cities):
        sentences = _grouped(q, ctx, info, verdicts)
    kinds = set(verdicts)
    two = len(verdicts) == 2
    if kinds == {"answer_no"}:
        head = ctx.say("answer_neither" if two else "answer_none_of_them")
    elif kinds == {"answer_yes"}:
        head = ctx.say("answer_yes_both" if two else "answer_yes_all", n=len(verdicts))
    elif q.op == "any" and "answer_yes" in kinds:  # "is Boston or Tokyo in the top 3?": yes, one of them is
        head = ctx.say("answer_yes_some", n=verdicts.count("answer_yes"))
    else:
        head = ctx.say("answer_mixed")
    body = ctx.sentences([head, *sentences])
    return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])


GROUPED_FROM = 4  # more cities than this are answered in groups (in it / not in it / not known), not one by one


def _grouped(q: Query, ctx: AnswerContext, info: ListInfo, verdicts: list[str]) -> list[Rich]:
    """"are they all in the talent top 10?" after a top 10: who is in it, who is not, and for whom the
    report doesn't say (and why), one sentence each."""
    top = ctx.top_of(info, q.n if info.ordered else None)
    groups: dict[str, list[str]] = {"answer_yes": [], "answer_no": [], "cant_tell": []}
    whys: dict[str, Rich] = {}
    for ref, verdict in zip(q.cities, verdicts, strict=True):
        p = ctx.placement(info.id, ref)
        city = p.city
        name = ctx.with_rank(city, p.rank or 0) if city is not None else ctx.ref_name(ref)
        group = verdict if verdict in groups else "cant_tell"
        groups[group].append(name)
        if group == "cant_tell":
            code = city.country if city is not None else ""
            why = ctx.say("grouped_why_unnamed", n=dict(info.unnamed).get(code, 0), adjective=ctx.adjective(code)) \
                if p.reason == "unnamed-slot" else ctx.say("grouped_why_partial") if not info.ordered \
                else ctx.say("grouped_why_unpublished", top=ctx.top_of(info))
            whys.setdefault(why.plain, why)
    out = []
    if groups["answer_yes"]:
        out.append(ctx.say("grouped_in", top=top, cities=ctx.names(groups["answer_yes"])))
    if groups["answer_no"]:
        out.append(ctx.say("grouped_out", top=top, cities=ctx.names(groups["answer_no"])))
    if groups["cant_tell"]:
        out.append(ctx.say("grouped_unknown", cities=ctx.names(groups["cant_tell"]),
                           why=ctx.names(list(whys.values()))))
    return out
