"""The webhook server: Telegram posts updates here; they go into the application's queue.

python-telegram-bot's documented way of running one's own webhook server (the application's
``update_queue``), on tornado (which python-telegram-bot's ``webhooks`` extra installs). It
differs from python-telegram-bot's built-in server in what it trusts:

* the secret token header is checked as soon as the headers are in, **before** the body is
  read: a request without it gets 403 and its body is never read;
* a body may be at most :data:`MAX_BODY` bytes (an update is a message of at most 4,096
  characters plus its entities and the message it replies to: tens of kilobytes) — a larger
  one gets 413, from its ``Content-Length`` or as soon as it grows past the limit;
* a body that is not a JSON update gets 400 (never 500, never a traceback);
* only ``POST`` to the webhook's path is served (anything else: 404 or 405);
* the secret never appears in a log line: the log names requests by status and path only.

An update is journaled as it is queued, before the 200 goes back (so before Telegram considers
it delivered). While the bot holds as many updates as it should, a post waits before it is
queued (Telegram sends only a few at a time, so a backlog stays with Telegram). A port that
cannot be listened on is :class:`~bot.telegram.errors.StartupError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import tornado.httpserver
import tornado.web
from telegram import Bot, Update

from bot.telegram.errors import StartupError

_LOGGER = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20  # 1 MiB
ROOM_WAIT = 10.0  # seconds a post may wait for the bot to have room for it (then it is taken anyway)


@tornado.web.stream_request_body
class _UpdateHandler(tornado.web.RequestHandler):
    """``POST /<path>``: one update."""

    def initialize(self, server: WebhookServer) -> None:  # tornado's hook, not __init__
        self.server = server
        self._chunks: list[bytes] = []
        self._size = 0
        self._answered = False

    def prepare(self) -> None:
        if self.request.method != "POST":
            self._refuse(405)
            return
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.server.secret.encode()):
            self.server.refused += 1
            self._refuse(403)
            return
        length = self.request.headers.get("Content-Length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            self._refuse(413)

    def _refuse(self, status: int) -> None:
        """Answer ``status`` now; the rest of the body is never read (tornado closes the connection)."""
        self._answered = True
        self.set_status(status)
        self.finish()

    def data_received(self, chunk: bytes) -> None:
        if self._answered:
            return
        self._size += len(chunk)
        if self._size > MAX_BODY:
            self._chunks.clear()
            self._refuse(413)
            return
        self._chunks.append(chunk)

    async def post(self) -> None:
        if self._answered:
            return
        update = self.server.parse(b"".join(self._chunks))
        self._chunks.clear()
        if update is None:
            self._refuse(400)
            return
        await self.server.wait_for_room()
        self.server.put(update)
        self._answered = True
        self.set_status(200)
        self.finish()

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:  # one line, no traceback
        _LOGGER.error("webhook request failed: %s: %s", getattr(typ, "__name__", typ), value)


class WebhookServer:
    """Listens on ``listen:port`` for ``POST /<path>`` carrying ``secret``; each update parsed
    for ``bot`` and handed to ``put`` (the application's queue)."""

    def __init__(self, *, listen: str, port: int, path: str, secret: str, bot: Bot,
                 put: Callable[[Update], None], room: Callable[[], Awaitable[None]] | None = None) -> None:
        if not secret:
            raise ValueError("a webhook needs a secret token")
        self.listen, self.port, self.path, self.secret = listen, port, path.strip("/"), secret
        self.bot, self.put, self.room = bot, put, room
        self.refused = 0  # requests without the right secret
        self.malformed = 0
        self._server: tornado.httpserver.HTTPServer | None = None

    def parse(self, body: bytes) -> Update | None:
        """The update in ``body``, or None (logged) for anything that is not one."""
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or type(data.get("update_id")) is not int:
                raise ValueError("not an update (no update_id)")
            return Update.de_json(data, self.bot)
        except Exception as exc:  # whatever a hostile body makes the parser raise
            self.malformed += 1
            _LOGGER.warning("webhook: a request with a body that is not an update was refused (%s)",
                            type(exc).__name__)
            return None

    async def wait_for_room(self) -> None:
        """While the bot holds as many updates as it should, Telegram's next post waits (it sends
        at most ``max_connections`` at a time), up to :data:`ROOM_WAIT` seconds."""
        if self.room is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.room(), ROOM_WAIT)

    def start(self) -> None:
        """Start listening; StartupError (one line) if the address cannot be used."""
        if not 0 < self.port < 65536:
            raise StartupError(f"--port {self.port} is not a TCP port (1-65535)")
        app = tornado.web.Application([(rf"/{self.path}", _UpdateHandler, {"server": self})],
                                      log_function=self._log_request)
        server = tornado.httpserver.HTTPServer(app, max_body_size=2 * MAX_BODY, idle_connection_timeout=60,
                                               body_timeout=30)
        try:
            server.listen(self.port, address=self.listen)
        except (OSError, OverflowError) as exc:
            raise StartupError(f"cannot listen on {self.listen}:{self.port} for the webhook: "
                               f"{getattr(exc, 'strerror', None) or exc}") from exc
        self._server = server
        _LOGGER.info("webhook server listening on %s:%s", self.listen, self.port)

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()
            await server.close_all_connections()

    @staticmethod
    def _log_request(handler: tornado.web.RequestHandler) -> None:
        status = handler.get_status()
        level = logging.DEBUG if status == 200 else logging.INFO
        _LOGGER.log(level, "webhook: %s %s -> %d", handler.request.method, handler.request.path, status)
