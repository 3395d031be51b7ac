"""Between the bot and the Bot API: the HTTP client, and where the journal and the pacing hook in.

* :class:`JsonRequest` — the HTTP client: JSON bodies straight to httpx's connection pool.
* :class:`JournalingRequest` — the HTTP client of ``getUpdates``. Every update is written to
  the journal straight from Telegram's answer (its JSON as received, cheaply), before
  python-telegram-bot even parses it — and so long before its next ``getUpdates`` confirms
  it. Updates received before (Telegram delivering again what a crashed process had fetched)
  are removed from the answer.
* :class:`JournalingRateLimiter` — see its docstring.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import urllib.request
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


class JsonRequest(BaseRequest):
    """The bot's HTTP client (a python-telegram-bot ``BaseRequest``), lean for what nearly
    every request is: a Bot API call with JSON-ready parameters.

    Such a call is posted as one JSON body (``application/json``, which the Bot API accepts
    for every method) straight to an httpx connection pool (``httpx.AsyncHTTPTransport``).
    python-telegram-bot's HTTPXRequest would url-encode every value — character by character
    for an answer's HTML and keyboard, a Chinese character becoming nine bytes (six in JSON's
    ``\\uXXXX``, which also carries any string Python can hold) — and send it
    through ``httpx.AsyncClient``, whose per-request work (URL parsing and merging, cookie
    jars, auth and redirect handling) the Bot API does not use and which costs about as much
    CPU as the HTTP exchange itself.

    Everything else goes through an HTTPXRequest built with the same settings: uploads
    (multipart), calls without parameters, and every call when a proxy is configured (the
    ``proxy`` argument or the ``*_PROXY`` environment variables, which only httpx.AsyncClient
    honours). Timeouts, connection limits, TLS defaults and errors are HTTPXRequest's:
    ``TimedOut`` with the httpx timeout as its cause (see
    :func:`bot.telegram.retry.never_sent`), ``NetworkError`` for the rest. ``transport``
    replaces the connection pool (tests: an ``httpx.MockTransport``)."""

    def __init__(self, connection_pool_size: int = 256, *, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, transport: httpx.AsyncBaseTransport | None = None,
                 **httpx_request_kwargs: Any) -> None:
        if transport is not None:
            httpx_request_kwargs["httpx_kwargs"] = {"transport": transport}
        self._fallback = HTTPXRequest(connection_pool_size=connection_pool_size, read_timeout=read_timeout,
                                      write_timeout=write_timeout, connect_timeout=connect_timeout,
                                      pool_timeout=pool_timeout, **httpx_request_kwargs)
        self._timeouts = {"connect": connect_timeout, "read": read_timeout, "write": write_timeout,
                          "pool": pool_timeout}
        self._limits = httpx.Limits(max_connections=connection_pool_size)
        self._given_transport = transport
        self._direct = transport is not None or ("proxy" not in httpx_request_kwargs and not proxy_configured())
        self._transport: httpx.AsyncBaseTransport | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._fallback.read_timeout

    @property
    def direct(self) -> bool:
        """Whether JSON calls go straight to the connection pool (no proxy configured)."""
        return self._direct

    async def initialize(self) -> None:
        await self._fallback.initialize()
        if self._direct and self._transport is None:
            self._transport = self._given_transport or httpx.AsyncHTTPTransport(limits=self._limits)

    async def shutdown(self) -> None:
        transport, self._transport = self._transport, None
        if transport is not None and transport is not self._given_transport:
            await transport.aclose()
        await self._fallback.shutdown()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        params = None if request_data is None or request_data.contains_files else request_data.parameters
        transport = self._transport
        if not params or transport is None:
            return await self._fallback.do_request(url, method, request_data, read_timeout, write_timeout,
                                                   connect_timeout, pool_timeout)
        timeouts = {"connect": connect_timeout, "read": read_timeout, "write": write_timeout, "pool": pool_timeout}
        request = httpx.Request(
            method, _url(url), headers=_JSON_HEADERS,
            content=json.dumps(params, separators=(",", ":")).encode(),
            extensions={"timeout": {k: _given(v, self._timeouts[k]) for k, v in timeouts.items()}})
        try:
            response = await transport.handle_async_request(request)
            try:
                content = await response.aread()
            finally:
                await response.aclose()
        except httpx.PoolTimeout as exc:
            raise TimedOut("Pool timeout: all connections in the connection pool are occupied; "
                           "the request was not sent to Telegram") from exc
        except httpx.TimeoutException as exc:
            raise TimedOut from exc
        except httpx.HTTPError as exc:
            raise NetworkError(f"httpx.{exc.__class__.__name__}: {exc}") from exc
        return response.status_code, content


def proxy_configured() -> bool:
    """Whether the environment names an HTTP proxy (``HTTP_PROXY``, ``HTTPS_PROXY``,
    ``ALL_PROXY``, any case)."""
    return any(scheme in urllib.request.getproxies() for scheme in ("http", "https", "all"))


@functools.lru_cache(maxsize=128)
def _url(url: str) -> httpx.URL:
    """``url`` parsed once (a Bot API method's URL is the same for every call)."""
    return httpx.URL(url)


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


