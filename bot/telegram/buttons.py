"""Buttons under our answers: ``q:<question>`` asks it, ``src`` shows the source,
``card:<token>`` sends the picture. Every callback query is answered exactly once."""

from __future__ import annotations

import copy
import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.telegram.cards import card_spec, send_card
from bot.telegram.persistence import chat_state
from bot.telegram.render import alert_text
from bot.telegram.retry import with_retry
from bot.telegram.sending import send_reply
from bot.telegram.services import services

_LOGGER = logging.getLogger(__name__)

ABOUT_QUESTION = "/about"
NO_CARD_ALERT = {"en": "No picture for this answer.", "zh-Hans": "这个回答没有图片。", "zh-Hant": "這個回答沒有圖片。"}
INLINE_CARD_ALERT = {"en": "Pictures are sent in chats with me: try /card there.",
                     "zh-Hans": "图片只能在与我的聊天中发送：请在那里试试 /card。",
                     "zh-Hant": "圖片只能在與我的聊天中傳送：請在那裡試試 /card。"}


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
