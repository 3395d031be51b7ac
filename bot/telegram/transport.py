"""The two places between the bot and the Bot API where the journal and the pacing hook in.

* :class:`JournalingRequest` — the HTTP client of ``getUpdates``. Every update is written to
  the journal straight from Telegram's answer (its JSON as received, cheaply), before
  python-telegram-bot even parses it — and so long before its next ``getUpdates`` confirms
  it. Updates received before (Telegram delivering again what a crashed process had fetched)
  are removed from the answer.
* :class:`JournalingRateLimiter` — see its docstring.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter
from telegram.request import HTTPXRequest, RequestData

from bot.telegram.flood import CURRENT_UPDATE
from bot.telegram.journal import Journal

_LOGGER = logging.getLogger(__name__)

#: Bot API methods that post a new message in a chat.
SENDING_METHODS = frozenset({"sendMessage", "sendPhoto"})


class JournalingRequest(HTTPXRequest):
    """HTTPXRequest for ``getUpdates`` that journals the updates it receives (see above)."""

    def __init__(self, journal: Journal, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.journal = journal

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, request_data, **kwargs)
        if code == 200 and self.journal.path is not None and url.endswith("/getUpdates"):
            payload = self._journal(payload)
        return code, payload

    def _journal(self, payload: bytes) -> bytes:
        try:
            body = json.loads(payload)
            updates = body["result"]
            if not isinstance(updates, list):
                return payload
        except (ValueError, KeyError, TypeError):
            return payload  # not ours to judge: python-telegram-bot reports it
        fresh = []
        with self.journal.batch():  # one flush for the whole answer, before anyone sees it
            for update in updates:
                update_id = update.get("update_id") if isinstance(update, dict) else None
                if not isinstance(update_id, int):
                    fresh.append(update)
                elif self.journal.seen(update_id):
                    _LOGGER.info("update %s was received before; skipped", update_id)
                else:
                    self.journal.received(update_id, update)
                    fresh.append(update)
        if len(fresh) == len(updates):
            return payload
        body["result"] = fresh
        return json.dumps(body).encode()


#: Bot API methods that post a new message in a chat.
SENDING_METHODS = frozenset({"sendMessage", "sendPhoto"})


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
        group_send = endpoint in SENDING_METHODS and isinstance(data.get("chat_id"), int) and data["chat_id"] < 0
        original = callback

        async def limited(*a: Any, **kw: Any) -> Any:
            async with self._in_flight:
                if group_send:
                    self.journal.sending(CURRENT_UPDATE.get())
                return await original(*a, **kw)

        return await super().process_request(limited, args, kwargs, endpoint, data, rate_limit_args)


