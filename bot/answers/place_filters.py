"""Filters on a place's cities beyond "which are in the top N": those that miss a top N ("US cities that
miss the top 5"), the Nth best or worst of them ("the second-best Chinese city"), and the note said when
"mainland" leaves out a city the report counts in the country (Hong Kong)."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.answers.membership import IN, select
from bot.answers.place_members import cut_of, what_but, what_of
from bot.cards.spec import CardSpec
from bot.query import Query
from bot.wording.rich import Rich, bold
from index_core.model import Certainty, City, ListInfo


def mainland_note(ctx: AnswerContext, ids: tuple[str, ...]) -> Rich:
    """"Hong Kong is counted as a Chinese city in the report, but is not part of mainland China."""
    cities = [ctx.city(cid) for cid in ids]
    code = cities[0].country
    return ctx.say("not_mainland", n=len(cities), names=ctx.names([c.name(ctx.lang) for c in cities]),
                   adjective=ctx.adjective(code), country=ctx.country_name(code))


def beyond(q: Query, ctx: AnswerContext, info: ListInfo, cut: int) -> Answer:
    """"US cities that miss the top 5": the place's cities ranked below the cut, and those the report
    names that are not in the published list at all."""
    named = [ctx.city(cid) for cid in select(ctx, [], places=list(q.places)).members(IN)]
    placed = [(ctx.report.placement(info.id, c.id), c) for c in named if c.id not in q.extra.get("except", ())]
    below = sorted(((p.rank or 0, c) for p, c in placed if p.certainty is Certainty.EXACT and (p.rank or 0) > cut),
                   key=lambda rc: rc[0])
    outside = [c for p, c in placed if p.certainty is Certainty.OUTSIDE]
    values = {"top": ctx.top_of(info), "cut": cut, "in_list": ctx.in_list(info), "list": ctx.list_name(info)}
    if cut >= info.published:  # "chinese cities not in the top 10": past what was published, only names are known
        key = "place_outside_published" if outside else "place_outside_published_none"
        parts = [ctx.say(key, n=len(outside), what=what_of(ctx, q.places, max(len(outside), 1)), **values,
                         names=ctx.names([c.name(ctx.lang) for c in outside]))]
        if outside and q.extra.get("best"):  # "highest ranked chinese city that is NOT in the top 10"
            parts.append(ctx.say("best_outside_unknown"))
        body = ctx.sentences(parts)
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    if below:
        parts = [ctx.say("place_beyond", n=len(below), what=what_of(ctx, q.places, len(below)),
                         names=ctx.names([ctx.with_rank(c, r) for r, c in below]), **values)]
    else:
        parts = [ctx.say("place_beyond_none", what=what_of(ctx, q.places, 1), **values)]
    if outside:
        parts.append(ctx.say("place_beyond_outside", n=len(outside), names=ctx.names([c.name(ctx.lang)
                                                                                    for c in outside]), **values))
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_list(ctx, info), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120])


def nth_of_place(q: Query, ctx: AnswerContext, info: ListInfo, members: list[tuple[int, City]], nth: int,
                  worst: bool) -> Answer:
    """"The second-best Chinese city", "the second-worst US city in the top 10"."""
    what, top = what_but(ctx, q, 1), ctx.top_of(info, cut_of(q, info))
    if nth > len(members):
        body = ctx.say("nth_of_place_none", n=len(members), what=what_but(ctx, q, len(members)), top=top,
                       nth=ctx.ordinal(nth))
        return Answer(body, buttons.for_list(ctx, info), None, ctx.source(info.id), body.plain[:120])
    rank, city = members[-nth] if worst else members[nth - 1]
    body = ctx.say("nth_worst_of_place" if worst else "nth_of_place", city=bold(city.name(ctx.lang)), n=nth,
                   nth=ctx.ordinal(nth), ordinal=ctx.ordinal(rank), in_list=ctx.in_list(info), what=what, top=top)
    passed = [ctx.with_rank(c, r) for r, c in (members[-nth + 1:] if worst else members[:nth - 1])]
    if passed:
        body = ctx.sentences([body, ctx.say("nth_of_place_below" if worst else "nth_of_place_ahead",
                                            names=ctx.names(passed))])
    return Answer(body, buttons.for_city(ctx, city, q), CardSpec.top(info.id, None, ctx.lang), ctx.source(info.id),
                  body.plain[:120])
