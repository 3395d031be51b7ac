"""The bot's update callbacks, registered in one place (:func:`register`); each job has its
module: :mod:`~bot.telegram.messages` (questions), :mod:`~bot.telegram.buttons` (button
presses), :mod:`~bot.telegram.inline` (inline mode), :mod:`~bot.telegram.sending` (everything
sent), :mod:`~bot.telegram.failures` (the error handler).

Chats are handled concurrently, each chat's updates one at a time and in order (see
:mod:`bot.telegram.flood`), so a chat's follow-up questions always see the state left by the
previous answer.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.telegram.buttons import on_callback
from bot.telegram.failures import on_error
from bot.telegram.inline import on_inline_query
from bot.telegram.messages import (
    drop_stale_group_messages,
    on_edited_message,
    on_message,
    on_migrate,
    on_private_other,
)
from bot.telegram.sending import flood_note, send_flood_note
from bot.telegram.services import SERVICES_KEY, AnsweringEngine, Services, services

__all__ = [
    "SERVICES_KEY",
    "AnsweringEngine",
    "Services",
    "flood_note",
    "register",
    "send_flood_note",
    "services",
]


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
