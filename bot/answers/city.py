"""Answers about one city: its rank in a list, its profile across every list, and whether it
is in a list, a top N or at a position (yes, no, or "the report doesn't say")."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.answers.place_filters import mainland_note
from bot.answers.standing import count_below, in_half, somewhere
from bot.cards.spec import CardSpec
from bot.query import CityRef, Query
from bot.wording.rich import Rich, bold, plain
from index_core.model import Certainty, City, ListInfo, Placement


# --- who the question is about --------------------------------------------------------------------
def subject(q: Query, ctx: AnswerContext) -> tuple[CityRef | None, Answer | None]:
    """The one report city a question is about, or the answer to give when there is none."""
    if not q.cities:
        return None, need_city(q, ctx)
    ref = q.cities[0]
    if ref.id:
        return ref, None
    if ref.world:
        return None, world_city(ref, q, ctx)
    return None, unknown_city(ref, q, ctx)


def need_city(q: Query, ctx: AnswerContext) -> Answer:
    example = ctx.examples()[0]
    key = "need_two_cities" if q.op == "compare" else "need_city"
    return Answer(ctx.say(key, example=example), buttons.starters(ctx))


def world_city(ref: CityRef, q: Query, ctx: AnswerContext) -> Answer:
    """A real city the report's results do not mention: not in the published results, and no claim
    either way about whether it was among the cities evaluated."""
    info = ctx.list_info(q.list_id)
    who = ctx.mention(ref)
    if info.id == ctx.main_list.id:
        body = ctx.say("world_city", city=who, top=ctx.top_of(info), evaluated=ctx.evaluated)
    else:  # "what about Sydney in education?": not in the results at all, and so not in that list
        body = ctx.sentences([ctx.say("world_city_short", city=who, top=ctx.top_of(ctx.main_list)),
                              ctx.placement_sentence(ctx.placement(info.id, ref), who,
                                                     country=ref.world[1] if ref.world else None)])
    return Answer(body, [*buttons.starters(ctx)[:2], ctx.source_button()], sources=ctx.source(info.id))


def unknown_city(ref: CityRef, q: Query, ctx: AnswerContext) -> Answer:
    """A name that is no city the bot knows: say so, and offer the closest names as buttons that ask
    the same question again with the name corrected."""
    name = ref.text[:60]
    parts = [ctx.say("unknown_city", name=name)]
    suggestions = ctx.suggest(ref.text)
    if suggestions:
        names = [bold(ctx.city_name(c)) for c in suggestions]
        parts.append(ctx.say("did_you_mean", names=ctx.names(names, conj="or")))
    else:
        known = [c.name(ctx.lang) for _r, c in ctx.report.top(ctx.main_list.id, 3).entries]
        parts.append(ctx.say("unknown_city_hint", examples=ctx.names(known)))
    body = ctx.sentences(parts)
    body = ctx.lines([body, ctx.say("try_asking"), *[plain(f"• {e}") for e in ctx.examples()[:2]]])
    if q.list_id and q.list_id != ctx.main_list.id:  # "what about Atlantis in education?": that list, at least
        info = ctx.list_info(q.list_id)
        if info.unnamed:  # "the talent top 10": who is named, and who is known only by country
            body = ctx.lines([body, ctx.say("meanwhile_top_head", top=ctx.top_of(info)), ctx.known_members(info)])
        else:
            body = ctx.lines([body, ctx.say("meanwhile_top", top=ctx.top_of(info),
                                            names=ctx.names([c.name(ctx.lang) for _r, c in
                                                             ctx.report.top(info.id).entries]))])
    return Answer(body, buttons.corrections(ctx, q.text, ref.text, suggestions))


# --- rank -------------------------------------------------------------------------------------------
def rank(q: Query, ctx: AnswerContext) -> Answer:
    ref, early = subject(q, ctx)
    if early:
        return early
    assert ref is not None and ref.id
    city = ctx.city(ref.id)
    who = ctx.mention(ref)
    if len(q.lists) > 1:
        return _rank_in_lists(q, ctx, ref, city)
    info = ctx.list_info(q.list_id)
    p = ctx.report.placement(info.id, city.id)
    parts = [ctx.placement_sentence(p, who)]
    if q.op == "count_above" and info.ordered:
        parts.insert(0, _count_above(p, who, info, ctx))
    if q.op == "count_below" and info.ordered:
        parts.insert(0, count_below(p, who, info, ctx))
    if p.certainty is Certainty.EXACT and info.ordered:
        near = neighbours_sentence(city, info, ctx)
        if near is not None:
            parts.append(near)
    also = also_known(city, info.id, ctx)
    if also is not None:
        parts.append(also)
    return Answer(ctx.sentences(parts), buttons.for_city(ctx, city, q), CardSpec.city(city.id, ctx.lang),
                  ctx.source(*[i.id for i in ctx.report.lists]), parts[0].plain, focus=ref)


def _count_above(p: Placement, who: Rich, info: ListInfo, ctx: AnswerContext) -> Rich:
    if p.certainty is Certainty.EXACT:
        above = (p.rank or 1) - 1
        if not above:
            return ctx.say("count_above_none", city=who, in_list=ctx.in_list(info), list=ctx.list_name(info))
        return ctx.say("count_above", n=above, city=who, in_list=ctx.in_list(info), list=ctx.list_name(info))
    return ctx.say("count_above_outside", n=info.published, city=who, in_list=ctx.in_list(info),
                   list=ctx.list_name(info))


def _rank_in_lists(q: Query, ctx: AnswerContext, ref: CityRef, city: City) -> Answer:
    """"What's Hong Kong's rank overall, in education and in talent?": one line per list."""
    lines = [ctx.say("profile_head_short", city=ctx.mention(ref))]
    for list_id in q.lists:
        p = ctx.report.placement(list_id, city.id)
        lines.append(plain("• ") + profile_line(p, ctx))
    return Answer(ctx.lines(lines), buttons.for_city(ctx, city, q), CardSpec.city(city.id, ctx.lang),
                  ctx.source(*q.lists), lines[1].plain, focus=ref)


def neighbours_sentence(city: City, info: ListInfo, ctx: AnswerContext) -> Rich | None:
    above, below = ctx.report.neighbours(info.id, city.id)
    rank_ = ctx.report.placement(info.id, city.id).rank or 0
    if above and below:
        return ctx.say("neighbours_both", above=ctx.with_rank(above, rank_ - 1), below=ctx.with_rank(below, rank_ + 1))
    if above:
        return ctx.say("neighbours_above", above=ctx.with_rank(above, rank_ - 1))
    if below:
        return ctx.say("neighbours_below", below=ctx.with_rank(below, rank_ + 1))
    return None


def also_known(city: City, exclude: str, ctx: AnswerContext) -> Rich | None:
    """The other lists where the report places the city (exact ranks and memberships)."""
    facts = known_facts(city, exclude, ctx)
    if not facts:
        return None
    return ctx.say("also_known", facts=ctx.names(facts))


def known_facts(city: City, exclude: str, ctx: AnswerContext) -> list[Rich]:
    """Where the report places the city (exact ranks and memberships), but in the list `exclude`."""
    facts: list[Rich] = []
    for p in ctx.report.profile(city.id):
        if p.list.id == exclude:
            continue
        if p.certainty is Certainty.EXACT:
            facts.append(ctx.say("fact_exact", ordinal=ctx.ordinal(p.rank or 0), in_list=ctx.in_list(p.list),
                                 list=ctx.list_name(p.list)))
        elif p.certainty is Certainty.MEMBER:
            key = "fact_member_top" if p.list.published else "fact_member_group"
            facts.append(ctx.say(key, list=ctx.list_name(p.list), n=p.list.published))
    return facts


# --- profile ------------------------------------------------------------------------------------------
def profile(q: Query, ctx: AnswerContext) -> Answer:
    """Everything the report says of a city, in a few sentences: its main place, the other lists it is
    in, those it is known not to be in, and what is not known."""
    ref, early = subject(q, ctx)
    if early:
        return early
    assert ref is not None and ref.id
    city = ctx.city(ref.id)
    placements = ctx.report.profile(city.id)
    main, others = placements[0], placements[1:]
    parts = [ctx.say("profile_main", city=ctx.mention(ref), country=ctx.country_name(city.country),
                     status=_status(main, ctx))]
    facts = [_fact(p, ctx) for p in others if p.certainty in (Certainty.EXACT, Certainty.MEMBER)]
    if facts:
        parts.append(ctx.say("also_known", facts=ctx.names(facts)))
    outside = [p for p in others if p.certainty is Certainty.OUTSIDE]
    tops = [p for p in outside if p.list.ordered or p.list.published]
    groups = [p for p in outside if p not in tops]
    if tops:
        parts.append(ctx.say("profile_not_in", lists=ctx.names([_not_in(p, ctx) for p in tops], conj="or")))
    if groups:
        parts.append(ctx.say("profile_not_among", lists=ctx.names([ctx.list_name(p.list) for p in groups],
                                                                   conj="or")))
    unknown = [p for p in others if p.certainty is Certainty.UNKNOWN]
    if unknown:
        parts.append(ctx.say("profile_not_known", lists=ctx.names([_unknown(p, ctx) for p in unknown])))
    title = ctx.placement_sentence(main, plain(city.name(ctx.lang)))
    return Answer(ctx.sentences(parts), buttons.for_city(ctx, city, q), CardSpec.city(city.id, ctx.lang),
                  ctx.source(*[i.id for i in ctx.report.lists]), title.plain, focus=ref)


def _status(p: Placement, ctx: AnswerContext) -> Rich:
    """A city's place in the main list, as the start of a profile."""
    if p.certainty is Certainty.EXACT:
        return ctx.say("status_exact", ordinal=bold(ctx.ordinal(p.rank or 0)), in_list=ctx.in_list(p.list),
                       list=ctx.list_name(p.list), evaluated=ctx.evaluated)
    if p.certainty is Certainty.OUTSIDE and p.list.ordered:
        return ctx.say("status_outside", top=ctx.top_of(p.list))
    return profile_line(p, ctx)


