"""The bot's update callbacks, registered in one place (:func:`register`).

Updates are processed one at a time (no ``concurrent_updates``), so a chat's follow-up
questions always see the state left by the previous answer.
"""

from __future__ import annotations

import copy
import logging
import time
from dataclasses import dataclass, field
from typing import Protocol

from telegram import Message, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.reply import Reply
from bot.telegram.addressing import address_message
from bot.telegram.config import Settings
from bot.telegram.menus import Menus
from bot.telegram.persistence import chat_state, remember_reply, remembered_reply
from bot.telegram.render import alert_text, escape, fit_html, inline_results, keyboard, plain_html
from bot.telegram.retry import with_retry

_LOGGER = logging.getLogger(__name__)

SERVICES_KEY = "citybot_services"
ABOUT_QUESTION = "/about"
HELP_QUESTION = "/help"
INLINE_LIMIT = 10
INLINE_CACHE_SECONDS = 10
APOLOGY = escape("Sorry, I could not answer that. Try /help for example questions.")


class AnsweringEngine(Protocol):
    """What the handlers need of :class:`bot.engine.Engine`."""

    def answer(self, text: str, state: dict | None = None, *, now: float | None = None) -> Reply: ...

    def inline(self, text: str, *, limit: int = 10) -> list[Reply]: ...


@dataclass
class Services:
    """Shared objects, kept in ``application.bot_data`` (which is not persisted)."""

    engine: AnsweringEngine
    settings: Settings
    menus: Menus
    started_at: float = field(default_factory=time.time)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data[SERVICES_KEY]


# --- sending -------------------------------------------------------------------------------


async def send_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, *,
                     private: bool, quote: int | None = None) -> Message:
    """Send ``reply`` (HTML, with its keyboard) to a chat, quoting message ``quote`` if given.
    Transient failures are retried (TimedOut only in private chats: see bot.telegram.retry).
    If Telegram cannot parse the HTML, the plain text is sent instead."""
    svc = services(context)
    markup = keyboard(reply)
    reply_parameters = ReplyParameters(quote, allow_sending_without_reply=True) if quote else None

    async def send(text: str) -> Message:
        return await with_retry(
            lambda: context.bot.send_message(chat_id, text, reply_markup=markup,
                                             reply_parameters=reply_parameters),
            what="sendMessage", attempts=svc.settings.send_attempts,
            base_delay=svc.settings.retry_base_delay, retry_timed_out=private)

    try:
        return await send(fit_html(reply))
    except BadRequest as exc:
        if "parse entities" not in str(exc).lower():
            raise
        _LOGGER.error("Telegram refused the reply's HTML (intent %s): %s; sending plain text",
                      reply.intent, exc)
        return await send(plain_html(reply.text))


async def edit_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, message_id: int,
                     reply: Reply) -> bool:
    """Replace our earlier answer with ``reply``. False if that message is gone."""
    svc = services(context)
    try:
        await with_retry(
            lambda: context.bot.edit_message_text(fit_html(reply), chat_id=chat_id, message_id=message_id,
                                                  reply_markup=keyboard(reply)),
            what="editMessageText", attempts=svc.settings.send_attempts,
            base_delay=svc.settings.retry_base_delay)
    except BadRequest as exc:
        text = str(exc).lower()
        if "not modified" in text:
            return True
        if "not found" in text or "can't be edited" in text:
            return False
        raise
    return True


# --- callbacks -----------------------------------------------------------------------------


