"""Asking the engine for one update: in the chat's language (the sender's Telegram language until
someone writes in one), continuing the answer a message replies to, if it replies to one of ours."""

from __future__ import annotations

from typing import Any

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.reply import Reply
from bot.telegram.persistence import chat_state
from bot.telegram.sent import sent_answer
from bot.telegram.services import services
from bot.telegram.words import reply_language


def first_language(state: dict, update: Update) -> None:
    """A chat nobody has written in yet is answered in the sender's Telegram language (``zh-TW``:
    traditional Chinese); once someone writes, the engine keeps the language they wrote in."""
    user = update.effective_user
    if "lang" not in state and user is not None:
        lang = reply_language(user.language_code)
        if lang is not None:
            state["lang"] = lang


def replied_context(message: Message | None, context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any] | None:
    """The context of our answer ``message`` replies to (None: it replies to none we remember)."""
    target = message.reply_to_message if message is not None else None
    if target is None or target.from_user is None or target.from_user.id != context.bot.id:
        return None
    found = sent_answer(context.chat_data, target.message_id)
    return found.context if found is not None else None


def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, state: dict | None = None) -> Reply:
    """The engine's reply to ``text`` from this update, with the chat's state (or ``state``)."""
    state = chat_state(context.chat_data) if state is None else state
    first_language(state, update)
    engine = services(context).engine
    reply_to = replied_context(update.effective_message, context)
    if reply_to is not None:
        return engine.answer(text, state, reply_to=reply_to)
    return engine.answer(text, state)