def _fact(p: Placement, ctx: AnswerContext) -> Rich:
    if p.certainty is Certainty.EXACT:
        return ctx.say("fact_exact", ordinal=ctx.ordinal(p.rank or 0), in_list=ctx.in_list(p.list),
                       list=ctx.list_name(p.list))
    key = "fact_member_top" if p.list.published else "fact_member_group"
    return ctx.say(key, list=ctx.list_name(p.list), n=p.list.published)


def _unknown(p: Placement, ctx: AnswerContext) -> Rich:
    code = p.city.country if p.city else ""
    n = dict(p.list.unnamed).get(code, 0)
    if n:
        return ctx.say("fact_unknown_slot", list=ctx.list_name(p.list), n=n, adjective=ctx.adjective(code))
    return ctx.say("fact_unknown", list=ctx.list_name(p.list))


def _not_in(p: Placement, ctx: AnswerContext) -> Rich:
    return ctx.say("fact_not_in_top", top=ctx.top_of(p.list))


def profile_line(p: Placement, ctx: AnswerContext) -> Rich:
    info = p.list
    title = ctx.list_title(info)
    if p.certainty is Certainty.EXACT:
        key = "profile_exact" if info.id == ctx.main_list.id else "profile_exact_short"
        return ctx.say(key, list=title, ordinal=bold(ctx.ordinal(p.rank or 0)), evaluated=ctx.evaluated)
    if p.certainty is Certainty.MEMBER:
        if info.published:
            return ctx.say("profile_member_top", list=title, n=info.published)
        return ctx.say("profile_member_group", list=title)
    if p.certainty is Certainty.OUTSIDE:
        if info.ordered:
            return ctx.say("profile_outside", list=title, n=info.published)
        if info.published:
            return ctx.say("profile_outside_top", list=title, n=info.published)
        return ctx.say("profile_group_no", list=title)
    code = p.city.country if p.city else ""
    n = dict(info.unnamed).get(code, 0)
    if n:
        return ctx.say("profile_unknown_slot", list=title, n=n, adjective=ctx.adjective(code))
    return ctx.say("profile_unknown", list=title)


