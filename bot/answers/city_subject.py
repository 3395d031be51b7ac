"""Who a question about one city is about: the report city it names, or the answer when it names
none, a real city the results do not mention, or a name that is no city the bot knows."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.query import CityRef, Query
from bot.wording.rich import bold, plain


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
