"""Where per-chat state lives between restarts.

Each chat's ``chat_data`` holds ``"citybot"`` (the engine's conversation state: context for
follow-ups, preferred language) and ``"citybot_replies"`` (question message id → our reply
message id, bounded, for editing answers when a question is edited). Both are kept by
python-telegram-bot's :class:`~telegram.ext.PicklePersistence` in one file; only chat data
is stored.

:class:`StatePersistence` changes three things about writing that file: it is written once per
flush however many chats changed (PicklePersistence rewrites the whole file for each changed
chat), it is replaced atomically (a ``kill -9`` in the middle of a write leaves the previous
file, not a truncated one), and it is readable by its owner only. A file that cannot be read
(from another program, or damaged) is moved aside and the bot starts with empty state rather
than refusing to start.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import time
from pathlib import Path
from typing import Any

from telegram.ext import PersistenceInput, PicklePersistence
from telegram.ext._picklepersistence import _BotPickler

_LOGGER = logging.getLogger(__name__)

STATE_KEY = "citybot"
REPLIES_KEY = "citybot_replies"
MAX_REMEMBERED_REPLIES = 200


class StatePersistence(PicklePersistence):
    """PicklePersistence, written atomically and once per flush (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._dump_scheduled = False

    def _dump_singlefile(self) -> None:
        data = {"conversations": self.conversations, "user_data": self.user_data, "chat_data": self.chat_data,
                "bot_data": self.bot_data, "callback_data": self.callback_data}
        tmp = self.filepath.with_name(self.filepath.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as file:
            _BotPickler(self.bot, file, protocol=pickle.HIGHEST_PROTOCOL).dump(data)
        os.replace(tmp, self.filepath)

    def _load_singlefile(self) -> None:
        try:
            super()._load_singlefile()
        except TypeError as exc:  # not valid pickle data (PicklePersistence's wording)
            aside = self.filepath.with_name(f"{self.filepath.name}.unreadable-{int(time.time())}")
            os.replace(self.filepath, aside)
            _LOGGER.error("state file %s could not be read (%s); moved to %s, starting with empty state",
                          self.filepath, exc, aside.name)
            super()._load_singlefile()  # the file is gone now: empty state

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        if self.chat_data is None:
            self.chat_data = {}
        if self.chat_data.get(chat_id) == data:
            return
        self.chat_data[chat_id] = data
        if not self._dump_scheduled:  # one write after this round of updates, not one per chat
            self._dump_scheduled = True
            asyncio.get_running_loop().call_soon(self._scheduled_dump)

    async def drop_chat_data(self, chat_id: int) -> None:
        if self.chat_data is not None and self.chat_data.pop(chat_id, None) is not None:
            self._dump_singlefile()

    def _scheduled_dump(self) -> None:
        self._dump_scheduled = False
        try:
            self._dump_singlefile()
        except Exception:  # a full disk must not stop the bot; the next flush tries again
            _LOGGER.exception("could not write the state file %s", self.filepath)


def make_persistence(path: Path, *, update_interval: float = 10.0) -> PicklePersistence:
    """A pickle file at ``path`` (parent directories are created) holding chat data only.
    It is written every ``update_interval`` seconds (when something changed) and when the
    application stops."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return StatePersistence(
        filepath=path,
        store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=False, callback_data=False),
        update_interval=update_interval,
    )


def chat_state(chat_data: dict | None) -> dict:
    """The engine's state dict for a chat (created on first use)."""
    if chat_data is None:  # no chat (inline mode): a throwaway state
        return {}
    state = chat_data.get(STATE_KEY)
    if not isinstance(state, dict):
        state = chat_data[STATE_KEY] = {}
    return state


def remembered_reply(chat_data: dict | None, question_id: int) -> int | None:
    """Our reply's message id for the question ``question_id`` in this chat, if any."""
    if chat_data is None:
        return None
    return chat_data.get(REPLIES_KEY, {}).get(question_id)


def remember_reply(chat_data: dict | None, question_id: int, reply_id: int,
                   limit: int = MAX_REMEMBERED_REPLIES) -> None:
    """Record that ``reply_id`` answers ``question_id``; only the newest ``limit`` are kept."""
    if chat_data is None:
        return
    replies: dict[int, int] = chat_data.setdefault(REPLIES_KEY, {})
    replies.pop(question_id, None)
    replies[question_id] = reply_id
    while len(replies) > limit:
        del replies[next(iter(replies))]
