"""Buttons under our answers: ``q:<question>`` asks it, ``src`` shows the source,
``card:<token>`` sends the picture. Every callback query is answered exactly once."""

from __future__ import annotations

import copy
import html
import logging
import re

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.reply import Reply
from bot.telegram.asking import ask
from bot.telegram.cards import card_spec, send_card
from bot.telegram.persistence import chat_state
from bot.telegram.render import SOURCE_ACTION, alert_text
from bot.telegram.retry import with_retry
from bot.telegram.sending import send_reply
from bot.telegram.sent import sent_answer
from bot.telegram.services import services
from bot.telegram.source_view import source_html
from bot.telegram.words import reply_language

_LOGGER = logging.getLogger(__name__)

ABOUT_QUESTION = "/about"
_TAG = re.compile(r"<[^>]+>")


def _user_lang(update: Update) -> str:
    """Where there is no chat (a button under an inline-mode message): the presser's language."""
    user = update.effective_user
    return reply_language(user.language_code if user is not None else None) or "en"


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
    lang = (chat_state(context.chat_data).get("lang") or "en") if origin is not None else _user_lang(update)
    if origin is None:  # under an inline-mode message: there is no chat to post to
        await _answer_query(update, svc.words.text("tg_inline_card", lang))
        return
    spec = card_spec(svc.index, question)
    if spec is None:
        await _answer_query(update, svc.words.text("tg_no_card", lang))
        return
    await _answer_query(update)  # stop the button's spinner before drawing
    private = origin.chat.type == ChatType.PRIVATE
    await send_card(context, origin.chat.id, svc.index, spec, svc.card_files,
                    quote=None if private else origin.message_id,
                    attempts=svc.settings.send_attempts, base_delay=svc.settings.retry_base_delay)
    svc.counters["cards"] += 1


async def on_source_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``src``: the paragraphs of the article the answer above rests on, in that answer's
    language (see bot.telegram.source_view). An answer no longer remembered, or an engine without
    an index: the report's citation (/about), without changing the conversation's context."""
    query = update.callback_query
    assert query is not None
    svc = services(context)
    origin = query.message
    if origin is None:  # under an inline-mode message: there is no chat to post to
        await _answer_query(update, alert_text(svc.engine.answer(ABOUT_QUESTION, {"lang": _user_lang(update)})))
        return
    await _answer_query(update)
    found = sent_answer(context.chat_data, origin.message_id)
    if svc.index is None or found is None:
        reply = ask(update, context, ABOUT_QUESTION, copy.deepcopy(chat_state(context.chat_data)))
    else:
        report = svc.index.reports.get(found.report or "") or svc.index.default
        refs, whole = found.sources, False
        if not refs and found.sourced:  # the answer names no paragraphs: the report's own source
            refs, whole = (str(report.meta["source"]),), True
        text = source_html(report, svc.words, refs, found.lang, whole=whole)
        reply = Reply(text=html.unescape(_TAG.sub("", text)), html=text, intent="source", lang=found.lang)
    private = origin.chat.type == ChatType.PRIVATE
    await send_reply(context, origin.chat.id, reply, private=private, quote=None if private else origin.message_id)


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button: ``q:<question>`` asks it, ``src`` shows the source, ``card:<token>``
    sends its picture; anything unknown is acknowledged and ignored. The query is always
    answered exactly once. In a group, the answer quotes the message the button is under."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    if data.startswith("card:") and data[5:].strip():
        await on_picture_button(update, context, data[5:].strip())
        return
    if data == SOURCE_ACTION:
        await on_source_button(update, context)
        return
    question = data[2:].strip() if data.startswith("q:") else ""
    if not question:
        await _answer_query(update)
        return

    origin = query.message  # the message the button is under (possibly no longer accessible)
    engine = services(context).engine
    if origin is None:  # a button under an inline-mode message: there is no chat to post to
        await _answer_query(update, alert_text(engine.answer(question, {"lang": _user_lang(update)})))
        return

    await _answer_query(update)  # stop the button's spinner before the (slower) answer
    reply = ask(update, context, question)
    private = origin.chat.type == ChatType.PRIVATE
    await send_reply(context, origin.chat.id, reply, private=private,
                     quote=None if private else origin.message_id)
