"""Building and running the Telegram application.

:func:`build_application` wires everything; :func:`serving` starts and stops it (the same
code in production and in the tests); :func:`run` is the blocking entry point used by
``citybot run``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from urllib.parse import urlparse

from telegram import LinkPreviewOptions, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults, ExtBot
from telegram.request import HTTPXRequest

from bot.telegram.config import ALLOWED_UPDATES, Settings, api_urls
from bot.telegram.errors import StartupError
from bot.telegram.flood import ChatLanes
from bot.telegram.handlers import SERVICES_KEY, AnsweringEngine, Services, register, send_flood_note
from bot.telegram.journal import Journal, JournalingQueue
from bot.telegram.logging_setup import Redactor
from bot.telegram.menus import MENUS_KEY, Menus, load_menus, schedule_menus
from bot.telegram.persistence import idle_chats, make_persistence
from bot.telegram.reload import Reloader
from bot.telegram.retry import with_retry
from bot.telegram.transport import JournalingRateLimiter, PollingRequest
from bot.telegram.webhook import WebhookServer
from bot.telegram.words import words_for

_LOGGER = logging.getLogger(__name__)
WEBHOOK_KEY = "citybot_webhook"
START_ATTEMPTS = 5  # start-up calls (getMe, deleteWebhook/setWebhook) before the bot gives up (exit 1)


MENUS_AT_STOP = 5.0  # seconds a stop waits for menus still being set


async def post_init(application: Application) -> None:
    """Start-up: the menus are read and set in the background (with a 100 ms round trip their
    calls took half a second before the first poll); :func:`serving` waits for them at stop."""
    schedule_menus(application, application.bot_data[SERVICES_KEY].menus)


def _identity(application: Application) -> tuple[str | None, int | None]:
    try:
        return application.bot.username, application.bot.id
    except RuntimeError:  # not initialised yet
        return None, None


def make_bot(settings: Settings, journal: Journal, room: Callable[[], Awaitable[None]] | None = None) -> ExtBot:
    """The bot object: HTML and no link previews by default, Telegram's pacing (unless
    ``api_rate_limits`` is off) with at most ``max_in_flight`` requests at a time,
    python-telegram-bot's HTTP client. ``getUpdates`` polls one request at a time but gets two
    connections: the long poll cancelled at a stop can hold its connection until Telegram
    answers it, and the last ``getUpdates`` (which confirms what was fetched) must not wait. Each
    long poll first awaits ``room()`` (the lanes have room for more updates)."""
    defaults = Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True))
    limits = {} if settings.api_rate_limits else {"overall_max_rate": 0, "group_max_rate": 0}
    limiter = JournalingRateLimiter(journal, in_flight=settings.max_in_flight, max_retries=3, **limits)
    timeouts = {} if settings.read_timeout is None else {"read_timeout": settings.read_timeout}
    poll_timeouts = {} if settings.get_updates_read_timeout is None else \
        {"read_timeout": settings.get_updates_read_timeout}
    urls = {}
    if settings.base_url:
        base_url, base_file_url = api_urls(settings.base_url)
        urls = {"base_url": base_url, "base_file_url": base_file_url}
    return ExtBot(
        settings.token, defaults=defaults, rate_limiter=limiter,
        request=HTTPXRequest(connection_pool_size=settings.max_in_flight + 2, **timeouts),
        get_updates_request=PollingRequest(connection_pool_size=2, room=room, **poll_timeouts),
        **urls,
    )


def build_application(settings: Settings, engine: AnsweringEngine, *,
                      menus: Menus | None = None) -> Application:
    """An :class:`~telegram.ext.Application` with the bot of :func:`make_bot`, persistence,
    the update journal, per-chat lanes with flood control, menus at start-up and all handlers.
    Chats are handled concurrently, each in order."""
    persistence = make_persistence(settings.persistence_path, update_interval=settings.persistence_interval)
    journal = Journal(settings.journal_path)
    lanes = ChatLanes(settings.flood, group_backlog=settings.group_backlog, max_held=settings.max_held)
    builder = (
        ApplicationBuilder()
        .bot(make_bot(settings, journal, room=lanes.room))
        .persistence(persistence)
        .update_queue(JournalingQueue(journal))
        .concurrent_updates(lanes)
        .post_init(post_init)
    )
    application = builder.build()
    index = getattr(engine, "index", None)
    svc = Services(engine=engine, settings=settings, menus=menus or load_menus(index), index=index,
                   journal=journal, lanes=lanes, words=words_for(index))
    lanes.identity = lambda: _identity(application)
    lanes.note = lambda kind: send_flood_note(application, kind)
    lanes.finished = lambda update_id, handled: journal.done(update_id) if handled else None
    register(application, svc)
    return application


def replay_journal(application: Application) -> int:
    """Open the journal (this bot's) and queue the updates it holds from before the last stop,
    in the order they arrived; the number queued. A group message whose answer was being sent
    when the process died is not answered again (groups: at most one answer); private ones are
    (never silence)."""
    svc: Services = application.bot_data[SERVICES_KEY]
    queue = application.update_queue
    replayed = 0
    for pending in svc.journal.open(bot_id=application.bot.id):
        try:
            update = Update.de_json(pending.data, application.bot)
        except Exception as exc:
            _LOGGER.warning("journal: update %s cannot be read (%s: %s); set aside", pending.update_id,
                            type(exc).__name__, exc)
            svc.journal.done(pending.update_id)
            continue
        chat = update.effective_chat
        if pending.sending and chat is not None and chat.type != ChatType.PRIVATE:
            _LOGGER.warning("update %s (chat %s): its answer may have been delivered before the stop; "
                            "not answering again", pending.update_id, chat.id)
            svc.journal.done(pending.update_id)
            continue
        if isinstance(queue, JournalingQueue):
            queue.replay(update)
        else:
            queue.put_nowait(update)
        replayed += 1
    if replayed:
        _LOGGER.info("journal: handling %d update(s) received before the last stop", replayed)
    return replayed


async def forget_idle_chats(application: Application, every: float = 3600.0) -> None:
    """Now and every ``every`` seconds: forget the chats not answered for
    ``Settings.chat_idle_days`` (their follow-up context expired long ago, the questions whose
    answers could be edited are too old to edit; what is lost is a preferred language). The
    memory and the state file grow with the chats of the last weeks, not with every chat ever."""
    svc: Services = application.bot_data[SERVICES_KEY]
    while True:
        idle = idle_chats(application.chat_data, svc.settings.chat_idle_days)
        for chat_id in idle:
            application.drop_chat_data(chat_id)
        if idle:
            _LOGGER.info("forgot %d chat(s) not answered for %g days", len(idle), svc.settings.chat_idle_days)
            await application.update_persistence()
        await asyncio.sleep(every)


def _polling_error(exc: TelegramError) -> None:
    """Polling failures (Telegram unreachable, 5xx) are retried by python-telegram-bot; one
    line each, no traceback."""
    _LOGGER.warning("fetching updates failed, retrying: %s: %s", type(exc).__name__, exc)


async def _start_webhook(application: Application, settings: Settings) -> WebhookServer:
    """Listen first (a port in use is one line, before Telegram is told anything), then tell
    Telegram where to post."""
    assert settings.webhook_url and settings.secret_token
    svc: Services = application.bot_data[SERVICES_KEY]
    server = WebhookServer(listen=settings.listen, port=settings.port, path=urlparse(settings.webhook_url).path,
                           secret=settings.secret_token, bot=application.bot,
                           put=application.update_queue.put_nowait,
                           room=svc.lanes.room if svc.lanes is not None else None)
    server.start()
    try:
        await with_retry(lambda: application.bot.set_webhook(
            settings.webhook_url, secret_token=settings.secret_token, allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=False), what="setWebhook", attempts=START_ATTEMPTS, base_delay=1.0)
    except BaseException:
        await server.stop()
        raise
    return server


@contextlib.asynccontextmanager
async def serving(application: Application) -> AsyncIterator[Application]:
    """Initialise (``getMe`` — raises ``InvalidToken`` for a rejected token), run ``post_init``,
    start fetching updates (webhook or long polling) and handling them; on exit stop fetching,
    finish every update already fetched (replies in flight complete), flush persistence, shut
    down. The same order as ``Application.run_polling``. A webhook port that cannot be used
    raises :class:`~bot.telegram.errors.StartupError`."""
    svc: Services = application.bot_data[SERVICES_KEY]
    settings = svc.settings
    # getMe: a blip at start-up is retried (a rejected token is not: InvalidToken at once)
    await with_retry(application.initialize, what="getMe (start-up)", attempts=START_ATTEMPTS, base_delay=1.0)
    async with application:  # initialize() (done already) ... shutdown()
        if application.post_init:
            await application.post_init(application)
        svc.started_at = time.time()
        replay_journal(application)
        updater = application.updater
        assert updater is not None
        webhook = None
        if settings.webhook_url:
            webhook = await _start_webhook(application, settings)
        else:
            await updater.start_polling(timeout=settings.poll_timeout, allowed_updates=list(ALLOWED_UPDATES),
                                        drop_pending_updates=False, error_callback=_polling_error,
                                        bootstrap_retries=START_ATTEMPTS)
        application.bot_data[WEBHOOK_KEY] = webhook
        await application.start()
        sweeper = asyncio.create_task(forget_idle_chats(application), name="citybot:forget-idle-chats")
        _LOGGER.info("citybot is running as @%s (%s)", application.bot.username,
                     "webhook" if settings.webhook_url else "long polling")
        try:
            yield application
        finally:
            _LOGGER.info("stopping: finishing the updates already received")
            sweeper.cancel()
            await _menus_done(application)
            if webhook is not None:
                await webhook.stop()
            if updater.running:
                await updater.stop()
            if svc.journal.path is not None and svc.lanes is not None:
                svc.lanes.release_held()  # throttled updates wait in the journal for the next start
            if application.running:
                await application.stop()
            if application.post_stop:
                await application.post_stop(application)
            svc.journal.close()


async def _menus_done(application: Application) -> None:
    """Let the start-up menus finish (a failure there is one log line: menus are not answers)."""
    task = application.bot_data.pop(MENUS_KEY, None)
    if task is None:
        return
    try:
        await asyncio.wait_for(task, MENUS_AT_STOP)
    except TimeoutError:
        _LOGGER.warning("the command menus were not set within %.0f s of the stop; left as they were", MENUS_AT_STOP)
    except Exception as exc:  # a bug in setting them: logged with its traceback; the bot answers without menus
        _LOGGER.error("could not set the command menus: %s: %s", type(exc).__name__, exc, exc_info=exc)


async def serve(settings: Settings, engine: AnsweringEngine, stop: asyncio.Event | None = None, *,
                hung_up: Callable[[], bool] | None = None) -> None:
    """Run the bot until ``stop`` is set or SIGINT/SIGTERM arrives; SIGHUP reloads the data (and
    ``hung_up()``: a SIGHUP came during start-up, before this handler was in place)."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    application = build_application(settings, engine)
    reloader = Reloader(application)
    for sig, action in ((signal.SIGINT, stop.set), (signal.SIGTERM, stop.set), (signal.SIGHUP, reloader.request)):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError, AttributeError):  # Windows, threads
            loop.add_signal_handler(sig, action)
    if hung_up is not None and hung_up():
        reloader.request()
    async with serving(application):
        await stop.wait()
        await reloader.wait()  # a reload under way finishes (or fails) before the stop


def run(settings: Settings, engine: AnsweringEngine, hung_up: Callable[[], bool] | None = None) -> int:
    """Run the bot until stopped; the process exit status. A rejected token, a webhook port that
    cannot be used or an unreachable Bot API at start-up is one line on stderr, no traceback."""
    redact = Redactor([settings.token, settings.secret_token])
    try:
        asyncio.run(serve(settings, engine, hung_up=hung_up))
    except InvalidToken:
        print("citybot run: Telegram rejected the bot token in TELEGRAM_BOT_TOKEN "
              "(check it with @BotFather)", file=sys.stderr)
        return 2
    except StartupError as exc:
        print(f"citybot run: {redact(str(exc))}", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"citybot run: cannot reach the Telegram Bot API: {redact(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0
