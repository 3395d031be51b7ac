"""Between the bot and the Bot API: python-telegram-bot's HTTP client and rate limiter, with the
two hooks the bot needs (both through python-telegram-bot's public extension points).

* :class:`PollingRequest` — the HTTP client of ``getUpdates`` (an ``HTTPXRequest``): polling
  never spins. python-telegram-bot asks again at once for an answer it could not take in (an
  update it cannot parse makes it drop the whole batch without moving its offset); the same
  offset asked for again right after a non-empty answer, or a long poll answered empty at once
  again and again, waits — 0.5 s, doubling up to 5 s — and an answer that still holds an
  update python-telegram-bot cannot read has that update replaced by its bare id, so the offset
  moves on (the one line logged says which update was lost and why).
  Before each long poll it waits until the bot has room for more updates (see
  :meth:`bot.telegram.flood.ChatLanes.room`): a backlog stays with Telegram until it can be
  answered.
* :class:`JournalingRateLimiter` — see its docstring.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import AIORateLimiter
from telegram.request import HTTPXRequest, RequestData

from bot.telegram.flood import CURRENT_UPDATE
from bot.telegram.journal import Journal

_LOGGER = logging.getLogger(__name__)

#: Bot API methods that post a new message in a chat.
SENDING_METHODS = frozenset({"sendMessage", "sendPhoto"})
#: A long poll answered empty sooner than this did not wait for anything.
STALL_SECONDS = 1.0
MAX_STALL_WAIT = 5.0  # at worst a message waits this long more (a proxy answering every long poll at once)


class PollingRequest(HTTPXRequest):
    """``HTTPXRequest`` for ``getUpdates`` that never lets polling spin (see the module docstring)."""

    def __init__(self, *args: Any, room: Callable[[], Awaitable[None]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.room = room  # awaited before each long poll: the bot holds as many updates as it should
        self._last_offset: Any = None
        self._last_had_updates = False  # the last answer held updates
        self._last_quick_empty = False  # the last long poll was answered at once, with nothing
        self.stalls = 0  # consecutive polls that got nowhere
        self.waited = 0.0  # seconds spent waiting them out, in all

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        params = request_data.parameters if request_data is not None else {}
        offset, poll_seconds = params.get("offset"), _seconds(params.get("timeout"))
        long_poll = poll_seconds > 0
        stalled = long_poll and offset == self._last_offset and (self._last_had_updates or self._last_quick_empty)
        if stalled:
            self.stalls += 1
            wait = min(MAX_STALL_WAIT, 0.5 * 2 ** (self.stalls - 1))
            if self.stalls in (1, 4) or self.stalls % 100 == 0:
                _LOGGER.warning("getUpdates got nowhere (%d time(s) in a row: %s); waiting %.1f s", self.stalls,
                                "the last answer was not taken in" if self._last_had_updates
                                else "long polls answered at once", wait)
            self.waited += wait
            await asyncio.sleep(wait)
        else:
            self.stalls = 0
        if long_poll and self.room is not None:  # never the last call, which confirms what was fetched
            await self.room()
        started = time.monotonic()
        code, payload = await super().do_request(url, method, request_data, *args, **kwargs)
        if code == 200 and stalled and self._last_had_updates:
            payload = _readable_only(payload)
        empty = b'"result":[]' in payload.replace(b" ", b"")
        self._last_offset = offset
        self._last_had_updates = code == 200 and not empty
        quick = time.monotonic() - started < min(STALL_SECONDS, poll_seconds / 2)
        self._last_quick_empty = code == 200 and long_poll and empty and quick
        return code, payload


def _seconds(value: Any) -> float:
    """A ``timeout`` parameter as seconds (python-telegram-bot sends a number)."""
    try:
        return float(value or 0)
    except (TypeError, ValueError):
        return 0.0


def _readable_only(payload: bytes) -> bytes:
    """A ``getUpdates`` answer whose updates python-telegram-bot cannot parse replaced by their
    bare ids (an update with nothing in it, which no handler takes): the offset moves past them."""
    try:
        body = json.loads(payload)
        updates = body["result"]
    except (ValueError, KeyError, TypeError):
        return payload
    if not isinstance(updates, list):
        return payload
    changed = False
    for position, update in enumerate(updates):
        try:
            Update.de_json(update, None)
        except Exception as exc:
            update_id = update.get("update_id") if isinstance(update, dict) else None
            if type(update_id) is not int:
                continue
            _LOGGER.error("update %s cannot be read (%s: %s); skipped", update_id, type(exc).__name__, exc)
            updates[position] = {"update_id": update_id}
            changed = True
    return json.dumps(body).encode() if changed else payload


class JournalingRateLimiter(AIORateLimiter):
    """AIORateLimiter (Telegram's pacing, waiting out 429s) plus two things, applied right
    before each HTTP request, once the pacing let it through:

    * at most ``in_flight`` requests at a time (``getUpdates`` aside). Many chats answered at
      once would otherwise open as many connections, and httpx's connection pool spends more
      time managing them than the requests take; a handful of requests in flight already
      carries far more than Telegram's 30 messages a second;
    * the journal learns the moment a group answer actually leaves: a group update whose
      answer may have left is not answered again after a crash (see
      :mod:`bot.telegram.journal`); one still waiting here is."""

    def __init__(self, journal: Journal, *, in_flight: int = 4, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.journal = journal
        self._in_flight = asyncio.Semaphore(in_flight)

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        if endpoint == "getUpdates":
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        group_send = endpoint in SENDING_METHODS and is_group_chat(data.get("chat_id"))
        original = callback

        async def limited(*a: Any, **kw: Any) -> Any:
            async with self._in_flight:
                if group_send:
                    self.journal.sending(CURRENT_UPDATE.get())
                return await original(*a, **kw)

        return await super().process_request(limited, args, kwargs, endpoint, data, rate_limit_args)


def is_group_chat(chat_id: object) -> bool:
    """Whether ``chat_id`` is a group's (group and channel ids are negative, users' positive)."""
    return isinstance(chat_id, int) and chat_id < 0
