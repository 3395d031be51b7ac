"""Sending answers: a text reply (HTML, with its buttons, quoting the question in groups), an
edit of an earlier answer, a picture card, and the flood-control note."""

from __future__ import annotations

import logging

from telegram import ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import Application, ContextTypes

from bot.reply import Reply
from bot.telegram.asking import ask
from bot.telegram.cards import send_card
from bot.telegram.flood import Kind
from bot.telegram.persistence import STATE_KEY, chat_state
from bot.telegram.render import escape, fit_html, keyboard, plain_html
from bot.telegram.retry import Delivery, for_chat, with_retry
from bot.telegram.sent import remember_sent
from bot.telegram.services import SERVICES_KEY, Services, services
from bot.telegram.words import words_for
from bot.wording.phrases import LANGS, Wording

_LOGGER = logging.getLogger(__name__)

FLOOD_NOTE_KEYS = {False: "tg_flood_private", True: "tg_flood_group"}  # group? -> its phrase


def flood_note(words: Wording, group: bool, lang: str) -> str:
    """The "slow down" note (plain text) for a private chat or a group, in ``lang``."""
    return words.say(FLOOD_NOTE_KEYS[group], lang).plain


def flood_notes(words: Wording | None = None) -> tuple[str, ...]:
    """Every flood note, in every language (to tell them from answers)."""
    words = words or words_for()
    return tuple(dict.fromkeys(flood_note(words, group, lang) for group in FLOOD_NOTE_KEYS for lang in LANGS))



def quoting(message_id: int | None) -> ReplyParameters | None:
    """Quote message ``message_id`` (sent even if that message is gone); None: no quote."""
    return ReplyParameters(message_id, allow_sending_without_reply=True) if message_id else None


async def send_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, *,
                     private: bool, quote: int | None = None) -> int:
    """Send ``reply`` (HTML, with its keyboard) to a chat, quoting message ``quote`` if given;
    the sent message's id. Transient failures are retried as far as a second copy is safe (a
    group never gets two answers: see bot.telegram.retry). If Telegram cannot parse the HTML,
    the plain text is sent instead. In a group the buttons are one row at most. What the answer
    rests on and continues is remembered by its message id (see bot.telegram.sent)."""
    svc = services(context)
    markup = keyboard(reply, group=not private)
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
    remember_sent(context.chat_data, message_id, reply)
    return message_id


async def answer_with_card(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> int:
    """``/card …``: the engine understands the arguments (as for /top, /rank, /compare) and
    names the card; it is sent as a photo in the chat's language. No card (an unknown city,
    bad arguments): the engine's text answer, which says why. The sent message's id."""
    message = update.effective_message
    assert message is not None
    svc = services(context)
    state = chat_state(context.chat_data)
    reply = ask(update, context, text, state)
    private = message.chat.type == ChatType.PRIVATE
    quote = None if private else message.message_id
    spec = reply.card
    if spec is None:
        return await send_reply(context, message.chat.id, reply, private=private, quote=quote)
    sent = await send_card(context, message.chat.id, svc.index, spec, svc.card_files, quote=quote,
                           attempts=svc.settings.send_attempts, base_delay=svc.settings.retry_base_delay)
    svc.counters["cards"] += 1
    remember_sent(context.chat_data, sent.message_id, reply)
    return sent.message_id


async def send_flood_note(application: Application, kind: Kind) -> None:
    """The "slow down" note to a flooding chat, in its language."""
    if kind.chat_id is None:
        return
    svc: Services = application.bot_data[SERVICES_KEY]
    chat_data = application.chat_data.get(kind.chat_id) or {}
    lang = (chat_data.get(STATE_KEY) or {}).get("lang", "en")
    text = flood_note(svc.words, kind.group, lang)
    await with_retry(lambda: application.bot.send_message(kind.chat_id, escape(text)),
                     what="sendMessage (flood note)", delivery=for_chat(kind.chat_id),
                     attempts=svc.settings.send_attempts, base_delay=svc.settings.retry_base_delay)


async def edit_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, message_id: int,
                     reply: Reply, *, private: bool = True) -> bool:
    """Replace our earlier answer with ``reply``. False if that message is gone."""
    svc = services(context)
    try:
        await with_retry(
            lambda: context.bot.edit_message_text(fit_html(reply), chat_id=chat_id, message_id=message_id,
                                                  reply_markup=keyboard(reply, group=not private)),
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
    remember_sent(context.chat_data, message_id, reply)
    return True
