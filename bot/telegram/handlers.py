"""The bot's update callbacks, registered in one place (:func:`register`).

Chats are handled concurrently, each chat's updates one at a time and in order (see
:mod:`bot.telegram.flood`), so a chat's follow-up questions always see the state left by the
previous answer.
"""

from __future__ import annotations

import copy
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

from telegram import ReplyParameters, Update
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
from bot.telegram.cards import CardFiles, card_spec, is_card_command, send_card
from bot.telegram.config import Settings
from bot.telegram.flood import ChatLanes, Kind
from bot.telegram.journal import Journal
from bot.telegram.menus import Menus
from bot.telegram.persistence import STATE_KEY, chat_state, remember_reply, remembered_reply
from bot.telegram.render import alert_text, escape, fit_html, inline_results, keyboard, plain_html
from bot.telegram.retry import Delivery, for_chat, with_retry

_LOGGER = logging.getLogger(__name__)

SERVICES_KEY = "citybot_services"
ABOUT_QUESTION = "/about"
HELP_QUESTION = "/help"
INLINE_LIMIT = 10
INLINE_CACHE_SECONDS = 10
APOLOGY = escape("Sorry, I could not answer that. Try /help for example questions.")
STATS_COMMAND = "/stats"
NO_CARD_ALERT = {"en": "No picture for this answer.", "zh-Hans": "这个回答没有图片。", "zh-Hant": "這個回答沒有圖片。"}
INLINE_CARD_ALERT = {"en": "Pictures are sent in chats with me: try /card there.",
                     "zh-Hans": "图片只能在与我的聊天中发送：请在那里试试 /card。",
                     "zh-Hant": "圖片只能在與我的聊天中傳送：請在那裡試試 /card。"}
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
    index: Any = None  # the engine's index, for picture cards (None: no cards)
    journal: Journal = field(default_factory=lambda: Journal(None))
    lanes: ChatLanes | None = None
    card_files: CardFiles = field(default_factory=CardFiles)
    counters: Counter = field(default_factory=Counter)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data[SERVICES_KEY]


# --- sending -------------------------------------------------------------------------------


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


def is_operator(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A private message from a user id listed in the configuration (CITYBOT_ADMINS / --admin).
    Never a group: operator output is not for an audience."""
    message, user = update.effective_message, update.effective_user
    return (message is not None and user is not None and message.chat.type == ChatType.PRIVATE
            and user.id in services(context).settings.admins)


def stats_text(svc: Services) -> str:
    """The operator's /stats: counters only (no chat contents, no secrets)."""
    uptime = int(time.time() - svc.started_at)
    lanes = svc.lanes.stats if svc.lanes is not None else None
    lines = [
        "<b>citybot status</b>",
        f"uptime: {uptime // 3600}h {uptime % 3600 // 60:02d}m {uptime % 60:02d}s",
        f"answers sent: {svc.counters['answers']}, cards: {svc.counters['cards']} "
        f"(uploaded {svc.card_files.uploads}, reused {svc.card_files.reuses})",
        f"errors: {svc.counters['errors']}",
    ]
    if lanes is not None and svc.lanes is not None:
        lines += [f"updates handled: {lanes.handled}; active chats: {svc.lanes.lanes}",
                  f"flood control: {lanes.dropped} dropped, {lanes.notes} notes, {lanes.released} held at stop"]
    lines.append(f"journal: {svc.journal.pending_count} pending")
    return "\n".join(lines)


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
    if addressed.text.split()[0].lower() == STATS_COMMAND and is_operator(update, context):
        await context.bot.send_message(message.chat.id, stats_text(services(context)))
        return
    if is_card_command(addressed.text):
        sent_id = await answer_with_card(update, context, addressed.text)
        remember_reply(context.chat_data, message.message_id, sent_id)
        _LOGGER.info("answered update %s (chat %s, %s, card)", update.update_id, message.chat.id, addressed.reason)
        return
    reply = services(context).engine.answer(addressed.text, chat_state(context.chat_data))
    private = message.chat.type == ChatType.PRIVATE
    sent_id = await send_reply(context, message.chat.id, reply, private=private,
                               quote=None if private else message.message_id)
    remember_reply(context.chat_data, message.message_id, sent_id)
    _LOGGER.info("answered update %s (chat %s, %s, intent %s)", update.update_id, message.chat.id,
                 addressed.reason, reply.intent)


async def on_edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited question: edit our earlier answer (or answer now, if we had not)."""
    message = update.edited_message
    assert message is not None
    addressed = address_message(message, context.bot.username, context.bot.id)
    if addressed is None:
        return
    previous = remembered_reply(context.chat_data, message.message_id)
    if is_card_command(addressed.text):
        if previous is not None:  # a picture answer stays as it is: one answer per message
            _LOGGER.info("edited /card question %s in chat %s: answered before", message.message_id, message.chat.id)
            return
        sent_id = await answer_with_card(update, context, addressed.text)
        remember_reply(context.chat_data, message.message_id, sent_id)
        return
    reply = services(context).engine.answer(addressed.text, chat_state(context.chat_data))
    if previous is not None and await edit_reply(context, message.chat.id, previous, reply):
        _LOGGER.info("edited answer %s (update %s, chat %s)", previous, update.update_id, message.chat.id)
        return
    private = message.chat.type == ChatType.PRIVATE
    sent_id = await send_reply(context, message.chat.id, reply, private=private,
                               quote=None if private else message.message_id)
    remember_reply(context.chat_data, message.message_id, sent_id)


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


async def on_picture_button(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """``card:<token>``: the card the button names (see CardSpec.token), as a photo, in the
    chat's language. The query is always answered exactly once."""
    query = update.callback_query
    assert query is not None
    svc = services(context)
    origin = query.message
    lang = (chat_state(context.chat_data).get("lang") or "en") if origin is not None else "en"
    if origin is None:  # under an inline-mode message: there is no chat to post to
        await _answer_query(update, INLINE_CARD_ALERT.get(lang, INLINE_CARD_ALERT["en"]))
        return
    spec = card_spec(svc.index, question)
    if spec is None:
        await _answer_query(update, NO_CARD_ALERT.get(lang, NO_CARD_ALERT["en"]))
        return
    await _answer_query(update)  # stop the button's spinner before drawing
    private = origin.chat.type == ChatType.PRIVATE
    await send_card(context, origin.chat.id, svc.index, spec, svc.card_files,
                    quote=None if private else origin.message_id,
                    attempts=svc.settings.send_attempts, base_delay=svc.settings.retry_base_delay)
    svc.counters["cards"] += 1


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button: ``q:<question>`` asks it, ``src`` shows the source, ``card:<token>``
    sends its picture; anything unknown is acknowledged and ignored. The query is always
    answered exactly once."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    if data.startswith("card:") and data[5:].strip():
        await on_picture_button(update, context, data[5:].strip())
        return
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
    """Log the error once, with the update and chat ids (a traceback for a bug or a refused
    request, one line for Telegram being unreachable or refusing the chat); in a private chat,
    say sorry. Never raises: one bad update must not bring the bot down."""
    error = context.error
    update_id = chat_id = None
    if isinstance(update, Update):
        update_id = update.update_id
        chat_id = update.effective_chat.id if update.effective_chat else None
    operational = isinstance(error, TelegramError) and not isinstance(error, BadRequest)
    _LOGGER.error("error while handling update %s (chat %s): %s: %s", update_id, chat_id, type(error).__name__,
                  error, exc_info=None if operational else error)
    if isinstance(context.application.bot_data.get(SERVICES_KEY), Services):
        services(context).counters["errors"] += 1
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
