"""Where per-chat state lives between restarts: a JSON file the bot alone writes.

Each chat's ``chat_data`` holds ``"citybot"`` (the engine's conversation state, a JSON-ready
dict: context for follow-ups, preferred language), ``"citybot_replies"`` (question message
id → our reply message id, the newest :data:`MAX_REMEMBERED_REPLIES`, for editing an answer
when its question is edited) and ``"citybot_seen"`` (the hour it was last answered: a chat not
answered for ``Settings.chat_idle_days`` is forgotten: :func:`idle_chats`) and
``"citybot_sent"`` (what each of our last answers rests on and continues: :mod:`bot.telegram.sent`).
:class:`StatePersistence` is a python-telegram-bot ``BasePersistence`` for chat data only:

* the file is JSON (``{"format": "citybot-state", "version": 1, "bot_id": …, "chats": {…}}``):
  nothing in it can run code when it is read;
* each chat is encoded once, when python-telegram-bot hands it over (every ``update_interval``
  seconds, for the chats that changed); the file is written once per round, however many chats
  changed, in a worker thread, through a temporary file, fsynced and renamed over the old one —
  a ``kill -9`` or a power cut in the middle leaves the previous file — and readable by its
  owner only;
* whatever the file holds, the bot starts: a file that is not a state file is moved aside
  (``….unreadable-<time>``) and the bot starts with empty state; chats whose entries are not
  what the bot writes are left out; a file written for another bot (the token changed) keeps
  its conversations but not its reply ids (they are the other bot's messages). Each of these
  is one line in the log. A state file in the pickle format of earlier versions is read once
  (through python-telegram-bot's ``PicklePersistence``) and rewritten as JSON.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput, PicklePersistence

from bot.telegram.chat_data import (
    MAX_REMEMBERED_REPLIES,
    REPLIES_KEY,
    SEEN_KEY,
    STATE_KEY,
    chat_state,
    current_hour,
    idle_chats,
    remember_reply,
    remembered_reply,
)
from bot.telegram.sent import SENT_KEY, valid_sent

__all__ = ["MAX_REMEMBERED_REPLIES", "REPLIES_KEY", "SEEN_KEY", "STATE_KEY", "StatePersistence", "chat_state",
           "idle_chats", "make_persistence", "remember_reply", "remembered_reply"]

_LOGGER = logging.getLogger(__name__)

FORMAT = "citybot-state"
VERSION = 1
PICKLE_MAGIC = b"\x80"


class StatePersistence(BasePersistence[dict, dict, dict]):
    """Chat data in a JSON file (see the module docstring)."""

    def __init__(self, path: Path, *, update_interval: float = 10.0) -> None:
        super().__init__(store_data=PersistenceInput(bot_data=False, chat_data=True, user_data=False,
                                                     callback_data=False),
                         update_interval=update_interval)
        self.path = path
        self._encoded: dict[int, str] = {}  # chat id -> its chat_data as JSON
        self._dirty = False
        self._writing: asyncio.Task | None = None
        self._warned: set[int] = set()  # chats whose state could not be encoded (logged once)
        self.writes = 0

    # --- reading ---------------------------------------------------------------------------

    async def get_chat_data(self) -> dict[int, dict]:
        chats = await self._load()
        hour = current_hour()
        for data in chats.values():
            if SEEN_KEY not in data:  # written before chats were stamped: counts as seen now
                data[SEEN_KEY] = hour
                self._dirty = True
        self._encoded = {}
        for chat_id, data in chats.items():
            encoded = self._encode(chat_id, data)
            if encoded is not None:
                self._encoded[chat_id] = encoded
        return chats

    async def _load(self) -> dict[int, dict]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            self._set_aside(f"cannot be read ({exc})")
            return {}
        if raw.startswith(PICKLE_MAGIC):
            return await self._from_pickle()
        try:
            document = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # RecursionError: brackets nested too deeply
            self._set_aside(f"is not JSON ({exc})")
            return {}
        if not (isinstance(document, dict) and document.get("format") == FORMAT
                and isinstance(document.get("chats"), dict)):
            self._set_aside("is not a citybot state file")
            return {}
        chats, left_out = _valid_chats(document["chats"])
        if left_out:
            _LOGGER.warning("state file %s: %d chat(s) whose entries the bot did not write were left out",
                            self.path, left_out)
        bot_id = self.bot.id if self.bot is not None else None
        if document.get("bot_id") not in (None, bot_id):
            for data in chats.values():
                data.pop(REPLIES_KEY, None)
                data.pop(SENT_KEY, None)
            _LOGGER.warning("state file %s was written for another bot (id %s; this one is %s: the token "
                            "changed); conversations kept, the ids of its answers forgotten", self.path,
                            document.get("bot_id"), bot_id)
        return chats

    async def _from_pickle(self) -> dict[int, dict]:
        """The chat data of a state file written by an earlier version (a pickle)."""
        old = PicklePersistence(self.path, store_data=self.store_data, single_file=True)
        if self.bot is not None:
            old.set_bot(self.bot)
        try:
            found = await old.get_chat_data()
        except Exception as exc:  # whatever a damaged pickle raises
            self._set_aside(f"could not be read ({type(exc).__name__}: {exc})")
            return {}
        if not isinstance(found, dict):
            self._set_aside(f"holds no chat data the bot can use (a {type(found).__name__})")
            return {}
        chats, left_out = _valid_chats(found)
        _LOGGER.info("state file %s: %d chat(s) read from the earlier pickle format%s; it is rewritten as JSON",
                     self.path, len(chats), f" ({left_out} left out)" if left_out else "")
        self._dirty = True
        return chats

    def _set_aside(self, why: str) -> None:
        aside = self.path.with_name(f"{self.path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, aside)
            where = f"moved to {aside.name}"
        except OSError as exc:
            where = f"could not be moved aside ({exc})"
        _LOGGER.error("state file %s %s; %s, starting with empty chat state", self.path, why, where)

    # --- writing ---------------------------------------------------------------------------

    def _encode(self, chat_id: int, data: dict) -> str | None:
        try:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            if chat_id not in self._warned:
                self._warned.add(chat_id)
                _LOGGER.error("state of chat %s cannot be saved (%s); its previous state is kept", chat_id, exc)
            return None

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        if not data:  # a chat the bot never answered (group chatter): nothing worth keeping
            await self.drop_chat_data(chat_id)
            return
        encoded = self._encode(chat_id, data)
        if encoded is None or self._encoded.get(chat_id) == encoded:
            return
        self._encoded[chat_id] = encoded
        self._schedule()

    async def drop_chat_data(self, chat_id: int) -> None:
        if self._encoded.pop(chat_id, None) is not None:
            self._schedule()

    def _schedule(self) -> None:
        """One write after this round of updates, not one per chat."""
        self._dirty = True
        if self._writing is None or self._writing.done():
            self._writing = asyncio.get_running_loop().create_task(self._write_soon())

    async def _write_soon(self) -> None:
        await asyncio.sleep(0)  # let the rest of the round come in
        while self._dirty:
            self._dirty = False
            text = self._document()
            try:
                await asyncio.to_thread(_replace_file, self.path, text)
                self.writes += 1
            except OSError as exc:  # a full disk must not stop the bot; the next round tries again
                _LOGGER.error("could not write the state file %s: %s", self.path, exc)
                return

    def _document(self) -> str:
        bot_id = self.bot.id if self.bot is not None else None
        chats = ",".join(f'"{chat_id}":{encoded}' for chat_id, encoded in self._encoded.items())
        return (f'{{"format":"{FORMAT}","version":{VERSION},"bot_id":{json.dumps(bot_id)},'
                f'"chats":{{{chats}}}}}\n')

    async def flush(self) -> None:
        if self._writing is not None:
            await self._writing
        if self._dirty:
            self._dirty = False
            try:
                _replace_file(self.path, self._document())
                self.writes += 1
            except OSError as exc:
                _LOGGER.error("could not write the state file %s: %s", self.path, exc)

    # --- what this persistence does not keep -----------------------------------------------

    async def get_user_data(self) -> dict[int, dict]:
        return {}

    async def get_bot_data(self) -> dict:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> dict:
        return {}

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        return None

    async def update_user_data(self, user_id: int, data: dict) -> None:
        return None

    async def update_bot_data(self, data: dict) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict) -> None:
        return None


def _replace_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (temporary file, fsync, rename), mode 0600."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _valid_chats(raw: dict) -> tuple[dict[int, dict], int]:
    """The chats of a state file that are what the bot writes (ids as ints; the engine's state a
    dict; the reply map int → int, newest last), and how many were left out."""
    chats: dict[int, dict] = {}
    left_out = 0
    for key, data in raw.items():
        try:
            chat_id = int(key)
        except (TypeError, ValueError):
            left_out += 1
            continue
        if not isinstance(data, dict):
            left_out += 1
            continue
        clean: dict[str, Any] = {}
        state, replies, seen = data.get(STATE_KEY), data.get(REPLIES_KEY), data.get(SEEN_KEY)
        if type(seen) is int:
            clean[SEEN_KEY] = seen
        if isinstance(state, dict):
            clean[STATE_KEY] = state
        elif state is not None:
            left_out += 1
            continue
        if replies is not None:
            try:
                pairs = [(int(q), int(r)) for q, r in replies.items()]
            except (AttributeError, TypeError, ValueError):
                left_out += 1
                continue
            clean[REPLIES_KEY] = dict(pairs[-MAX_REMEMBERED_REPLIES:])
        if SENT_KEY in data:
            sent = valid_sent(data[SENT_KEY])
            if sent is None:
                left_out += 1
                continue
            clean[SENT_KEY] = sent
        chats[chat_id] = clean
    return chats, left_out


def make_persistence(path: Path, *, update_interval: float = 10.0) -> StatePersistence:
    """The state file at ``path`` (parent directories are created), written every
    ``update_interval`` seconds (when something changed) and when the application stops."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return StatePersistence(path, update_interval=update_interval)
