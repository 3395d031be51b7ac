"""The lean send path (bot.telegram.client.CitybotBot.send_html / edit_html): the same request
python-telegram-bot's own ``send_message`` / ``edit_message_text`` would make, the message id
kept for edits, Telegram's errors raised as python-telegram-bot's exceptions; and the HTTP
client posting JSON bodies (bot.telegram.transport.JsonRequest)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable

import httpx
import pytest
from fake_bot_api import FakeBotApi, Fault
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, ReplyParameters
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut
from tg_support import TOKEN, FakeEngine

from bot.reply import Button, Reply
from bot.telegram.client import CitybotBot
from bot.telegram.handlers import SERVICES_KEY
from bot.telegram.persistence import remembered_reply
from bot.telegram.render import keyboard, reply_markup
from bot.telegram.retry import is_transient
from bot.telegram.transport import JsonRequest, proxy_configured

GROUP = -100777


def _reply(buttons: tuple[Button, ...] = (Button("Top 3", "q:top 3"), Button("Source", "src"))) -> Reply:
    return Reply(text="answer & more", html="<b>answer</b> &amp; more", intent="fake", lang="en", buttons=buttons)


def test_reply_markup_is_the_keyboard_as_json_built_once_per_button_set() -> None:
    reply = _reply()
    markup = keyboard(reply)
    assert markup is not None
    assert reply_markup(reply) == markup.to_dict()
    assert reply_markup(_reply()) is reply_markup(reply)  # cached per set of buttons
    assert reply_markup(_reply(buttons=())) is None
    assert reply_markup(_reply(buttons=(Button("too long", "q:" + "x" * 70),))) is None


@pytest.mark.parametrize("chat_id, quote", [(1001, None), (GROUP, "question")])
async def test_send_html_makes_the_request_send_message_would(
        api: FakeBotApi, start_bot, chat_id: int, quote: str | None) -> None:
    application = await start_bot()
    bot = application.bot
    assert isinstance(bot, CitybotBot)
    api.chat(chat_id, "private" if chat_id > 0 else "supergroup")
    quoted = api.message("where?", chat_id=chat_id)["message_id"] if quote else None
    reply = _reply()

    sent_id = await bot.send_html(chat_id, reply.html, reply_markup=reply_markup(reply), quote=quoted)
    reference = await bot.send_message(
        chat_id, reply.html, reply_markup=keyboard(reply),
        reply_parameters=ReplyParameters(quoted, allow_sending_without_reply=True) if quoted else None)

    lean, ptb = api.calls_to("sendMessage")
    assert lean.params == ptb.params
    assert lean.params["parse_mode"] == "HTML"
    assert lean.params["link_preview_options"] == {"is_disabled": True}
    assert lean.params["reply_markup"]["inline_keyboard"][0][1] == {"text": "Source", "callback_data": "src"}
    assert ("reply_parameters" in lean.params) == bool(quote)
    assert sent_id == reference.message_id - 1
    assert api.messages[(chat_id, sent_id)]["text"] == "answer & more"


async def test_edit_html_makes_the_request_edit_message_text_would(api: FakeBotApi, start_bot) -> None:
    application = await start_bot()
    bot = application.bot
    api.chat(GROUP, "supergroup")
    first = await bot.send_html(GROUP, "<i>first</i>")
    second = await bot.send_html(GROUP, "<i>second</i>")
    reply = _reply()

    await bot.edit_html(GROUP, first, reply.html, reply_markup=reply_markup(reply))
    await bot.edit_message_text(reply.html, chat_id=GROUP, message_id=second, reply_markup=keyboard(reply))

    lean, ptb = api.calls_to("editMessageText")
    assert {**lean.params, "message_id": second} == ptb.params
    assert api.messages[(GROUP, first)]["text"] == "answer & more"


async def test_telegram_errors_are_python_telegram_bot_exceptions(api: FakeBotApi, start_bot) -> None:
    application = await start_bot()
    api.inject("sendMessage", Fault(status=403, description="Forbidden: bot was blocked by the user"),
               Fault(status=400, description="Bad Request: chat not found"))
    with pytest.raises(Forbidden, match="blocked"):
        await application.bot.send_html(1001, "hi")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await application.bot.send_html(1001, "hi")


async def test_answers_are_remembered_by_the_sent_message_id(api: FakeBotApi, start_bot) -> None:
    application = await start_bot(engine_=FakeEngine())
    private = api.push_message("where?", chat_id=1001)
    group = api.push_message("/top", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendMessage", 2)
    expected = {question["chat"]["id"]: (question["message_id"], api.bot_messages(question["chat"]["id"])[0])
                for question in (private, group)}

    def remembered() -> dict[int, int | None]:
        return {chat_id: remembered_reply(application.chat_data[chat_id], question_id)
                for chat_id, (question_id, _) in expected.items()}

    for _ in range(100):  # the handler records the id once the send has returned
        if None not in remembered().values():
            break
        await asyncio.sleep(0.05)
    assert remembered() == {chat_id: answer["message_id"] for chat_id, (_, answer) in expected.items()}
    assert application.bot_data[SERVICES_KEY].counters["answers"] == 2


# --- the JSON-body HTTP client ---------------------------------------------------------------

_BOT_USER = {"id": 42, "is_bot": True, "first_name": "City", "username": "CityTestBot"}


def _bot(handler: Callable[[httpx.Request], httpx.Response | None]) -> Bot:
    """A python-telegram-bot Bot whose JsonRequest hands each request to ``handler`` instead of
    the network (None from the handler: a successful answer)."""
    def answer(request: httpx.Request) -> httpx.Response:
        response = handler(request)
        if response is not None:
            return response
        method = request.url.path.rsplit("/", 1)[-1]
        message = {"message_id": 7, "date": 0, "chat": {"id": 5, "type": "private"}, "from": _BOT_USER}
        return httpx.Response(200, json={"ok": True, "result": _BOT_USER if method == "getMe" else message})

    return Bot(TOKEN, request=JsonRequest(transport=httpx.MockTransport(answer)))


async def test_requests_are_posted_as_json_files_as_multipart() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> None:
        seen.append(request)

    async with _bot(record) as bot:
        keyboard_ = InlineKeyboardMarkup([[InlineKeyboardButton("Source", callback_data="src")]])
        sent = await bot.send_message(5, "上海 <b>&amp;</b>", parse_mode="HTML", reply_markup=keyboard_)
        await bot.send_photo(5, InputFile(b"\x89PNG....", filename="card.png"))
        await bot.send_message(5, "lone \ud800 surrogate")  # any str goes (escaped), never UnicodeEncodeError
    get_me, json_post, upload, odd = seen
    assert json.loads(odd.content)["text"] == "lone \ud800 surrogate"
    assert json_post.headers["content-type"] == "application/json"
    assert json.loads(json_post.content) == {"chat_id": 5, "text": "上海 <b>&amp;</b>", "parse_mode": "HTML",
                                             "reply_markup": keyboard_.to_dict()}
    assert sent.message_id == 7
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert get_me.headers.get("content-type") != "application/json"  # no parameters: HTTPXRequest's own


@pytest.mark.parametrize("cause, never_sent", [("ConnectTimeout", True), ("PoolTimeout", True),
                                               ("WriteTimeout", True), ("ReadTimeout", False)])
async def test_json_request_timeouts_keep_their_cause(cause: str, never_sent: bool) -> None:
    def slow(request: httpx.Request) -> None:
        if request.url.path.endswith("/sendMessage"):
            raise getattr(httpx, cause)("slow", request=request)

    async with _bot(slow) as bot:
        with pytest.raises(TimedOut) as caught:
            await bot.send_message(5, "hi")
    assert isinstance(caught.value.__cause__, getattr(httpx, cause))
    assert is_transient(caught.value, retry_timed_out=False) is never_sent


async def test_json_request_connection_errors_and_refusals() -> None:
    def refuse(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/sendMessage"):
            raise httpx.ConnectError("refused", request=request)
        if request.url.path.endswith("/editMessageText"):
            return httpx.Response(400, json={"ok": False, "error_code": 400,
                                             "description": "Bad Request: message to edit not found"})
        return None

    async with _bot(refuse) as bot:
        with pytest.raises(NetworkError, match="ConnectError"):
            await bot.send_message(5, "hi")
        with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
            await bot.edit_message_text("hi", chat_id=5, message_id=7)


def test_a_configured_proxy_sends_everything_through_httpx_client(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert not proxy_configured()
    assert JsonRequest().direct
    assert not JsonRequest(proxy="http://proxy.example:3128").direct
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert proxy_configured()
    assert not JsonRequest().direct


async def test_the_last_get_updates_never_waits_for_a_cancelled_long_poll(api: FakeBotApi, make_settings) -> None:
    """At a stop python-telegram-bot cancels the long poll, then calls getUpdates once more to
    confirm what was fetched. A poll cancelled at an unlucky moment can hold its connection
    until the server answers it; the confirming call must still go out at once."""
    from bot.telegram.app import build_application

    for i in range(12):  # a stop each time: a fresh bot, one long poll cancelled, the confirming call
        bot = build_application(make_settings(), FakeEngine()).bot
        await bot.initialize()
        try:
            api.push_message(f"m{i}", chat_id=1001)  # the poll is answered at once: cancelled mid-answer
            poll = asyncio.create_task(bot.get_updates(timeout=5))
            await asyncio.sleep(0.0005 * i)
            poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poll
            updates = await asyncio.wait_for(bot.get_updates(timeout=0), 0.9)  # a pool timeout takes 1 s
            await bot.get_updates(offset=updates[-1].update_id + 1 if updates else None, timeout=0)
        finally:
            await bot.shutdown()