# --- yes / no -------------------------------------------------------------------------------------------
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
    verdicts = [_verdict(q.but(positions=(q.positions[k],)) if each else q, ctx, ref, who, ctx.list_info(list_id))
                for k, list_id in enumerate(lists)]
    if "no_why" in q.notes:  # "why is Boston first?": no yes to a why; what is known, and that no reason is given
        verdicts = [("" if v == "answer_yes" else v, parts) for v, parts in verdicts]
    if len(verdicts) == 1:
        verdict, parts = verdicts[0]
        body = ctx.sentences(([ctx.say(verdict)] if verdict and verdict != SAID_NO else []) + parts)
    else:  # "in both the overall top 10 and the education top 3?"
        answers = {"answer_no" if v == SAID_NO else v for v, _ in verdicts}
        overall = ("answer_yes_both" if len(verdicts) == 2 else "answer_yes_all") if answers == {"answer_yes"} \
            else ("answer_no" if "answer_no" in answers else "cant_tell")
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


def _verdict(q: Query, ctx: AnswerContext, ref: CityRef, who: Rich, info: ListInfo) -> tuple[str, list[Rich]]:
    """("answer_yes" | "answer_no" | SAID_NO | "cant_tell" | "", sentences)."""
    p = ctx.placement(info.id, ref)
    sentence = ctx.placement_sentence(p, who, country=ref.world[1] if ref.world else None)
    if ref.world and info.id == ctx.main_list.id:  # a real city the results don't mention at all
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
            return SAID_NO, [ctx.say("member_beyond_n", city=who, ordinal=bold(ctx.ordinal(p.rank or 0)),
                                         in_list=ctx.in_list(info), list=ctx.list_name(info), n=n)]
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
        parts.append(ctx.say("everywhere_no", city=who, places=ctx.names(no)))
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
    if place.exclude:
        inside = not inside
    said = mainland_note(ctx, (ref.id or "",)) if outside_mainland else ctx.say(
        "city_in_country", city=who, country=ctx.country_in_sentence(code), adjective=ctx.adjective(code))
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
