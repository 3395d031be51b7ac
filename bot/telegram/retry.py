"""Bounded retry of transient Bot API failures, decided per error by whether the request may
already have taken effect.

``AIORateLimiter(max_retries=3)`` waits out 429 ``RetryAfter`` answers (Telegram refused the
request: nothing happened). This module adds a small, bounded retry with exponential backoff
for the other transient failures, and for each one asks: *may Telegram have carried the
request out?*

* **It never arrived** — no connection (``ConnectError``, connect timeout), no free connection
  in the pool, the request could not be written (``WriteError``, write timeout). Repeating it
  cannot duplicate anything: always retried.
* **It may have arrived** — the connection was lost after the request went out (reset,
  "server disconnected"), a 5xx answer (a proxy in front of the Bot API answers 502 or 504 when
  it lost its backend, which may have delivered the message already), or no answer in time (a
  read timeout: Telegram had the whole request; a late answer almost always means it was done).

What is repeated then depends on what a second copy would do (:class:`Delivery`):

* ``IDEMPOTENT`` — edits, answering a button or an inline query, menus: a second one changes
  nothing, so every transient failure is retried;
* ``AT_MOST_ONCE`` — a new message in a **group**: never two answers to one message. Only
  failures that never arrived are retried; one that may have arrived is given up (the group may
  miss that answer — the price of never answering twice);
* ``AT_LEAST_ONCE`` — a new message in a **private chat**: never silence. Failures that may have
  arrived are retried too (a 5xx, a lost connection), so the person may, rarely, get the
  answer twice — except a read timeout, which almost always means delivered and is not retried.

Never retried: ``BadRequest`` (our request is wrong; repeating cannot help), ``Forbidden``
(the bot was blocked or removed), ``InvalidToken``, ``RetryAfter`` after the rate limiter gave
up, and anything that is not a Telegram error.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
from telegram.error import BadRequest, NetworkError, TimedOut

T = TypeVar("T")
_LOGGER = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]

#: httpx errors raised before Telegram had the whole request.
_BEFORE_SENDING = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteError,
                   httpx.WriteTimeout, httpx.UnsupportedProtocol)


class Delivery(enum.Enum):
    """What a second copy of a request would do (see the module docstring)."""

    IDEMPOTENT = "idempotent"
    AT_MOST_ONCE = "at most once"
    AT_LEAST_ONCE = "at least once"


def never_arrived(exc: BaseException) -> bool:
    """Whether the failed request certainly never reached Telegram."""
    return isinstance(exc, NetworkError) and isinstance(exc.__cause__, _BEFORE_SENDING)


def is_transient(exc: BaseException) -> bool:
    """A failure worth another attempt at all: a network error or a 5xx, not a refusal."""
    return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)


def worth_retrying(exc: BaseException, delivery: Delivery) -> bool:
    """Whether to try ``exc``'s request again, given what a second copy would do."""
    if not is_transient(exc):
        return False
    if never_arrived(exc) or delivery is Delivery.IDEMPOTENT:
        return True
    if delivery is Delivery.AT_MOST_ONCE:
        return False
    return not isinstance(exc, TimedOut)  # at least once: a late answer almost always means delivered


def for_chat(chat_id: int) -> Delivery:
    """How a new message to ``chat_id`` may be repeated: at most once in groups (negative ids),
    at least once in private chats."""
    return Delivery.AT_MOST_ONCE if chat_id < 0 else Delivery.AT_LEAST_ONCE


async def with_retry(call: Callable[[], Awaitable[T]], *, what: str, delivery: Delivery = Delivery.IDEMPOTENT,
                     attempts: int = 3, base_delay: float = 0.5, max_delay: float = 8.0,
                     sleep: Sleep = asyncio.sleep) -> T:
    """Await ``call()`` up to ``attempts`` times, sleeping ``base_delay * 2**n`` (capped at
    ``max_delay``) between attempts; re-raise the last error, or any not worth retrying."""
    attempt = 1
    while True:
        try:
            return await call()
        except Exception as exc:
            if attempt >= attempts or not worth_retrying(exc, delivery):
                if is_transient(exc) and attempt < attempts:
                    _LOGGER.warning("%s failed (%s: %s) and is not repeated: it may have arrived (%s)",
                                    what, type(exc).__name__, exc, delivery.value)
                raise
            delay = min(max_delay, base_delay * 2 ** (attempt - 1))
            _LOGGER.warning("%s failed (%s: %s); attempt %d of %d in %.1fs",
                            what, type(exc).__name__, exc, attempt + 1, attempts, delay)
            await sleep(delay)
            attempt += 1