async def drop_stale_group_messages(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Backlog policy: group messages sent more than ``group_backlog`` seconds before the bot
    started are dropped (the conversation has moved on); private ones are all answered."""
    message = update.message or update.edited_message
    if message is None or message.chat.type == ChatType.PRIVATE:
        return
    svc = services(context)
    sent_at = (message.edit_date or message.date).timestamp()
    if sent_at < svc.started_at - svc.settings.group_backlog:
        _LOGGER.info("dropping stale group message (update %s, chat %s, %.0fs before start)",
                     update.update_id, message.chat.id, svc.started_at - sent_at)
        raise ApplicationHandlerStop


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A new text message: answer it if it is addressed to the bot (always, in private)."""
    message = update.message
    assert message is not None  # guaranteed by the filter
    addressed = address_message(message, context.bot.username, context.bot.id)
    if addressed is None:
        return
    if remembered_reply(context.chat_data, message.message_id) is not None:
        _LOGGER.info("message %s in chat %s was answered already", message.message_id, message.chat.id)
        return
    reply = services(context).engine.answer(addressed.text, chat_state(context.chat_data))
    private = message.chat.type == ChatType.PRIVATE
    sent = await send_reply(context, message.chat.id, reply, private=private,
                            quote=None if private else message.message_id)
    remember_reply(context.chat_data, message.message_id, sent.message_id)
    _LOGGER.info("answered update %s (chat %s, %s, intent %s)", update.update_id, message.chat.id,
                 addressed.reason, reply.intent)


async def on_edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited question: edit our earlier answer (or answer now, if we had not)."""
    message = update.edited_message
    assert message is not None
    addressed = address_message(message, context.bot.username, context.bot.id)
    if addressed is None:
        return
    reply = services(context).engine.answer(addressed.text, chat_state(context.chat_data))
    previous = remembered_reply(context.chat_data, message.message_id)
    if previous is not None and await edit_reply(context, message.chat.id, previous, reply):
        _LOGGER.info("edited answer %s (update %s, chat %s)", previous, update.update_id, message.chat.id)
        return
    private = message.chat.type == ChatType.PRIVATE
    sent = await send_reply(context, message.chat.id, reply, private=private,
                            quote=None if private else message.message_id)
    remember_reply(context.chat_data, message.message_id, sent.message_id)


async def on_private_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A sticker, photo, voice message… in a private chat: never silence — show the help."""
    message = update.message
    assert message is not None
    state = copy.deepcopy(chat_state(context.chat_data))  # keep the follow-up context as it was
    reply = services(context).engine.answer(HELP_QUESTION, state)
    await send_reply(context, message.chat.id, reply, private=True)


async def _answer_query(update: Update, text: str | None = None) -> None:
    query = update.callback_query
    assert query is not None
    try:
        await with_retry(lambda: query.answer(text=text, show_alert=True if text else None),
                         what="answerCallbackQuery")
    except BadRequest as exc:  # typically "query is too old"
        _LOGGER.info("could not answer callback query %s: %s", query.id, exc)


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button: ``q:<question>`` asks it, ``src`` shows the source, ``card:…`` (not yet
    available) and anything unknown are acknowledged and ignored. The query is always
    answered exactly once."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    if data.startswith("q:") and data[2:].strip():
        question = data[2:].strip()
        keep_state = False
    elif data == "src":
        question, keep_state = ABOUT_QUESTION, True
    else:
        await _answer_query(update)
        return

    origin = query.message  # the message the button is under (possibly no longer accessible)
    engine = services(context).engine
    if origin is None:  # a button under an inline-mode message: there is no chat to post to
        await _answer_query(update, alert_text(engine.answer(question, {})))
        return

    await _answer_query(update)  # stop the button's spinner before the (slower) answer
    state = chat_state(context.chat_data)
    if keep_state:  # showing the source must not change the conversation's context
        state = copy.deepcopy(state)
    reply = engine.answer(question, state)
    private = origin.chat.type == ChatType.PRIVATE
    await send_reply(context, origin.chat.id, reply, private=private,
                     quote=None if private else origin.message_id)


async def on_migrate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup (a new chat id): carry the conversation over. Only the
    message in the old chat (``migrate_to_chat_id``) moves data, so it moves exactly once."""
    message = update.message
    assert message is not None
    if message.migrate_to_chat_id is not None:
        context.application.migrate_chat_data(message=message)
        _LOGGER.info("chat %s migrated to %s", message.chat.id, message.migrate_to_chat_id)


async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Inline mode: ``@ThisBot shanghai`` → the engine's inline answers (the first is the
    answer). An empty query gets the engine's own examples, or, if it has none, its answers to
    the example questions in ``menus.yaml``."""
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


def _should_apologise(error: BaseException | None) -> bool:
    """A bug (not a Telegram failure) or a refused request: worth a short note in private."""
    if isinstance(error, BadRequest):
        return True
    return error is not None and not isinstance(error, TelegramError)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error once, with the update and chat ids; in a private chat, say sorry. Never
    raises: one bad update must not bring the bot down."""
    error = context.error
    update_id = chat_id = None
    if isinstance(update, Update):
        update_id = update.update_id
        chat_id = update.effective_chat.id if update.effective_chat else None
    _LOGGER.error("error while handling update %s (chat %s): %s", update_id, chat_id, error, exc_info=error)
    if (isinstance(update, Update) and update.message is not None
            and update.message.chat.type == ChatType.PRIVATE and _should_apologise(error)):
        try:
            await context.bot.send_message(update.message.chat.id, APOLOGY)
        except TelegramError as exc:
            _LOGGER.warning("could not send the apology to chat %s: %s", chat_id, exc)


def register(application: Application, svc: Services) -> None:
    """Install the services and every handler on ``application``."""
    application.bot_data[SERVICES_KEY] = svc
    application.add_handler(TypeHandler(Update, drop_stale_group_messages), group=-1)
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, on_migrate))
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, on_message))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT,
                                           on_edited_message))
    application.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL,
        on_private_other))
    application.add_handler(CallbackQueryHandler(on_callback))
    application.add_handler(InlineQueryHandler(on_inline_query))
    application.add_error_handler(on_error)
