"""Building and running the Telegram application.

:func:`build_application` wires everything; :func:`serving` starts and stops it (the same
code in production and in the tests); :func:`run` is the blocking entry point used by
``citybot run``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import signal
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from urllib.parse import urlparse

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot.telegram.config import ALLOWED_UPDATES, Settings, api_urls
from bot.telegram.handlers import SERVICES_KEY, AnsweringEngine, Services, register
from bot.telegram.logging_setup import Redactor
from bot.telegram.menus import Menus, apply_menus, load_menus
from bot.telegram.persistence import make_persistence

_LOGGER = logging.getLogger(__name__)


async def post_init(application: Application) -> None:
    """Start-up: command menus and descriptions (en and zh)."""
    await apply_menus(application.bot, application.bot_data[SERVICES_KEY].menus)


def build_application(settings: Settings, engine: AnsweringEngine, *,
                      menus: Menus | None = None) -> Application:
    """An :class:`~telegram.ext.Application` with HTML defaults, the rate limiter,
    persistence, menus at start-up and all handlers. Updates are handled one at a time."""
    defaults = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
    persistence = make_persistence(settings.persistence_path, update_interval=settings.persistence_interval)
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .defaults(defaults)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .persistence(persistence)
        .concurrent_updates(False)
        .post_init(post_init)
    )
    if settings.base_url:
        base_url, base_file_url = api_urls(settings.base_url)
        builder = builder.base_url(base_url).base_file_url(base_file_url)
    application = builder.build()
    register(application, Services(engine=engine, settings=settings, menus=menus or load_menus()))
    return application


def _polling_error(exc: TelegramError) -> None:
    """Polling failures (Telegram unreachable, 5xx) are retried by python-telegram-bot; one
    line each, no traceback."""
    _LOGGER.warning("fetching updates failed, retrying: %s: %s", type(exc).__name__, exc)


@contextlib.asynccontextmanager
async def serving(application: Application) -> AsyncIterator[Application]:
    """Initialise (``getMe`` — raises ``InvalidToken`` for a rejected token), run ``post_init``,
    start fetching updates (webhook or long polling) and handling them; on exit stop fetching,
    finish every update already fetched (replies in flight complete), flush persistence, shut
    down. The same order as ``Application.run_polling``."""
    svc: Services = application.bot_data[SERVICES_KEY]
    settings = svc.settings
    async with application:  # initialize() ... shutdown()
        if application.post_init:
            await application.post_init(application)
        svc.started_at = time.time()
        updater = application.updater
        assert updater is not None
        if settings.webhook_url:
            await updater.start_webhook(
                listen=settings.listen, port=settings.port,
                url_path=urlparse(settings.webhook_url).path.strip("/"),
                webhook_url=settings.webhook_url, secret_token=settings.secret_token,
                allowed_updates=list(ALLOWED_UPDATES), drop_pending_updates=False)
        else:
            await updater.start_polling(timeout=settings.poll_timeout, allowed_updates=list(ALLOWED_UPDATES),
                                        drop_pending_updates=False, error_callback=_polling_error)
        await application.start()
        _LOGGER.info("citybot is running as @%s (%s)", application.bot.username,
                     "webhook" if settings.webhook_url else "long polling")
        try:
            yield application
        finally:
            _LOGGER.info("stopping: finishing the updates already received")
            if updater.running:
                await updater.stop()
            if application.running:
                await application.stop()
            if application.post_stop:
                await application.post_stop(application)


async def serve(settings: Settings, engine: AnsweringEngine, stop: asyncio.Event | None = None) -> None:
    """Run the bot until ``stop`` is set or SIGINT/SIGTERM arrives."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # Windows, threads
            loop.add_signal_handler(sig, stop.set)
    async with serving(build_application(settings, engine)):
        await stop.wait()


def with_webhook_secret(settings: Settings) -> Settings:
    """In webhook mode, a random secret token unless one was given (Telegram sends it back
    in a header, so forged updates are refused)."""
    if settings.webhook_url and not settings.secret_token:
        return replace(settings, secret_token=secrets.token_urlsafe(32))
    return settings


def run(settings: Settings, engine: AnsweringEngine) -> int:
    """Run the bot until stopped; the process exit status. A rejected token or an unreachable
    Bot API at start-up is one line on stderr, no traceback."""
    settings = with_webhook_secret(settings)
    redact = Redactor([settings.token, settings.secret_token])
    try:
        asyncio.run(serve(settings, engine))
    except InvalidToken:
        print("citybot run: Telegram rejected the bot token in TELEGRAM_BOT_TOKEN "
              "(check it with @BotFather)", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"citybot run: cannot reach the Telegram Bot API: {redact(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0
