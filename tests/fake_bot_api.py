"""A fake Telegram Bot API server for tests: real HTTP on 127.0.0.1, no Telegram.

Start it, point python-telegram-bot at it (``base_url(f"{api.url}/bot")``), queue updates
with the ``push_*`` helpers, and assert on :attr:`FakeBotApi.calls` — every request, with
its method and decoded parameters, in arrival order::

    async with FakeBotApi(TOKEN) as api:
        question = api.push_message("where does Shanghai rank?", chat_id=1)
        [call] = await api.wait_for("sendMessage")

What it does like Telegram:

* the token is part of the URL (``/bot<TOKEN>/<method>``); a wrong one gets
  ``401 {"ok": false, "error_code": 401, "description": "Unauthorized"}``;
* bodies may be JSON, form-encoded or multipart (python-telegram-bot sends form fields whose
  non-string values are JSON-encoded) — all are decoded to Python values;
* ``getUpdates`` long-polls: it answers as soon as an update is queued, or after ``timeout``;
  updates below ``offset`` are forgotten (confirmed) when the call arrives, ``allowed_updates`` filters;
* ``sendMessage``/``editMessageText`` check the chat and message, the HTML (unknown or
  unbalanced tags → 400 "can't parse entities"), the 4096-character limit and "message is
  not modified"; callback and inline query ids must be known and answered at most once;
* ``sendPhoto`` takes an upload (multipart; PNG or JPEG, checked by its magic bytes, at most
  10 MB) or the ``file_id`` of an earlier upload, and a caption of at most 1024 characters;
  the uploaded bytes are kept in the recorded call (``params["photo"]["data"]``).

Fault injection: ``api.inject("sendMessage", Fault(status=502), Fault(delay=1.0))`` makes the
next calls of that method (one fault each, in order; ``"*"`` for any method) fail with that
status (``retry_after`` for 429), answer slowly, or drop the connection (``drop=True``). A slow
answer (``status=None``) is slow the way Telegram's are: the method takes effect at once and
only the answer is late — a client that gives up waiting has still sent its message. With
``after=True`` a failing fault strikes *after* the method took effect (a 502 from a proxy once
the message was delivered, a connection reset before the answer came back): the client sees
an error, the chat sees the message. ``api.chaos(...)`` injects faults at random (seeded) into
a share of the calls, never more than ``max_in_a_row`` in a row for one chat, for load tests.

What an operator's real life brings, on demand:

* update ids start anywhere (``FakeBotApi(token, first_update_id=...)``) and can jump
  (:meth:`FakeBotApi.restart_update_ids`: Telegram picks them at random after a week without
  updates); :meth:`FakeBotApi.become` switches to another bot (a new token, a new bot id);
* messages dated in the past (``push_message(..., date=...)``: a backlog after downtime);
* a lost confirmation: :meth:`FakeBotApi.unconfirm` queues again updates a ``getUpdates``
  offset had confirmed, as Telegram does when that confirming call never arrived;
* webhook delivery: :meth:`FakeBotApi.post_webhook` posts an update (or any body) to the
  bot's webhook server the way Telegram does, with the secret token it was given.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import re
import struct
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

BOT_ID = 4242
BOT_USERNAME = "CityTestBot"
BOT_FIRST_NAME = "Citybot (test)"

#: Form fields that are plain strings (everything else python-telegram-bot JSON-encodes).
STRING_FIELDS = frozenset({
    "text", "description", "short_description", "language_code", "callback_query_id",
    "inline_query_id", "parse_mode", "secret_token", "url", "next_offset", "inline_message_id",
    "caption", "business_connection_id", "ip_address", "photo",
})
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
MAX_PHOTO_BYTES = 10 * 1024 * 1024
UPDATE_TYPES = ("message", "edited_message", "callback_query", "inline_query")
ALLOWED_TAGS = frozenset({
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
})
#: What the bot calls at start-up (left out of failure messages).
SETUP_METHODS = ("getMe", "setMyCommands", "setMyDescription", "setMyShortDescription", "deleteWebhook",
                 "getMyCommands", "getMyDescription", "getMyShortDescription")
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def entities_for(text: str) -> list[dict[str, Any]]:
    """The ``bot_command`` and ``mention`` entities Telegram would attach to ``text``."""
    entities = []
    if m := _COMMAND.match(text):
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(m.group())})
    for m in _MENTION.finditer(text):
        entities.append({"type": "mention", "offset": utf16_len(text[: m.start()]),
                         "length": utf16_len(m.group())})
    return sorted(entities, key=lambda e: e["offset"])


@dataclass
class Fault:
    """One injected misbehaviour for one call. ``status`` None means "answer normally" (after
    ``delay`` seconds); ``drop`` closes the connection without an answer."""

    status: int | None = 500
    description: str = "Internal Server Error"
    retry_after: float | None = None
    delay: float = 0.0
    drop: bool = False
    after: bool = False  # the method takes effect first, then the error (or the drop) comes back

    @property
    def took_effect(self) -> bool:
        """Whether the call this fault struck did what it asked (slow answers and ``after`` faults)."""
        return self.after or (self.status is None and not self.drop)


@dataclass
class Chaos:
    """Random faults for one method: each call fails with probability ``rate`` (a fault drawn
    from ``faults``), but one chat (``chat_id`` parameter; ``None`` for calls without one)
    never gets more than ``max_in_a_row`` faulty calls in a row — so bounded retries always
    get through, and every injected fault is survivable by design."""

    rate: float
    faults: list[Fault]
    max_in_a_row: int = 2
    seed: int = 0
    rng: random.Random = field(init=False)
    in_a_row: dict[Any, int] = field(default_factory=dict)
    injected: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def draw(self, params: dict[str, Any]) -> Fault | None:
        key = params.get("chat_id")
        streak = self.in_a_row.get(key, 0)
        if streak >= self.max_in_a_row or self.rng.random() >= self.rate:
            self.in_a_row[key] = 0
            return None
        self.in_a_row[key] = streak + 1
        self.injected += 1
        return self.rng.choice(self.faults)


@dataclass
class Call:
    """One request the server received."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    completed: bool = False  # an answer (success or error) was produced
    fault: Fault | None = None


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


