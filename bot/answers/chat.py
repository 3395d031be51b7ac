"""Everyday talk: greetings, thanks, praise, "who are you", "who made you", help, things out of
scope and messages the bot cannot read — a short, friendly reply that shows what can be asked."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.query import Query
from bot.wording.rich import Rich, join, plain


def _examples(ctx: AnswerContext) -> Rich:
    return join([plain(f"• {e}") for e in ctx.examples()[:3]])


def _with_examples(key: str, ctx: AnswerContext, *, commands: bool = False) -> Answer:
    parts = [ctx.say(key, report=ctx.report_name()), _examples(ctx)]
    if commands:
        parts.append(ctx.say("help_commands"))
    body = ctx.lines(parts)
    return Answer(body, buttons.starters(ctx), title=body.plain.split("\n")[0])


def greeting(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("greeting", ctx, commands=True)


def help_(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("help", ctx, commands=True)


def thanks(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("thanks", ctx)


def praise(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("praise", ctx)


def bye(q: Query, ctx: AnswerContext) -> Answer:
    return Answer(ctx.say("bye"), [])


def identity(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("identity", ctx)


def maker(q: Query, ctx: AnswerContext) -> Answer:
    """"Who made you?" is about the bot, not about who compiled the report."""
    return _with_examples("maker", ctx)


def insult(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("insult", ctx)


def how_are_you(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("how_are_you", ctx)


def ack(q: Query, ctx: AnswerContext) -> Answer:
    """"lol", "wow", "ok", "sorry", "哈哈": a reaction, not a question."""
    return _with_examples("ack", ctx)


def out_of_scope(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("out_of_scope", ctx)


def nonsense(q: Query, ctx: AnswerContext) -> Answer:
    return _with_examples("nonsense", ctx)


def clarify(q: Query, ctx: AnswerContext) -> Answer:
    """A question the bot could not place: say so, and offer examples (never a guess)."""
    return _with_examples("clarify", ctx)
