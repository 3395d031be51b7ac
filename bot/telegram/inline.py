"""Inline mode: ``@ThisBot shanghai`` in any chat."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.telegram.render import inline_results
from bot.telegram.retry import with_retry
from bot.telegram.services import services

_LOGGER = logging.getLogger(__name__)

INLINE_LIMIT = 10
INLINE_CACHE_SECONDS = 10


async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Inline mode: ``@ThisBot shanghai`` → the engine's inline answers (the first is the
    answer). An empty query gets the engine's own examples, or, if it has none, its answers to
    the example questions of ``data/wording/telegram.yaml`` (``tg_inline_examples``)."""
    query = update.inline_query
    assert query is not None
    svc = services(context)
    text = query.query.strip()
    replies = svc.engine.inline(text, limit=INLINE_LIMIT)
    if not replies and text:
        replies = [svc.engine.answer(text, {})]
    elif not replies:
        replies = [svc.engine.answer(example, {}) for example in svc.menus.inline_examples]
    try:
        await with_retry(lambda: query.answer(inline_results(replies), cache_time=INLINE_CACHE_SECONDS,
                                               is_personal=False),
                         what="answerInlineQuery", attempts=2)
    except BadRequest as exc:  # the user typed on; the query expired
        _LOGGER.info("could not answer inline query %s: %s", query.id, exc)
