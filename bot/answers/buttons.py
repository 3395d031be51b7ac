"""The buttons under an answer: natural next questions (each asks a question as if typed), the
source, and — under "did you mean" — the same question with the name corrected. Labels and
questions are phrases of data/wording/buttons.yaml; which city a comparison is offered with is
worked out from the ranking (the city next to it), never written in code."""

from __future__ import annotations

import re

from bot.answers.context import AnswerContext
from bot.query import Query
from bot.reply import Button
from index_core.model import City, ListInfo

MAX_BUTTONS = 3


def starters(ctx: AnswerContext) -> list[Button]:
    return [Button(e[:40], _ask(e)) for e in ctx.examples()[:MAX_BUTTONS]]


def for_city(ctx: AnswerContext, city: City | None, q: Query) -> list[Button]:
    """The city's profile (unless that is the answer), a comparison with the city next to it, the source."""
    if city is None:
        return [*starters(ctx)[:2], ctx.source_button()]
    out: list[Button] = []
    name = city.name(ctx.lang)
    if q.kind != "profile":
        out.append(ctx.ask_button("btn_profile", "ask_profile", city=name))
    other = partner(ctx, city)
    if other is not None:
        out.append(ctx.ask_button("btn_compare", "ask_compare", city=name, other=other.name(ctx.lang)))
    out.append(ctx.source_button())
    return out[:MAX_BUTTONS]


def partner(ctx: AnswerContext, city: City) -> City | None:
    """A city worth comparing with: the one just above in the main ranking (or just below the
    first), else the main ranking's first."""
    main = ctx.main_list.id
    above, below = ctx.report.neighbours(main, city.id)
    if above or below:
        return above or below
    top = ctx.report.top(main, 1).entries
    return top[0][1] if top and top[0][1].id != city.id else None


def for_compare(ctx: AnswerContext, city_ids: list[str]) -> list[Button]:
    out = []
    if city_ids:
        out.append(ctx.ask_button("btn_profile", "ask_profile", city=ctx.city_name(city_ids[0])))
    out.append(ctx.source_button())
    return out


def for_list(ctx: AnswerContext, info: ListInfo) -> list[Button]:
    """Two other lists' tops, and the source."""
    out: list[Button] = []
    for other in ctx.report.lists:
        if other.id == info.id or len(out) == MAX_BUTTONS - 1:
            continue
        n = other.published or len(ctx.report.members(other.id))
        out.append(ctx.ask_button("btn_top_list", "ask_top", list=ctx.list_title(other), n=n,
                                  list_name=ctx.list_name(other)))
    out.append(ctx.source_button())
    return out


def for_report(ctx: AnswerContext) -> list[Button]:
    return [*starters(ctx)[:2], ctx.source_button()]


def corrections(ctx: AnswerContext, question: str, typed: str, city_ids: list[str]) -> list[Button]:
    """"Did you mean Shenzhen?" as buttons: the question again, with the name corrected."""
    out = []
    pattern = re.compile(re.escape(typed), re.IGNORECASE)
    for cid in city_ids[:MAX_BUTTONS]:
        name = ctx.city_name(cid)
        fixed = pattern.sub(name, question, count=1) if typed and pattern.search(question) else name
        out.append(Button(ctx.say("btn_did_you_mean", city=name).plain[:40], _ask(fixed)))
    return out or starters(ctx)


def _ask(question: str) -> str:
    data = "q:" + question
    while len(data.encode()) > 64:
        data = data[:-1]
    return data
