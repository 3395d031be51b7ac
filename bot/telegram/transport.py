"""Between the bot and the Bot API: the HTTP client, and where the journal and the pacing hook in.

* :class:`JsonRequest` — python-telegram-bot's HTTP client, posting JSON bodies.
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

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.ext import AIORateLimiter
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot.telegram.flood import CURRENT_UPDATE
from bot.telegram.journal import Journal

_LOGGER = logging.getLogger(__name__)

_JSON_HEADERS = {"User-Agent": HTTPXRequest.USER_AGENT, "Content-Type": "application/json"}
#: python-telegram-bot's marker type for "argument not given" (``BaseRequest.DEFAULT_NONE``).
_DEFAULT_VALUE = type(BaseRequest.DEFAULT_NONE)

#: Bot API methods that post a new message in a chat.
SENDING_METHODS = frozenset({"sendMessage", "sendPhoto"})


class JsonRequest(HTTPXRequest):
    """python-telegram-bot's HTTPXRequest, posting a request's parameters as one JSON body
    (``application/json``, which the Bot API accepts for every method) instead of a form.

    A form url-encodes every value — character by character for an answer's HTML and
    keyboard (each Chinese character becomes nine bytes) — after python-telegram-bot has
    turned each object value into a JSON string of its own; a JSON body is one C-speed
    ``json.dumps`` of the same parameters, and smaller. Requests that upload files
    (multipart) and requests without parameters are left to HTTPXRequest. Timeouts and errors
    are HTTPXRequest's: ``TimedOut`` (its cause the httpx timeout, see
    :func:`bot.telegram.retry.never_sent`) and ``NetworkError``."""

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        params = None if request_data is None or request_data.contains_files else request_data.parameters
        if not params or self._client.is_closed:
            return await super().do_request(url, method, request_data, read_timeout, write_timeout,
                                            connect_timeout, pool_timeout)
        body = json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode()
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout)
        try:
            response = await self._client.request(method, url, headers=_JSON_HEADERS, timeout=timeout, content=body)
        except httpx.PoolTimeout as exc:
            raise TimedOut("Pool timeout: all connections in the connection pool are occupied; "
                           "the request was not sent to Telegram") from exc
        except httpx.TimeoutException as exc:
            raise TimedOut from exc
        except httpx.HTTPError as exc:
            raise NetworkError(f"httpx.{exc.__class__.__name__}: {exc}") from exc
        return response.status_code, response.content

    def _timeout(self, read: Any, write: Any, connect: Any, pool: Any) -> httpx.Timeout:
        """The request's timeouts, the client's for those not given (as HTTPXRequest does)."""
        default = self._client.timeout
        return httpx.Timeout(connect=_given(connect, default.connect), read=_given(read, default.read),
                             write=_given(write, default.write), pool=_given(pool, default.pool))


def _given(value: Any, default: float | None) -> float | None:
    """A timeout argument, or ``default`` where python-telegram-bot passed none (DEFAULT_NONE)."""
    return default if isinstance(value, _DEFAULT_VALUE) else value


class JournalingRequest(JsonRequest):
    """The HTTP client of ``getUpdates``, journaling the updates it receives (see above)."""

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


