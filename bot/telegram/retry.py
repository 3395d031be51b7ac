"""Bounded retry of transient Bot API failures, on top of AIORateLimiter.

``AIORateLimiter(max_retries=3)`` already waits out 429 ``RetryAfter`` answers. This module
adds a small, bounded retry with exponential backoff for the *other* transient failures:

* ``NetworkError`` that is not ``BadRequest`` (5xx answers such as 500/502, dropped
  connections) — the request almost certainly did not take effect, so a retry is safe;
* ``TimedOut`` before the request reached Telegram (no connection, no free connection in the
  pool, the request could not be written) — nothing happened, a retry is safe;
* ``TimedOut`` waiting for the *answer* (a read timeout) — only when the caller says the
  call is safe to repeat.

Never retried: ``BadRequest`` (our request is wrong; repeating cannot help), ``Forbidden``
(the bot was blocked or removed), ``InvalidToken``, ``RetryAfter`` after the rate limiter
gave up, and anything else.

The read-timeout choice: Telegram had the whole request, and a late answer almost always
means the message was delivered — a retry would send it twice. Edits and
``answerCallbackQuery`` are idempotent and always retried; new messages (``sendMessage``,
``sendPhoto``) never are, in private chats or groups.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
from telegram.error import BadRequest, NetworkError, TimedOut

T = TypeVar("T")
_LOGGER = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[object]]


def never_sent(exc: TimedOut) -> bool:
    """Whether a timeout happened before Telegram had the request (connect, pool or write)."""
    return isinstance(exc.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout | httpx.WriteTimeout)


def is_transient(exc: BaseException, *, retry_timed_out: bool) -> bool:
    """Whether ``exc`` is worth another attempt (see the module docstring)."""
    if isinstance(exc, TimedOut):
        return retry_timed_out or never_sent(exc)
    return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)


async def with_retry(call: Callable[[], Awaitable[T]], *, what: str, attempts: int = 3,
                     base_delay: float = 0.5, max_delay: float = 8.0, retry_timed_out: bool = True,
                     sleep: Sleep = asyncio.sleep) -> T:
    """Await ``call()`` up to ``attempts`` times, sleeping ``base_delay * 2**n`` (capped at
    ``max_delay``) between attempts; re-raise the last error, or any non-transient one."""
    attempt = 1
    while True:
        try:
            return await call()
        except Exception as exc:
            if attempt >= attempts or not is_transient(exc, retry_timed_out=retry_timed_out):
                raise
            delay = min(max_delay, base_delay * 2 ** (attempt - 1))
            _LOGGER.warning("%s failed (%s: %s); attempt %d of %d in %.1fs",
                            what, type(exc).__name__, exc, attempt + 1, attempts, delay)
            await sleep(delay)
            attempt += 1