class _HtmlChecker(HTMLParser):
    """Telegram's HTML parse mode, roughly: known tags, properly nested; collects the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = self.error or f"unsupported start tag \"{tag}\""
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = self.error or f"unexpected end tag \"{tag}\""
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def visible_text(text: str, parse_mode: str | None) -> str:
    """The message text after parsing entities; ApiError 400 if the HTML is invalid."""
    if (parse_mode or "").upper() != "HTML":
        return text
    checker = _HtmlChecker()
    checker.feed(text)
    checker.close()
    if checker.error is None and checker.stack:
        checker.error = f"can't find end tag corresponding to start tag \"{checker.stack[-1]}\""
    if checker.error:
        raise ApiError(400, f"Bad Request: can't parse entities: {checker.error}")
    return "".join(checker.text)


class FakeBotApi:
    """The server. Use as ``async with FakeBotApi(token) as api:`` (or start()/stop())."""

    def __init__(self, token: str, *, username: str = BOT_USERNAME, bot_id: int = BOT_ID,
                 first_update_id: int = 1) -> None:
        self.token = token
        self.bot_user = {"id": bot_id, "is_bot": True, "first_name": BOT_FIRST_NAME, "username": username,
                         "can_join_groups": True, "can_read_all_group_messages": False,
                         "supports_inline_queries": True}
        self.bot_ids = {bot_id}  # every bot this server has been (see become)
        self.calls: list[Call] = []
        self.completed: Counter[str] = Counter()  # method -> calls answered (success or error)
        self.faults: dict[str, list[Fault]] = {}
        self.chaotic: dict[str, Chaos] = {}
        self.latency: dict[str, float] = {}  # method -> seconds every answer is late (after taking effect)
        self.long_polling = True  # False: getUpdates answers at once, whatever its timeout (a broken proxy)
        self.files: dict[str, dict[str, Any]] = {}  # file_id -> what was uploaded
        self._file_ids = itertools.count(1)
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}  # every message, by (chat, id)
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}  # (scope type, lang)
        self.descriptions: dict[tuple[str, str], str] = {}  # (kind, lang)
        self.webhook: dict[str, Any] = {}
        self.callback_answers: dict[str, dict[str, Any] | None] = {}  # query id -> answer
        self.inline_answers: dict[str, dict[str, Any] | None] = {}
        self._pending: list[dict[str, Any]] = []
        self.history: list[dict[str, Any]] = []  # every update ever queued, in order
        self._allowed: list[str] | None = None
        self._update_ids = itertools.count(first_update_id)
        self._message_ids = itertools.count(100)
        self._query_ids = itertools.count(1)
        self._chats: dict[int, dict[str, Any]] = {}
        self._new_update = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": lambda p: self.bot_user,
            "getUpdates": self._get_updates,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": lambda p: {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                                         "pending_update_count": len(self._pending)},
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "editMessageText": self._edit_message_text,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": lambda p: bool(self.commands.pop(self._commands_key(p), True)),
            "setMyDescription": lambda p: self._set_description("description", p),
            "setMyShortDescription": lambda p: self._set_description("short_description", p),
            "getMyDescription": lambda p: {"description": self.descriptions.get(
                ("description", p.get("language_code") or ""), "")},
            "getMyShortDescription": lambda p: {"short_description": self.descriptions.get(
                ("short_description", p.get("language_code") or ""), "")},
            "sendChatAction": lambda p: True,
            "close": lambda p: True,
            "logOut": lambda p: True,
        }

    # --- lifecycle -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The server root; python-telegram-bot's base_url is ``f"{url}/bot"``."""
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> FakeBotApi:
        app = web.Application()
        app.router.add_route("*", "/{bot:bot[^/]*}/{method}", self._handle)
        app.router.add_route("*", "/file/{bot:bot[^/]*}/{path:.*}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._closing = True
        self._new_update.set()  # release long polls
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # --- an operator's real life ---------------------------------------------------------

    def restart_update_ids(self, first: int) -> None:
        """The next update gets id ``first`` (Telegram picks one at random after a week without
        updates, so it may be lower than any id seen before)."""
        self._update_ids = itertools.count(first)

    def become(self, token: str, *, bot_id: int, username: str) -> None:
        """Serve another bot from now on (an operator switched the token): the old token is
        refused, ``getMe`` names the new bot, updates are the new bot's."""
        self.token = token
        self.bot_user = {**self.bot_user, "id": bot_id, "username": username}
        self.bot_ids.add(bot_id)

    def unconfirm(self, update_ids: Iterable[int]) -> None:
        """Queue again updates already fetched and confirmed, as Telegram does when the
        ``getUpdates`` that confirmed them never reached it (a blip at SIGTERM, a kill -9)."""
        wanted = set(update_ids)
        queued = {id(u) for u in self._pending}
        self._pending = [u for u in self.history if id(u) in queued or u["update_id"] in wanted]
        self._new_update.set()

    def polls_per_second(self, since: float, until: float | None = None) -> float:
        """``getUpdates`` calls a second between ``since`` and ``until`` (monotonic times)."""
        until = time.monotonic() if until is None else until
        calls = [c for c in self.calls_to("getUpdates") if since <= c.at <= until]
        return len(calls) / max(until - since, 1e-9)

    async def post_webhook(self, url: str, update: dict[str, Any] | None = None, *, body: bytes | None = None,
                           secret: str | None = None, headers: dict[str, str] | None = None,
                           timeout: float = 10.0) -> tuple[int, str]:
        """POST ``update`` (or the raw ``body``) to the bot's webhook server at ``url`` as
        Telegram does: JSON, with the secret token given to ``setWebhook`` in
        ``X-Telegram-Bot-Api-Secret-Token`` (``secret`` overrides it; ``""`` sends none).
        Returns (status, response text); a connection the server closed is status 0."""
        import aiohttp

        secret = self.webhook.get("secret_token") if secret is None else secret
        sent = {"Content-Type": "application/json"}
        if secret:
            sent["X-Telegram-Bot-Api-Secret-Token"] = secret
        sent.update(headers or {})
        data = body if body is not None else json.dumps(update).encode()
        async with aiohttp.ClientSession() as http:
            try:
                async with http.post(url, data=data, headers=sent,
                                     timeout=aiohttp.ClientTimeout(total=timeout)) as response:
                    return response.status, await response.text()
            except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError):
                return 0, ""

    # --- assertions ------------------------------------------------------------------------

    def inject(self, method: str, *faults: Fault) -> None:
        """Queue faults for the next calls of ``method`` (``"*"``: any method)."""
        self.faults.setdefault(method, []).extend(faults)

    def chaos(self, method: str, rate: float, *faults: Fault, max_in_a_row: int = 2, seed: int = 0) -> Chaos:
        """Fail a share ``rate`` of the calls of ``method`` at random (see :class:`Chaos`)."""
        chaos = self.chaotic[method] = Chaos(rate, list(faults), max_in_a_row, seed)
        return chaos

    def calm(self) -> None:
        """No more faults: forget queued and random ones."""
        self.faults.clear()
        self.chaotic.clear()

    def calls_to(self, method: str, where: Callable[[Call], bool] | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and (where is None or where(c))]

    async def wait_for(self, method: str, count: int = 1, *, timeout: float = 5.0,
                       where: Callable[[Call], bool] | None = None, completed: bool = True) -> list[Call]:
        """Wait until ``count`` calls of ``method`` (matching ``where``) have arrived (and been
        answered, unless ``completed=False``); return them. AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls_to(method, where) if c.completed or not completed]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.params.get("chat_id"), str(c.params.get("text", ""))[:40])
                        for c in self.calls if c.method not in ("getUpdates", *SETUP_METHODS)]
                raise AssertionError(f"expected {count} {method} call(s), got {len(found)}; the last calls "
                                     f"(method, chat, text): {seen[-12:]}")
            await asyncio.sleep(0.01)

    async def wait_until_polled(self, *, timeout: float = 5.0) -> None:
        """Wait until the bot has fetched every queued update (and asked for more)."""
        deadline = time.monotonic() + timeout
        while self._pending or not self.calls_to("getUpdates"):
            if time.monotonic() > deadline:
                raise AssertionError(f"updates never fetched: ids {[u['update_id'] for u in self._pending]}")
            await asyncio.sleep(0.01)

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        return [c.params["text"] for c in self.calls_to("sendMessage")
                if chat_id is None or c.params.get("chat_id") == chat_id]

    def bot_messages(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Every message the bot (any bot this server has been) sent that took effect, oldest first."""
        return sorted((m for (chat, _), m in self.messages.items()
                       if m["from"]["id"] in self.bot_ids and (chat_id is None or chat == chat_id)),
                      key=lambda m: m["message_id"])

    # --- building updates ------------------------------------------------------------------

    @staticmethod
    def user(user_id: int = 1001, first_name: str = "Ann", username: str | None = "ann",
             language_code: str = "en") -> dict[str, Any]:
        user = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code}
        if username:
            user["username"] = username
        return user

    def chat(self, chat_id: int, chat_type: str = "private", title: str = "Test group") -> dict[str, Any]:
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": "Ann"}
        else:
            chat = {"id": chat_id, "type": chat_type, "title": title}
        self._chats[chat_id] = chat
        return chat

    def message(self, text: str, *, chat_id: int, chat_type: str = "private", user: dict | None = None,
                reply_to: dict[str, Any] | None = None, date: float | None = None,
                entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """A message from a user (not queued; see :meth:`push_message`)."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids), "date": int(date if date is not None else time.time()),
            "chat": self.chat(chat_id, chat_type),
            "from": user or self.user(user_id=chat_id if chat_type == "private" else 1001),
            "text": text,
        }
        found = entities if entities is not None else entities_for(text)
        if found:
            message["entities"] = found
        if reply_to is not None:
            message["reply_to_message"] = {k: v for k, v in reply_to.items() if k != "reply_to_message"}
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def push(self, update: dict[str, Any]) -> int:
        """Queue one update (its ``update_id`` is assigned here) and return the id."""
        update_id = next(self._update_ids)
        queued = {"update_id": update_id, **update}
        self._pending.append(queued)
        self.history.append(queued)
        self._new_update.set()
        return update_id

    def push_message(self, text: str, *, chat_id: int = 1001, chat_type: str = "private",
                     **kwargs: Any) -> dict[str, Any]:
        """Queue a new message; return it (``message_id`` etc.)."""
        message = self.message(text, chat_id=chat_id, chat_type=chat_type, **kwargs)
        self.push({"message": message})
        return message

    def push_edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """Queue an ``edited_message`` changing ``message``'s text."""
        edited = {**message, "text": text, "edit_date": int(time.time())}
        found = entities_for(text)
        edited.pop("entities", None)
        if found:
            edited["entities"] = found
        self.messages[(message["chat"]["id"], message["message_id"])] = edited
        self.push({"edited_message": edited})
        return edited

    def push_callback(self, message: dict[str, Any] | None, data: str, *, user: dict | None = None,
                      inline_message_id: str | None = None) -> str:
        """Queue a button press under ``message`` (or under an inline-mode message)."""
        query_id = f"cbq{next(self._query_ids)}"
        query: dict[str, Any] = {"id": query_id, "from": user or self.user(), "chat_instance": "ci-1",
                                 "data": data}
        if message is not None:
            query["message"] = message
        else:
            query["inline_message_id"] = inline_message_id or "inline-1"
        self.callback_answers[query_id] = None
        self.push({"callback_query": query})
        return query_id

    def push_inline(self, text: str, *, user: dict | None = None) -> str:
        query_id = f"iq{next(self._query_ids)}"
        self.inline_answers[query_id] = None
        query = {"id": query_id, "from": user or self.user(), "query": text, "offset": ""}
        self.push({"inline_query": query})
        return query_id

    # --- HTTP ------------------------------------------------------------------------------

    @staticmethod
    def _decode_field(name: str, value: Any) -> Any:
        if not isinstance(value, str):  # an uploaded file (aiohttp's FileField)
            data = value.file.read() if hasattr(value, "file") else bytes(value)
            return {"filename": getattr(value, "filename", None),
                    "content_type": getattr(value, "content_type", None), "data": data}
        if name in STRING_FIELDS:
            return value
        try:
            return json.loads(value)
        except ValueError:
            return value

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            body = await request.json()
            return dict(body) if isinstance(body, dict) else {}
        if request.method == "GET":
            form: Any = request.query
        else:
            form = await request.post()  # form-encoded and multipart
        params = {k: self._decode_field(k, v) for k, v in form.items()}
        for k, v in request.query.items():  # parameters may also be in the query string
            params.setdefault(k, self._decode_field(k, v))
        return params

    @staticmethod
    def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=code)

    def _take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        for key in (method, "*"):
            if self.faults.get(key):
                return self.faults[key].pop(0)
        chaos = self.chaotic.get(method)
        return chaos.draw(params) if chaos is not None else None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["bot"] != f"bot{self.token}":
            return self._error(401, "Unauthorized")
        method = request.match_info["method"]
        call = Call(method=method, params=await self._params(request))
        self.calls.append(call)
        try:
            fault = call.fault = self._take_fault(method, call.params)
            failing = fault is not None and (fault.drop or fault.status is not None)
            if failing and not fault.after:
                return await self._strike(request, fault)
            handler = self._methods.get(method)
            if handler is None:
                return self._error(404, "Not Found")
            try:
                result = handler(call.params)
                if asyncio.iscoroutine(result):
                    result = await result
                response = web.json_response({"ok": True, "result": result})
            except ApiError as exc:
                response = self._error(exc.code, exc.description, exc.parameters)
            if failing:  # it took effect; the client hears an error (or nothing) all the same
                return await self._strike(request, fault)
            delay = (fault.delay if fault is not None else 0.0) + self.latency.get(method, 0.0)
            if delay:  # done already; only the answer is late
                await asyncio.sleep(delay)
            return response
        finally:
            call.completed = True
            self.completed[method] += 1

    async def _strike(self, request: web.Request, fault: Fault) -> web.StreamResponse:
        """The failing answer of ``fault``: a dropped connection or an error status."""
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.drop:
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=500)
        parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
        return self._error(fault.status or 500, fault.description, parameters)

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["bot"] != f"bot{self.token}":
            return self._error(401, "Unauthorized")
        return self._error(404, "Not Found")

    # --- methods ---------------------------------------------------------------------------

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        if "allowed_updates" in params:
            self._allowed = list(params["allowed_updates"]) or None
        deadline = time.monotonic() + timeout
        if offset:  # confirmed when the request arrives (a poll the client gave up on confirms nothing later)
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        while True:
            allowed = self._allowed or list(UPDATE_TYPES)
            self._pending = [u for u in self._pending if any(k in u for k in allowed)]
            remaining = deadline - time.monotonic() if self.long_polling else 0
            if self._pending or self._closing or remaining <= 0:
                return self._pending[:limit]
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), remaining)

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = dict(params)
        return True

    def _chat_id(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int) or chat_id not in self._chats:
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    @staticmethod
    def _check_markup(params: dict[str, Any]) -> None:
        markup = params.get("reply_markup")
        if markup is None:
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    @staticmethod
    def _check_text(params: dict[str, Any]) -> str:
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        shown = visible_text(text, params.get("parse_mode"))
        if len(shown) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return shown

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        shown = self._check_text(params)
        self._check_markup(params)
        message: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()),
                                   "chat": self._chats[chat_id], "from": self.bot_user, "text": shown}
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        self._quote(chat_id, params, message)
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        photo = params.get("photo")
        if isinstance(photo, dict) and isinstance(photo.get("data"), bytes):
            data = photo["data"]
            if not data.startswith((PNG_MAGIC, JPEG_MAGIC)):
                raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
            if len(data) > MAX_PHOTO_BYTES:
                raise ApiError(400, "Bad Request: file is too big")
            width, height = struct.unpack(">II", data[16:24]) if data.startswith(PNG_MAGIC) else (800, 600)
            file_id = f"AgACfake{next(self._file_ids):06d}"
            self.files[file_id] = {"size": len(data), "width": width, "height": height}
        elif isinstance(photo, str) and photo in self.files:
            file_id = photo
        else:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        info = self.files[file_id]
        message: dict[str, Any] = {
            "message_id": next(self._message_ids), "date": int(time.time()), "chat": self._chats[chat_id],
            "from": self.bot_user,
            "photo": [{"file_id": file_id, "file_unique_id": "u" + file_id, "width": info["width"],
                       "height": info["height"], "file_size": info["size"]}],
        }
        if params.get("caption"):
            shown = visible_text(params["caption"], params.get("parse_mode"))
            if len(shown) > 1024:
                raise ApiError(400, "Bad Request: message caption is too long")
            message["caption"] = shown
        self._quote(chat_id, params, message)
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _quote(self, chat_id: int, params: dict[str, Any], message: dict[str, Any]) -> None:
        reply_parameters = params.get("reply_parameters") or {}
        quoted = reply_parameters.get("message_id") or params.get("reply_to_message_id")
        if quoted is not None:
            original = self.messages.get((chat_id, quoted))
            if original is None and not reply_parameters.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
            if original is not None:
                message["reply_to_message"] = {k: v for k, v in original.items() if k != "reply_to_message"}

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        original = self.messages.get((chat_id, params.get("message_id")))
        if original is None or original.get("from", {}).get("id") != self.bot_user["id"]:
            raise ApiError(400, "Bad Request: message to edit not found")
        if "text" not in original:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        shown = self._check_text(params)
        self._check_markup(params)
        if shown == original["text"] and params.get("reply_markup") == original.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified: specified new message content and "
                                "reply markup are exactly the same as a current content and reply markup "
                                "of the message")
        edited = {**original, "text": shown, "edit_date": int(time.time())}
        edited.pop("reply_markup", None)
        if params.get("reply_markup"):
            edited["reply_markup"] = params["reply_markup"]
        self.messages[(chat_id, original["message_id"])] = edited
        return edited

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = params.get("callback_query_id")
        if query_id not in self.callback_answers or self.callback_answers[query_id] is not None:
            raise ApiError(400, QUERY_TOO_OLD)
        self.callback_answers[query_id] = dict(params)
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query_id = params.get("inline_query_id")
        if query_id not in self.inline_answers or self.inline_answers[query_id] is not None:
            raise ApiError(400, QUERY_TOO_OLD)
        results = params.get("results") or []
        ids = [r.get("id") for r in results]
        if len(results) > 50 or len(set(ids)) != len(ids) or any(not i or len(i.encode()) > 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content") or {}
            self._check_text({"text": content.get("message_text"), "parse_mode": content.get("parse_mode")})
        self.inline_answers[query_id] = dict(params)
        return True

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return scope.get("type", "default"), params.get("language_code") or ""

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")) or not (
                1 <= len(command.get("description", "")) <= 256
            ):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self.commands[self._commands_key(params)] = commands
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(self._commands_key(params), [])

    def _set_description(self, kind: str, params: dict[str, Any]) -> bool:
        limit = 512 if kind == "description" else 120
        text = params.get(kind) or ""
        if len(text) > limit:
            raise ApiError(400, f"Bad Request: {kind} is too long")
        self.descriptions[(kind, params.get("language_code") or "")] = text
        return True


def methods_called(calls: Iterable[Call]) -> list[str]:
    """The method names of ``calls``, without the polling noise."""
    return [c.method for c in calls if c.method != "getUpdates"]
