"""At most one answer per group message, never silence in private: each failed send is judged
by whether Telegram may already have carried it out (see bot.telegram.retry)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from fake_bot_api import FakeBotApi, Fault
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest
from tg_support import TOKEN

from bot.telegram.retry import Delivery, never_arrived, with_retry, worth_retrying

GROUP = -100888
PRIVATE = 888


@pytest.mark.parametrize("fault", [Fault(status=502, description="Bad Gateway", after=True),
                                   Fault(drop=True, after=True),
                                   Fault(status=502, description="Bad Gateway"),
                                   Fault(drop=True)],
                         ids=["502 after delivery", "reset after delivery", "502", "reset"])
async def test_a_group_never_gets_two_answers_to_one_message(api: FakeBotApi, start_bot, engine, fault,
                                                            caplog) -> None:
    """Whether the failed send had been delivered or not, the bot cannot know: it does not send
    again. A 502 or a reset after delivery leaves exactly one answer; before delivery, none."""
    await start_bot()
    api.inject("sendMessage", fault)
    api.push_message("/rank Tokyo", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendMessage")
    barrier = api.push_message("/rank Seoul", chat_id=GROUP, chat_type="supergroup")
    await api.wait_for("sendMessage", 2)
    await asyncio.sleep(0.2)
    answers = [m["text"] for m in api.bot_messages(GROUP)]
    assert answers.count("answer to: /rank Tokyo") == (1 if fault.after else 0)
    assert answers[-1] == "answer to: /rank Seoul"
    assert len(api.calls_to("sendMessage")) == 2
    assert barrier["message_id"] == api.calls_to("sendMessage")[-1].params["reply_parameters"]["message_id"]
    [error] = [r for r in caplog.records if r.getMessage().startswith("error while handling update")]
    assert error.exc_info is None  # Telegram failing is one line in the log, not a traceback


async def test_a_private_answer_is_sent_again_after_a_reset_a_duplicate_beats_silence(
        api: FakeBotApi, start_bot, engine) -> None:
    """The documented trade-off: in a private chat a send whose connection was lost is repeated.
    If the first had been delivered, the person sees the answer twice; never none."""
    await start_bot()
    api.inject("sendMessage", Fault(drop=True, after=True))
    api.push_message("/rank Tokyo", chat_id=PRIVATE)
    await api.wait_for("sendMessage", 2)
    assert [m["text"] for m in api.bot_messages(PRIVATE)] == ["answer to: /rank Tokyo"] * 2


async def test_a_private_answer_whose_reply_came_too_late_is_not_sent_again(
        api: FakeBotApi, start_bot, engine) -> None:
    """A read timeout: Telegram had the whole request and almost always delivered it."""
    await start_bot(read_timeout=0.3)
    api.inject("sendMessage", Fault(status=None, delay=0.6))
    api.push_message("/rank Tokyo", chat_id=PRIVATE)
    await api.wait_for("sendMessage")
    await asyncio.sleep(0.8)
    assert [m["text"] for m in api.bot_messages(PRIVATE)] == ["answer to: /rank Tokyo"]
    assert len(api.calls_to("sendMessage")) == 1


def _bot(fail: type[httpx.HTTPError], times: int, seen: list[str]) -> Bot:
    """A Bot whose HTTP client fails ``times`` sendMessage requests with ``fail`` (no network)."""
    def answer(request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        if method == "sendMessage":
            seen.append(method)
            if len(seen) <= times:
                raise fail("simulated", request=request)
        user = {"id": 42, "is_bot": True, "first_name": "City", "username": "CityTestBot"}
        message = {"message_id": 7, "date": 0, "chat": {"id": GROUP, "type": "supergroup"}, "from": user}
        return httpx.Response(200, json={"ok": True, "result": user if method == "getMe" else message})

    return Bot(TOKEN, request=HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(answer)}))


@pytest.mark.parametrize("fail, repeated", [(httpx.ConnectError, True), (httpx.ConnectTimeout, True),
                                            (httpx.WriteError, True), (httpx.WriteTimeout, True),
                                            (httpx.ReadError, False), (httpx.RemoteProtocolError, False),
                                            (httpx.ReadTimeout, False)])
async def test_a_group_answer_is_repeated_only_when_it_never_left(fail, repeated: bool) -> None:
    seen: list[str] = []
    async with _bot(fail, 1, seen) as bot:
        call = with_retry(lambda: bot.send_message(GROUP, "hi"), what="sendMessage",
                          delivery=Delivery.AT_MOST_ONCE, attempts=3, base_delay=0)
        if repeated:
            assert (await call).message_id == 7
        else:
            with pytest.raises((NetworkError, TimedOut)):
                await call
    assert len(seen) == (2 if repeated else 1)


def test_what_is_repeated_for_each_kind_of_request() -> None:
    request = httpx.Request("POST", "http://x/sendMessage")

    def caused(exc: Exception, cause: Exception) -> Exception:
        exc.__cause__ = cause
        return exc

    refused_connection = caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("x", request=request))
    bad_gateway = NetworkError("Bad Gateway")
    late = caused(TimedOut(), httpx.ReadTimeout("r", request=request))
    assert never_arrived(refused_connection) and not never_arrived(bad_gateway) and not never_arrived(late)
    table = {delivery: [worth_retrying(e, delivery) for e in (refused_connection, bad_gateway, late)]
             for delivery in Delivery}
    assert table == {Delivery.IDEMPOTENT: [True, True, True],
                     Delivery.AT_LEAST_ONCE: [True, True, False],
                     Delivery.AT_MOST_ONCE: [True, False, False]}
