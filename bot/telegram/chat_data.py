"""What the bot keeps per chat in ``chat_data`` (see bot.telegram.persistence for the file it
is kept in): the engine's conversation state, our answer to each recent question, and the hour
the chat was last answered."""

from __future__ import annotations

import time
from collections.abc import Mapping

STATE_KEY = "citybot"
REPLIES_KEY = "citybot_replies"
SEEN_KEY = "citybot_seen"  # the hour (since 1970) the chat was last answered
#: Questions per chat whose answers are remembered for edits. Each costs about 100 bytes of
#: memory per chat (two ints in a dict): a person edits one of their last few questions.
MAX_REMEMBERED_REPLIES = 20


def current_hour(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // 3600)


def chat_state(chat_data: dict | None) -> dict:
    """The engine's state dict for a chat (created on first use); the chat counts as seen now."""
    if chat_data is None:  # no chat (inline mode): a throwaway state
        return {}
    hour = current_hour()
    if chat_data.get(SEEN_KEY) != hour:
        chat_data[SEEN_KEY] = hour
    state = chat_data.get(STATE_KEY)
    if not isinstance(state, dict):
        state = chat_data[STATE_KEY] = {}
    return state


def remembered_reply(chat_data: dict | None, question_id: int) -> int | None:
    """Our reply's message id for the question ``question_id`` in this chat, if any."""
    if chat_data is None:
        return None
    replies = chat_data.get(REPLIES_KEY)
    return replies.get(question_id) if isinstance(replies, dict) else None


def remember_reply(chat_data: dict | None, question_id: int, reply_id: int,
                   limit: int = MAX_REMEMBERED_REPLIES) -> None:
    """Record that ``reply_id`` answers ``question_id``; only the newest ``limit`` are kept."""
    if chat_data is None:
        return
    replies = chat_data.get(REPLIES_KEY)
    if not isinstance(replies, dict):
        replies = chat_data[REPLIES_KEY] = {}
    replies.pop(question_id, None)
    replies[question_id] = reply_id
    while len(replies) > limit:
        del replies[next(iter(replies))]


def idle_chats(chat_data: Mapping[int, dict], max_idle_days: float, now: float | None = None) -> list[int]:
    """The chats not answered for more than ``max_idle_days``, and the empty ones (created by
    python-telegram-bot for a chat the bot never answered)."""
    hour = current_hour(now)
    idle = []
    for chat_id, data in chat_data.items():
        seen = data.get(SEEN_KEY) if isinstance(data, dict) else None
        if not data or (type(seen) is int and hour - seen > max_idle_days * 24):
            idle.append(chat_id)
    return idle
