"""Messages: questions (new and edited), operator commands, anything else in private, chat
migrations, and the backlog policy for groups."""

from __future__ import annotations

import copy
import logging
import time

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.telegram.addressing import address_message
from bot.telegram.asking import ask
from bot.telegram.cards import is_card_command
from bot.telegram.persistence import chat_state, remember_reply, remembered_reply
from bot.telegram.sending import answer_with_card, edit_reply, send_reply
from bot.telegram.services import Services, services

_LOGGER = logging.getLogger(__name__)

HELP_QUESTION = "/help"
STATS_COMMAND = "/stats"


def is_operator(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A private message from a user id listed in the configuration (CITYBOT_ADMINS / --admin).
    Never a group: operator output is not for an audience."""
    message, user = update.effective_message, update.effective_user
    return (message is not None and user is not None and message.chat.type == ChatType.PRIVATE
            and user.id in services(context).settings.admins)


def stats_text(svc: Services, lang: str = "en") -> str:
    """The operator's /stats: counters only (no chat contents, no secrets)."""
    uptime = int(time.time() - svc.started_at)

    def say(key: str, **values: str | int) -> str:
        return svc.words.say(key, lang, **values).html

    lines = [
        f"<b>{say('tg_stats_title')}</b>",
        say("tg_stats_uptime", hours=uptime // 3600, minutes=f"{uptime % 3600 // 60:02d}",
            seconds=f"{uptime % 60:02d}"),
        say("tg_stats_answers", answers=svc.counters["answers"], cards=svc.counters["cards"],
            uploads=svc.card_files.uploads, reuses=svc.card_files.reuses),
        say("tg_stats_errors", errors=svc.counters["errors"]),
    ]
    if svc.lanes is not None:
        lanes = svc.lanes.stats
        lines += [say("tg_stats_lanes", handled=lanes.handled, chats=svc.lanes.lanes),
                  say("tg_stats_flood", dropped=lanes.dropped, notes=lanes.notes, held=lanes.released)]
    lines.append(say("tg_stats_journal", pending=svc.journal.pending_count))
    return "\n".join(lines)


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
        lang = chat_state(context.chat_data).get("lang") or "en"
        await context.bot.send_message(message.chat.id, stats_text(services(context), lang))
        return
    if is_card_command(addressed.text):
        sent_id = await answer_with_card(update, context, addressed.text)
        remember_reply(context.chat_data, message.message_id, sent_id)
        _LOGGER.info("answered update %s (chat %s, %s, card)", update.update_id, message.chat.id, addressed.reason)
        return
    reply = ask(update, context, addressed.text)
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
    reply = ask(update, context, addressed.text)
    private = message.chat.type == ChatType.PRIVATE
    if previous is not None and await edit_reply(context, message.chat.id, previous, reply, private=private):
        _LOGGER.info("edited answer %s (update %s, chat %s)", previous, update.update_id, message.chat.id)
        return
    sent_id = await send_reply(context, message.chat.id, reply, private=private,
                               quote=None if private else message.message_id)
    remember_reply(context.chat_data, message.message_id, sent_id)


async def on_private_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A sticker, photo, voice message… in a private chat: never silence — show the help."""
    message = update.message
    assert message is not None
    state = copy.deepcopy(chat_state(context.chat_data))  # keep the follow-up context as it was
    reply = ask(update, context, HELP_QUESTION, state)
    await send_reply(context, message.chat.id, reply, private=True)


async def on_migrate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup (a new chat id): carry the conversation over. Only the
    message in the old chat (``migrate_to_chat_id``) moves data, so it moves exactly once."""
    message = update.message
    assert message is not None
    if message.migrate_to_chat_id is not None:
        context.application.migrate_chat_data(message=message)
        _LOGGER.info("chat %s migrated to %s", message.chat.id, message.migrate_to_chat_id)
