"""Sending answers: a text reply (HTML, with its buttons, quoting the question in groups), an
edit of an earlier answer, a picture card, and the flood-control note."""

from __future__ import annotations

import logging

from telegram import ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import Application, ContextTypes

from bot.reply import Reply
from bot.telegram.cards import send_card
from bot.telegram.flood import Kind
from bot.telegram.persistence import STATE_KEY, chat_state
from bot.telegram.render import escape, fit_html, keyboard, plain_html
from bot.telegram.retry import Delivery, for_chat, with_retry
from bot.telegram.services import SERVICES_KEY, Services, services

_LOGGER = logging.getLogger(__name__)

#: The one note a flooding chat gets (see bot.telegram.flood): (group?, language) -> text.
FLOOD_NOTES = {
    (False, "en"): "You're sending messages faster than I can answer, so I'll answer only your latest one. "
                   "Please send one question at a time.",
    (True, "en"): "Lots of questions at once: I'll answer the latest few in a moment. "
                  "Please send one question at a time.",
    (False, "zh-Hans"): "消息发得太快了，我只回答你最新的一条。请一次发一个问题。",
    (True, "zh-Hans"): "同时收到太多问题，我稍后回答最新的几条。请一次发一个问题。",
    (False, "zh-Hant"): "訊息發得太快了，我只回答你最新的一則。請一次發一個問題。",
    (True, "zh-Hant"): "同時收到太多問題，我稍後回答最新的幾則。請一次發一個問題。",
}


def quoting(message_id: int | None) -> ReplyParameters | None:
    """Quote message ``message_id`` (sent even if that message is gone); None: no quote."""
    return ReplyParameters(message_id, allow_sending_without_reply=True) if message_id else None


async def send_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, *,
                     private: bool, quote: int | None = None) -> int:
    """Send ``reply`` (HTML, with its keyboard) to a chat, quoting message ``quote`` if given;
    the sent message's id. Transient failures are retried as far as a second copy is safe (a
    group never gets two answers: see bot.telegram.retry). If Telegram cannot parse the HTML,
    the plain text is sent instead."""
    svc = services(context)
    markup = keyboard(reply)
    reply_parameters = quoting(quote)

    async def send(text: str) -> int:
        sent = await with_retry(
            lambda: context.bot.send_message(chat_id, text, reply_markup=markup, reply_parameters=reply_parameters),
            what="sendMessage", delivery=for_chat(chat_id), attempts=svc.settings.send_attempts,
            base_delay=svc.settings.retry_base_delay)
        return sent.message_id

    try:
        message_id = await send(fit_html(reply))
    except BadRequest as exc:
        if "parse entities" not in str(exc).lower():
            raise
        _LOGGER.error("Telegram refused the reply's HTML (intent %s): %s; sending plain text",
                      reply.intent, exc)
        message_id = await send(plain_html(reply.text))
    svc.counters["answers"] += 1
    return message_id


async def answer_with_card(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> int:
    """``/card …``: the engine understands the arguments (as for /top, /rank, /compare) and
    names the card; it is sent as a photo in the chat's language. No card (an unknown city,
    bad arguments): the engine's text answer, which says why. The sent message's id."""
    message = update.effective_message
    assert message is not None
    svc = services(context)
    state = chat_state(context.chat_data)
    reply = svc.engine.answer(text, state)
    private = message.chat.type == ChatType.PRIVATE
    quote = None if private else message.message_id
    spec = reply.card
    if spec is None:
        return await send_reply(context, message.chat.id, reply, private=private, quote=quote)
    sent = await send_card(context, message.chat.id, svc.index, spec, svc.card_files, quote=quote,
                           attempts=svc.settings.send_attempts, base_delay=svc.settings.retry_base_delay)
    svc.counters["cards"] += 1
    return sent.message_id


async def send_flood_note(application: Application, kind: Kind) -> None:
    """The "slow down" note to a flooding chat, in its language."""
    if kind.chat_id is None:
        return
    svc: Services = application.bot_data[SERVICES_KEY]
    chat_data = application.chat_data.get(kind.chat_id) or {}
    lang = (chat_data.get(STATE_KEY) or {}).get("lang", "en")
    text = FLOOD_NOTES.get((kind.group, lang)) or FLOOD_NOTES[(kind.group, "en")]
    await with_retry(lambda: application.bot.send_message(kind.chat_id, escape(text)),
                     what="sendMessage (flood note)", delivery=for_chat(kind.chat_id),
                     attempts=svc.settings.send_attempts, base_delay=svc.settings.retry_base_delay)


async def edit_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, message_id: int,
                     reply: Reply) -> bool:
    """Replace our earlier answer with ``reply``. False if that message is gone."""
    svc = services(context)
    try:
        await with_retry(
            lambda: context.bot.edit_message_text(fit_html(reply), chat_id=chat_id, message_id=message_id,
                                                  reply_markup=keyboard(reply)),
            what="editMessageText", delivery=Delivery.IDEMPOTENT, attempts=svc.settings.send_attempts,
            base_delay=svc.settings.retry_base_delay)
    except BadRequest as exc:
        text = str(exc).lower()
        if "not modified" in text:
            return True
        if "no text in the message" in text:  # our answer was a picture: leave it (one answer per message)
            return True
        if "not found" in text or "can't be edited" in text:
            return False
        raise
    return True
