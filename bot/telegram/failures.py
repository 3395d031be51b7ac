"""The error handler: one bad update is logged once and never brings the bot down."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.telegram.persistence import STATE_KEY
from bot.telegram.services import SERVICES_KEY, Services, services
from bot.telegram.words import reply_language, words_for

_LOGGER = logging.getLogger(__name__)

def _should_apologise(error: BaseException | None) -> bool:
    """A bug (not a Telegram failure) or a refused request: worth a short note in private."""
    if isinstance(error, BadRequest):
        return True
    return error is not None and not isinstance(error, TelegramError)


def _apology(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The short note in the chat's language (HTML), or the user's before the chat has one."""
    svc = context.application.bot_data.get(SERVICES_KEY)
    words = svc.words if isinstance(svc, Services) else words_for()
    state = (context.chat_data or {}).get(STATE_KEY)
    lang = state.get("lang") if isinstance(state, dict) and isinstance(state.get("lang"), str) else None
    if lang is None:
        user = update.effective_user
        lang = reply_language(user.language_code if user is not None else None) or "en"
    return words.say("tg_apology", lang).html


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
            await context.bot.send_message(update.message.chat.id, _apology(update, context))
        except TelegramError as exc:
            _LOGGER.warning("could not send the apology to chat %s: %s", chat_id, exc)
